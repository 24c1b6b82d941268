// isnad train: fits the persuasion and check-worthiness models from the
// shared data (deterministic for a seed, single-threaded).
#include <cstdio>
#include <memory>

#include "commands.h"
#include "isnad/persuade/training.h"

namespace isnad::cli {
namespace {

std::string CommandLine(int argc, char** argv) {
  std::string s;
  for (int i = 0; i < argc; ++i) {
    if (i) s += ' ';
    s += argv[i];
  }
  return s;
}

}  // namespace

void AddTrainCommand(CLI::App& app, int* exit_code, const std::string& command_line) {
  CLI::App* cmd = SubcommandOrNew(app, "train", "Train a model from labeled data");
  cmd->require_subcommand(1);

  auto p = std::make_shared<PersuasionTrainConfig>();
  p->command = command_line;
  CLI::App* pers = cmd->add_subcommand(
      "persuasion", "Technique spans (ArAIEval 2024), persuasive (ArAIEval 2023 1A) and document "
                    "techniques (1B) into --out (models/persuasion)");
  pers->add_option("--spans", p->span_file, "ArAIEval 2024 task 1 span file (araieval2024_task1_dev.jsonl)");
  pers->add_option("--binary", p->task1a_file, "ArAIEval 2023 task 1A train file");
  pers->add_option("--multilabel", p->task1b_file, "ArAIEval 2023 task 1B train file");
  pers->add_option("--out", p->out_dir, "output folder")->required();
  pers->add_option("--seed", p->seed, "random seed");
  pers->add_option("--epochs", p->epochs, "passes over the data");
  pers->add_option("--bits", p->bits, "log2 of the number of feature buckets");
  pers->add_flag("--cv", p->cv, "also print the span F1 of a 5-fold cross-validation of train + tune");
  pers->add_option("--cv-thresholds", p->cv_thresholds,
                   "true: choose the span thresholds on that cross-validation; false: on the tune part alone");
  pers->add_option("--doc-cv-thresholds", p->doc_cv_thresholds,
                   "true: choose the 1A / 1B thresholds on a 5-fold cross-validation of the train "
                   "file; false: on its tune fifth");
  pers->add_option("--l2", p->l2, "span tagger: L2 decay");
  pers->add_option("--span-runs", p->span_runs,
                   "span tagger and sentence classifier: mean of this many fits with consecutive seeds");
  pers->add_option("--min-spans", p->min_spans, "techniques with fewer training spans are not tagged");
  pers->add_option("--learning-rate", p->learning_rate, "span tagger: initial SGD step");
  pers->add_option("--sentence-learning-rate", p->sentence_learning_rate,
                   "sentence classifier of the long techniques: initial SGD step");
  pers->add_option("--pos-weight-power", p->pos_weight_power,
                   "span tagger: positive tokens weigh (negatives/positives)^power");
  pers->add_option("--weak-lexicon", p->lexicon_file,
                   "span tagger: build a stem lexicon from this ArAIEval 2023 1B train file (document labels) "
                   "and use it as features");
  pers->add_option("--lexicon-min-df", p->lexicon_min_df, "weak lexicon: stems in fewer documents are left out");
  pers->add_option("--lexicon-classes", p->lexicon_classes, "weak lexicon: comma-separated techniques");
  pers->add_option("--lexicon-window", p->lexicon_window,
                   "weak lexicon: also the neighbours' codes within this many tokens");
  pers->add_option("--lexicon-statistic", p->lexicon_statistic,
                   "weak lexicon: lor (log-odds of document counts) or lr (document classifier weights)");
  pers->add_option("--lexicon-clusters", p->lexicon_clusters,
                   "weak lexicon: expand it by these word classes (`isnad train clusters`) over --lexicon-corpus");
  pers->add_option("--lexicon-corpus", p->lexicon_corpus, "weak lexicon: the unlabeled corpus of the expansion");
  pers->add_option("--lexicon-cluster-level", p->lexicon_cluster_level,
                   "weak lexicon expansion: class level 0, 1, 2 (64, 256, 1024 classes)");
  pers->add_option("--lexicon-expand-min-count", p->lexicon_expand_min_count,
                   "weak lexicon expansion: stems with fewer corpus occurrences get no code");
  pers->add_option("--lexicon-expand-prior", p->lexicon_expand_prior,
                   "weak lexicon expansion: pseudo-stems at the mean weight per class");
  pers->add_option("--dump-oof", p->dump_oof, "analysis: write the out-of-fold spans of the cross-validation with features and credits to this TSV");
  pers->add_option("--sentence-powers", p->sentence_powers, "token decoding: sentence powers to try with each threshold (default 0 0.1 0.2 0.3 0.4 0.5; 0: none)");
  pers->add_option("--entity-drop", p->entity_drop, "token decoding: also try dropping the spans on named-entity mentions (default true)");
  pers->add_option("--extend-ratios", p->extend_ratios, "token decoding: hysteresis ratios to try with each threshold (default 0.8 0.6 0.4 0.25 0.15 0.1; 1: none)");
  pers->callback([p, exit_code]() {
    Status st = TrainPersuasion(*p);
    *exit_code = st.ok() ? kExitOk : ReportError(st);
  });

  auto c = std::make_shared<CheckworthyTrainConfig>();
  c->command = command_line;
  CLI::App* cw = cmd->add_subcommand("checkworthy", "Check-worthiness (CheckThat! 2024 Arabic) into --out "
                                                    "(models/checkworthy)");
  cw->add_option("train", c->train_file, "CT24_checkworthy_arabic_train.tsv")->required();
  cw->add_option("--out", c->out_dir, "output folder (without it, nothing is saved)");
  cw->add_option("--add", c->add_files, "more labeled TSV files to train on (e.g. the dev file)");
  cw->add_option("--cv", c->cv,
                 "cross-validate over the --add files: K folds, each scored by a model trained on the train "
                 "file and the other folds; prints the pooled scores");
  cw->add_option("--eval", c->eval_files, "labeled TSV files to score with the final model");
  cw->add_option("--features", c->features,
                 "feature blocks, as a model kind: 'checkworthy' or 'checkworthy2 bag=1 struct=1 func=1 chars=0'");
  cw->add_option("--holdout", c->holdout, "what sets the threshold: time (the newest fifth by tweet id) or hash")
      ->check(CLI::IsMember({"time", "hash"}));
  cw->add_option("--min-count", c->min_count, "drop features seen in fewer training examples");
  cw->add_option("--min-id", c->min_id, "leave out the train file's tweets with smaller (older) ids");
  cw->add_option("--add-repeat", c->add_repeat, "each example of the --add files counts this many times");
  cw->add_flag("--nb", c->nb, "scale features by their log-count ratio while training (NB-SVM)");
  cw->add_option("--threshold", c->threshold, "use this threshold instead of tuning one");
  cw->add_option("--seed", c->seed, "random seed");
  cw->add_option("--epochs", c->epochs, "passes over the data");
  cw->add_option("--bits", c->bits, "log2 of the number of feature buckets");
  cw->add_option("--learning-rate", c->learning_rate, "initial SGD step");
  cw->add_option("--pos-weight-power", c->pos_weight_power, "positives weigh (negatives/positives)^power");
  cw->add_option("--l2", c->l2, "L2 penalty per step (scaled by the learning rate)");
  cw->callback([c, exit_code]() {
    Status st = TrainCheckworthiness(*c);
    *exit_code = st.ok() ? kExitOk : ReportError(st);
  });
}

std::string JoinCommandLine(int argc, char** argv) { return CommandLine(argc, argv); }

}  // namespace isnad::cli

// Training the persuasion and check-worthiness models (`isnad train ...`).
//
// Every model is a LogisticModel trained by averaged SGD, single-threaded and
// deterministic for a seed. Thresholds are chosen on the "tune" part of the
// training data (datasets.h), then the model is refit on train + tune with
// the same settings and saved with those thresholds. The dev parts are
// never read here, except by the check-worthiness model when given them
// explicitly (--add, --cv, --eval; checkworthy_training.cc), whose threshold
// is set on the newest fifth of its data by default.
#ifndef ISNAD_PERSUADE_TRAINING_H_
#define ISNAD_PERSUADE_TRAINING_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "isnad/analyzer.h"
#include "isnad/eval/persuasion_eval.h"
#include "isnad/status.h"

namespace isnad {

struct PersuasionTrainConfig {
  std::string span_file;    // ArAIEval 2024 task 1 spans (araieval2024_task1_dev.jsonl)
  std::string task1a_file;  // ArAIEval 2023 1A train
  std::string task1b_file;  // ArAIEval 2023 1B train
  std::string out_dir;      // models/persuasion
  std::string command;      // the command line, recorded in the model header
  uint64_t seed = 1;
  int epochs = 15;
  uint32_t bits = 18;       // 2^bits feature buckets
  size_t min_spans = 8;     // techniques with fewer training spans are not tagged
  float learning_rate = 0.2f;
  float pos_weight_power = 0.3f;  // see TrainOptions
  float sentence_learning_rate = 0.5f;  // the sentence classifier (balanced classes)
  float l2 = 1e-6f;          // span tagger: L2 decay (see TrainOptions)
  // Also print a 5-fold cross-validated micro-F1 over the train and tune
  // parts (for model selection; the saved model is unchanged).
  bool cv = false;
  // Choose the saved thresholds on that cross-validation (out-of-fold
  // probabilities of the 750 train and tune items) instead of on the tune
  // part alone (191 items); the dev part is never read either way.
  bool cv_thresholds = true;
  // The document models (1A, 1B): their thresholds on the out-of-fold
  // probabilities of a 5-fold cross-validation of the whole train file
  // instead of on its tune fifth scored by a model fit on the rest (which
  // moved the 1A threshold from 0.65 to 0.40 on a small change of features,
  // and at 0.40 the model called nearly every dev item persuasive).
  bool doc_cv_thresholds = true;
  // The span tagger and sentence classifier are the mean of this many fits
  // with consecutive seeds (less dependent on one shuffle's luck).
  int span_runs = 4;
  // Weak supervision (weak_lexicon.h): a stem lexicon built from this file
  // (ArAIEval 2023 1B train, document labels) becomes features of the span
  // tagger and is saved next to it; empty: none.
  std::string lexicon_file;
  uint32_t lexicon_min_df = 2;
  std::string lexicon_classes = "Loaded_Language,Name_Calling-Labeling";
  int lexicon_window = 0;
  std::string lexicon_statistic = "lr";  // StemLexiconOptions::statistic
  // Expansion of the lexicon from unlabeled news (StemLexicon::Expand): the
  // word classes of `isnad train clusters` (this file) and the corpus they
  // were induced from; both empty: no expansion.
  std::string lexicon_clusters, lexicon_corpus;
  int lexicon_cluster_level = 2;          // 0, 1, 2: the 64, 256, 1024 classes
  uint32_t lexicon_expand_min_count = 5;  // LexiconExpansionOptions::min_count
  float lexicon_expand_prior = 1.0f;      // LexiconExpansionOptions::prior
  // Token decoding with hysteresis (PersuasionDetector::DecodeSpans): the
  // threshold tuning also tries, for each token threshold t, extending runs
  // over neighbours at or above t * ratio; {1}: plain runs only.
  std::vector<float> extend_ratios = {0.8f, 0.6f, 0.4f, 0.25f, 0.15f, 0.1f};
  // Analysis: write the cross-validation's out-of-fold spans of the chosen
  // decoders, with span features and their credits, to this TSV; empty: no.
  std::string dump_oof;
  // Token decoding: sentence powers to try with each threshold
  // (DecodeSpans' sentence_power; {0}: none), and whether to try dropping
  // the spans that lie on a named-entity mention.
  std::vector<float> sentence_powers = {0.f, 0.1f, 0.2f, 0.3f, 0.4f, 0.5f};
  bool entity_drop = true;  // also the lexicon codes of the neighbours within this distance
};
// Trains whichever models the config names files for; prints progress and
// tune scores to stderr.
Status TrainPersuasion(const PersuasionTrainConfig& config);

// The check-worthiness model (checkworthy_training.cc, which describes the
// hold-out and the cross-validation).
struct CheckworthyTrainConfig {
  std::string train_file;              // CT24_checkworthy_arabic_train.tsv
  std::vector<std::string> add_files;  // more labeled TSV files to train on (--add)
  std::vector<std::string> eval_files; // scored by the final model (--eval)
  std::string out_dir;                 // models/checkworthy; empty: nothing saved
  std::string command;
  std::string features = "checkworthy";  // a kind string (checkworthy_features.h)
  std::string holdout = "time";        // sets the threshold: "time" (newest fifth) or "hash" (tune part)
  int cv = 0;                          // folds of cross-validation over the added files (0: none)
  uint64_t seed = 1;
  int epochs = 12;
  uint32_t bits = 18;
  float learning_rate = 0.2f;
  float pos_weight_power = 0.5f;
  float l2 = 1e-6f;
  uint32_t min_count = 1;              // drop features seen in fewer training examples
  uint64_t min_id = 0;                 // train-file tweets with smaller ids (older) are left out
  uint32_t add_repeat = 1;             // each example of the added files counts this many times
  bool nb = false;                     // NB-SVM log-count-ratio scaling
  float threshold = 0;                 // > 0: use it instead of tuning one
};
// What TrainCheckworthiness measured (also printed: scores to stdout,
// progress to stderr).
struct CheckworthyReport {
  BinaryScores cv;                  // pooled over the folds (config.cv > 1)
  std::vector<size_t> fold_sizes;   // added examples scored in each fold
  std::vector<BinaryScores> evals;  // per --eval file, by the final model
  float threshold = 0;              // the final model's
};
Status TrainCheckworthiness(const CheckworthyTrainConfig& config, CheckworthyReport* report = nullptr);

// The analyzer whose output the persuasion and check-worthiness models read
// when they are trained: every stage before them (text layers, words,
// entities, attributions), neither of them.
Status CreateTrainingAnalyzer(std::unique_ptr<Analyzer>* out);

// Sets `text` (invalid UTF-8 replaced) as `doc` and analyses it with an
// analyzer from CreateTrainingAnalyzer: how every training reads its texts.
Status AnalyzeForTraining(const Analyzer& analyzer, const std::string& id, const std::string& text, Document* doc);

}  // namespace isnad

#endif  // ISNAD_PERSUADE_TRAINING_H_

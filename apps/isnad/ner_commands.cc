// isnad ner / train ner / train clusters / eval ner: the named-entity tagger
// (src/isnad/tag/entity_tagger.h) from the command line.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "commands.h"
#include "isnad/analyzer.h"
#include "isnad/io/corpus_reader.h"
#include "isnad/io/input.h"
#include "isnad/model_file.h"
#include "isnad/tag/entity_tagger.h"
#include "isnad/tag/ner_conll.h"
#include "isnad/tag/word_classes.h"
#include "isnad/tag/word_tagger.h"

namespace isnad::cli {
namespace {

// The segmenter of the models folder, or null when it has none.
Status LoadWords(const std::string& models, std::unique_ptr<WordTagger>* out) {
  const std::string path = WordTagger::ModelPath(models);
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Status::Ok();
  return WordTagger::Load(path, out);
}

// Tags each sentence's tokens into its tags. The document memory runs over
// blocks of the model's doc_block() sentences (the data marks no documents).
void TagSentences(const EntityTagger& tagger, const WordTagger* words,
                  std::vector<NerSentence>* sentences) {
  EntityTagger::Scratch scratch;
  const size_t block = std::max<size_t>(1, static_cast<size_t>(tagger.doc_block()));
  std::vector<Document> docs(block);
  // The block's tokens for PropagateNames (the block is the document).
  std::vector<uint64_t> keys;
  std::vector<uint8_t> starts, tags;
  for (size_t first = 0; first < sentences->size(); first += block) {
    const size_t end = std::min(sentences->size(), first + block);
    scratch.memory.clear();
    keys.clear(), starts.clear(), tags.clear();
    for (size_t k = first; k < end; ++k) {
      NerSentence& s = (*sentences)[k];
      Document& doc = docs[k - first];
      DocumentFromTokens(s.tokens, &doc);
      if (words) words->Process(&doc);
      s.tags.assign(s.tokens.size(), 0);
      tagger.Tag(doc, 0, static_cast<uint32_t>(doc.tokens.size()), &scratch, s.tags.data());
      if (tagger.propagate_types() == 0) continue;
      for (size_t i = 0; i < s.tokens.size(); ++i) {
        keys.push_back(EntityTagger::NameKey(scratch, i));
        starts.push_back(i == 0);
        tags.push_back(s.tags[i]);
      }
    }
    if (tagger.propagate_types() != 0) {
      PropagateNames(keys.data(), starts.data(), keys.size(), tagger.propagate_types(),
                     tags.data());
      size_t at = 0;
      for (size_t k = first; k < end; ++k)
        for (uint8_t& t : (*sentences)[k].tags) t = tags[at++];
    }
  }
}

void AddNer(CLI::App& app, int* exit_code) {
  struct Args {
    std::string conll, models;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "ner", "Named entities of pre-tokenized text: 'token TAG' lines (BIO, as ANERcorp)");
  cmd->add_option("--conll", args->conll,
                  "input: one token a line (first column), a blank line between sentences")
      ->required();
  cmd->add_option("--models", args->models, "folder of model files");
  cmd->callback([args, exit_code]() {
    AnalyzerOptions opt;
    opt.models_dir = args->models;
    const std::string models = ResolveModelsDir(opt);
    std::unique_ptr<EntityTagger> tagger;
    std::unique_ptr<WordTagger> words;
    std::vector<NerSentence> sentences;
    Status st = EntityTagger::Load(EntityTagger::ModelPath(models), &tagger);
    if (st.ok()) st = LoadWords(models, &words);
    if (st.ok()) st = ReadNerConll(args->conll, false, &sentences);
    if (!st.ok()) {
      *exit_code = ReportError(st);
      return;
    }
    TagSentences(*tagger, words.get(), &sentences);
    std::string out;
    for (const NerSentence& s : sentences) {
      AppendNerConll(s, &out);
      if (out.size() > (1 << 20)) {
        std::fwrite(out.data(), 1, out.size(), stdout);
        out.clear();
      }
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    *exit_code = kExitOk;
  });
}

// Scores `system` against `gold` (same tokens, sentence by sentence).
Status Score(const std::vector<NerSentence>& gold, const std::vector<NerSentence>& system,
             const std::string& system_name, NerScores* scores) {
  if (gold.size() != system.size())
    return Status::Error(system_name + ": " + std::to_string(system.size()) +
                         " sentences, the gold has " + std::to_string(gold.size()));
  for (size_t k = 0; k < gold.size(); ++k) {
    if (gold[k].tokens != system[k].tokens || system[k].tags.size() != gold[k].tags.size())
      return Status::Error(system_name + ":" + std::to_string(system[k].line) +
                           ": the tokens of this sentence differ from the gold's (line " +
                           std::to_string(gold[k].line) + ")");
    scores->Add(gold[k].tags.data(), system[k].tags.data(), gold[k].tags.size());
  }
  return Status::Ok();
}

void AddEvalNer(CLI::App& app, int* exit_code) {
  struct Args {
    std::string gold, pred, models;
  };
  auto args = std::make_shared<Args>();
  CLI::App* eval = SubcommandOrNew(app, "eval", "Evaluate against gold data");
  CLI::App* cmd = eval->add_subcommand(
      "ner", "Entity-level precision, recall and F1 (conlleval) on a 'token TAG' file");
  cmd->add_option("gold", args->gold, "gold file: 'token TAG' lines, blank line between sentences")
      ->required();
  cmd->add_option("--pred", args->pred,
                  "score this 'token TAG' file instead of tagging the gold tokens");
  cmd->add_option("--models", args->models, "folder of model files");
  cmd->callback([args, exit_code]() {
    std::vector<NerSentence> gold, system;
    Status st = ReadNerConll(args->gold, true, &gold);
    if (st.ok() && !args->pred.empty()) st = ReadNerConll(args->pred, true, &system);
    if (st.ok() && args->pred.empty()) {
      AnalyzerOptions opt;
      opt.models_dir = args->models;
      const std::string models = ResolveModelsDir(opt);
      std::unique_ptr<EntityTagger> tagger;
      std::unique_ptr<WordTagger> words;
      st = EntityTagger::Load(EntityTagger::ModelPath(models), &tagger);
      if (st.ok()) st = LoadWords(models, &words);
      if (st.ok()) {
        system = gold;
        TagSentences(*tagger, words.get(), &system);
      }
    }
    NerScores scores;
    if (st.ok()) st = Score(gold, system, args->pred.empty() ? "system" : args->pred, &scores);
    if (!st.ok()) {
      *exit_code = ReportError(st);
      return;
    }
    std::printf("%s", scores.Format().c_str());
    *exit_code = kExitOk;
  });
}

void AddTrainClusters(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<WordClassOptions>();
  auto corpus = std::make_shared<std::string>();
  auto out = std::make_shared<std::string>();
  CLI::App* train = SubcommandOrNew(app, "train", "Train a model from annotated data");
  CLI::App* cmd = train->add_subcommand(
      "clusters", "Induce word classes from unlabeled news (for the entity tagger)");
  cmd->add_option("--corpus", *corpus, "JSON lines with \"text\" (gzip allowed)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--out", *out, "output model file")->required();
  CLI::Option* seed =
      cmd->add_option("--seed", o->seed, "random seed (required but with --write-words)");
  cmd->add_option("--vocabulary", o->vocabulary, "words clustered")->capture_default_str();
  cmd->add_option("--contexts", o->contexts, "context words")->capture_default_str();
  cmd->add_option("--dims", o->dims, "dimensions of the context vectors")->capture_default_str();
  cmd->add_option("--iterations", o->iterations, "k-means iterations")->capture_default_str();
  cmd->add_option("--max-docs", o->max_docs, "read at most this many articles (0: all)");
  cmd->add_option("--vectors", o->vectors,
                  "cluster these word vectors (word2vec text format, e.g. `fasttext skipgram` "
                  "on the --write-words file) instead of the context vectors")
      ->check(CLI::ExistingFile);
  auto write_words = std::make_shared<bool>(false);
  cmd->add_flag("--write-words", *write_words,
                "write the corpus cut into words (one article a line) to --out, and stop");
  cmd->callback([o, corpus, out, write_words, seed, exit_code]() {
    auto t0 = std::chrono::steady_clock::now();
    if (*write_words) {
      Status st = WriteClusterWords(*corpus, o->max_docs, *out);
      *exit_code = st.ok() ? kExitOk : ReportError(st);
      return;
    }
    // The classes depend on the seed (k-means++), so it is asked for, not
    // defaulted; the words file does not.
    if (seed->count() == 0) {
      std::fprintf(stderr, "isnad train clusters: --seed is required (but with --write-words)\n");
      *exit_code = kExitUsage;
      return;
    }
    WordClasses clusters;
    std::string log;
    Status st = WordClasses::Build(*corpus, *o, &clusters, &log);
    std::fputs(log.c_str(), stderr);
    if (!st.ok()) {
      *exit_code = ReportError(st);
      return;
    }
    ModelWriter w;
    w.SetHeader("kind", "clusters");
    w.SetHeader("corpus", std::filesystem::path(*corpus).filename().string() +
                              " (SaudiNewsNet, CC BY-NC-SA 4.0)");
    w.SetHeader("seed", std::to_string(o->seed));
    if (!o->vectors.empty())
      w.SetHeader("vectors", std::filesystem::path(o->vectors).filename().string());
    w.SetHeader("date", ModelDate());
    clusters.Save(&w);
    st = w.WriteFile(*out);
    if (!st.ok()) {
      *exit_code = ReportError(st);
      return;
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::fprintf(stderr, "wrote %s (%zu words, %.1f s)\n", out->c_str(), clusters.size(), secs);
    *exit_code = kExitOk;
  });
}

void AddTrainNer(CLI::App& app, int* exit_code, const std::string& command_line) {
  struct Args {
    std::string train, gazetteer, clusters, out, models, corpus;
    size_t corpus_docs = 8000;
    double dev_fraction = 0.1;
    int dev_fold = 0, dev_folds = 0;
    NerTrainOptions o;
  };
  auto args = std::make_shared<Args>();
  CLI::App* train = SubcommandOrNew(app, "train", "Train a model from annotated data");
  CLI::App* cmd = train->add_subcommand(
      "ner", "Train the named-entity tagger on ANERcorp-style 'token TAG' data");
  cmd->add_option("--train", args->train, "training file ('token TAG' lines)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--dev-fraction", args->dev_fraction,
                  "the last this fraction of the sentences is held out and scored (0: none)")
      ->check(CLI::Range(0.0, 0.9))
      ->capture_default_str();
  cmd->add_option("--dev-fold", args->dev_fold,
                  "instead of --dev-fraction: hold out the K-th (from 1) of --dev-folds contiguous "
                  "parts, for a cross-validation over the whole file")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--dev-folds", args->dev_folds, "the parts of --dev-fold")
      ->check(CLI::Range(2, 100));
  cmd->get_option("--dev-fold")->needs("--dev-folds");
  cmd->get_option("--dev-folds")->needs("--dev-fold");
  cmd->add_option("--gazetteer", args->gazetteer, "folder of .lst name lists (compiled in)");
  cmd->add_option("--clusters", args->clusters, "word classes (from `isnad train clusters`)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--models", args->models, "folder with segpos/segpos.bin (clitic segmenter)");
  cmd->add_option("--corpus", args->corpus,
                  "unlabeled news (JSON lines with \"text\", gzip allowed) for --triggers (the "
                  "table is compiled in)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--corpus-docs", args->corpus_docs, "the first this many articles of --corpus")
      ->capture_default_str();
  cmd->add_option("--propagate", args->o.propagate,
                  "one sense per discourse: bits of the types (1 PERS, 2 LOC, 4 ORG, 8 MISC) "
                  "whose names are also tagged where they recur untagged in the document")
      ->capture_default_str();
  cmd->add_flag("--triggers,!--no-triggers", args->o.triggers,
               "trigger lexicon from --corpus: the shares of each stem's occurrences next to "
               "words that announce an entity type in the training data (default: on)");
  cmd->add_option("--trigger-share", args->o.trigger_share,
                  "a trigger announces an entity type in at least this share of its occurrences")
      ->capture_default_str();
  cmd->add_flag("--trigger-neighbours,!--no-trigger-neighbours", args->o.trigger_neighbours,
                "trigger lexicon: also the shares of the neighbours (left of the previous "
                "word, right of the next) (default: on)");
  cmd->add_option("--lexicon-min-count", args->o.lexicon_min_count,
                  "trigger lexicon: stems seen at least this often in the corpus")
      ->capture_default_str();
  cmd->add_option("--out", args->out, "output folder (the model is <out>/ner.bin)")->required();
  cmd->add_option("--seed", args->o.seed, "random seed (training order)")->required();
  cmd->add_option("--epochs", args->o.epochs, "training epochs")->capture_default_str();
  cmd->add_flag("--crf,!--perceptron", args->o.crf,
               "train the weights as a linear-chain CRF (L1 + L2, AdaGrad; the default), or as the "
               "averaged structured perceptron (same model format and decoder)");
  cmd->add_option("--l2", args->o.crf_l2, "--crf: L2 penalty (lambda over the training set)")
      ->capture_default_str();
  cmd->add_option("--l1", args->o.crf_l1, "--crf: L1 penalty (lambda over the training set)")
      ->capture_default_str();
  cmd->add_option("--learning-rate", args->o.crf_rate, "--crf: AdaGrad learning rate")
      ->capture_default_str();
  cmd->add_option("--doc-block", args->o.doc_block,
                  "document memory: sentences per pseudo-document (0: no memory)")
      ->capture_default_str();
  cmd->add_option("--o-penalty", args->o.o_penalty,
                  "subtracted from the score of O at every token (recall over precision)")
      ->capture_default_str();
  cmd->add_option("--folds", args->o.folds,
                  "cross-validation folds that fill the memory of the training sentences")
      ->capture_default_str();
  cmd->add_flag("--train-names,!--no-train-names", args->o.train_names,
               "the names of the training data as gazetteer lists, one per type (jackknifed "
               "over --folds in training) (default: on)");
  cmd->add_option("--train-names-share", args->o.train_names_share,
                  "keep a training name as a type when it is that type in at least this share "
                  "of its occurrences")
      ->capture_default_str();
  cmd->add_option("--train-names-types", args->o.train_names_types,
                  "training-name lists: bits of the types listed (1 PERS, 2 LOC, 4 ORG, 8 MISC)")
      ->capture_default_str();
  cmd->add_option("--prune", args->o.prune,
                  "drop features whose largest averaged weight is below this fraction of the "
                  "largest")
      ->capture_default_str();
  cmd->callback([args, exit_code, command_line]() {
    if (args->dev_fold > args->dev_folds) {
      std::fprintf(stderr, "isnad train ner: --dev-fold %d is past --dev-folds %d\n",
                   args->dev_fold, args->dev_folds);
      *exit_code = kExitUsage;
      return;
    }
    auto t0 = std::chrono::steady_clock::now();
    std::vector<NerSentence> all, train, dev;
    Status st = ReadNerConll(args->train, true, &all);
    AnalyzerOptions opt;
    opt.models_dir = args->models;
    std::unique_ptr<WordTagger> words;
    if (st.ok()) st = LoadWords(ResolveModelsDir(opt), &words);
    Gazetteer gaz;
    if (st.ok() && !args->gazetteer.empty()) st = gaz.LoadLists(args->gazetteer);
    WordClasses clusters;
    std::string clusters_header = "none";
    if (st.ok() && !args->clusters.empty()) {
      ModelReader in;
      st = in.Open(args->clusters);
      if (st.ok()) st = clusters.Load(in);
      if (st.ok())
        clusters_header = std::filesystem::path(args->clusters).filename().string() + " (" +
                          std::to_string(clusters.size()) + " words; corpus " +
                          in.Header("corpus") + ", seed " + in.Header("seed") + ")";
    }
    if (!st.ok()) {
      *exit_code = ReportError(st);
      return;
    }
    // The corpus: tokenized, split and segmented as in the analysis.
    std::vector<Document> corpus;
    std::string corpus_header = "none";
    if (!args->corpus.empty()) {
      AnalyzerOptions copt = opt;
      copt.entities = false;
      copt.attributions = false;
      copt.persuasion = false;
      copt.checkworthiness = false;
      std::unique_ptr<Analyzer> analyzer;
      st = Analyzer::Create(copt, &analyzer);
      size_t tokens = 0;
      if (st.ok())
        st = ForEachCorpusText(args->corpus, [&](std::string_view text) {
          Document doc;
          if (!SetDocumentText("c", text, InputOptions{true}, &doc).ok()) return true;
          analyzer->Tokenize(&doc);
          analyzer->TagWords(&doc);
          tokens += doc.tokens.size();
          corpus.push_back(std::move(doc));
          return corpus.size() < args->corpus_docs;
        });
      if (!st.ok()) {
        *exit_code = ReportError(st);
        return;
      }
      corpus_header = std::filesystem::path(args->corpus).filename().string() + " (first " +
                      std::to_string(corpus.size()) + " articles, " + std::to_string(tokens) +
                      " tokens; SaudiNewsNet, CC BY-NC-SA 4.0)";
      std::fprintf(stderr, "ner: corpus of %zu articles, %zu tokens\n", corpus.size(), tokens);
    }
    // The held-out sentences: the last --dev-fraction, or part --dev-fold.
    size_t dev_lo = all.size() - static_cast<size_t>(all.size() * args->dev_fraction);
    size_t dev_hi = all.size();
    if (args->dev_folds > 0) {
      dev_lo = all.size() * (args->dev_fold - 1) / args->dev_folds;
      dev_hi = all.size() * args->dev_fold / args->dev_folds;
    }
    const size_t n_dev = dev_hi - dev_lo;
    train.assign(all.begin(), all.begin() + dev_lo);
    train.insert(train.end(), all.begin() + dev_hi, all.end());
    dev.assign(all.begin() + dev_lo, all.begin() + dev_hi);
    std::string log;
    EntityTagger tagger =
        EntityTagger::Train(train, words.get(), std::move(gaz), std::move(clusters),
                            corpus.empty() ? nullptr : &corpus, args->o, &log);
    corpus.clear();
    corpus.shrink_to_fit();
    std::fputs(log.c_str(), stderr);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::error_code ec;
    std::filesystem::create_directories(args->out, ec);
    const std::string path = args->out + "/ner.bin";
    char held[128];
    if (args->dev_folds > 0)
      std::snprintf(held, sizeof held, "sentences %zu-%zu of %zu held out (dev)", dev_lo + 1,
                    dev_hi, all.size());
    else
      std::snprintf(held, sizeof held, "the last %zu of %zu sentences held out (dev)", n_dev,
                    all.size());
    st = tagger.Save(
        path,
        {
            {"model", args->o.crf
                          ? "isnad named-entity tagger (linear-chain CRF, L1 + L2, quantized; "
                            "Viterbi BIO, document memory)"
                          : "isnad named-entity tagger (averaged structured perceptron, Viterbi "
                            "BIO, document memory)"},
            {"format", "1"},
            {"training data", std::filesystem::path(args->train).filename().string() + " (" +
                                  std::to_string(train.size()) + " sentences; " + held +
                                  "; ANERcorp, CAMeL Lab split)"},
            {"license", "CC BY-SA 4.0 (ANERcorp); gazetteer LGPL (GATE Arabic); word classes "
                        "and trigger lexicon "
                        "from SaudiNewsNet, CC BY-NC-SA 4.0"},
            {"gazetteer", args->gazetteer.empty()
                              ? "none"
                              : "GATE Arabic gazetteer (LGPL)" +
                                    std::string(args->o.train_names
                                                    ? " and the names of the training data"
                                                    : "") +
                                    ", " + std::to_string(tagger.gazetteer().size()) +
                                    " entries"},
            {"clusters", clusters_header},
            {"corpus", corpus_header},
            {"trigger lexicon", std::to_string(tagger.triggers().size()) + " stems"},
            {"segmenter", words ? "segpos.bin" : "none"},
            {"date", ModelDate()},
            {"seed", std::to_string(args->o.seed)},
            {"epochs", std::to_string(args->o.epochs)},
            {"doc block", std::to_string(args->o.doc_block)},
            {"triggers", tagger.triggers().size() == 0 ? "0" : "1 (share " + std::to_string(args->o.trigger_share) + ")"},
            {"propagate", std::to_string(args->o.propagate)},
            {"o penalty", std::to_string(args->o.o_penalty)},
            {"command", command_line},
        });
    if (!st.ok()) {
      *exit_code = ReportError(st);
      return;
    }
    std::fprintf(stderr, "wrote %s (%zu features; trained in %.1f s)\n", path.c_str(),
                 tagger.num_features(), secs);
    if (!dev.empty()) {
      std::vector<NerSentence> system = dev;
      TagSentences(tagger, words.get(), &system);
      NerScores scores;
      st = Score(dev, system, "dev", &scores);
      if (!st.ok()) {
        *exit_code = ReportError(st);
        return;
      }
      std::printf("dev (%zu sentences)\n%s", dev.size(), scores.Format().c_str());
    }
    *exit_code = kExitOk;
  });
}

}  // namespace

void AddNerCommands(CLI::App& app, int* exit_code, const std::string& command_line) {
  AddNer(app, exit_code);
  AddEvalNer(app, exit_code);
  AddTrainNer(app, exit_code, command_line);
  AddTrainClusters(app, exit_code);
}

}  // namespace isnad::cli

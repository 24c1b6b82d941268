// isnad train segpos / isnad tag / isnad eval segpos: the clitic segmenter
// and POS tagger (src/isnad/tag/) from the command line.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "batch.h"
#include "commands.h"
#include "isnad/model_file.h"
#include "isnad/analyzer.h"
#include "isnad/io/input.h"
#include "isnad/tag/conllu.h"
#include "isnad/tag/segpos_eval.h"
#include "isnad/tag/pos_tagger.h"
#include "isnad/tag/word_tagger.h"
#include "isnad/text/utf8.h"
#include "isnad/tokenize/tokenizer.h"

namespace isnad::cli {
namespace {

// Makes every input line one sentence (tokens are assigned by their start).
void SentencesFromLines(Document* doc) {
  doc->sentences.clear();
  uint32_t t = 0;
  uint32_t line_start = 0;
  const uint32_t n = static_cast<uint32_t>(doc->cps.size());
  for (uint32_t pos = 0; pos <= n; ++pos) {
    if (pos < n && doc->cps[pos] != '\n') continue;
    Sentence s;
    s.span = {line_start, pos};
    s.first_token = t;
    while (t < doc->tokens.size() && doc->tokens[t].span.start < pos) ++t;
    s.end_token = t;
    // A final newline ends the last line; it does not start an empty one.
    if (!(pos == n && line_start == n && n > 0)) doc->sentences.push_back(s);
    line_start = pos + 1;
  }
}

// The gold sentence's text, tokenized as the analysis does and tagged as
// one sentence.
void TagGoldSentence(const Tokenizer& tokenizer, const WordTagger& tagger,
                     const ConlluSentence& gold, Document* doc, Status* st) {
  *st = SetDocumentText("gold", gold.text, InputOptions{true}, doc);
  if (!st->ok()) return;
  tokenizer.Process(doc);
  doc->sentences.clear();
  Sentence s;
  s.span = {0, static_cast<uint32_t>(doc->cps.size())};
  s.first_token = 0;
  s.end_token = static_cast<uint32_t>(doc->tokens.size());
  doc->sentences.push_back(s);
  tagger.Process(doc);
}

Status EvaluateFile(const std::string& path, const WordTagger& tagger, SegPosScores* scores) {
  std::vector<ConlluSentence> gold;
  Status st = ReadConllu(path, &gold);
  if (!st.ok()) return st;
  Tokenizer tokenizer;
  Document doc;
  for (const ConlluSentence& g : gold) {
    doc.Clear();
    TagGoldSentence(tokenizer, tagger, g, &doc, &st);
    if (st.ok()) st = ScoreSentence(g, doc, 0, static_cast<uint32_t>(doc.tokens.size()), scores);
    if (!st.ok()) return st.At(path + ":" + std::to_string(g.line));
  }
  return Status::Ok();
}

std::string FormatScores(const SegPosScores& s) {
  char buf[512];
  std::snprintf(buf, sizeof buf,
                "Tokens F1 %.2f (gold %zu, system %zu, matched %zu)\n"
                "Words  F1 %.2f (gold %zu, system %zu, aligned %zu)\n"
                "UPOS   F1 %.2f (matched %zu)\n",
                s.TokensF1(), s.gold_tokens, s.system_tokens, s.matched_tokens, s.WordsF1(),
                s.gold_words, s.system_words, s.aligned_words, s.UposF1(), s.matched_upos);
  return buf;
}

void AddTrainSegPos(CLI::App& app, int* exit_code) {
  struct Args {
    std::string train, dev, out, corpus;
    uint64_t seed = 1;
    int seg_epochs = 12, pos_epochs = 12;
    int lexicon_min = 1;
    int passes = 2, clusters = 100;
    int jackknife = 0;
    std::string segmenter_from;
    bool right_to_left = false;
    int class_words = 50000;
    float tagger_prune = 0.0005f;
    std::string tagger_update = "perceptron";
    float pa_cap = 1.f;
    int seed_average = 1;
    float gold_history = 0.f;
  };
  auto args = std::make_shared<Args>();
  CLI::App* train = SubcommandOrNew(app, "train", "Train a model from annotated data");
  CLI::App* cmd = train->add_subcommand(
      "segpos", "Train the clitic segmenter and POS tagger on a CoNLL-U treebank (UD Arabic-PADT)");
  cmd->add_option("--train", args->train, "training CoNLL-U file")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--dev", args->dev, "development CoNLL-U file: scored after training")
      ->check(CLI::ExistingFile);
  cmd->add_option("--out", args->out, "output folder (the model is <out>/segpos.bin)")->required();
  cmd->add_option("--seed", args->seed, "random seed (training order)")->required();
  cmd->add_option(
         "--corpus", args->corpus,
         "unlabelled news, JSON lines with \"text\" (gzip allowed): token counts for the "
         "segmenter, word profiles and classes for the tagger")
      ->check(CLI::ExistingFile);
  cmd->add_option("--segmenter-epochs", args->seg_epochs, "perceptron epochs of the segmenter")
      ->capture_default_str();
  cmd->add_option("--lexicon-min-count", args->lexicon_min,
                  "tokens seen this often take their segmentation from the lexicon")
      ->capture_default_str();
  cmd->add_option("--tagger-epochs", args->pos_epochs, "perceptron epochs of the POS tagger")
      ->capture_default_str();
  cmd->add_option("--tagger-passes", args->passes,
                  "1, or 2: a second pass sees the first pass's tags on both sides")
      ->check(CLI::Range(1, 2))
      ->capture_default_str();
  cmd->add_option("--jackknife-segmentation", args->jackknife,
                  "0: the tagger learns on gold words; N >= 2: on the words of segmenters "
                  "trained on the other N-1 folds")
      ->capture_default_str();
  cmd->add_option("--segmenter-from", args->segmenter_from,
                  "take the segmenter of this segpos model instead of training one (to retrain "
                  "the tagger alone)")
      ->check(CLI::ExistingFile);
  cmd->add_flag("--right-to-left", args->right_to_left,
               "also train a right-to-left tagger whose scores are added to the left-to-right one's");
  cmd->add_option("--tagger-prune", args->tagger_prune,
                  "drop tagger features whose weights all stay below this share of the largest")
      ->capture_default_str();
  cmd->add_option("--tagger-update", args->tagger_update,
                  "learning rule of the tagger: perceptron, or pa (passive-aggressive, PA-I)")
      ->check(CLI::IsMember({"perceptron", "pa"}))
      ->capture_default_str();
  cmd->add_option("--pa-cap", args->pa_cap, "largest passive-aggressive step (C)")
      ->capture_default_str();
  cmd->add_option("--tagger-seed-average", args->seed_average,
                  "train the tagger with this many seeds and average their weights into one model")
      ->check(CLI::Range(1, 8))
      ->capture_default_str();
  cmd->add_option("--tagger-gold-history", args->gold_history,
                  "share of training sentences read with the gold previous tags instead of the "
                  "guessed ones")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_option("--word-class-vocabulary", args->class_words,
                  "the corpus words (most frequent first, seen 5+ times) given a word class")
      ->capture_default_str();
  cmd->add_option("--word-classes", args->clusters,
                  "coarse word classes computed on the corpus (0: none)")
      ->capture_default_str();
  cmd->callback([args, exit_code]() {
    auto t0 = std::chrono::steady_clock::now();
    std::vector<ConlluSentence> train;
    Status st = ReadConllu(args->train, &train);
    if (!st.ok()) {
      *exit_code = ReportError(st);
      return;
    }
    std::string log;
    SegmenterTrainOptions so;
    so.epochs = args->seg_epochs;
    so.seed = args->seed;
    so.lexicon_min_count = args->lexicon_min;
    so.corpus = args->corpus;
    CliticSegmenter seg;
    if (!args->segmenter_from.empty()) {
      ModelReader in;
      st = in.Open(args->segmenter_from);
      if (st.ok()) st = seg.Load(in);
    } else {
      st = CliticSegmenter::Train(train, so, &seg, &log);
    }
    std::fputs(log.c_str(), stderr);
    if (!st.ok()) {
      *exit_code = ReportError(st);
      return;
    }
    log.clear();
    // Jackknifed segmentation: sentence i is segmented by a segmenter trained
    // on the sentences of the other folds (i % folds).
    std::vector<std::vector<std::vector<std::string>>> segmented;
    if (args->jackknife >= 2) {
      const size_t folds = static_cast<size_t>(args->jackknife);
      segmented.resize(train.size());
      CliticSegmenter::Scratch scratch;
      std::string arena;
      std::vector<std::pair<uint32_t, uint32_t>> pieces;
      for (size_t k = 0; k < folds; ++k) {
        std::vector<ConlluSentence> rest;
        for (size_t i = 0; i < train.size(); ++i)
          if (i % folds != k) rest.push_back(train[i]);
        CliticSegmenter fold_seg;
        st = CliticSegmenter::Train(rest, so, &fold_seg, nullptr);
        if (!st.ok()) {
          *exit_code = ReportError(st);
          return;
        }
        size_t differ = 0, tokens = 0;
        for (size_t i = k; i < train.size(); i += folds) {
          for (const ConlluToken& tok : train[i].tokens) {
            std::vector<std::string> words;
            Utf8DecodeResult dr;
            (void)DecodeUtf8(tok.form, /*lenient=*/true, &dr);
            const std::u32string& cps = dr.code_points;
            if (GuessTokenKind(cps) == TokenKind::kWord) {
              arena.clear();
              pieces.clear();
              fold_seg.Segment(cps, &scratch, &arena, &pieces);
              for (const auto& [off, len] : pieces) words.push_back(arena.substr(off, len));
            } else {
              words.push_back(tok.form);
            }
            bool same = words.size() == tok.words.size();
            for (size_t w = 0; same && w < words.size(); ++w)
              same = words[w] == tok.words[w].form;
            differ += !same;
            ++tokens;
            segmented[i].push_back(std::move(words));
          }
        }
        std::fprintf(stderr, "jackknifed segmentation, fold %zu: %zu of %zu tokens differ\n",
                     k + 1, differ, tokens);
      }
    }
    TaggerTrainOptions to;
    if (!segmented.empty()) to.segmented = &segmented;
    to.epochs = args->pos_epochs;
    to.seed = args->seed;
    to.corpus = args->corpus;
    to.passes = args->passes;
    to.cluster_coarse = args->clusters;
    to.right_to_left = args->right_to_left;
    to.cluster_words = args->class_words;
    to.prune = args->tagger_prune;
    to.update_rule = args->tagger_update == "pa" ? 1 : 0;
    to.pa_cap = args->pa_cap;
    to.seed_average = args->seed_average;
    to.gold_history = args->gold_history;
    PosTagger pos;
    st = PosTagger::Train(train, to, &pos, &log);
    std::fputs(log.c_str(), stderr);
    if (!st.ok()) {
      *exit_code = ReportError(st);
      return;
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    WordTagger model(std::move(seg), std::move(pos), "");
    std::error_code ec;
    std::filesystem::create_directories(args->out, ec);
    std::string path = args->out + "/segpos.bin";
    std::vector<std::pair<std::string, std::string>> header = {
        {"model", "isnad clitic segmenter + UPOS tagger (averaged perceptrons)"},
        {"format", "1"},
        {"training data", std::filesystem::path(args->train).filename().string() + " (" +
                              std::to_string(train.size()) + " sentences; UD Arabic-PADT)"},
        {"license", "CC BY-NC-SA 3.0 (that of UD Arabic-PADT)"},
        {"date", ModelDate()},
        {"seed", std::to_string(args->seed)},
        {"corpus", args->corpus.empty()
                       ? "none"
                       : std::filesystem::path(args->corpus).filename().string() +
                             " (word profiles; SaudiNewsNet, CC BY-NC-SA 4.0)"},
        {"epochs", "segmenter " + std::to_string(args->seg_epochs) + ", tagger " +
                       std::to_string(args->pos_epochs)},
        {"tagger passes", std::to_string(args->passes)},
        {"tagger directions",
         args->right_to_left ? "left to right + right to left" : "left to right"},
        {"tagger words", args->jackknife >= 2 ? "jackknifed segmentation, " +
                                                    std::to_string(args->jackknife) + " folds"
                                              : "gold segmentation"},
        {"word classes", std::to_string(args->clusters)},
    };
    // The learning options, written only when not the defaults (a model
    // trained with the defaults stays byte-identical to earlier ones).
    if (args->tagger_update != "perceptron" || args->seed_average != 1 ||
        args->gold_history != 0.f) {
      char buf[160];
      std::string rule = "perceptron";
      if (args->tagger_update == "pa") {
        char cap[32];
        std::snprintf(cap, sizeof cap, "%g", args->pa_cap);
        rule = std::string("passive-aggressive (PA-I, C ") + cap + ")";
      }
      std::snprintf(buf, sizeof buf, "%s, %d seed(s) averaged, gold history %.2f", rule.c_str(),
                    args->seed_average, args->gold_history);
      header.emplace_back("tagger learning", buf);
    }
    if (args->tagger_prune != 0.0005f) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%g", args->tagger_prune);
      header.emplace_back("tagger prune", buf);
    }
    st = model.Save(path, header);
    if (!st.ok()) {
      *exit_code = ReportError(st);
      return;
    }
    std::fprintf(stderr, "wrote %s (trained in %.1f s)\n", path.c_str(), secs);
    if (!args->dev.empty()) {
      std::unique_ptr<WordTagger> loaded;
      SegPosScores scores;
      st = WordTagger::Load(path, &loaded);
      if (st.ok()) st = EvaluateFile(args->dev, *loaded, &scores);
      if (!st.ok()) {
        *exit_code = ReportError(st);
        return;
      }
      std::printf("dev %s\n%s", args->dev.c_str(), FormatScores(scores).c_str());
    }
    *exit_code = kExitOk;
  });
}

void AddEvalSegPos(CLI::App& app, int* exit_code) {
  struct Args {
    std::string gold;
    std::string models;
    bool confusions = false;
    std::string errors;
  };
  auto args = std::make_shared<Args>();
  CLI::App* eval = SubcommandOrNew(app, "eval", "Evaluate against gold data");
  CLI::App* cmd = eval->add_subcommand(
      "segpos", "Score clitic segmentation and UPOS on a CoNLL-U file (CoNLL 2018 measures)");
  cmd->add_option("gold", args->gold, "gold CoNLL-U file; its # text lines are analysed")
      ->required();
  cmd->add_option("--models", args->models, "folder of model files");
  cmd->add_flag("--confusions", args->confusions,
                "also print the most frequent tag confusions (gold → system) of aligned words");
  cmd->add_option("--errors", args->errors,
                  "write one line per aligned word with a wrong tag (gold, system, form)");
  cmd->callback([args, exit_code]() {
    AnalyzerOptions opt;
    opt.models_dir = args->models;
    std::string path = WordTagger::ModelPath(ResolveModelsDir(opt));
    std::unique_ptr<WordTagger> tagger;
    SegPosScores scores;
    std::vector<std::string> errors;
    if (!args->errors.empty()) scores.errors = &errors;
    Status st = WordTagger::Load(path, &tagger);
    if (st.ok()) st = EvaluateFile(args->gold, *tagger, &scores);
    if (!st.ok()) {
      *exit_code = ReportError(st);
      return;
    }
    std::printf("%s", FormatScores(scores).c_str());
    if (args->confusions) {
      std::vector<std::pair<uint32_t, std::pair<int, int>>> pairs;
      for (int g = 0; g < kUposCount; ++g)
        for (int s = 0; s < kUposCount; ++s)
          if (g != s && scores.confusion[g][s] > 0)
            pairs.push_back({scores.confusion[g][s], {g, s}});
      std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
      });
      size_t wrong = scores.aligned_words - scores.matched_upos;
      std::printf("confusions (gold -> system) of %zu wrong tags on aligned words:\n", wrong);
      for (size_t k = 0; k < pairs.size() && k < 25; ++k)
        std::printf("  %-5s -> %-5s %5u\n", UposName(static_cast<Upos>(pairs[k].second.first)),
                    UposName(static_cast<Upos>(pairs[k].second.second)), pairs[k].first);
    }
    if (!args->errors.empty()) {
      std::FILE* f = std::fopen(args->errors.c_str(), "w");
      if (f == nullptr) {
        std::fprintf(stderr, "isnad: cannot write %s\n", args->errors.c_str());
        *exit_code = kExitInputError;
        return;
      }
      for (const std::string& line : errors) std::fprintf(f, "%s\n", line.c_str());
      std::fclose(f);
    }
    *exit_code = kExitOk;
  });
}

void AddTag(CLI::App& app, int* exit_code) {
  struct Args {
    std::vector<std::string> paths;
    BatchOptions batch;
    std::string format = "conllu";
    bool sentence_per_line = false;
    std::string models;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "tag", "Split tokens into syntactic words and tag them with UPOS; CoNLL-U out");
  AddBatchOptions(cmd, &args->paths, &args->batch);
  cmd->add_option("--format", args->format, "output format")
      ->check(CLI::IsMember({"conllu"}))
      ->capture_default_str();
  cmd->add_flag("--sentence-per-line", args->sentence_per_line,
                "each input line is one sentence (an empty line gives a sentence without words)");
  cmd->add_option("--models", args->models, "folder of model files");
  cmd->callback([args, exit_code]() {
    AnalyzerOptions opt;
    opt.models_dir = args->models;
    opt.attributions = false;
    std::unique_ptr<Analyzer> analyzer = CreateAnalyzerOrReport(opt, exit_code);
    if (!analyzer) return;
    if (!analyzer->has_word_tagger()) {
      std::fprintf(stderr, "isnad: %s: no segpos model (train one with `isnad train segpos`)\n",
                   WordTagger::ModelPath(ResolveModelsDir(opt)).c_str());
      *exit_code = kExitInputError;
      return;
    }
    const bool per_line = args->sentence_per_line;
    size_t failed = RunBatch(args->paths, args->batch, [&](Document* doc, std::string* out) {
      analyzer->Tokenize(doc);
      if (per_line) SentencesFromLines(doc);
      analyzer->TagWords(doc);
      size_t k = 0;
      for (const Sentence& s : doc->sentences) {
        ++k;
        std::string id = doc->id.empty() || doc->id == "-" ? std::to_string(k)
                                                           : doc->id + "-" + std::to_string(k);
        AppendConlluSentence(*doc, s.first_token, s.end_token, id, out);
      }
    });
    *exit_code = failed > 0 ? kExitInputError : kExitOk;
  });
}

}  // namespace

void AddTagCommands(CLI::App& app, int* exit_code) {
  AddTrainSegPos(app, exit_code);
  AddEvalSegPos(app, exit_code);
  AddTag(app, exit_code);
}

}  // namespace isnad::cli

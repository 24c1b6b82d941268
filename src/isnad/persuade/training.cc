#include "isnad/persuade/training.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

#include "isnad/analyzer.h"
#include "isnad/attrib/attribution_index.h"
#include "isnad/io/input.h"
#include "isnad/persuade/checkworthiness.h"
#include "isnad/persuade/datasets.h"
#include "isnad/persuade/features.h"
#include "isnad/persuade/logistic_model.h"
#include "isnad/persuade/persuasion.h"
#include "isnad/persuade/word_clusters.h"

namespace isnad {
namespace {

std::string Today() {
  std::time_t t = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", std::gmtime(&t));
  return buf;
}

// The analyzer that produces what the models read: text layers and
// attributions, no persuasion or check-worthiness.
Status BaseAnalyzer(std::unique_ptr<Analyzer>* out) {
  AnalyzerOptions o;
  o.persuasion = false;
  o.checkworthiness = false;
  return Analyzer::Create(o, out);
}

Status AnalyzeText(const Analyzer& a, const std::string& id, const std::string& text, Document* doc) {
  Status st = SetDocumentText(id, text, InputOptions{true}, doc);
  if (!st.ok()) return st;
  a.Analyze(doc);
  return Status::Ok();
}

// Threshold in [0.05, 0.95] that maximizes `score(t)`.
template <typename F>
float BestThreshold(F score, double* best_score) {
  float best_t = 0.5f;
  double best = -1;
  for (int i = 1; i <= 19; ++i) {
    const float t = 0.05f * i;
    const double s = score(t);
    if (s > best + 1e-9) {
      best = s;
      best_t = t;
    }
  }
  *best_score = best;
  return best_t;
}

// ---- technique spans -------------------------------------------------------

struct SpanDoc {
  Document doc;
  SplitPart part;
  std::vector<LabeledSpan> gold;
  size_t first_example = 0;   // its tokens' examples
  size_t first_sentence = 0;  // its sentences' examples
};

// Whether gold span g makes sentence extent `s` an instance of g's
// technique: they share at least half of g or half of s.
bool SentenceHasSpan(Span s, Span g) {
  if (!s.Overlaps(g)) return false;
  const uint32_t inter = std::min(s.end, g.end) - std::max(s.start, g.start);
  return 2 * inter >= g.size() || 2 * inter >= s.size();
}

Status TrainTechniqueTagger(const PersuasionTrainConfig& c, const Analyzer& analyzer,
                            const WordClusters* clusters, const TrainOptions& opt) {
  std::vector<SpanItem> items;
  Status st = ReadSpanFile(c.span_file, &items);
  if (!st.ok()) return st;
  std::map<std::string, size_t> span_counts, span_chars;
  for (const SpanItem& it : items)
    if (SplitOf(it.key) != SplitPart::kDev)
      for (const LabeledSpan& l : it.labels) {
        ++span_counts[l.technique];
        span_chars[l.technique] += l.span.size();
      }
  std::vector<std::string> names;
  for (const auto& [name, n] : span_counts)
    if (n >= c.min_spans) names.push_back(name);
  const int k = static_cast<int>(names.size());
  std::vector<SpanDoc> docs;
  docs.reserve(items.size());
  std::vector<TrainExample> examples, sentence_examples;
  size_t counts[3] = {0, 0, 0};
  for (const SpanItem& it : items) {
    const SplitPart part = SplitOf(it.key);
    ++counts[static_cast<int>(part)];
    if (part == SplitPart::kDev) continue;
    docs.emplace_back();
    SpanDoc& d = docs.back();
    d.part = part;
    d.gold = it.labels;
    st = AnalyzeText(analyzer, it.id, it.text, &d.doc);
    if (!st.ok()) return st.At(c.span_file + " " + it.id);
    d.first_example = examples.size();
    TokenContext ctx;
    ctx.Build(d.doc, clusters);
    for (uint32_t i = 0; i < d.doc.tokens.size(); ++i) {
      TrainExample e;
      ctx.Features(i, &e.features);
      e.labels.assign(k, 0);
      const Span ts = d.doc.tokens[i].span;
      for (const LabeledSpan& l : it.labels) {
        if (!l.span.Overlaps(ts)) continue;
        const uint32_t inter = std::min(l.span.end, ts.end) - std::max(l.span.start, ts.start);
        if (2 * inter < ts.size()) continue;
        auto at = std::find(names.begin(), names.end(), l.technique);
        if (at != names.end()) e.labels[at - names.begin()] = 1;
      }
      examples.push_back(std::move(e));
    }
    d.first_sentence = sentence_examples.size();
    const AttributionIndex index(d.doc);
    for (const Sentence& sen : d.doc.sentences) {
      TrainExample e;
      BagFeatures(d.doc, sen.first_token, sen.end_token, &e.features, &index);
      e.labels.assign(k, 0);
      const Span extent = PersuasionDetector::SentenceExtent(d.doc, sen);
      for (const LabeledSpan& l : it.labels) {
        if (!SentenceHasSpan(extent, l.span)) continue;
        auto at = std::find(names.begin(), names.end(), l.technique);
        if (at != names.end()) e.labels[at - names.begin()] = 1;
      }
      sentence_examples.push_back(std::move(e));
    }
  }
  std::fprintf(stderr, "spans: %zu items (train %zu, tune %zu, dev %zu held out), %d techniques, %zu tokens\n",
               items.size(), counts[0], counts[1], counts[2], k, examples.size());
  // 1. Fit on train, choose thresholds on tune.
  std::vector<TrainExample> train;
  for (const SpanDoc& d : docs)
    if (d.part == SplitPart::kTrain)
      for (size_t i = 0; i < d.doc.tokens.size(); ++i) train.push_back(examples[d.first_example + i]);
  std::vector<TrainExample> sentence_train;
  for (const SpanDoc& d : docs)
    if (d.part == SplitPart::kTrain)
      for (size_t i = 0; i < d.doc.sentences.size(); ++i)
        sentence_train.push_back(sentence_examples[d.first_sentence + i]);
  LogisticModel model("techniques", c.bits, names);
  TrainLinearModel(train, opt, &model);
  TrainOptions sentence_opt = opt;
  sentence_opt.learning_rate = c.sentence_learning_rate;
  sentence_opt.pos_weight_power = 1;
  LogisticModel sentence_model("sentence_techniques", c.bits, names);
  TrainLinearModel(sentence_train, sentence_opt, &sentence_model);
  std::vector<std::vector<float>> tune_probs, tune_sentence_probs;
  std::vector<const SpanDoc*> tune_docs;
  for (const SpanDoc& d : docs) {
    if (d.part != SplitPart::kTune) continue;
    std::vector<float> p(d.doc.tokens.size() * k);
    for (size_t i = 0; i < d.doc.tokens.size(); ++i) model.Score(examples[d.first_example + i].features, &p[i * k]);
    tune_probs.push_back(std::move(p));
    std::vector<float> q(d.doc.sentences.size() * k);
    for (size_t i = 0; i < d.doc.sentences.size(); ++i)
      sentence_model.Score(sentence_examples[d.first_sentence + i].features, &q[i * k]);
    tune_sentence_probs.push_back(std::move(q));
    tune_docs.push_back(&d);
  }
  // Mode 0: token decoding; mode 1: sentence decoding.
  auto tune_score = [&](int j, float t, int mode) {
    SpanScores s;
    std::vector<Technique> pred;
    for (size_t n = 0; n < tune_docs.size(); ++n) {
      pred.clear();
      if (mode == 0) {
        PersuasionDetector::DecodeSpans(tune_docs[n]->doc, tune_probs[n].data(), k, j, t, names[j], &pred);
      } else {
        PersuasionDetector::DecodeSentenceSpans(tune_docs[n]->doc, tune_sentence_probs[n].data(), k, j, t,
                                                names[j], &pred);
      }
      std::vector<LabeledSpan> p, g;
      for (const Technique& x : pred) p.push_back({x.span, x.technique});
      for (const LabeledSpan& l : tune_docs[n]->gold)
        if (l.technique == names[j]) g.push_back(l);
      s.Add(g, p);
    }
    return s;
  };
  // Thresholds: coordinate ascent on the micro-F1 over all techniques (a
  // technique that only adds noise stays off), from per-technique scores
  // cached for every candidate threshold. Spans of untagged techniques
  // count as misses.
  // Grid: 0..18 token thresholds 0.05 .. 0.95, 19..37 sentence thresholds,
  // 38 = off.
  constexpr int kGrid = 39;
  auto grid_t = [](int g) { return g >= 38 ? 1.01f : 0.05f * (g % 19 + 1); };
  std::vector<std::vector<SpanScores>> cache(k, std::vector<SpanScores>(kGrid));
  for (int j = 0; j < k; ++j)
    for (int g = 0; g < 38; ++g) cache[j][g] = tune_score(j, grid_t(g), g / 19);
  // Only techniques whose training spans average at least kMinSentenceChars
  // code points (about four words) may be decoded as whole sentences; a
  // short technique (a loaded word, a label) is tagged on its tokens or not
  // at all.
  constexpr double kMinSentenceChars = 24;
  std::vector<bool> long_technique(k);
  for (int j = 0; j < k; ++j)
    long_technique[j] = static_cast<double>(span_chars[names[j]]) / span_counts[names[j]] >= kMinSentenceChars;
  size_t tune_gold = 0;
  for (const SpanDoc* d : tune_docs) tune_gold += d->gold.size();
  std::vector<int> choice(k, kGrid - 1);
  auto micro = [&](const std::vector<int>& ch) {
    SpanScores all;
    for (int j = 0; j < k; ++j) {
      const SpanScores& s = cache[j][ch[j]];
      all.precision_credit += s.precision_credit;
      all.recall_credit += s.recall_credit;
      all.predicted += s.predicted;
    }
    all.gold = tune_gold;
    return all;
  };
  for (int round = 0; round < 4; ++round) {
    for (int j = 0; j < k; ++j) {
      int best_g = choice[j];
      double best = micro(choice).F1();
      for (int g = 0; g < kGrid; ++g) {
        if (g >= 19 && g < 38 && !long_technique[j]) continue;
        if (g < 38 && cache[j][g].precision_credit <= 0) continue;  // nothing right on tune: stays off
        std::vector<int> ch = choice;
        ch[j] = g;
        const double f = micro(ch).F1();
        if (f > best + 1e-9) {
          best = f;
          best_g = g;
        }
      }
      choice[j] = best_g;
    }
  }
  std::vector<float> thresholds(k, 1.01f), sentence_thresholds(k, 1.01f);
  for (int j = 0; j < k; ++j) {
    const int g = choice[j];
    if (g < 19) thresholds[j] = grid_t(g);
    else if (g < 38) sentence_thresholds[j] = grid_t(g);
    const SpanScores& s = cache[j][g];
    std::fprintf(stderr, "  %-34s spans %4zu  %-8s threshold %.2f  tune P %.3f R %.3f F1 %.3f\n",
                 names[j].c_str(), span_counts[names[j]], g < 19 ? "token" : g < 38 ? "sentence" : "off",
                 grid_t(g), s.P(), s.R(), s.F1());
  }
  SpanScores all = micro(choice);
  std::fprintf(stderr, "  tune micro P %.3f R %.3f F1 %.3f\n", all.P(), all.R(), all.F1());
  // 2. Refit on train + tune.
  TrainLinearModel(examples, opt, &model);
  TrainLinearModel(sentence_examples, sentence_opt, &sentence_model);
  for (int j = 0; j < k; ++j) {
    model.set_threshold(j, thresholds[j]);
    sentence_model.set_threshold(j, sentence_thresholds[j]);
  }
  const std::string info = "ArAIEval 2024 task 1 spans (" + c.span_file +
                           "), train+tune parts of the page-hash split; " +
                           (clusters ? "word clusters from " + c.corpus + "; " : std::string()) +
                           "command: " + c.command + "; " + Today();
  model.info() = info;
  sentence_model.info() = info;
  st = model.Save(c.out_dir + "/" + kTechniqueModelFile);
  if (!st.ok()) return st;
  return sentence_model.Save(c.out_dir + "/" + kSentenceTechniqueModelFile);
}

// ---- document judgements (ArAIEval 2023 1A / 1B, CheckThat!) --------------

struct BagData {
  std::vector<TrainExample> all;
  std::vector<size_t> train, tune;  // indices into all
};

Status BuildBags(const Analyzer& analyzer, const std::vector<LabeledText>& texts,
                 const std::vector<std::string>& names, bool binary, BagData* out) {
  Document doc;
  for (const LabeledText& t : texts) {
    Status st = AnalyzeText(analyzer, t.id, t.text, &doc);
    if (!st.ok()) return st.At(t.id);
    TrainExample e;
    BagFeatures(doc, 0, static_cast<uint32_t>(doc.tokens.size()), &e.features);
    e.labels.assign(names.size(), 0);
    if (binary) {
      e.labels[0] = t.label;
    } else {
      for (size_t j = 0; j < names.size(); ++j)
        e.labels[j] = std::find(t.labels.begin(), t.labels.end(), names[j]) != t.labels.end();
    }
    (SplitOf(t.id) == SplitPart::kTune ? out->tune : out->train).push_back(out->all.size());
    out->all.push_back(std::move(e));
  }
  return Status::Ok();
}

enum class Criterion { kAccuracy, kF1, kMacroF1 };

// Fits on train, sets each output's threshold on tune, refits on all.
void FitBag(const BagData& data, const TrainOptions& opt, Criterion criterion, LogisticModel* model) {
  std::vector<TrainExample> train;
  for (size_t i : data.train) train.push_back(data.all[i]);
  TrainLinearModel(train, opt, model);
  const int k = model->outputs();
  std::vector<float> probs(data.tune.size() * k);
  for (size_t n = 0; n < data.tune.size(); ++n) model->Score(data.all[data.tune[n]].features, &probs[n * k]);
  std::vector<float> thresholds(k);
  for (int j = 0; j < k; ++j) {
    double best;
    thresholds[j] = BestThreshold(
        [&](float t) {
          BinaryScores s;
          for (size_t n = 0; n < data.tune.size(); ++n)
            s.Add(data.all[data.tune[n]].labels[j], probs[n * k + j] >= t);
          return criterion == Criterion::kAccuracy ? s.Accuracy()
                 : criterion == Criterion::kF1     ? s.F1Positive()
                                                   : s.MacroF1();
        },
        &best);
    if (best <= 0) thresholds[j] = 1.01f;  // never fires: it found nothing on tune
    std::fprintf(stderr, "  %-34s tune %s %.3f  threshold %.2f\n", model->name(j).c_str(),
                 criterion == Criterion::kAccuracy ? "accuracy" : criterion == Criterion::kF1 ? "F1" : "macro-F1",
                 best, thresholds[j]);
  }
  TrainLinearModel(data.all, opt, model);
  for (int j = 0; j < k; ++j) model->set_threshold(j, thresholds[j]);
}

}  // namespace

Status TrainPersuasion(const PersuasionTrainConfig& c) {
  std::filesystem::create_directories(c.out_dir);
  std::unique_ptr<Analyzer> analyzer;
  Status st = BaseAnalyzer(&analyzer);
  if (!st.ok()) return st;
  TrainOptions opt;
  opt.seed = c.seed;
  opt.epochs = c.epochs;
  const auto t0 = std::chrono::steady_clock::now();
  if (!c.span_file.empty()) {
    std::unique_ptr<WordClusters> clusters;
    if (!c.corpus.empty()) {
      clusters = std::make_unique<WordClusters>();
      st = clusters->Build(c.corpus, c.corpus_docs, 60000, 5, c.seed);
      if (!st.ok()) return st;
      clusters->info() = "SimHash word clusters from " + c.corpus + "; " + Today();
      st = clusters->Save(c.out_dir + "/" + kClusterFile);
      if (!st.ok()) return st;
      std::fprintf(stderr, "clusters: %zu words\n", clusters->size());
    } else {
      std::filesystem::remove(c.out_dir + "/" + kClusterFile);
    }
    TrainOptions span_opt = opt;
    span_opt.learning_rate = c.learning_rate;
    span_opt.pos_weight_power = c.pos_weight_power;
    st = TrainTechniqueTagger(c, *analyzer, clusters.get(), span_opt);
    if (!st.ok()) return st;
  }
  if (!c.task1a_file.empty()) {
    std::vector<LabeledText> texts;
    st = ReadJudgementFile(c.task1a_file, &texts);
    if (!st.ok()) return st;
    BagData data;
    st = BuildBags(*analyzer, texts, {"persuasive"}, true, &data);
    if (!st.ok()) return st;
    std::fprintf(stderr, "1A: %zu train, %zu tune\n", data.train.size(), data.tune.size());
    LogisticModel model("persuasive", c.bits, {"persuasive"});
    FitBag(data, opt, Criterion::kAccuracy, &model);
    model.info() = "ArAIEval 2023 task 1A train (" + c.task1a_file + "); command: " + c.command + "; " + Today();
    st = model.Save(c.out_dir + "/" + kPersuasiveModelFile);
    if (!st.ok()) return st;
  }
  if (!c.task1b_file.empty()) {
    std::vector<LabeledText> texts;
    st = ReadJudgementFile(c.task1b_file, &texts);
    if (!st.ok()) return st;
    std::set<std::string> label_set;
    for (const auto& t : texts)
      for (const auto& l : t.labels)
        if (l != "no_technique") label_set.insert(l);
    std::vector<std::string> names(label_set.begin(), label_set.end());
    BagData data;
    st = BuildBags(*analyzer, texts, names, false, &data);
    if (!st.ok()) return st;
    std::fprintf(stderr, "1B: %zu train, %zu tune, %zu labels\n", data.train.size(), data.tune.size(), names.size());
    LogisticModel model("doc_techniques", c.bits, names);
    FitBag(data, opt, Criterion::kF1, &model);
    model.info() = "ArAIEval 2023 task 1B train (" + c.task1b_file + "); command: " + c.command + "; " + Today();
    st = model.Save(c.out_dir + "/" + kDocTechniquesModelFile);
    if (!st.ok()) return st;
  }
  std::fprintf(stderr, "trained in %.1f s\n",
               std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  return Status::Ok();
}

}  // namespace isnad

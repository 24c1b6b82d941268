// `isnad train checkworthy`: the check-worthiness model (training.h).
//
// Fit(examples): the threshold is the one that maximizes macro-F1 on a
// hold-out of the examples (the newest fifth by tweet id, which stands for
// a later test set; or, with --holdout hash, the project's hash "tune"
// part), the model being fit on the rest; then the model is fit again on
// all the examples and keeps that threshold.
//
// Cross-validation over the added files (--add DEV --cv K): each added
// example falls in one of K folds (a hash of its id and the seed); fold k is
// scored by Fit(train file + the added examples outside fold k), and the
// scores are pooled over the folds. This estimates the shipped model, which
// is Fit(train file + all added examples), on data it did not see.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "isnad/model_file.h"
#include "isnad/analyzer.h"
#include "isnad/attrib/attribution_index.h"
#include "isnad/eval/persuasion_eval.h"
#include "isnad/io/input.h"
#include "isnad/persuade/checkworthiness.h"
#include "isnad/persuade/checkworthy_features.h"
#include "isnad/persuade/datasets.h"
#include "isnad/persuade/logistic_model.h"
#include "isnad/persuade/training.h"

namespace isnad {
namespace {

struct CwItem {
  std::string id;
  uint64_t order = 0;  // the tweet id as a number (tweet ids grow with time)
  bool label = false;
  int source = 0;      // 0: the train file, 1..: the added files
  FeatureVector features;
};

Status ReadItems(const Analyzer& analyzer, const CheckworthyBlocks& blocks, const std::string& path, int source,
                 uint64_t min_id, std::vector<CwItem>* out) {
  std::vector<LabeledText> texts;
  Status st = ReadCheckworthyFile(path, &texts);
  if (!st.ok()) return st;
  CheckworthyFeaturizer featurizer(blocks);
  Document doc;
  for (const LabeledText& t : texts) {
    st = AnalyzeForTraining(analyzer, t.id, t.text, &doc);
    if (!st.ok()) return st.At(path + " " + t.id);
    CwItem it;
    it.id = t.id;
    // A few ids are written as floats ("1.24105E+18"): their order is approximate.
    it.order = t.id.find_first_of(".eE") == std::string::npos
                   ? std::strtoull(t.id.c_str(), nullptr, 10)
                   : static_cast<uint64_t>(std::strtod(t.id.c_str(), nullptr));
    if (source == 0 && it.order < min_id) continue;
    it.label = t.label;
    it.source = source;
    featurizer.Prepare(doc);
    featurizer.Extract(doc, 0, static_cast<uint32_t>(doc.tokens.size()), &it.features);
    out->push_back(std::move(it));
  }
  return Status::Ok();
}

// One fit on `items`, without a threshold. --min-count drops the features
// (buckets) seen in fewer examples; --nb scales each bucket by the size of its
// log-count ratio during training (NB-SVM) and folds the ratio into the
// weights, so the model file reads the plain features. Examples of the
// added files count --add-repeat times.
void FitOnce(const std::vector<const CwItem*>& items, const CheckworthyTrainConfig& c, LogisticModel* model) {
  const size_t buckets = size_t{1} << c.bits;
  std::vector<uint32_t> df;
  std::vector<float> ratio;
  if (c.min_count > 1 || c.nb) {
    df.assign(buckets, 0);
    std::vector<double> pos(buckets, 0), neg(buckets, 0);
    double pos_total = 0, neg_total = 0;
    for (const CwItem* it : items) {
      for (size_t f = 0; f < it->features.size(); ++f) {
        const uint32_t b = model->Bucket(it->features.ids[f]);
        ++df[b];
        (it->label ? pos : neg)[b] += it->features.values[f];
        (it->label ? pos_total : neg_total) += it->features.values[f];
      }
    }
    if (c.nb) {
      ratio.assign(buckets, 1.f);
      const double alpha = 0.1;
      for (size_t b = 0; b < buckets; ++b)
        if (df[b] > 0)
          ratio[b] = static_cast<float>(std::fabs(std::log((pos[b] + alpha) / (pos_total + alpha)) -
                                                  std::log((neg[b] + alpha) / (neg_total + alpha))));
    }
  }
  std::vector<TrainExample> examples;
  examples.reserve(items.size());
  for (const CwItem* it : items) {
    TrainExample e;
    for (size_t f = 0; f < it->features.size(); ++f) {
      const uint32_t b = model->Bucket(it->features.ids[f]);
      if (c.min_count > 1 && df[b] < c.min_count) continue;
      e.features.Add(it->features.ids[f], it->features.values[f] * (c.nb ? ratio[b] : 1.f));
    }
    e.labels.assign(1, it->label);
    for (uint32_t r = 1; it->source > 0 && r < c.add_repeat; ++r) examples.push_back(e);
    examples.push_back(std::move(e));
  }
  TrainOptions opt;
  opt.seed = c.seed;
  opt.epochs = c.epochs;
  opt.learning_rate = c.learning_rate;
  opt.pos_weight_power = c.pos_weight_power;
  opt.l2 = c.l2;
  TrainLinearModel(examples, opt, model);
  if (c.nb) {
    std::vector<float>& w = model->weights();
    for (size_t b = 0; b < buckets; ++b) w[b] *= ratio[b];
  }
}

float Probability(const LogisticModel& model, const CwItem& it) {
  float p = 0;
  model.Score(it.features, &p);
  return p;
}

// Fit with the threshold set on the hold-out (see the top of the file).
void Fit(const std::vector<const CwItem*>& items, const CheckworthyTrainConfig& c, const char* what,
         LogisticModel* model) {
  std::vector<const CwItem*> rest, holdout;
  if (c.holdout == "hash") {
    for (const CwItem* it : items) (SplitOf(it->id) == SplitPart::kTune ? holdout : rest).push_back(it);
  } else {
    std::vector<const CwItem*> by_time(items);
    std::stable_sort(by_time.begin(), by_time.end(),
                     [](const CwItem* a, const CwItem* b) { return a->order < b->order; });
    const size_t cut = by_time.size() - by_time.size() / 5;
    rest.assign(by_time.begin(), by_time.begin() + cut);
    holdout.assign(by_time.begin() + cut, by_time.end());
  }
  float threshold = c.threshold;
  double best = -1;
  if (threshold <= 0) {
    FitOnce(rest, c, model);
    std::vector<float> probs;
    for (const CwItem* it : holdout) probs.push_back(Probability(*model, *it));
    threshold = 0.5f;
    for (int i = 1; i <= 19; ++i) {
      const float t = 0.05f * i;
      BinaryScores s;
      for (size_t n = 0; n < holdout.size(); ++n) s.Add(holdout[n]->label, probs[n] >= t);
      if (s.MacroF1() > best + 1e-9) {
        best = s.MacroF1();
        threshold = t;
      }
    }
  }
  FitOnce(items, c, model);
  model->set_threshold(0, threshold);
  std::fprintf(stderr, "  %s: %zu examples; hold-out (%s, %zu) macro-F1 %.3f, threshold %.2f\n", what, items.size(),
               c.holdout.c_str(), holdout.size(), best, threshold);
}

void PrintScores(const char* what, const BinaryScores& s) {
  std::printf("%-28s F1(Yes) %.3f  macro-F1 %.3f  accuracy %.3f  (tp %zu fp %zu fn %zu tn %zu)\n", what,
              s.F1Positive(), s.MacroF1(), s.Accuracy(), s.tp, s.fp, s.fn, s.tn);
}

// A diagnostic: the best macro-F1 over thresholds 0.05 .. 0.95, chosen in
// hindsight on the scored data itself (not a held-out figure).
void PrintHindsight(const char* what, const std::vector<std::pair<float, bool>>& scored) {
  double best = -1;
  float best_t = 0;
  for (int i = 1; i <= 19; ++i) {
    BinaryScores s;
    for (const auto& [p, gold] : scored) s.Add(gold, p >= 0.05f * i);
    if (s.MacroF1() > best) {
      best = s.MacroF1();
      best_t = 0.05f * i;
    }
  }
  std::printf("%-28s hindsight: macro-F1 %.3f at threshold %.2f (chosen on these data)\n", what, best, best_t);
}

}  // namespace

Status TrainCheckworthiness(const CheckworthyTrainConfig& c, CheckworthyReport* report) {
  CheckworthyReport local;
  if (report == nullptr) report = &local;
  *report = CheckworthyReport();
  const auto t0 = std::chrono::steady_clock::now();
  std::unique_ptr<Analyzer> analyzer;
  Status st = CreateTrainingAnalyzer(&analyzer);
  if (!st.ok()) return st;
  CheckworthyBlocks blocks;
  st = CheckworthyBlocks::Parse(c.features, &blocks);
  if (!st.ok()) return st;
  if (c.holdout != "time" && c.holdout != "hash") return Status::Error("--holdout: time or hash");
  std::vector<CwItem> items;
  st = ReadItems(*analyzer, blocks, c.train_file, 0, c.min_id, &items);
  if (!st.ok()) return st;
  for (size_t i = 0; i < c.add_files.size(); ++i) {
    st = ReadItems(*analyzer, blocks, c.add_files[i], static_cast<int>(i) + 1, 0, &items);
    if (!st.ok()) return st;
  }
  std::vector<CwItem> evals;
  for (size_t i = 0; i < c.eval_files.size(); ++i) {
    st = ReadItems(*analyzer, blocks, c.eval_files[i], -1 - static_cast<int>(i), 0, &evals);
    if (!st.ok()) return st;
  }
  std::fprintf(stderr, "CheckThat! 2024: %zu examples (%zu added); features: %s\n", items.size(),
               static_cast<size_t>(std::count_if(items.begin(), items.end(), [](const CwItem& it) { return it.source > 0; })),
               blocks.Kind().c_str());
  if (c.cv > 1) {
    size_t added = 0;
    for (const CwItem& it : items) added += it.source > 0;
    if (added < static_cast<size_t>(c.cv)) return Status::Error("--cv needs at least as many --add examples as folds");
    BinaryScores pooled;
    std::vector<std::pair<float, bool>> pooled_probs;
    for (int k = 0; k < c.cv; ++k) {
      std::vector<const CwItem*> fit, held;
      for (const CwItem& it : items) {
        const bool in_fold = it.source > 0 && MixHash(FeatureId(0, it.id) ^ c.seed) % c.cv == static_cast<uint64_t>(k);
        (in_fold ? held : fit).push_back(&it);
      }
      LogisticModel model(blocks.Kind(), c.bits, {"checkworthy"});
      char what[32];
      std::snprintf(what, sizeof what, "fold %d", k + 1);
      Fit(fit, c, what, &model);
      BinaryScores s;
      for (const CwItem* it : held) {
        const float p = Probability(model, *it);
        const bool predicted = p >= model.threshold(0);
        pooled_probs.push_back({p, it->label});
        s.Add(it->label, predicted);
        pooled.Add(it->label, predicted);
      }
      std::snprintf(what, sizeof what, "cv fold %d (%zu)", k + 1, held.size());
      PrintScores(what, s);
      report->fold_sizes.push_back(held.size());
    }
    char what[48];
    std::snprintf(what, sizeof what, "cv %d folds, pooled", c.cv);
    PrintScores(what, pooled);
    PrintHindsight(what, pooled_probs);
    report->cv = pooled;
  }
  std::vector<const CwItem*> all;
  for (const CwItem& it : items) all.push_back(&it);
  LogisticModel model(blocks.Kind(), c.bits, {"checkworthy"});
  Fit(all, c, "final", &model);
  report->threshold = model.threshold(0);
  for (size_t i = 0; i < c.eval_files.size(); ++i) {
    BinaryScores s;
    std::vector<std::pair<float, bool>> probs;
    for (const CwItem& it : evals) {
      if (it.source != -1 - static_cast<int>(i)) continue;
      const float p = Probability(model, it);
      probs.push_back({p, it.label});
      s.Add(it.label, p >= model.threshold(0));
    }
    const std::string name = std::filesystem::path(c.eval_files[i]).filename().string();
    PrintScores(name.c_str(), s);
    PrintHindsight(name.c_str(), probs);
    report->evals.push_back(s);
  }
  std::fprintf(stderr, "trained in %.1f s\n",
               std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  if (c.out_dir.empty()) return Status::Ok();
  std::filesystem::create_directories(c.out_dir);
  std::string data = "CheckThat! 2024 task 1 Arabic train (" + c.train_file + ")";
  for (const std::string& f : c.add_files) data += " + " + f;
  model.info() = data + "; command: " + c.command + "; " + ModelDate();
  return model.Save(c.out_dir + "/" + kCheckworthyModelFile);
}

}  // namespace isnad

// The document models of the persuasion training (ArAIEval 2023 1A and 1B)
// and the order of all its steps; the technique span tagger's training is in
// technique_training.h.
#include "isnad/persuade/training.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <set>

#include "isnad/analyzer.h"
#include "isnad/io/input.h"
#include "isnad/persuade/datasets.h"
#include "isnad/persuade/features.h"
#include "isnad/persuade/logistic_model.h"
#include "isnad/persuade/persuasion.h"
#include "isnad/persuade/technique_training.h"
#include "isnad/model_file.h"

namespace isnad {
namespace {

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

struct BagData {
  std::vector<TrainExample> all;
  std::vector<size_t> train, tune;  // indices into all
};

Status BuildBags(const Analyzer& analyzer, const std::vector<LabeledText>& texts,
                 const std::vector<std::string>& names, bool binary, BagData* out) {
  Document doc;
  for (const LabeledText& t : texts) {
    Status st = AnalyzeForTraining(analyzer, t.id, t.text, &doc);
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

// Sets each output's threshold on held-out probabilities, then fits on
// all. With `cross_validate`, the held-out items are all of them, each
// scored by the model of the 4 folds it is not in (folds by a hash of its
// position); else the tune part, scored by a model fit on the train part.
void FitBag(const BagData& data, const TrainOptions& opt, Criterion criterion, bool cross_validate,
            LogisticModel* model) {
  const int k = model->outputs();
  std::vector<size_t> held;  // indices into data.all, with probabilities in `probs`
  std::vector<float> probs;
  if (cross_validate) {
    constexpr uint64_t kFolds = 5;
    auto fold_of = [](size_t n) { return ((n + 1) * 0x9E3779B97F4A7C15ull >> 32) % kFolds; };
    held.resize(data.all.size());
    probs.resize(data.all.size() * k);
    for (size_t n = 0; n < held.size(); ++n) held[n] = n;
    for (uint64_t f = 0; f < kFolds; ++f) {
      std::vector<TrainExample> train;
      for (size_t n = 0; n < data.all.size(); ++n)
        if (fold_of(n) != f) train.push_back(data.all[n]);
      TrainLinearModel(train, opt, model);
      for (size_t n = 0; n < data.all.size(); ++n)
        if (fold_of(n) == f) model->Score(data.all[n].features, &probs[n * k]);
    }
  } else {
    std::vector<TrainExample> train;
    for (size_t i : data.train) train.push_back(data.all[i]);
    TrainLinearModel(train, opt, model);
    held = data.tune;
    probs.resize(held.size() * k);
    for (size_t n = 0; n < held.size(); ++n)
      model->Score(data.all[held[n]].features, &probs[n * k]);
  }
  std::vector<float> thresholds(k);
  for (int j = 0; j < k; ++j) {
    double best;
    thresholds[j] = BestThreshold(
        [&](float t) {
          BinaryScores s;
          for (size_t n = 0; n < held.size(); ++n)
            s.Add(data.all[held[n]].labels[j], probs[n * k + j] >= t);
          return criterion == Criterion::kAccuracy ? s.Accuracy()
                 : criterion == Criterion::kF1     ? s.F1Positive()
                                                   : s.MacroF1();
        },
        &best);
    if (best <= 0) thresholds[j] = 1.01f;  // never fires: it found nothing on tune
    std::fprintf(stderr, "  %-34s %s %s %.3f  threshold %.2f\n", model->name(j).c_str(),
                 cross_validate ? "cv" : "tune",
                 criterion == Criterion::kAccuracy ? "accuracy"
                 : criterion == Criterion::kF1     ? "F1"
                                                   : "macro-F1",
                 best, thresholds[j]);
  }
  TrainLinearModel(data.all, opt, model);
  for (int j = 0; j < k; ++j) model->set_threshold(j, thresholds[j]);
}

}  // namespace

Status AnalyzeForTraining(const Analyzer& analyzer, const std::string& id, const std::string& text, Document* doc) {
  Status st = SetDocumentText(id, text, InputOptions{true}, doc);
  if (!st.ok()) return st;
  analyzer.Analyze(doc);
  return Status::Ok();
}

Status CreateTrainingAnalyzer(std::unique_ptr<Analyzer>* out) {
  AnalyzerOptions o;
  o.persuasion = false;
  o.checkworthiness = false;
  return Analyzer::Create(o, out);
}

Status TrainPersuasion(const PersuasionTrainConfig& c) {
  std::filesystem::create_directories(c.out_dir);
  std::unique_ptr<Analyzer> analyzer;
  Status st = CreateTrainingAnalyzer(&analyzer);
  if (!st.ok()) return st;
  TrainOptions opt;
  opt.seed = c.seed;
  opt.epochs = c.epochs;
  const auto t0 = std::chrono::steady_clock::now();
  if (!c.span_file.empty()) {
    TrainOptions span_opt = opt;
    span_opt.learning_rate = c.learning_rate;
    span_opt.pos_weight_power = c.pos_weight_power;
    span_opt.l2 = c.l2;
    st = TrainTechniqueTagger(c, *analyzer, span_opt);
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
    FitBag(data, opt, Criterion::kAccuracy, c.doc_cv_thresholds, &model);
    model.info() = "ArAIEval 2023 task 1A train (" + c.task1a_file + "); command: " + c.command + "; " + ModelDate();
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
    FitBag(data, opt, Criterion::kF1, c.doc_cv_thresholds, &model);
    model.info() = "ArAIEval 2023 task 1B train (" + c.task1b_file + "); command: " + c.command + "; " + ModelDate();
    st = model.Save(c.out_dir + "/" + kDocTechniquesModelFile);
    if (!st.ok()) return st;
  }
  std::fprintf(stderr, "trained in %.1f s\n",
               std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  return Status::Ok();
}

}  // namespace isnad

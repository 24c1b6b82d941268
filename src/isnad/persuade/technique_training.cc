// The technique tagger's training, steps 2, 3 and 5, and the order of all
// steps (technique_training.h).
#include "isnad/persuade/technique_training.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "isnad/attrib/attribution_index.h"
#include "isnad/persuade/features.h"
#include "isnad/persuade/persuasion.h"
#include "isnad/persuade/stem_grams.h"
#include "isnad/model_file.h"

namespace isnad {
namespace {

// Fits `model` `runs` times with seeds seed, seed + 1, ... (different
// shuffles) and keeps the mean of the weights: for a linear model, the mean
// of their margins, at the cost of one model when tagging.
void FitAveraged(const std::vector<TrainExample>& examples, TrainOptions opt, int runs, LogisticModel* model) {
  if (runs <= 1) {
    TrainLinearModel(examples, opt, model);
    return;
  }
  LogisticModel one = *model;
  std::vector<float> w(model->weights().size(), 0.f), b(model->biases().size(), 0.f);
  for (int r = 0; r < runs; ++r) {
    TrainLinearModel(examples, opt, &one);
    for (size_t i = 0; i < w.size(); ++i) w[i] += one.weights()[i] / runs;
    for (size_t i = 0; i < b.size(); ++i) b[i] += one.biases()[i] / runs;
    ++opt.seed;
  }
  model->weights() = std::move(w);
  model->biases() = std::move(b);
}

// Whether gold span g makes sentence extent `s` an instance of g's
// technique: they share at least half of g or half of s.
bool SentenceHasSpan(Span s, Span g) {
  if (!s.Overlaps(g)) return false;
  const uint32_t inter = std::min(s.end, g.end) - std::max(s.start, g.start);
  return 2 * inter >= g.size() || 2 * inter >= s.size();
}

// Counts the training spans of each technique (the train and tune parts).
void CountSpans(const std::vector<SpanItem>& items, SpanTrainingSet* set) {
  for (const SpanItem& it : items)
    if (SplitOf(it.key) != SplitPart::kDev)
      for (const LabeledSpan& l : it.labels) {
        ++set->span_counts[l.technique];
        set->span_chars[l.technique] += l.span.size();
      }
}

// Step 2: the train and tune items analysed, each token an example (labeled
// with the techniques whose gold span covers half of it or more), each
// sentence an example (SentenceHasSpan). Expects CountSpans done.
Status BuildSpanTrainingSet(const PersuasionTrainConfig& c, const Analyzer& analyzer,
                            const std::vector<SpanItem>& items, const StemLexicon& lexicon, SpanTrainingSet* set) {
  for (const auto& [name, n] : set->span_counts)
    if (n >= c.min_spans) set->names.push_back(name);
  const std::vector<std::string>& names = set->names;
  const int k = set->k();
  std::vector<SpanDoc>& docs = set->docs;
  std::vector<TrainExample>& examples = set->examples;
  std::vector<TrainExample>& sentence_examples = set->sentence_examples;
  docs.reserve(items.size());
  size_t counts[3] = {0, 0, 0};
  for (const SpanItem& it : items) {
    const SplitPart part = SplitOf(it.key);
    ++counts[static_cast<int>(part)];
    if (part == SplitPart::kDev) continue;
    docs.emplace_back();
    SpanDoc& d = docs.back();
    d.part = part;
    d.fold = static_cast<int>(FeatureId(0, it.key) % kTechniqueFolds);
    d.gold = it.labels;
    Status st = AnalyzeForTraining(analyzer, it.id, it.text, &d.doc);
    if (!st.ok()) return st.At(c.span_file + " " + it.id);
    MarkEntityTokens(d.doc, &d.entity_tokens);
    d.first_example = examples.size();
    TokenContext ctx;
    ctx.Build(d.doc);
    for (uint32_t i = 0; i < d.doc.tokens.size(); ++i) {
      TrainExample e;
      ctx.Features(i, &e.features);
      StemGramFeatures(d.doc, ctx, i, &e.features);
      if (!lexicon.empty()) lexicon.Features(d.doc, ctx, i, &e.features);
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
      BagStemGramFeatures(d.doc, sen.first_token, sen.end_token, &e.features);
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
  return Status::Ok();
}

// The token tagger and the sentence classifier, with their learner settings.
struct TechniqueModels {
  LogisticModel tokens, sentences;
  TrainOptions token_options, sentence_options;
  int runs = 1;  // fits averaged (FitAveraged)

  void Fit(const std::vector<TrainExample>& token_examples, const std::vector<TrainExample>& sentence_examples) {
    FitAveraged(token_examples, token_options, runs, &tokens);
    FitAveraged(sentence_examples, sentence_options, runs, &sentences);
  }
};

// Step 3: fits `models` on the items `fit` accepts and appends to `held` the
// probabilities of the items `eval` accepts.
template <typename FitItem, typename EvalItem>
void FitAndScore(const SpanTrainingSet& set, FitItem fit, EvalItem eval, TechniqueModels* models,
                 HeldOutScores* held) {
  const int k = set.k();
  std::vector<TrainExample> train, sentence_train;
  for (const SpanDoc& d : set.docs) {
    if (!fit(d)) continue;
    for (size_t i = 0; i < d.doc.tokens.size(); ++i) train.push_back(set.examples[d.first_example + i]);
    for (size_t i = 0; i < d.doc.sentences.size(); ++i)
      sentence_train.push_back(set.sentence_examples[d.first_sentence + i]);
  }
  models->Fit(train, sentence_train);
  for (const SpanDoc& d : set.docs) {
    if (!eval(d)) continue;
    std::vector<float> p(d.doc.tokens.size() * k);
    for (size_t i = 0; i < d.doc.tokens.size(); ++i)
      models->tokens.Score(set.examples[d.first_example + i].features, &p[i * k]);
    held->token_probs.push_back(std::move(p));
    std::vector<float> q(d.doc.sentences.size() * k);
    for (size_t i = 0; i < d.doc.sentences.size(); ++i)
      models->sentences.Score(set.sentence_examples[d.first_sentence + i].features, &q[i * k]);
    held->sentence_probs.push_back(std::move(q));
    held->docs.push_back(&d);
  }
}

// The out-of-fold probabilities of every train and tune item.
void CrossValidate(const SpanTrainingSet& set, TechniqueModels* models, HeldOutScores* held) {
  held->clear();
  for (int f = 0; f < kTechniqueFolds; ++f)
    FitAndScore(
        set, [&](const SpanDoc& d) { return d.fold != f; }, [&](const SpanDoc& d) { return d.fold == f; }, models,
        held);
}

// Step 5's files: the refit models with their thresholds (token decoders'
// in the tagger, sentence decoders' in the sentence classifier; 1.01 is
// off) and, when any token decoder is more than a threshold, the span
// decoding table.
Status SaveTechniqueModels(const PersuasionTrainConfig& c, const SpanTrainingSet& set,
                           const std::vector<DecoderOption>& options, const std::vector<int>& choice,
                           TechniqueModels* models) {
  const int k = set.k();
  std::vector<float> thresholds(k, 1.01f), sentence_thresholds(k, 1.01f), extend(k, -1.f), power(k, 0.f);
  std::vector<int> drop_entities(k, 0);
  for (int j = 0; j < k; ++j) {
    const DecoderOption& o = options[choice[j]];
    if (o.mode == 0) thresholds[j] = o.t;
    if (o.mode == 0) extend[j] = o.extend;
    if (o.mode == 0) power[j] = o.power;
    if (o.mode == 0) drop_entities[j] = o.drop_entities;
    if (o.mode == 1) sentence_thresholds[j] = o.t;
  }
  for (int j = 0; j < k; ++j) {
    models->tokens.set_threshold(j, thresholds[j]);
    models->sentences.set_threshold(j, sentence_thresholds[j]);
  }
  const std::string info = "ArAIEval 2024 task 1 spans (" + c.span_file +
                           "), train+tune parts of the page-hash split, thresholds chosen on " +
                           (c.cv_thresholds ? "their 5-fold cross-validation; " : "the tune part; ") +
                           "command: " + c.command + "; " + ModelDate();
  models->tokens.info() = info;
  models->sentences.info() = info;
  Status st = models->tokens.Save(c.out_dir + "/" + kTechniqueModelFile);
  if (!st.ok()) return st;
  const std::string decoding_path = c.out_dir + "/" + kSpanDecodingFile;
  bool custom = false;
  for (int j = 0; j < k; ++j) custom |= extend[j] >= 0 || power[j] > 0 || drop_entities[j];
  if (custom) {
    std::FILE* f = std::fopen(decoding_path.c_str(), "wb");
    if (f == nullptr) return Status::Error(decoding_path + ": cannot write");
    std::fprintf(f, "# token decoding of %s: a span is the tokens at or above <extend> around one at or above "
                    "the threshold; chosen with the thresholds. %s\n", kTechniqueModelFile, info.c_str());
    std::fprintf(f, "# technique<TAB>extend<TAB>sentence power<TAB>drop spans on entity mentions\n");
    for (int j = 0; j < k; ++j)
      if (extend[j] >= 0 || power[j] > 0 || drop_entities[j])
        std::fprintf(f, "%s\t%.4f\t%.2f\t%d\n", set.names[j].c_str(), extend[j], power[j], drop_entities[j]);
    if (std::fclose(f) != 0) return Status::Error(decoding_path + ": write failed");
  } else {
    std::filesystem::remove(decoding_path);
  }
  return models->sentences.Save(c.out_dir + "/" + kSentenceTechniqueModelFile);
}

}  // namespace

Status TrainTechniqueTagger(const PersuasionTrainConfig& c, const Analyzer& analyzer, const TrainOptions& opt) {
  std::vector<SpanItem> items;
  Status st = ReadSpanFile(c.span_file, &items);
  if (!st.ok()) return st;
  SpanTrainingSet set;
  CountSpans(items, &set);
  // Step 1.
  StemLexicon lexicon;
  const std::string lexicon_path = c.out_dir + "/" + kStemLexiconFile;
  if (!c.lexicon_file.empty()) {
    st = BuildWeakLexicon(c, analyzer, items, &lexicon);
    if (!st.ok()) return st;
    st = lexicon.Save(lexicon_path, "statistic " + c.lexicon_statistic + "; ArAIEval 2023 task 1B train (" +
                                        c.lexicon_file + "; research use only), without the items whose text is in " +
                                        c.span_file + "; command: " + c.command + "; " + ModelDate());
    if (!st.ok()) return st;
  } else {
    std::filesystem::remove(lexicon_path);  // a tagger without it must not read an old one
  }
  // Step 2.
  st = BuildSpanTrainingSet(c, analyzer, items, lexicon, &set);
  if (!st.ok()) return st;
  TechniqueModels models{LogisticModel("techniques", c.bits, set.names),
                         LogisticModel("sentence_techniques", c.bits, set.names), opt, opt, c.span_runs};
  models.sentence_options.learning_rate = c.sentence_learning_rate;
  models.sentence_options.pos_weight_power = 1;
  // Steps 3 and 4. The decoders are chosen on the tune part (fit on train),
  // or, with --cv-thresholds, on a 5-fold cross-validation of train + tune
  // (folds by page): the out-of-fold probabilities of all 750 items, four
  // times as many as the tune part, so the choice is less at the mercy of a
  // few paragraphs. --cv prints the cross-validated score in either case
  // (model selection without the dev part).
  HeldOutScores held;
  std::vector<DecoderOption> options;
  std::vector<int> choice;
  if (c.cv_thresholds || c.cv) {
    CrossValidate(set, &models, &held);
    const SpanScores cv = ChooseDecoders(c, set, held, c.cv_thresholds, &options, &choice);
    std::fprintf(stderr, "  cv micro P %.4f R %.4f F1 %.4f\n", cv.P(), cv.R(), cv.F1());
  }
  if (c.cv_thresholds) {
    if (!c.dump_oof.empty()) {
      st = DumpOutOfFold(c.dump_oof, set, held, options, choice);
      if (!st.ok()) return st;
    }
  } else {
    held.clear();
    FitAndScore(
        set, [](const SpanDoc& d) { return d.part == SplitPart::kTrain; },
        [](const SpanDoc& d) { return d.part == SplitPart::kTune; }, &models, &held);
    const SpanScores tuned = ChooseDecoders(c, set, held, true, &options, &choice);
    std::fprintf(stderr, "  tune micro P %.3f R %.3f F1 %.3f\n", tuned.P(), tuned.R(), tuned.F1());
  }
  // Step 5: the refit on train + tune.
  models.Fit(set.examples, set.sentence_examples);
  return SaveTechniqueModels(c, set, options, choice, &models);
}

}  // namespace isnad

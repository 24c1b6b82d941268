// Training the technique span tagger (`isnad train persuasion --spans`), one
// step a function:
//   1. BuildWeakLexicon (weak_lexicon_training.cc): the stem lexicon of the
//      ArAIEval 2023 1B document labels, expanded from unlabeled news;
//   2. BuildSpanTrainingSet: the train and tune items of the span file,
//      analysed, as token and sentence examples;
//   3. FitAndScore: the token tagger and the sentence classifier fit on some
//      items score the others (the folds of a cross-validation, or tune);
//   4. ChooseDecoders (span_decoders.cc): each technique's decoder (token
//      runs, whole sentences or off, with its thresholds) chosen on those
//      held-out scores; DumpOutOfFold writes them for offline analysis;
//   5. the refit on train + tune, saved with the chosen decoders.
// TrainTechniqueTagger runs them in that order. Internal to the persuasion
// training (training.cc); the dev part of the span file is never read.
#ifndef ISNAD_PERSUADE_TECHNIQUE_TRAINING_H_
#define ISNAD_PERSUADE_TECHNIQUE_TRAINING_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "isnad/analyzer.h"
#include "isnad/document.h"
#include "isnad/eval/persuasion_eval.h"
#include "isnad/persuade/datasets.h"
#include "isnad/persuade/logistic_model.h"
#include "isnad/persuade/training.h"
#include "isnad/persuade/weak_lexicon.h"
#include "isnad/status.h"

namespace isnad {

// Cross-validation folds (by page key) of the decoder choice and --cv.
constexpr int kTechniqueFolds = 5;

// One analysed item of the span file.
struct SpanDoc {
  Document doc;
  SplitPart part;
  int fold = 0;  // cross-validation fold, by page key
  std::vector<LabeledSpan> gold;
  size_t first_example = 0;   // its tokens' examples
  size_t first_sentence = 0;  // its sentences' examples
  std::vector<uint8_t> entity_tokens;  // MarkEntityTokens (document.h)
};

// The train and tune items as examples of the tagged techniques.
struct SpanTrainingSet {
  std::vector<std::string> names;  // techniques with at least min_spans training spans
  // Per technique (all of them): training spans and their code points.
  std::map<std::string, size_t> span_counts, span_chars;
  std::vector<SpanDoc> docs;
  std::vector<TrainExample> examples;           // one per token, labels over `names`
  std::vector<TrainExample> sentence_examples;  // one per sentence
  int k() const { return static_cast<int>(names.size()); }
};

// Probabilities of the items that a fit did not see: per item, tokens × k
// from the tagger and sentences × k from the sentence classifier.
struct HeldOutScores {
  std::vector<std::vector<float>> token_probs, sentence_probs;
  std::vector<const SpanDoc*> docs;
  void clear() {
    token_probs.clear();
    sentence_probs.clear();
    docs.clear();
  }
};

// One way to decode a technique.
struct DecoderOption {
  int mode;  // 0 token runs, 1 whole sentences, 2 off
  float t;   // threshold
  float extend = -1;           // token runs: hysteresis (DecodeSpans)
  float power = 0;             // token runs: DecodeSpans' sentence_power
  bool drop_entities = false;  // token runs: spans on entity mentions dropped
};

// Step 1: the weak lexicon of config.lexicon_file, without the items whose
// text is also a text of the span file (any part: neither the dev part nor
// the cross-validation's held-out folds may leak).
Status BuildWeakLexicon(const PersuasionTrainConfig& config, const Analyzer& analyzer,
                        const std::vector<SpanItem>& span_items, StemLexicon* lexicon);

// Step 4: chooses each technique's decoder on `held` (coordinate ascent on
// the micro-F1 over all techniques, from scores cached per option) and
// returns the micro scores of the choice there; prints it when `verbose`.
// `options` gets the grid tried, `choice` an index into it per technique.
SpanScores ChooseDecoders(const PersuasionTrainConfig& config, const SpanTrainingSet& set,
                          const HeldOutScores& held, bool verbose, std::vector<DecoderOption>* options,
                          std::vector<int>* choice);

// Analysis (--dump-oof): the spans of the chosen decoders on `held`, one
// line each with span features and their precision and recall credits
// (additive over spans, so any filter can be scored offline) to `path`;
// `path`.tokens the token and sentence probabilities, `path`.gold the gold
// spans.
Status DumpOutOfFold(const std::string& path, const SpanTrainingSet& set, const HeldOutScores& held,
                     const std::vector<DecoderOption>& options, const std::vector<int>& choice);

// Steps 2-5, writing techniques.lm, sentence_techniques.lm, the span
// decoding table and the lexicon into config.out_dir.
Status TrainTechniqueTagger(const PersuasionTrainConfig& config, const Analyzer& analyzer,
                            const TrainOptions& options);

}  // namespace isnad

#endif  // ISNAD_PERSUADE_TECHNIQUE_TRAINING_H_

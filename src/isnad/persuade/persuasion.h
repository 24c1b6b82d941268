// Persuasion: which persuasion techniques a text uses, where, and whether it
// is persuasive at all.
//
//   - techniques[] (kLayerTechniques): spans of the 23 ArMPro techniques, from
//     a token tagger (one logistic output per technique over hashed token
//     features: word, light stem, affixes, letter 3- and 4-grams of the
//     stem (stem_grams.h), the stem's codes in a weak lexicon induced from
//     document-labeled data (weak_lexicon.h), neighbours, and
//     the attribution structure: inside a quotation, inside a reported
//     content, cue, speaker). Runs of consecutive tokens of one sentence
//     whose probability reaches the technique's extend threshold and that
//     hold a token at its threshold become one span (hysteresis;
//     span_decoding.tsv, which may also give a technique a sentence power,
//     thresholds lowered beside a confident token of the sentence, and drop
//     its spans on named-entity mentions); its score is the mean
//     probability of its tokens. Techniques whose
//     spans are long (doubt, appeals, questioning a reputation) come
//     instead from a sentence classifier (one output per technique over
//     the sentence's bag of features and of its words' stem grams): a
//     sentence at or above the
//     threshold is one span. Each technique has one of the two decoders
//     (the other's threshold is 1.01, off), chosen by `isnad train` on a
//     cross-validation of the training data (or on its tune part).
//   - persuasion (kLayerPersuasion): the document's judgement — persuasive or
//     not, and the techniques it uses — from two bag-of-features classifiers
//     trained on ArAIEval 2023 tasks 1A and 1B.
//
// Models, in <models>/persuasion/: techniques.lm (+ stem_lexicon.tsv,
// span_decoding.tsv when it was trained with them) and sentence_techniques.lm (spans),
// persuasive.lm and doc_techniques.lm (judgement). Each layer is produced
// only when its model files are present.
//
// Needs: tokens, sentences; attributions when present (features); entities
// when a technique drops spans on them. Cost:
// linear in the tokens (about 40 hashed features a token, one row of
// weights each). Thread-safe: immutable after Load.
#ifndef ISNAD_PERSUADE_PERSUASION_H_
#define ISNAD_PERSUADE_PERSUASION_H_

#include <memory>
#include <string>

#include "isnad/document.h"
#include "isnad/persuade/logistic_model.h"
#include "isnad/persuade/weak_lexicon.h"
#include "isnad/status.h"

namespace isnad {

class PersuasionDetector {
 public:
  // Loads what `models_dir`/persuasion/ holds. *out is null (and the status
  // OK) when no persuasion model is there; a file that is present but bad is
  // an error.
  static Status Load(const std::string& models_dir, std::unique_ptr<PersuasionDetector>* out);

  void Process(Document* doc) const;

  bool has_spans() const { return tagger_ != nullptr; }
  bool has_judgement() const { return persuasive_ != nullptr; }

  // The spans of one technique output from per-token probabilities (the
  // decoding that Process uses; exposed for training and tests).
  // With `extend` below the threshold, a run is the tokens at or above
  // `extend` around at least one at or above the threshold (hysteresis);
  // negative: extend = threshold.
  // With `sentence_power` a > 0 the tokens are decoded on
  // p^(1-a) * m^a, m the highest probability of a word of their sentence
  // (a sentence with one confident token lends its other tokens some
  // weight); computed as per-sentence thresholds, the score stays the mean
  // of p. With `entity_tokens` (MarkEntityTokens), a span that holds a token of
  // a named-entity mention is dropped.
  static void DecodeSpans(const Document& doc, const float* probs, int outputs, int k,
                          float threshold, const std::string& name, std::vector<Technique>* out,
                          float extend = -1.f, float sentence_power = 0.f,
                          const std::vector<uint8_t>* entity_tokens = nullptr);
  // Sentence-level decoding: probs holds `outputs` values per sentence;
  // every sentence whose output k reaches the threshold becomes one span
  // (SentenceExtent).
  static void DecodeSentenceSpans(const Document& doc, const float* probs, int outputs, int k,
                                  float threshold, const std::string& name, std::vector<Technique>* out);
  // The extent of sentence s without the punctuation, quotation marks,
  // links, mentions, emoji and symbols at its ends; empty when nothing
  // else is left.
  static Span SentenceExtent(const Document& doc, const Sentence& s);

 private:
  std::unique_ptr<LogisticModel> tagger_, sentence_tagger_, persuasive_, doc_techniques_;
  std::unique_ptr<StemLexicon> lexicon_;  // features of tagger_, when it was trained with one
  struct Decoding {
    float extend = -1.f;         // DecodeSpans' extend (-1: none)
    float sentence_power = 0.f;  // DecodeSpans' sentence_power
    bool drop_entities = false;  // spans on named-entity mentions are dropped
  };
  std::vector<Decoding> decoding_;  // per tagger_ output
  bool any_drop_entities_ = false;
};

// File names inside <models>/persuasion/.
inline constexpr char kTechniqueModelFile[] = "techniques.lm";
inline constexpr char kSentenceTechniqueModelFile[] = "sentence_techniques.lm";
inline constexpr char kPersuasiveModelFile[] = "persuasive.lm";
inline constexpr char kDocTechniquesModelFile[] = "doc_techniques.lm";
// Token decoding of techniques.lm, optional: lines
// "technique<TAB>extend[<TAB>sentence_power<TAB>drop_entities]" (DecodeSpans'
// hysteresis threshold, sentence power, and 1 when spans on named-entity
// mentions are dropped); '#' lines are comments.
inline constexpr char kSpanDecodingFile[] = "span_decoding.tsv";

}  // namespace isnad

#endif  // ISNAD_PERSUADE_PERSUASION_H_

// Check-worthiness: which sentences make claims worth fact-checking, and
// which of those the outlet asserts in its own voice (unsourced).
//
//   - claims[] (kLayerClaims): every sentence whose check-worthiness
//     probability reaches the model's threshold, with that probability and
//     `sourced` (IsSourced): true when the contents of the document's
//     attributions cover at least half of the sentence (in code points) and
//     the sentence does not open with a clause of the outlet's own that a
//     connector (حيث، إذ، بينما، فيما) ties to the report ("وأصبحت العلاقة…
//     أمرا واقعا مثبتا … حيث أكد مصدر … أن …"); false otherwise — an
//     unsourced claim;
//   - checkworthy (kLayerCheckworthy): the same classifier over the whole
//     document (a tweet in the CheckThat! data).
//
// The classifier is a logistic model over the blocks of features that its
// file names (checkworthy_features.h: a length-normalized bag of words,
// stems and bigrams with attribution cues; claim structure, UPOS n-grams and
// entity counts; function-word n-grams), trained on CheckThat! 2024 Arabic
// tweets.
//
// Model: <models>/checkworthy/checkworthy.lm; without it the stage is
// skipped. Needs: tokens, sentences, and attributions (run after the
// Attributor). Cost: linear in the tokens. Thread-safe after Load.
#ifndef ISNAD_PERSUADE_CHECKWORTHINESS_H_
#define ISNAD_PERSUADE_CHECKWORTHINESS_H_

#include <memory>
#include <string>

#include "isnad/document.h"
#include "isnad/persuade/checkworthy_features.h"
#include "isnad/persuade/logistic_model.h"
#include "isnad/status.h"

namespace isnad {

class AttributionIndex;

class ClaimDetector {
 public:
  // *out is null (status OK) when the model file is absent.
  static Status Load(const std::string& models_dir, std::unique_ptr<ClaimDetector>* out);

  void Process(Document* doc) const;

  // The share of `span` (code points) that attribution contents cover.
  static double SourcedShare(const Document& doc, Span span);
  static double SourcedShare(const Document& doc, Span span, const AttributionIndex& index);
  // Whether an attribution vouches for sentence `s` (see above).
  static bool IsSourced(const Document& doc, const Sentence& s);
  static bool IsSourced(const Document& doc, const Sentence& s, const AttributionIndex& index);

 private:
  std::unique_ptr<LogisticModel> model_;
  CheckworthyBlocks blocks_;  // the features the model was trained on (its kind)
};

inline constexpr char kCheckworthyModelFile[] = "checkworthy.lm";
// A claim is sourced when attribution contents cover at least this share.
inline constexpr double kSourcedShare = 0.5;

}  // namespace isnad

#endif  // ISNAD_PERSUADE_CHECKWORTHINESS_H_

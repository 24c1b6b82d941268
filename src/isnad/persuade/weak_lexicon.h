// A stem lexicon induced from document-level technique labels (weak
// supervision), as features of the technique tagger.
//
// The span data (ArAIEval 2024 task 1) is small: about half of the gold
// Loaded_Language tokens of a held-out fold have a light stem that no other
// fold contains. ArAIEval 2023 task 1B has 2,190 more paragraphs and tweets,
// labeled only with the techniques each one uses. For every light stem, the
// lexicon counts the documents that contain it among those labeled with a
// technique (Loaded_Language, Name_Calling-Labeling) and among those
// without it, and keeps the smoothed log-odds ratio and the document count,
// both bucketed: a stem that occurs mostly in loaded documents shares the
// weight of the other such stems, seen in a span or not.
//
// Leakage: items of the 1B file whose text is also a text of the span file
// (306: the 138 ArMPro paragraphs of ArAIEval 2023 train, and tweets) are
// left out when building, so that neither the project dev part nor the
// held-out folds of the cross-validation see their own labels.
//
// File: models/persuasion/stem_lexicon.tsv, plain text (header lines
// starting with '#', a line "classes\t<name>...", then one line per stem:
// stem, then one bucket code per class, 0 meaning absent; a line "window\t<n>" before them). Loaded once, immutable.
// Cost: one hash of the stem (from TokenContext) and about one probe of an
// open-addressing table per token.
#ifndef ISNAD_PERSUADE_WEAK_LEXICON_H_
#define ISNAD_PERSUADE_WEAK_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "isnad/document.h"
#include "isnad/persuade/features.h"
#include "isnad/status.h"
#include "isnad/tag/key_index.h"

namespace isnad {

inline constexpr char kStemLexiconFile[] = "stem_lexicon.tsv";

struct StemLexiconOptions {
  std::vector<std::string> classes = {"Loaded_Language", "Name_Calling-Labeling"};
  uint32_t min_df = 2;    // stems in fewer documents are left out
  float prior = 1.0f;     // add-prior smoothing of the log-odds
  int window = 0;         // features of the neighbours within this distance too
  // "lor": the smoothed log-odds ratio of each stem's document counts;
  // "lr": the stem's weight in a document classifier (logistic regression
  // over the bag of stems, weighted 1/sqrt(n)), which discounts stems that
  // are frequent in labeled documents only because those are long;
  // bucketed by 7 quantiles.
  std::string statistic = "lor";
};

// Expansion from unlabeled news (Expand): a stem's score per class is the
// mean weight of the lexicon stems that share its word classes (the context
// clusters of src/isnad/tag/word_classes.h over SaudiNewsNet), its own
// weight left out; bucketed by the same quantiles, as extra classes named
// "<class>~ctx", so a stem that the 1B documents never show but that news
// uses in the contexts of loaded stems gets a feature.
struct StemClusterCount {
  std::string stem;      // LightStem of the normalized word form
  uint32_t cluster = 0;  // the form's class id (1-based)
  uint32_t count = 0;    // occurrences of its forms in that class
};
struct LexiconExpansionOptions {
  uint32_t min_count = 5;  // stems with fewer corpus occurrences get no expanded code
  float prior = 1.0f;      // pseudo-stems at the mean weight added to each class
};

class StemLexicon {
 public:
  // Builds from documents: the set of light stems of each, and its labels.
  void Build(const std::vector<std::vector<std::string>>& doc_stems,
             const std::vector<std::vector<std::string>>& doc_labels, const StemLexiconOptions& options);
  // Adds one class "<class>~ctx" per class from `counts` (one row per stem
  // and cluster, any order); stems of the corpus that are not in the lexicon
  // are added with code 0 (absent) in the original classes. Needs Build
  // first (the weights). Returns the number of stems that got a code.
  size_t Expand(const std::vector<StemClusterCount>& counts, const LexiconExpansionOptions& options);
  Status Save(const std::string& path, const std::string& info) const;
  Status Load(const std::string& path);

  bool empty() const { return keys_.empty(); }
  size_t size() const { return keys_.size(); }
  int classes() const { return static_cast<int>(classes_.size()); }
  int window() const { return window_; }
  // The bucket codes of `stem` (classes() bytes), or null when not in the lexicon.
  const uint8_t* Find(std::string_view stem) const;
  // Appends the lexicon features of token i of doc: per class, the bucket
  // of its stem or "absent" (Arabic words only), and the same for the
  // neighbours within window(). `ctx` is built on doc (its stems).
  void Features(const Document& doc, const TokenContext& ctx, uint32_t i, FeatureVector* out) const;

 private:
  std::vector<std::string> classes_;
  int window_ = 0;
  void Index();
  std::vector<std::pair<std::string, std::vector<uint8_t>>> entries_;  // for Save, sorted by stem
  std::vector<std::vector<float>> weights_;  // Build's statistic per entry and class (for Expand)
  std::vector<uint64_t> keys_;    // sorted hashes of the stems
  std::vector<uint8_t> codes_;    // keys_.size() * classes
  KeyIndex index_;                // keys_ → position
};

}  // namespace isnad

#endif  // ISNAD_PERSUADE_WEAK_LEXICON_H_

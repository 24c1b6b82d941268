// The features of the check-worthiness classifier (checkworthiness.h), in
// blocks that a model file names in its kind string, so that a model is
// always scored with the features it was trained on:
//
//   "checkworthy"                          the first model: BagFeatures only
//   "checkworthy2 bag=1 struct=1 func=0.5" blocks with their weights
//
// Blocks (each normalized by 1/sqrt(its size), then times its weight):
//   - bag:    BagFeatures (features.h): words, light stems, word bigrams,
//             punctuation, attribution cues and coverage, a length bin;
//   - struct: the shape of a claim, not its topic: counts of numbers, dates,
//             percentages, hashtags, mentions, links, emoji and Latin words;
//             named-entity mentions by type (entities layer); the first and
//             last word; finer length bins; the UPOS tags of the words
//             (words layer) as unigrams, bigrams and trigrams, and the first
//             two tags;
//   - func:   function-word n-grams: each word is its normalized form when
//             its main UPOS is a function class (ADP, CCONJ, SCONJ, PART,
//             PRON, AUX, DET, INTJ) and its UPOS name otherwise; bigrams and
//             trigrams of that sequence (tokens other than words stand for
//             their kind: number, link, hashtag, punctuation ...);
//   - chars:  character 3- and 4-grams of the normalized words, with word
//             boundary marks.
//
// Cost: linear in the tokens of the range; the entity mentions are sorted
// once per document by Prepare.
#ifndef ISNAD_PERSUADE_CHECKWORTHY_FEATURES_H_
#define ISNAD_PERSUADE_CHECKWORTHY_FEATURES_H_

#include <string>
#include <vector>

#include "isnad/document.h"
#include "isnad/persuade/features.h"
#include "isnad/status.h"

namespace isnad {

class AttributionIndex;

struct CheckworthyBlocks {
  bool legacy = true;  // "checkworthy": BagFeatures alone, unscaled
  float bag = 1, structure = 0, func = 0, chars = 0;

  // The kind string of a model file with these blocks.
  std::string Kind() const;
  // Parses a kind string ("checkworthy" or "checkworthy2 ..."); an error
  // for anything else.
  static Status Parse(const std::string& kind, CheckworthyBlocks* out);
};

class CheckworthyFeaturizer {
 public:
  explicit CheckworthyFeaturizer(const CheckworthyBlocks& blocks) : blocks_(blocks) {}

  // Call once per document before Extract.
  void Prepare(const Document& doc);
  // Appends the features of tokens [first, end) of the prepared document.
  void Extract(const Document& doc, uint32_t first, uint32_t end, FeatureVector* out,
               const AttributionIndex* index = nullptr) const;

 private:
  void Structure(const Document& doc, uint32_t first, uint32_t end, FeatureVector* out) const;
  void Function(const Document& doc, uint32_t first, uint32_t end, FeatureVector* out) const;
  void Chars(const Document& doc, uint32_t first, uint32_t end, FeatureVector* out) const;

  CheckworthyBlocks blocks_;
  struct Mention {
    uint32_t start, end;
    EntityType type;
  };
  std::vector<Mention> mentions_;  // by start
};

}  // namespace isnad

#endif  // ISNAD_PERSUADE_CHECKWORTHY_FEATURES_H_

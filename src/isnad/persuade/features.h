// Hashed sparse features for the persuasion and check-worthiness models.
//
// A feature is a 64-bit id: a template number mixed with the bytes of a
// normalized form ("w0=مرتزقة", "stem-1=ارهاب", "in_quote"). Ids are
// computed without allocating; a FeatureVector is a reusable buffer.
//
// Two extractors, both over an analysed Document (tokens, sentences and,
// when present, attributions):
//   - TokenFeatures: the features of one token in its context, for the
//     technique tagger (word, light stem, affixes, neighbours, bigrams,
//     token kind, quotation and attribution structure, word cluster);
//   - BagFeatures: a length-normalized bag over a range of tokens (a
//     sentence, a tweet, a paragraph), for document and claim judgements.
//
// Cost: linear in the tokens; no allocation per token once buffers are warm.
#ifndef ISNAD_PERSUADE_FEATURES_H_
#define ISNAD_PERSUADE_FEATURES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "isnad/document.h"

namespace isnad {

class AttributionIndex;

struct FeatureVector {
  std::vector<uint64_t> ids;
  std::vector<float> values;
  void clear() {
    ids.clear();
    values.clear();
  }
  void Add(uint64_t id, float value = 1.f) {
    ids.push_back(id);
    values.push_back(value);
  }
  size_t size() const { return ids.size(); }
};

inline uint64_t MixHash(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

// Feature id of template `tmpl` with string value `s`.
inline uint64_t FeatureId(uint32_t tmpl, std::string_view s) {
  uint64_t h = 1469598103934665603ULL ^ (uint64_t{tmpl} * 0x9E3779B97F4A7C15ULL);
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return MixHash(h);
}
inline uint64_t FeatureId(uint32_t tmpl, std::string_view a, std::string_view b) {
  return MixHash(FeatureId(tmpl, a) ^ (FeatureId(tmpl + 7919, b) * 31));
}
inline uint64_t FeatureId(uint32_t tmpl, uint64_t value) {
  return MixHash((uint64_t{tmpl} << 40) ^ value ^ 0x5bd1e995ULL);
}

// The normalized word without its common proclitics (و ف ب ل ك + ال) and
// one common suffix (ة ه ها هم ات ون ين ...), when at least three letters
// remain. A view into `norm`.
std::string_view LightStem(std::string_view norm);

// Per-document context that the token features read (flags per token).
// Build once per document, then call Features for each token.
class TokenContext {
 public:
  void Build(const Document& doc);
  void Features(uint32_t i, FeatureVector* out) const;
  // LightStem of token i's normalized form (any kind of token).
  std::string_view stem(uint32_t i) const { return stem_[i]; }

 private:
  const Document* doc_ = nullptr;
  std::vector<uint8_t> flags_;          // per token, kFlag* bits
  std::vector<uint32_t> sentence_of_;   // per token
  std::vector<uint8_t> sentence_flags_; // per sentence
  std::vector<std::string_view> stem_;  // per token: LightStem of its norm
};

// Adds the bag-of-features of tokens [first, end) of `doc` to `out`, each
// weighted 1/sqrt(n) so that long and short texts score alike.
// `index` (optional) finds the attributions that reach into the range
// without a scan of all of them: give it when calling once per sentence.
// `ctx` (optional, built on doc) supplies the stems.
void BagFeatures(const Document& doc, uint32_t first, uint32_t end, FeatureVector* out,
                 const AttributionIndex* index = nullptr, const TokenContext* ctx = nullptr);

}  // namespace isnad

#endif  // ISNAD_PERSUADE_FEATURES_H_

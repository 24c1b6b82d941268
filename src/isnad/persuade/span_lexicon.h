// SpanLexicon: how often a word (normalized form, and its light stem) lies
// inside a gold span of each technique in the training data — "مرتزقة is
// Name_Calling 6 times out of 7" — turned into features for the token
// tagger: per technique, a bucket of the in-span rate and one of the word's
// count.
//
// Training counts every word of the training items. To keep the tagger from
// trusting the rates of its own training words (each of which counts its own
// label), the rates a training token sees come from the other folds only
// (jackknife: Subtract the token's fold from the total); at inference the
// whole lexicon is used.
//
// File: gzip, magic "ISNADSL", format version, info line, the number of
// outputs, then word and stem entries (key, count, in-span count per
// output). Cost per token: two hash lookups, a few features. Thread-safe
// when const.
#ifndef ISNAD_PERSUADE_SPAN_LEXICON_H_
#define ISNAD_PERSUADE_SPAN_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "isnad/document.h"
#include "isnad/persuade/features.h"
#include "isnad/status.h"

namespace isnad {

class SpanLexicon {
 public:
  static constexpr uint32_t kFormatVersion = 1;

  // What it counts and turns into features (bits).
  enum Parts : uint32_t { kWords = 1, kClasses = 2 };

  explicit SpanLexicon(int outputs = 0, uint32_t parts = kWords) : outputs_(outputs), parts_(parts) {}

  // Counts token i of `doc`: in_span[j] != 0 when it lies in a gold span of
  // output j. Only Arabic words are counted. `classes` is the token's packed
  // context-cluster classes (ContextClusters; 0 unknown): with kClasses, the
  // rates of its classes at levels 1 and 2 are counted too, so that a word
  // never seen in training gets the rates of the words used like it.
  void Count(const Document& doc, uint32_t i, const uint8_t* in_span, uint32_t classes = 0);
  // Adds (sign 1) or subtracts (sign -1) the counts of `other`.
  void Merge(const SpanLexicon& other, int sign);

  // Appends the features of token i of `doc` (classes as for Count).
  void Features(const Document& doc, uint32_t i, FeatureVector* out, uint32_t classes = 0) const;
  uint32_t parts() const { return parts_; }

  int outputs() const { return outputs_; }
  size_t size() const { return words_.size() + stems_.size(); }
  // Count and in-span count of output j of a normalized word (0, 0 when
  // unknown); for tests.
  std::pair<uint32_t, uint32_t> WordCounts(std::string_view norm, int j) const;

  std::string& info() { return info_; }
  Status Save(const std::string& path) const;
  Status Load(const std::string& path);

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  // Per key: the count, then the in-span count of each output.
  using Map = std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>>;
  void Add(Map* m, std::string_view key, const uint8_t* in_span);
  void KeyFeatures(const Map& m, std::string_view key, uint32_t tmpl, FeatureVector* out) const;
  void ClassFeatures(uint32_t classes, FeatureVector* out) const;

  int outputs_ = 0;
  uint32_t parts_ = kWords;
  Map words_, stems_;
  Map classes_;  // key: level byte, then the class id (4 bytes)
  std::string info_;
};

}  // namespace isnad

#endif  // ISNAD_PERSUADE_SPAN_LEXICON_H_

// WordClusters: a distributional signature for each frequent word, induced
// from unlabeled news (SaudiNewsNet). Words used in the same contexts get
// signatures that share leading bits, so a word the labeled data never saw
// ("المندحرين") can borrow what the tagger learned about its neighbours in
// that space ("الارهابيين"، "المسلحين").
//
// Induction (Build): each word's context vector is the sum, over its
// occurrences, of random +-1 vectors (32 dimensions, from a hash of the
// context word) of the words within two positions, each weighted
// 1/sqrt(frequency of the context word); the vectors are averaged and
// centred on the mean over the vocabulary, and the sign of each dimension is
// one bit of the signature (SimHash of the context distribution). Any prefix
// of the signature is a coarser cluster (8 bits: 256 clusters).
//
// File format (gzip): magic "ISNADWC", version, info line, count, then
// count entries of (length, normalized word bytes, uint32 signature).
// Thread-safe after Load.
#ifndef ISNAD_PERSUADE_WORD_CLUSTERS_H_
#define ISNAD_PERSUADE_WORD_CLUSTERS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "isnad/status.h"

namespace isnad {

class WordClusters {
 public:
  static constexpr uint32_t kFormatVersion = 1;
  Status Load(const std::string& path);
  Status Save(const std::string& path) const;

  // The signature of a normalized word, or 0 when unknown. No allocation.
  uint32_t Find(std::string_view norm) const;

  // Induces signatures from JSON Lines articles ({"text": ...}, gzip or
  // plain) for the `max_words` most frequent words seen at least
  // `min_count` times. Reads at most `max_docs` articles (0: all).
  Status Build(const std::string& corpus_path, size_t max_docs, size_t max_words,
               size_t min_count, uint64_t seed);

  size_t size() const { return map_.size(); }
  std::string& info() { return info_; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> map_;
  std::string info_;
};

}  // namespace isnad

#endif  // ISNAD_PERSUADE_WORD_CLUSTERS_H_

// Gazetteer: the name lists of the entity tagger (GATE's Arabic lists, one
// .lst file each), compiled into hashed n-grams of normalized words.
#ifndef ISNAD_TAG_GAZETTEER_H_
#define ISNAD_TAG_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "isnad/status.h"
#include "isnad/tag/key_table.h"
#include "isnad/model_file.h"

namespace isnad {

// The names of a gazetteer: n-grams of normalized words, each with the bit
// set of the lists it is in (one bit per .lst file, at most 32 lists).
class Gazetteer {
 public:
  // Reads every *.lst file of `dir` (one entry a line), in name order.
  Status LoadLists(const std::string& dir);
  // Bits of the lists holding the n-gram whose key is `key` (NgramKey).
  uint32_t Find(uint64_t key) const { return table_.Find(key); }
  void Prefetch(uint64_t key) const { table_.Prefetch(key); }      // of a Find soon after
  static uint64_t Extend(uint64_t key, std::u32string_view word);  // key 0: empty n-gram
  int max_words() const { return max_words_; }
  // A copy with `names` as extra lists after the existing ones (at most 32 in
  // all): each entry an n-gram key (Extend) and the bits of the new lists it
  // is in (bit 0: names[0]); max_words rises to at least `words`.
  Gazetteer WithLists(const std::vector<std::string>& names,
                      const std::vector<std::pair<uint64_t, uint32_t>>& entries,
                      int words) const;
  const std::vector<std::string>& lists() const { return lists_; }
  size_t size() const { return table_.size(); }
  void Save(ModelWriter* out) const;
  Status Load(const ModelReader& in);

 private:
  std::vector<std::string> lists_;
  int max_words_ = 0;
  KeyTable table_;  // n-gram key → bits of its lists
};

}  // namespace isnad

#endif  // ISNAD_TAG_GAZETTEER_H_

// KeyIndex: the position of a 64-bit key in a sorted key array, in about one
// cache miss instead of the ~17 of a binary search.
//
// The taggers keep their lexicons (known tokens, corpus counts, ambiguity
// classes, word classes...) as sorted arrays of hashed keys with parallel
// value arrays: compact, and written to the model file as they are. A lookup
// per word into arrays of 10^5 keys was a tenth of the whole analysis as a
// binary search. The index is an open-addressing table of (key, position)
// built once after loading; Find falls back to the binary search when no
// index was built (as during training), with the same answers.
#ifndef ISNAD_TAG_KEY_INDEX_H_
#define ISNAD_TAG_KEY_INDEX_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "isnad/huge_pages.h"

namespace isnad {

class KeyIndex {
 public:
  // `keys` must be sorted and unique, and stay unchanged while the index is used.
  void Build(const std::vector<uint64_t>& keys) {
    size_t cap = 16;
    while (cap * 7 < keys.size() * 10) cap <<= 1;  // load factor at most 0.7
    mask_ = cap - 1;
    size_ = keys.size();
    slots_.assign(cap, Slot{});
    for (size_t i = 0; i < keys.size(); ++i) {
      size_t s = SlotOf(keys[i]);
      while (slots_[s].pos_plus_one != 0) s = (s + 1) & mask_;
      slots_[s] = Slot{keys[i], static_cast<uint32_t>(i + 1)};
    }
  }

  // Position of `key` in `keys` (the array given to Build), or -1.
  ptrdiff_t Find(const std::vector<uint64_t>& keys, uint64_t key) const {
    if (slots_.empty() || keys.size() != size_) {  // no index, or keys changed since
      auto it = std::lower_bound(keys.begin(), keys.end(), key);
      return it != keys.end() && *it == key ? it - keys.begin() : -1;
    }
    for (size_t s = SlotOf(key);; s = (s + 1) & mask_) {
      const Slot& slot = slots_[s];
      if (slot.pos_plus_one == 0) return -1;
      if (slot.key == key) return static_cast<ptrdiff_t>(slot.pos_plus_one) - 1;
    }
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t pos_plus_one = 0;  // 0 = empty
  };
  size_t SlotOf(uint64_t key) const { return (key ^ (key >> 31)) * 0x9E3779B97F4A7C15ull >> 20 & mask_; }
  size_t mask_ = 0;
  size_t size_ = 0;
  HugeVector<Slot> slots_;
};

}  // namespace isnad

#endif  // ISNAD_TAG_KEY_INDEX_H_

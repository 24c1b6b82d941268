// KeyTable: 64-bit keys (hashes of words or n-grams) → a 32-bit value, by
// open addressing; usually one probe and one cache line, no allocation.
//
// The entity tagger's lexicons, its gazetteer and the corpus word classes
// are all such tables. The rows are kept as given, for Save; the slots are
// rebuilt from them by Set and Load. Immutable after Set/Load: share across
// threads. Keys must not be 0 (it marks an empty slot).
#ifndef ISNAD_TAG_KEY_TABLE_H_
#define ISNAD_TAG_KEY_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "isnad/huge_pages.h"
#include "isnad/status.h"
#include "isnad/model_file.h"

namespace isnad {

class KeyTable {
 public:
  // Rows: keys[i] → values[i]; a repeated key keeps its last value.
  void Set(std::vector<uint64_t> keys, std::vector<uint32_t> values);
  uint32_t Find(uint64_t key) const {  // 0 when absent
    if (slots_.empty()) return 0;
    for (size_t slot = SlotOf(key);; slot = (slot + 1) & mask_) {
      const Slot& s = slots_[slot];
      if (s.key == key) return s.value;
      if (s.key == 0) return 0;
    }
  }
  // Brings the first slot of `key` into cache, for a Find soon after: a
  // caller with many keys prefetches them all, then finds them.
  void Prefetch(uint64_t key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[SlotOf(key)]);
  }
  size_t size() const { return row_keys_.size(); }
  const std::vector<uint64_t>& keys() const { return row_keys_; }
  const std::vector<uint32_t>& values() const { return row_values_; }
  void Save(const char* keys_name, const char* values_name, ModelWriter* out) const;
  // The sections must be present (Load), or may be absent: an empty table
  // (LoadIfPresent, for tables newer than some model files).
  Status Load(const char* keys_name, const char* values_name, const ModelReader& in);
  Status LoadIfPresent(const char* keys_name, const char* values_name, const ModelReader& in);

 private:
  // A key beside its value: one cache line answers a probe.
  struct Slot {
    uint64_t key = 0;  // 0 = empty
    uint32_t value = 0;
  };
  size_t SlotOf(uint64_t key) const { return (key ^ (key >> 29)) & mask_; }
  size_t mask_ = 0;
  HugeVector<Slot> slots_;
  std::vector<uint64_t> row_keys_;
  std::vector<uint32_t> row_values_;
};

}  // namespace isnad

#endif  // ISNAD_TAG_KEY_TABLE_H_

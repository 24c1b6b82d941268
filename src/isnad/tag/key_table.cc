#include "isnad/tag/key_table.h"

namespace isnad {

void KeyTable::Set(std::vector<uint64_t> keys, std::vector<uint32_t> values) {
  row_keys_ = std::move(keys);
  row_values_ = std::move(values);
  size_t cap = 16;
  while (cap < row_keys_.size() * 2) cap <<= 1;
  mask_ = cap - 1;
  slots_.assign(cap, Slot{});
  for (size_t r = 0; r < row_keys_.size(); ++r) {
    uint64_t k = row_keys_[r];
    size_t slot = SlotOf(k);
    while (slots_[slot].key != 0 && slots_[slot].key != k) slot = (slot + 1) & mask_;
    slots_[slot] = Slot{k, row_values_[r]};
  }
}

void KeyTable::Save(const char* keys_name, const char* values_name, ModelWriter* out) const {
  out->AddArray(keys_name, row_keys_);
  out->AddArray(values_name, row_values_);
}

Status KeyTable::LoadIfPresent(const char* keys_name, const char* values_name,
                               const ModelReader& in) {
  std::string_view probe;
  if (!in.Section(keys_name, &probe).ok()) {  // a model without the table
    Set({}, {});
    return Status::Ok();
  }
  return Load(keys_name, values_name, in);
}

Status KeyTable::Load(const char* keys_name, const char* values_name, const ModelReader& in) {
  std::vector<uint64_t> k;
  std::vector<uint32_t> v;
  Status st = in.Array(keys_name, &k);
  if (st.ok()) st = in.Array(values_name, &v);
  if (!st.ok()) return st;
  if (k.size() != v.size()) return Status::Error(in.path() + ": inconsistent " + keys_name);
  for (uint64_t x : k)
    if (x == 0) return Status::Error(in.path() + ": bad key in " + keys_name);
  Set(std::move(k), std::move(v));
  return Status::Ok();
}

}  // namespace isnad

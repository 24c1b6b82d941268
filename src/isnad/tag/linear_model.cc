#include "isnad/tag/linear_model.h"

#include <algorithm>
#include <cmath>

namespace isnad {

void LinearModel::Build(std::vector<uint64_t> keys, std::vector<int16_t> weights, int num_classes) {
  num_classes_ = num_classes;
  num_rows_ = keys.size();
  row_keys_ = std::move(keys);
  weights_.assign(weights.begin(), weights.end());
  size_t cap = 16;
  while (cap < num_rows_ * 2) cap <<= 1;
  mask_ = cap - 1;
  slots_.assign(cap, Slot{});
  for (size_t r = 0; r < num_rows_; ++r) {
    uint64_t f = row_keys_[r];
    size_t slot = SlotOf(f);
    while (slots_[slot].row_plus_one != 0 && row_keys_[slots_[slot].row_plus_one - 1] != f)
      slot = (slot + 1) & mask_;
    slots_[slot] = Slot{CheckOf(f), static_cast<uint32_t>(r + 1)};
  }
}

void LinearModel::Save(const std::string& prefix, ModelWriter* out) const {
  std::vector<uint32_t> n = {static_cast<uint32_t>(num_classes_)};
  out->AddArray(prefix + "n", n);
  out->AddArray(prefix + "k", row_keys_);
  out->AddArray(prefix + "w", weights_);
}

Status LinearModel::Load(const std::string& prefix, const ModelReader& in) {
  std::vector<uint32_t> n;
  std::vector<uint64_t> keys;
  std::vector<int16_t> w;
  Status st = in.Array(prefix + "n", &n);
  if (st.ok()) st = in.Array(prefix + "k", &keys);
  if (st.ok()) st = in.Array(prefix + "w", &w);
  if (!st.ok()) return st;
  if (n.size() != 1 || n[0] == 0 || n[0] > 4096 || w.size() != keys.size() * n[0])
    return Status::Error(in.path() + ": inconsistent linear model " + prefix);
  for (uint64_t k : keys)
    if (k == 0) return Status::Error(in.path() + ": bad feature key in " + prefix);
  Build(std::move(keys), std::move(w), static_cast<int>(n[0]));
  return Status::Ok();
}

void PerceptronTrainer::Score(const uint64_t* features, size_t n, float* scores) const {
  for (size_t i = 0; i < n; ++i) {
    auto it = index_.find(features[i]);
    if (it == index_.end()) continue;
    const float* row = &w_[static_cast<size_t>(it->second) * num_classes_];
    for (int c = 0; c < num_classes_; ++c) scores[c] += row[c];
  }
}

void PerceptronTrainer::Update(const uint64_t* features, size_t n, int gold, int guess) {
  UpdateBy(features, n, gold, guess, 1.f);
}

void PerceptronTrainer::UpdateBy(const uint64_t* features, size_t n, int gold, int other,
                                 float step) {
  ++clock_;
  if (gold == other || step == 0.f) return;
  for (size_t i = 0; i < n; ++i) {
    auto [it, added] = index_.try_emplace(features[i], static_cast<uint32_t>(keys_.size()));
    if (added) {
      keys_.push_back(features[i]);
      w_.resize(w_.size() + num_classes_, 0.f);
      total_.resize(total_.size() + num_classes_, 0.f);
      stamp_.resize(stamp_.size() + num_classes_, clock_);
    }
    size_t base = static_cast<size_t>(it->second) * num_classes_;
    for (int c : {gold, other}) {
      size_t k = base + c;
      total_[k] += static_cast<float>(clock_ - stamp_[k]) * w_[k];
      stamp_[k] = clock_;
      w_[k] += c == gold ? step : -step;
    }
  }
}

std::vector<float> PerceptronTrainer::Averaged() const {
  std::vector<float> avg(keys_.size() * num_classes_);
  for (size_t k = 0; k < avg.size(); ++k) {
    double t = total_[k] + static_cast<double>(clock_ - stamp_[k]) * w_[k];
    avg[k] = static_cast<float>(t / std::max<uint64_t>(clock_, 1));
  }
  return avg;
}

LinearModel PerceptronTrainer::FinalizeMean(const PerceptronTrainer* const* trainers,
                                            size_t count, float prune_fraction) {
  if (count == 0) return LinearModel();
  const int nc = trainers[0]->num_classes_;
  std::vector<uint64_t> keys;
  std::unordered_map<uint64_t, uint32_t> row;
  std::vector<float> sum;
  for (size_t t = 0; t < count; ++t) {
    const PerceptronTrainer& tr = *trainers[t];
    std::vector<float> avg = tr.Averaged();
    for (size_t r = 0; r < tr.keys_.size(); ++r) {
      auto [it, added] = row.try_emplace(tr.keys_[r], static_cast<uint32_t>(keys.size()));
      if (added) {
        keys.push_back(tr.keys_[r]);
        sum.resize(sum.size() + nc, 0.f);
      }
      for (int c = 0; c < nc; ++c)
        sum[static_cast<size_t>(it->second) * nc + c] += avg[r * nc + c] / count;
    }
  }
  return LinearModel::FromFloat(keys, sum, nc, prune_fraction);
}

LinearModel LinearModel::FromFloat(const std::vector<uint64_t>& keys,
                                   const std::vector<float>& avg, int num_classes,
                                   float prune_fraction) {
  float maxabs = 1e-9f;
  for (float a : avg) maxabs = std::max(maxabs, std::fabs(a));
  float scale = 32767.f / maxabs;
  std::vector<uint64_t> keep_keys;
  std::vector<int16_t> keep_w;
  for (size_t r = 0; r < keys.size(); ++r) {
    const float* row = &avg[r * num_classes];
    float m = 0;
    for (int c = 0; c < num_classes; ++c) m = std::max(m, std::fabs(row[c]));
    if (m * scale < prune_fraction * 32767.f || std::lround(m * scale) == 0) continue;
    keep_keys.push_back(keys[r]);
    for (int c = 0; c < num_classes; ++c)
      keep_w.push_back(static_cast<int16_t>(std::lround(row[c] * scale)));
  }
  LinearModel m;
  m.Build(std::move(keep_keys), std::move(keep_w), num_classes);
  return m;
}

LinearModel PerceptronTrainer::Finalize(float prune_fraction) const {
  return LinearModel::FromFloat(keys_, Averaged(), num_classes_, prune_fraction);
}

}  // namespace isnad

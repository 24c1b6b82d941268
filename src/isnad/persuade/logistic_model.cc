#include "isnad/persuade/logistic_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <random>

#include "isnad/model_file.h"
#include "isnad/prefetch.h"

namespace isnad {
namespace {
inline float Sigmoid(float x) { return 1.f / (1.f + std::exp(-x)); }
}  // namespace

LogisticModel::LogisticModel(std::string kind, uint32_t bits, std::vector<std::string> outputs)
    : kind_(std::move(kind)), bits_(bits), mask_((uint64_t{1} << bits) - 1), names_(std::move(outputs)) {
  const size_t k = names_.size();
  thresholds_.assign(k, 0.5f);
  bias_.assign(k, 0.f);
  w_.assign((size_t{1} << bits) * k, 0.f);
}

namespace {
// margins[0..k) += the rows of f's features; `W` is float (training) or
// int16 times `scale` (loaded). The product is formed exactly as the float
// weights were, so both give the same margins.
template <typename W>
void AddRows(const FeatureVector& f, const W* w, uint64_t mask, size_t k, float scale,
             float* __restrict m) {
  constexpr size_t kBatch = 32;
  for (size_t base = 0; base < f.size(); base += kBatch) {
    const size_t n = std::min(kBatch, f.size() - base);
    for (size_t i = 0; i < n; ++i) PrefetchLines(w + (f.ids[base + i] & mask) * k, k);
    for (size_t i = 0; i < n; ++i) {
      const W* __restrict row = w + (f.ids[base + i] & mask) * k;
      const float v = f.values[base + i];
      for (size_t j = 0; j < k; ++j) m[j] += v * (static_cast<float>(row[j]) * scale);
    }
  }
}
}  // namespace

void LogisticModel::Margins(const FeatureVector& f, float* m) const {
  const size_t k = names_.size();
  for (size_t j = 0; j < k; ++j) m[j] = bias_[j];
  if (!q_.empty())
    AddRows(f, q_.data(), mask_, k, scale_, m);
  else
    AddRows(f, w_.data(), mask_, k, 1.f, m);
}

int LogisticModel::KeepEnabledOutputs() {
  const size_t k = names_.size();
  std::vector<size_t> keep;
  for (size_t j = 0; j < k; ++j)
    if (thresholds_[j] <= 1.f) keep.push_back(j);
  if (keep.size() == k) return static_cast<int>(k);
  auto keep_columns = [&](auto& table) {
    const size_t rows = table.size() / (k ? k : 1);
    std::remove_reference_t<decltype(table)> kept(rows * keep.size());
    for (size_t r = 0; r < rows; ++r)
      for (size_t j = 0; j < keep.size(); ++j) kept[r * keep.size() + j] = table[r * k + keep[j]];
    table = std::move(kept);
  };
  keep_columns(w_);
  keep_columns(q_);
  std::vector<std::string> names;
  std::vector<float> thresholds, bias;
  for (size_t j : keep) {
    names.push_back(names_[j]);
    thresholds.push_back(thresholds_[j]);
    bias.push_back(bias_[j]);
  }
  names_ = std::move(names);
  thresholds_ = std::move(thresholds);
  bias_ = std::move(bias);
  return static_cast<int>(keep.size());
}

void LogisticModel::Score(const FeatureVector& f, float* probs) const {
  Margins(f, probs);
  for (size_t j = 0; j < names_.size(); ++j) probs[j] = Sigmoid(probs[j]);
}

Status LogisticModel::Save(const std::string& path) const {
  ModelWriter w;
  w.SetHeader("kind", "logistic");
  w.SetHeader("version", std::to_string(kFormatVersion));
  w.SetHeader("features", kind_);
  w.SetHeader("info", info_);
  const size_t k = names_.size();
  std::string names;
  for (const std::string& n : names_) names += n + '\n';
  w.AddArray("lm.names", std::vector<char>(names.begin(), names.end()));
  w.AddArray("lm.bits", std::vector<uint32_t>{bits_});
  w.AddArray("lm.thr", thresholds_);
  w.AddArray("lm.bias", bias_);
  // A loaded model (int16 weights, no float ones) is written back as read.
  float max_abs = 0;
  for (float x : w_) max_abs = std::max(max_abs, std::fabs(x));
  const float scale = !q_.empty() ? scale_ : max_abs > 0 ? max_abs / 32767.f : 1.f;
  w.AddArray("lm.scale", std::vector<float>{scale});
  std::vector<int16_t> q(q_.begin(), q_.end());
  if (q_.empty()) {
    q.resize(w_.size());
    for (size_t i = 0; i < w_.size(); ++i) q[i] = static_cast<int16_t>(std::lround(w_[i] / scale));
  }
  // Only the buckets with a nonzero weight (most of the 2^bits are empty).
  std::vector<uint32_t> buckets;
  std::vector<int16_t> rows;
  for (size_t b = 0; b < q.size() / k; ++b) {
    const int16_t* row = &q[b * k];
    if (std::all_of(row, row + k, [](int16_t x) { return x == 0; })) continue;
    buckets.push_back(static_cast<uint32_t>(b));
    rows.insert(rows.end(), row, row + k);
  }
  w.AddArray("lm.bkt", buckets);
  w.AddArray("lm.rows", rows);
  return w.WriteFile(path, /*gzip=*/true);
}

Status LogisticModel::Load(const std::string& path) {
  ModelReader in;
  Status st = in.Open(path);
  if (!st.ok()) return st;
  if (in.Header("kind") != "logistic")
    return Status::Error(path + ": not an isnad logistic model (kind '" + in.Header("kind") + "')");
  if (in.Header("version") != std::to_string(kFormatVersion))
    return Status::Error(path + ": logistic model version " + in.Header("version") + ", this isnad reads " +
                         std::to_string(kFormatVersion));
  kind_ = in.Header("features");
  info_ = in.Header("info");
  std::vector<char> names;
  std::vector<uint32_t> bits, buckets;
  std::vector<float> scale;
  std::string_view rows;  // K int16 weights per bucket, read in place
  st = in.Array("lm.names", &names);
  if (st.ok()) st = in.Array("lm.bits", &bits);
  if (st.ok()) st = in.Array("lm.thr", &thresholds_);
  if (st.ok()) st = in.Array("lm.bias", &bias_);
  if (st.ok()) st = in.Array("lm.scale", &scale);
  if (st.ok()) st = in.Array("lm.bkt", &buckets);
  if (st.ok()) st = in.Section("lm.rows", &rows);
  if (!st.ok()) return st;
  names_.clear();
  for (size_t from = 0, nl; from < names.size(); from = nl + 1) {
    nl = std::find(names.begin() + from, names.end(), '\n') - names.begin();
    if (nl == names.size()) return Status::Error(path + ": bad output names");
    names_.emplace_back(names.data() + from, nl - from);
  }
  const size_t k = names_.size();
  bits_ = bits.size() == 1 ? bits[0] : 0;
  // At most 2^27 weights (256 MB): a corrupt header must not ask for more.
  if (bits.size() != 1 || bits_ < 4 || bits_ > 26 || k == 0 || k > 1024 || (k << bits_) > (size_t{1} << 27) ||
      thresholds_.size() != k || bias_.size() != k || scale.size() != 1)
    return Status::Error(path + ": bad header");
  const size_t num_buckets = size_t{1} << bits_;
  if (buckets.size() > num_buckets || rows.size() != buckets.size() * k * sizeof(int16_t))
    return Status::Error(path + ": bad row count");
  mask_ = num_buckets - 1;
  scale_ = scale[0];
  q_.assign(num_buckets * k, 0);
  for (size_t i = 0; i < buckets.size(); ++i) {
    if (buckets[i] >= num_buckets || (i > 0 && buckets[i] <= buckets[i - 1]))
      return Status::Error(path + ": bad bucket number");
    std::memcpy(&q_[size_t{buckets[i]} * k], rows.data() + i * k * sizeof(int16_t), k * sizeof(int16_t));
  }
  w_.clear();
  return Status::Ok();
}

void TrainLinearModel(const std::vector<TrainExample>& examples, const TrainOptions& opt,
                      LogisticModel* model) {
  const int k = model->outputs();
  std::vector<float>& w = model->weights();
  std::vector<float>& b = model->biases();
  std::fill(w.begin(), w.end(), 0.f);
  std::fill(b.begin(), b.end(), 0.f);
  // Averaged SGD: u accumulates c * update, the average is w - u / c.
  std::vector<float> u(w.size(), 0.f), ub(k, 0.f);
  std::vector<double> pos(k, 0);
  for (const auto& e : examples)
    for (int j = 0; j < k; ++j) pos[j] += e.labels[j];
  std::vector<float> pos_weight(k, 1.f);
  const double n = static_cast<double>(examples.size());
  for (int j = 0; j < k; ++j) {
    if (pos[j] > 0)
      pos_weight[j] = static_cast<float>(
          std::min<double>(opt.max_pos_weight, std::pow((n - pos[j]) / pos[j], opt.pos_weight_power)));
    pos_weight[j] = std::max(pos_weight[j], 1.f);
  }
  std::vector<size_t> order(examples.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(opt.seed);
  std::vector<float> m(k), g(k);
  double c = 1;
  const double total = static_cast<double>(opt.epochs) * n;
  for (int epoch = 0; epoch < opt.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    for (size_t idx : order) {
      const TrainExample& e = examples[idx];
      const float lr = static_cast<float>(opt.learning_rate * (1.0 - 0.9 * (c - 1) / total));
      model->Margins(e.features, m.data());
      for (int j = 0; j < k; ++j) {
        const float p = 1.f / (1.f + std::exp(-m[j]));
        const float y = e.labels[j] ? 1.f : 0.f;
        g[j] = lr * (y - p) * (e.labels[j] ? pos_weight[j] : 1.f);
      }
      for (int j = 0; j < k; ++j) {
        b[j] += g[j];
        ub[j] += static_cast<float>(c) * g[j];
      }
      for (size_t f = 0; f < e.features.size(); ++f) {
        const size_t row = model->Bucket(e.features.ids[f]) * k;
        const float v = e.features.values[f];
        for (int j = 0; j < k; ++j) {
          const float d = g[j] * v - opt.l2 * lr * w[row + j];
          w[row + j] += d;
          u[row + j] += static_cast<float>(c) * d;
        }
      }
      c += 1;
    }
  }
  for (size_t i = 0; i < w.size(); ++i) w[i] -= u[i] / static_cast<float>(c);
  for (int j = 0; j < k; ++j) b[j] -= ub[j] / static_cast<float>(c);
}

}  // namespace isnad

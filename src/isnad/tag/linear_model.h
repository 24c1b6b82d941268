// Linear models over hashed features: the learning core of isnad's sequence
// taggers (clitic segmenter, POS tagger, and later the named-entity tagger).
//
// A feature is a 64-bit hash (FeatureHash) of a template id and its values;
// a model maps each known feature to one weight per class, and a class score
// is the sum of the weights of the active features. PerceptronTrainer learns
// such a model with the averaged perceptron (Collins 2002; UpdateBy takes
// other steps, for passive-aggressive updates); Finalize() prunes
// near-zero features and quantizes the weights to 16 bits, which keeps model
// files small and scoring cache-friendly.
//
// LinearModel is immutable after Load/Finalize and safe to share across
// threads. Cost of Score: one open-addressing probe per feature plus
// `num_classes` integer adds per known feature; no allocation.
#ifndef ISNAD_TAG_LINEAR_MODEL_H_
#define ISNAD_TAG_LINEAR_MODEL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "isnad/huge_pages.h"
#include "isnad/prefetch.h"
#include "isnad/status.h"
#include "isnad/model_file.h"

namespace isnad {

// Incremental 64-bit feature hashing: FeatureHash(t).Add(x).Add(y).value().
class FeatureHash {
 public:
  explicit FeatureHash(uint64_t template_id) : h_(Mix(template_id + 0x9E3779B97F4A7C15ull)) {}
  FeatureHash& Add(uint64_t v) {
    h_ = Mix(h_ ^ (v + 0x9E3779B97F4A7C15ull + (h_ << 6) + (h_ >> 2)));
    return *this;
  }
  FeatureHash& Add(std::string_view s) {
    for (unsigned char c : s) h_ = (h_ ^ c) * 0x100000001B3ull;
    return Add(static_cast<uint64_t>(s.size()));
  }
  FeatureHash& Add(std::u32string_view s) {
    for (char32_t c : s) h_ = (h_ ^ c) * 0x100000001B3ull;
    return Add(static_cast<uint64_t>(s.size()));
  }
  uint64_t value() const { return h_ == 0 ? 1 : h_; }  // 0 marks an empty slot

 private:
  static uint64_t Mix(uint64_t x) {
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBull;
    x ^= x >> 31;
    return x;
  }
  uint64_t h_;
};

// Appends features to a vector through a pointer. A feature builder pushes
// some 80 features per word; push_back, which GCC leaves out of line in
// such long functions, was a call each (1.5% of the analysis for the POS
// tagger alone). The vector is sized for `expected` more up front (more
// are still taken, by a slower path) and trimmed to what was written when
// the writer goes.
class FeatureWriter {
 public:
  FeatureWriter(std::vector<uint64_t>* f, size_t expected) : f_(f) {
    const size_t base = f->size();
    f->resize(base + expected);
    p_ = f->data() + base;
    end_ = f->data() + f->size();
  }
  ~FeatureWriter() { f_->resize(static_cast<size_t>(p_ - f_->data())); }
  FeatureWriter(const FeatureWriter&) = delete;
  FeatureWriter& operator=(const FeatureWriter&) = delete;
  void push_back(uint64_t feature) {
    if (p_ == end_) [[unlikely]] Grow();
    *p_++ = feature;
  }

 private:
  // By a fixed step, not by the size of `f`: a trainer appends the features
  // of many tokens to one vector, and doubling it (and zero-filling the new
  // half) at every token that overflows would cost the whole vector each time.
  // The vector's own capacity still grows geometrically.
  void Grow() {
    const size_t used = static_cast<size_t>(p_ - f_->data());
    f_->resize(f_->size() + 64);
    p_ = f_->data() + used;
    end_ = f_->data() + f_->size();
  }
  std::vector<uint64_t>* f_;
  uint64_t* p_;
  uint64_t* end_;
};

class LinearModel {
 public:
  int num_classes() const { return num_classes_; }
  size_t num_features() const { return num_rows_; }

  // scores[0..num_classes) += the weights of each feature (in fixed point;
  // only the order of the scores matters). Unknown features add nothing.
  // The table is far larger than the caches, so the probes of all the
  // features are issued first (prefetched) and resolved after: the misses
  // overlap instead of queueing one behind the other.
  void Score(const uint64_t* features, size_t n, int32_t* __restrict scores) const {
    if (mask_ == 0) return;
    constexpr size_t kBatch = 64;
    const int16_t* rows[kBatch];
    for (size_t base = 0; base < n; base += kBatch) {
      const size_t m = n - base < kBatch ? n - base : kBatch;
      for (size_t i = 0; i < m; ++i) __builtin_prefetch(&slots_[SlotOf(features[base + i])]);
      for (size_t i = 0; i < m; ++i) {
        rows[i] = Find(features[base + i]);
        if (rows[i] != nullptr) PrefetchLines(rows[i], static_cast<size_t>(num_classes_));
      }
      // The class count is read once: `scores` could alias the member, and
      // a reload per add would keep the loop from being vectorized.
      // Blocks of eight classes have a fixed trip count, which -O2 turns
      // into vector adds.
      const int k = num_classes_;
      for (size_t i = 0; i < m; ++i) {
        const int16_t* __restrict row = rows[i];
        if (row == nullptr) continue;
        int c = 0;
        for (; c + 8 <= k; c += 8)
          for (int j = 0; j < 8; ++j) scores[c + j] += row[c + j];
        for (; c < k; ++c) scores[c] += row[c];
      }
    }
  }
  const int16_t* Find(uint64_t feature) const {
    if (mask_ == 0) return nullptr;
    size_t slot = SlotOf(feature);
    const uint32_t check = CheckOf(feature);
    while (true) {
      const Slot& s = slots_[slot];
      if (s.row_plus_one == 0) return nullptr;
      if (s.check == check) return &weights_[static_cast<size_t>(s.row_plus_one - 1) * num_classes_];
      slot = (slot + 1) & mask_;
    }
  }

  // The model of float weights (rows × num_classes, keys in row order), in
  // fixed point: the largest |weight| becomes 32767, and rows whose largest
  // |weight| is below prune_fraction of it (or rounds to 0) are dropped. The
  // perceptron's and the CRF's trainers both end here.
  static LinearModel FromFloat(const std::vector<uint64_t>& keys, const std::vector<float>& weights,
                               int num_classes, float prune_fraction);

  // Stores / loads the model as sections "<prefix>k", "<prefix>w" and
  // "<prefix>n" (prefix: up to 6 characters).
  void Save(const std::string& prefix, ModelWriter* out) const;
  Status Load(const std::string& prefix, const ModelReader& in);

 private:
  friend class PerceptronTrainer;
  void Build(std::vector<uint64_t> keys, std::vector<int16_t> weights, int num_classes);

  size_t SlotOf(uint64_t feature) const { return (feature ^ (feature >> 29)) & mask_; }

  // The high half of the key, beside its row: 8 bytes a slot, so that more
  // of the table stays in cache. The low half chose the slot, so two
  // different features are confused only when they agree in 32 other bits
  // and meet in one probe run (odds about 2^-32 per unknown feature).
  static uint32_t CheckOf(uint64_t feature) { return static_cast<uint32_t>(feature >> 32); }
  struct Slot {
    uint32_t check = 0;
    uint32_t row_plus_one = 0;  // 0 = empty
  };
  int num_classes_ = 0;
  size_t num_rows_ = 0;
  size_t mask_ = 0;
  HugeVector<Slot> slots_;          // open addressing
  std::vector<uint64_t> row_keys_;  // key of each row (for Save)
  HugeVector<int16_t> weights_;     // num_rows × num_classes
};

// The averaged perceptron. Not thread-safe; training is single-threaded and
// deterministic (features are kept in insertion order).
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int num_classes) : num_classes_(num_classes) {}
  int num_classes() const { return num_classes_; }

  // Current (not averaged) scores, into scores[0..num_classes).
  void Score(const uint64_t* features, size_t n, float* scores) const;
  // One training example seen: when guess != gold, moves the weights of the
  // features towards gold. Call for every example (it advances the clock).
  void Update(const uint64_t* features, size_t n, int gold, int guess);
  // The same with a step other than 1 (passive-aggressive / MIRA updates):
  // gold's weights move by +step, `other`'s by -step. Advances the clock
  // even when step is 0 or gold == other.
  void UpdateBy(const uint64_t* features, size_t n, int gold, int other, float step);
  // The averaged weights; features whose largest |weight| is below
  // `min_weight` (in units of the largest weight / 32767) are dropped.
  LinearModel Finalize(float prune_fraction) const;
  // The mean of the averaged weights of several trainers (same classes) as
  // one model, pruned and quantized as Finalize does; features in the order
  // the trainers first saw them (deterministic).
  static LinearModel FinalizeMean(const PerceptronTrainer* const* trainers, size_t count,
                                  float prune_fraction);

 private:
  int num_classes_;
  uint64_t clock_ = 0;
  std::unordered_map<uint64_t, uint32_t> index_;
  std::vector<uint64_t> keys_;
  std::vector<float> w_, total_;
  std::vector<uint64_t> stamp_;

  // The averaged weights, rows in keys_ order.
  std::vector<float> Averaged() const;
};

}  // namespace isnad

#endif  // ISNAD_TAG_LINEAR_MODEL_H_

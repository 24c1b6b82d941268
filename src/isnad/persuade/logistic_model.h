// LogisticModel: K independent binary logistic outputs over hashed sparse
// features, the one learner behind the persuasion and check-worthiness
// stages (technique tagging, document judgements, claim detection).
//
// A feature is a 64-bit hash (features.h) reduced to one of 2^bits buckets;
// each bucket holds K weights, contiguous, so scoring a feature vector reads
// one short row per feature. Output k's probability is
// sigmoid(bias_k + sum_f value_f * w[bucket_f][k]); it is "on" when the
// probability reaches threshold_k (tuned on held-out training data).
//
// File: the model container of every isnad model (model_file.h),
// gzip-compressed, header kind "logistic", version 3, "features" (the kind
// above) and "info" (training data, command, date); sections: the output
// names, bits, thresholds, biases, the weight scale, and the int16 weights
// (w = q * scale) of the nonzero buckets only, as their bucket numbers
// (ascending) and their K weights each. (Formats 1 and 2, this model's own
// container before, are no longer read.) Loaded once; immutable and shared
// by threads afterwards.
//
// Cost: Score is O(features * K) multiply-adds, no allocation; the rows of
// a feature vector are prefetched together, since the table is larger than
// the caches.
#ifndef ISNAD_PERSUADE_LOGISTIC_MODEL_H_
#define ISNAD_PERSUADE_LOGISTIC_MODEL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "isnad/persuade/features.h"
#include "isnad/huge_pages.h"
#include "isnad/status.h"

namespace isnad {

class LogisticModel {
 public:
  static constexpr uint32_t kFormatVersion = 3;

  LogisticModel() = default;
  LogisticModel(std::string kind, uint32_t bits, std::vector<std::string> outputs);

  Status Load(const std::string& path);
  Status Save(const std::string& path) const;

  const std::string& kind() const { return kind_; }
  std::string& info() { return info_; }
  const std::string& info() const { return info_; }
  uint32_t bits() const { return bits_; }
  int outputs() const { return static_cast<int>(names_.size()); }
  const std::string& name(int k) const { return names_[k]; }
  float threshold(int k) const { return thresholds_[k]; }
  void set_threshold(int k, float t) { thresholds_[k] = t; }

  // Drops the outputs that are switched off (threshold above 1, so never
  // on): inference then reads and adds only the outputs it can report,
  // and the weight table shrinks to match. Returns how many remain.
  int KeepEnabledOutputs();

  // Writes the K output probabilities of `f` to probs[0..K).
  void Score(const FeatureVector& f, float* probs) const;
  // The raw margins (before the sigmoid).
  void Margins(const FeatureVector& f, float* margins) const;

  // Training access: weights are (2^bits) * K floats, row-major by bucket.
  // A loaded model keeps its int16 weights instead (half the memory and
  // cache lines of floats) and has no float weights.
  std::vector<float>& weights() { return w_; }
  std::vector<float>& biases() { return bias_; }
  uint32_t Bucket(uint64_t feature) const { return static_cast<uint32_t>(feature & mask_); }

 private:
  std::string kind_, info_;
  uint32_t bits_ = 0;
  uint64_t mask_ = 0;
  std::vector<std::string> names_;
  std::vector<float> thresholds_, bias_, w_;
  HugeVector<int16_t> q_;  // loaded weights: w = q * scale_
  float scale_ = 1.f;
};

// Averaged SGD for logistic loss on multi-output examples.
struct TrainExample {
  FeatureVector features;
  std::vector<uint8_t> labels;  // K values, 0 or 1
};

struct TrainOptions {
  int epochs = 10;
  float learning_rate = 0.2f;
  // Positive examples of output k weigh min(max_pos_weight, (neg/pos)^pos_weight_power).
  float pos_weight_power = 0.5f;
  float max_pos_weight = 10.f;
  float l2 = 1e-6f;
  uint64_t seed = 1;
};

// Trains `model` (already shaped) from scratch on `examples`. Deterministic
// for a given seed. Single-threaded.
void TrainLinearModel(const std::vector<TrainExample>& examples, const TrainOptions& options,
                      LogisticModel* model);

}  // namespace isnad

#endif  // ISNAD_PERSUADE_LOGISTIC_MODEL_H_

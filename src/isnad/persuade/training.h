// Training the persuasion and check-worthiness models (`isnad train ...`).
//
// Every model is a LogisticModel trained by averaged SGD, single-threaded and
// deterministic for a seed. Thresholds are chosen on the "tune" part of the
// training data (datasets.h), then the model is refit on train + tune with
// the same settings and saved with those thresholds. The dev parts are
// never read here.
#ifndef ISNAD_PERSUADE_TRAINING_H_
#define ISNAD_PERSUADE_TRAINING_H_

#include <cstdint>
#include <string>
#include <vector>

#include "isnad/status.h"

namespace isnad {

struct PersuasionTrainConfig {
  std::string span_file;    // ArAIEval 2024 task 1 spans (araieval2024_task1_dev.jsonl)
  std::string task1a_file;  // ArAIEval 2023 1A train
  std::string task1b_file;  // ArAIEval 2023 1B train
  std::string corpus;       // unlabeled news for word clusters; empty: no clusters
  size_t corpus_docs = 0;   // articles of the corpus to read (0: all)
  std::string out_dir;      // models/persuasion
  std::string command;      // the command line, recorded in the model header
  uint64_t seed = 1;
  int epochs = 15;
  uint32_t bits = 18;       // 2^bits feature buckets
  size_t min_spans = 8;     // techniques with fewer training spans are not tagged
  float learning_rate = 0.2f;
  float pos_weight_power = 0.3f;  // see TrainOptions
  float sentence_learning_rate = 0.5f;  // the sentence classifier (balanced classes)
  float l2 = 1e-6f;          // span tagger: L2 decay (see TrainOptions)
  // Also print a 5-fold cross-validated micro-F1 over the train and tune
  // parts (for model selection; the saved model is unchanged).
  bool cv = false;
  // Choose the saved thresholds on that cross-validation (out-of-fold
  // probabilities of the 750 train and tune items) instead of on the tune
  // part alone (191 items); the dev part is never read either way.
  bool cv_thresholds = true;
  // The span tagger and sentence classifier are the mean of this many fits
  // with consecutive seeds (less dependent on one shuffle's luck).
  int span_runs = 4;
};
// Trains whichever models the config names files for; prints progress and
// tune scores to stderr.
Status TrainPersuasion(const PersuasionTrainConfig& config);

struct CheckworthyTrainConfig {
  std::string train_file;  // CT24_checkworthy_arabic_train.tsv
  std::string out_dir;     // models/checkworthy
  std::string command;
  uint64_t seed = 1;
  int epochs = 12;
  uint32_t bits = 18;
  float learning_rate = 0.2f;
  float pos_weight_power = 0.5f;
  float l2 = 1e-6f;
};
Status TrainCheckworthiness(const CheckworthyTrainConfig& config);

}  // namespace isnad

#endif  // ISNAD_PERSUADE_TRAINING_H_

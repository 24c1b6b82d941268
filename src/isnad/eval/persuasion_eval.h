// The metrics of the persuasion and check-worthiness shared tasks.
//
//   - Technique spans (ArAIEval 2024 task 1, after Da San Martino et al.
//     2019): a predicted span s earns |s ∩ t| / |s| of precision credit for
//     every gold span t of the same technique in the same document, and a
//     gold span t earns |s ∩ t| / |t| of recall credit for every such s
//     (overlap in code points); P = credit / predicted spans, R = credit /
//     gold spans, micro-averaged over documents; F1 their harmonic mean.
//   - Labels (ArAIEval 2023 1A binary, 1B multilabel): micro-F1 over the
//     (document, label) decisions; for a single binary label it equals
//     accuracy. Macro-F1 averages the per-label F1.
//   - Check-worthiness (CheckThat! 2024): F1 of the positive class, and
//     macro-F1 over both classes.
#ifndef ISNAD_EVAL_PERSUASION_EVAL_H_
#define ISNAD_EVAL_PERSUASION_EVAL_H_

#include <map>
#include <string>
#include <vector>

#include "isnad/document.h"

namespace isnad {

struct LabeledSpan {
  Span span;
  std::string technique;
};

struct SpanScores {
  double precision_credit = 0, recall_credit = 0;
  size_t predicted = 0, gold = 0;
  // Adds one document.
  void Add(const std::vector<LabeledSpan>& gold, const std::vector<LabeledSpan>& predicted);
  double P() const { return predicted ? precision_credit / predicted : 0; }
  double R() const { return gold ? recall_credit / gold : 0; }
  double F1() const { return P() + R() > 0 ? 2 * P() * R() / (P() + R()) : 0; }
};

// Counts per label for multilabel (and binary) micro/macro F1.
struct LabelScores {
  struct Counts {
    size_t tp = 0, fp = 0, fn = 0;
    double F1() const { return tp ? 2.0 * tp / (2.0 * tp + fp + fn) : 0; }
  };
  std::map<std::string, Counts> per_label;
  size_t documents = 0;
  // Adds one document's gold and predicted label sets.
  void Add(const std::vector<std::string>& gold, const std::vector<std::string>& predicted);
  double MicroF1() const;
  double MacroF1() const;  // over labels seen in gold or predictions
};

// Binary confusion counts (check-worthiness, persuasive or not).
struct BinaryScores {
  size_t tp = 0, fp = 0, fn = 0, tn = 0;
  void Add(bool gold, bool predicted);
  double Accuracy() const;
  double F1Positive() const;
  double F1Negative() const;
  double MacroF1() const { return (F1Positive() + F1Negative()) / 2; }
};

}  // namespace isnad

#endif  // ISNAD_EVAL_PERSUASION_EVAL_H_

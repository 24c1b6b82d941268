#include "isnad/eval/persuasion_eval.h"

#include <algorithm>

namespace isnad {

void SpanScores::Add(const std::vector<LabeledSpan>& gold_spans,
                     const std::vector<LabeledSpan>& predicted_spans) {
  predicted += predicted_spans.size();
  gold += gold_spans.size();
  for (const LabeledSpan& s : predicted_spans) {
    for (const LabeledSpan& t : gold_spans) {
      if (s.technique != t.technique || !s.span.Overlaps(t.span)) continue;
      const double inter = std::min(s.span.end, t.span.end) - std::max(s.span.start, t.span.start);
      if (s.span.size() > 0) precision_credit += inter / s.span.size();
      if (t.span.size() > 0) recall_credit += inter / t.span.size();
    }
  }
}

void LabelScores::Add(const std::vector<std::string>& gold, const std::vector<std::string>& predicted) {
  ++documents;
  auto has = [](const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  };
  for (const std::string& g : gold) {
    if (has(predicted, g)) ++per_label[g].tp;
    else ++per_label[g].fn;
  }
  for (const std::string& p : predicted)
    if (!has(gold, p)) ++per_label[p].fp;
}

double LabelScores::MicroF1() const {
  size_t tp = 0, fp = 0, fn = 0;
  for (const auto& [label, c] : per_label) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return tp ? 2.0 * tp / (2.0 * tp + fp + fn) : 0;
}

double LabelScores::MacroF1() const {
  if (per_label.empty()) return 0;
  double sum = 0;
  for (const auto& [label, c] : per_label) sum += c.F1();
  return sum / per_label.size();
}

void BinaryScores::Add(bool gold, bool predicted) {
  if (gold && predicted) ++tp;
  else if (!gold && predicted) ++fp;
  else if (gold) ++fn;
  else ++tn;
}

double BinaryScores::Accuracy() const {
  const size_t n = tp + fp + fn + tn;
  return n ? double(tp + tn) / n : 0;
}
double BinaryScores::F1Positive() const { return tp ? 2.0 * tp / (2.0 * tp + fp + fn) : 0; }
double BinaryScores::F1Negative() const { return tn ? 2.0 * tn / (2.0 * tn + fn + fp) : 0; }

}  // namespace isnad

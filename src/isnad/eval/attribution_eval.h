// Scores predicted attributions against gold ones, as
// ../shared/specs/attribution.md defines: cue P/R/F1, speaker accuracy,
// content overlap, kind and direct accuracy, and the headline attribution
// P/R/F1. Micro-averaged over all attributions of a set of documents.
#ifndef ISNAD_EVAL_ATTRIBUTION_EVAL_H_
#define ISNAD_EVAL_ATTRIBUTION_EVAL_H_

#include <map>
#include <string>
#include <vector>

#include "isnad/document.h"
#include "isnad/status.h"

namespace isnad {

// One gold document (a line of ../shared/data/attribution/dev.jsonl).
struct GoldAttribution {
  Span cue;
  bool has_speaker = false;
  Span speaker;
  std::string speaker_entity;  // key into GoldDocument::entity_mentions, or empty
  std::string kind;
  bool has_content = false;
  Span content;
  bool direct = false;
  int parent = -1;
};

struct GoldDocument {
  std::string id;
  std::string text;
  std::map<std::string, std::vector<Span>> entity_mentions;
  std::vector<GoldAttribution> attributions;
};

// Parses one gold line. Errors name the field.
Status ParseGoldDocument(std::string_view line, GoldDocument* out);

struct AttributionScores {
  size_t gold = 0, predicted = 0, matched = 0;
  size_t speaker_right = 0, kind_right = 0, direct_right = 0, correct = 0;
  double content_overlap_sum = 0;  // over matched pairs

  void Add(const AttributionScores& o);
  static double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }
  double CueP() const { return predicted ? double(matched) / predicted : 0; }
  double CueR() const { return gold ? double(matched) / gold : 0; }
  double P() const { return predicted ? double(correct) / predicted : 0; }
  double R() const { return gold ? double(correct) / gold : 0; }
};

// One line per error for people tuning the system; empty when not wanted.
struct AttributionErrors {
  std::vector<std::string> lines;
};

// Scores `predicted` (an analysed document with the gold text) against `gold`.
AttributionScores ScoreAttributions(const GoldDocument& gold, const Document& predicted,
                                    AttributionErrors* errors = nullptr);

// The content-overlap F1 of two spans of `text`, counted in
// whitespace-separated words (a word counts for a span when they share a
// character). Both empty: 1.
double ContentOverlap(const std::u32string& text, Span gold, bool gold_present, Span pred,
                      bool pred_present);

}  // namespace isnad

#endif  // ISNAD_EVAL_ATTRIBUTION_EVAL_H_

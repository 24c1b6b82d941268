// The steps of AttributionScan (attribution_scan.h) once every report is
// found: the reports in cue order; each nested in the smallest report whose
// content holds its cue; a nested report ended at a contrast (إلا أن، لكن);
// and, after the speakers are settled (speaker_resolution.cc), the
// attributions written to the document.
#include <algorithm>
#include <string_view>
#include <vector>

#include "isnad/attrib/attribution_scan.h"

namespace isnad {

using namespace clause_words;  // the word lists of attribution (clause_words.h)

namespace {

// Sets each report's parent: the attribution with the smallest content that
// contains its cue. Reports nest only within a sentence or a quotation, so
// only nearby attributions (in cue order) are compared.
void AssignParents(std::vector<Found>* found_in) {
  std::vector<Found>& found = *found_in;
  // (see the comment above)
  constexpr size_t kNestWindow = 64;
  for (size_t b = 0; b < found.size(); ++b) {
    if (found[b].parent_cue != UINT32_MAX) {
      for (size_t a = b; a-- > 0;)
        if (found[a].a.cue.start == found[b].parent_cue) {
          found[b].a.parent = static_cast<int32_t>(a);
          break;
        }
      continue;
    }
    int32_t best = -1;
    uint32_t best_size = 0;
    const size_t lo = b > kNestWindow ? b - kNestWindow : 0;
    const size_t hi = std::min(found.size(), b + kNestWindow);
    for (size_t a = lo; a < hi; ++a) {
      if (a == b || found[a].credit_sentence) continue;
      const Span& c = found[a].a.content;
      if (c.empty() || !c.Contains(found[b].a.cue)) continue;
      if (found[b].a.content.Contains(found[a].a.cue)) continue;
      if (best < 0 || c.size() < best_size) {
        best = static_cast<int32_t>(a);
        best_size = c.size();
      }
    }
    found[b].a.parent = best;
  }
}

}  // namespace

void AttributionScan::SortByCue() {
  std::stable_sort(found_.begin(), found_.end(), [](const Found& a, const Found& b) {
    if (a.a.cue.start != b.a.cue.start) return a.a.cue.start < b.a.cue.start;
    return a.spk_first < b.spk_first;  // sources sharing a cue, in text order
  });
}

void AttributionScan::Nest() { AssignParents(&found_); }

void AttributionScan::EndNestedReportsAtContrast() {
  // A nested report ends where its clause gives way to another (إلا أن،
  // لكن): "أن تيلرسون أعلن أن X إلا أن ماتيس قال …".
  for (Found& x : found_) {
    if (x.a.parent < 0 || x.a.content.empty()) continue;
    for (uint32_t t = FirstTokenFrom(x.a.content.start) + 1;
         t < n_ && toks_[t].span.start < x.a.content.end; ++t) {
      std::string_view w = clauses_.N(t);
      // Not و + "but he" (ولكنها): "قالت إن باكستان ترحب بهذا الاتفاق ولكنها
      // تطالب بـ…" goes on with what was reported (the pronoun is باكستان);
      // allowing it changed 3 of 8,000 articles, one of them for the worse.
      bool with_pronoun = false;
      const bool but =
          (IsBut(w, &with_pronoun) && !(with_pronoun && w.starts_with("و"))) ||
          (IsExceptBeforeThat(w) && t + 1 < n_ && kComplementizers.count(clauses_.N(t + 1)));
      if (but && toks_[t].quote == 0) {
        x.a.content.end = toks_[t - 1].span.end;
        while (t > 1 && toks_[t - 1].kind == TokenKind::kPunct && toks_[t - 2].span.start >= x.a.content.start) {
          --t;
          x.a.content.end = toks_[t - 1].span.end;
        }
        break;
      }
    }
  }
}

void AttributionScan::WriteAttributions() {
  std::vector<int32_t> new_index(found_.size(), -1);
  {
    int32_t k = 0;
    for (size_t j = 0; j < found_.size(); ++j) {
      // A participle whose speaker could not be found reports nothing we can
      // attribute (مشددة after an action, not a statement).
      const bool unresolved = found_[j].cls == CueClass::kParticiple && !found_[j].a.has_speaker;
      // "قال … قائلا: «…»": the participle repeats the report of its verb.
      const bool repeats = found_[j].cls == CueClass::kParticiple && j > 0 &&
                           found_[j - 1].a.content == found_[j].a.content &&
                           doc_.Norm(toks_[found_[j].cue_first]).substr(0, 8) == "قائل";
      if (!unresolved && !repeats) new_index[j] = k++;
    }
  }
  doc_.attributions.reserve(found_.size());
  for (size_t j = 0; j < found_.size(); ++j) {
    if (new_index[j] < 0) continue;
    Attribution a = found_[j].a;
    int32_t p = a.parent;
    while (p >= 0 && new_index[p] < 0) p = found_[p].a.parent;
    a.parent = p >= 0 ? new_index[p] : -1;
    doc_.attributions.push_back(a);
  }
}

}  // namespace isnad

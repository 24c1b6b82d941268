// AttributionIndex: which attributions reach into a span of the text.
//
// Later stages (claims, persuasion features) ask of every sentence which
// attributions overlap it; scanning the whole list each time is quadratic on
// long documents. The index sorts each attribution's extent (the hull of its
// cue, speaker and content) by start and keeps a running maximum of the
// ends, so a query walks back only over extents that can still overlap.
//
// Cost: O(n log n) to build; a query is O(log n + extents it walks over),
// which for text-ordered reports is the few that overlap. Immutable after
// construction; the document must outlive it.
#ifndef ISNAD_ATTRIB_ATTRIBUTION_INDEX_H_
#define ISNAD_ATTRIB_ATTRIBUTION_INDEX_H_

#include <algorithm>
#include <cstdint>
#include <vector>

#include "isnad/document.h"

namespace isnad {

class AttributionIndex {
 public:
  explicit AttributionIndex(const Document& doc) : doc_(doc) {
    items_.reserve(doc.attributions.size());
    for (uint32_t i = 0; i < doc.attributions.size(); ++i) {
      const Attribution& a = doc.attributions[i];
      Span hull = a.cue;
      if (a.has_speaker) hull = Hull(hull, a.speaker);
      if (!a.content.empty()) hull = Hull(hull, a.content);
      items_.push_back({hull, i});
    }
    std::sort(items_.begin(), items_.end(),
              [](const Item& x, const Item& y) { return x.extent.start < y.extent.start; });
    max_end_.resize(items_.size());
    uint32_t m = 0;
    for (size_t k = 0; k < items_.size(); ++k) max_end_[k] = m = std::max(m, items_[k].extent.end);
  }

  // Calls fn(const Attribution&) for every attribution whose cue, speaker
  // or content overlaps `span` (in no particular order).
  template <typename Fn>
  void ForEachOverlapping(Span span, Fn&& fn) const {
    auto hi = std::lower_bound(items_.begin(), items_.end(), span.end,
                               [](const Item& x, uint32_t v) { return x.extent.start < v; });
    for (auto k = static_cast<size_t>(hi - items_.begin()); k-- > 0;) {
      if (max_end_[k] <= span.start) break;
      if (items_[k].extent.end > span.start) fn(doc_.attributions[items_[k].index]);
    }
  }

 private:
  static Span Hull(Span a, Span b) { return {std::min(a.start, b.start), std::max(a.end, b.end)}; }
  struct Item {
    Span extent;
    uint32_t index;
  };
  const Document& doc_;
  std::vector<Item> items_;
  std::vector<uint32_t> max_end_;
};

}  // namespace isnad

#endif  // ISNAD_ATTRIB_ATTRIBUTION_INDEX_H_

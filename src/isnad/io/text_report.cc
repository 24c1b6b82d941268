#include "isnad/io/text_report.h"

#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

#include "isnad/text/utf8.h"

namespace isnad {
namespace {

void AppendSpanText(const Document& doc, Span s, size_t max_chars, std::string* out) {
  std::u32string_view v = doc.Text(s);
  bool cut = v.size() > max_chars;
  if (cut) v = v.substr(0, max_chars);
  for (char32_t c : v) AppendUtf8(c == '\n' ? U' ' : c, out);
  if (cut) out->append(" …");
}

}  // namespace

void AppendTextReport(const Document& doc, std::string* out, size_t max_content_chars) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "== %s: %zu characters, %zu sentences, %zu tokens, %zu attributions\n",
                doc.id.c_str(), doc.cps.size(), doc.sentences.size(), doc.tokens.size(),
                doc.attributions.size());
  out->append(buf);
  // Print nested reports under their reporter, indented by depth.
  for (size_t i = 0; i < doc.attributions.size(); ++i) {
    const Attribution& a = doc.attributions[i];
    int depth = 0;
    for (int32_t p = a.parent; p >= 0 && depth < 8; p = doc.attributions[p].parent) ++depth;
    std::string indent(static_cast<size_t>(depth) * 4, ' ');
    std::snprintf(buf, sizeof buf, "%sA%zu  ", indent.c_str(), i + 1);
    out->append(buf);
    AppendSpanText(doc, a.cue, 40, out);
    out->append("  ←  ");
    if (a.has_speaker) {
      AppendSpanText(doc, a.speaker, 80, out);
    } else {
      out->append("(no source)");
    }
    out->append("  [");
    out->append(SourceKindName(a.kind));
    if (a.entity >= 0 && static_cast<size_t>(a.entity) < doc.entities.size()) {
      out->append(", ");
      out->append(doc.entities[a.entity].id);
    }
    if (a.parent >= 0) {
      std::snprintf(buf, sizeof buf, ", inside A%d", a.parent + 1);
      out->append(buf);
    }
    out->append("]\n");
    out->append(indent);
    out->append(a.direct ? "    quoted: «" : "    reported: «");
    if (!a.content.empty()) AppendSpanText(doc, a.content, max_content_chars, out);
    out->append("»\n");
  }
  // The outlet's own check-worthy assertions: claims no attribution covers.
  if (doc.layers & kLayerClaims) {
    size_t unsourced = 0;
    for (const Claim& c : doc.claims) unsourced += !c.sourced;
    std::snprintf(buf, sizeof buf, "-- unsourced claims: %zu of %zu check-worthy sentences\n", unsourced,
                  doc.claims.size());
    out->append(buf);
    for (const Claim& c : doc.claims) {
      if (c.sourced) continue;
      out->append("    «");
      AppendSpanText(doc, c.span, max_content_chars, out);
      std::snprintf(buf, sizeof buf, "»  [check-worthy %.2f]\n", static_cast<double>(c.checkworthy));
      out->append(buf);
    }
  }
  if (doc.layers & kLayerTechniques) {
    std::snprintf(buf, sizeof buf, "-- persuasion techniques: %zu spans\n", doc.techniques.size());
    out->append(buf);
    // One line per technique: how often, and its first few spans.
    std::vector<std::pair<std::string, std::vector<Span>>> by_name;
    for (const Technique& t : doc.techniques) {
      auto it = std::find_if(by_name.begin(), by_name.end(),
                             [&](const auto& e) { return e.first == t.technique; });
      if (it == by_name.end()) {
        by_name.push_back({t.technique, {}});
        it = by_name.end() - 1;
      }
      it->second.push_back(t.span);
    }
    for (const auto& [name, spans] : by_name) {
      std::snprintf(buf, sizeof buf, "    %s (%zu): ", name.c_str(), spans.size());
      out->append(buf);
      for (size_t k = 0; k < spans.size() && k < 4; ++k) {
        if (k > 0) out->append(" | ");
        AppendSpanText(doc, spans[k], 40, out);
      }
      out->append(spans.size() > 4 ? " | …\n" : "\n");
    }
  }
  out->append("\n");
}

}  // namespace isnad

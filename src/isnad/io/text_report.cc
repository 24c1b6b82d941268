#include "isnad/io/text_report.h"

#include <cstdio>

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
  out->append("\n");
}

}  // namespace isnad

// A readable plain-text report of an analysis: who said what, for people
// reading a terminal (`isnad analyze --format text`).
#ifndef ISNAD_IO_TEXT_REPORT_H_
#define ISNAD_IO_TEXT_REPORT_H_

#include <string>

#include "isnad/document.h"

namespace isnad {

// Appends the report of `doc` to `out`; long contents are cut to
// `max_content_chars` code points.
void AppendTextReport(const Document& doc, std::string* out, size_t max_content_chars = 160);

}  // namespace isnad

#endif  // ISNAD_IO_TEXT_REPORT_H_

// Writes the analysis document (../shared/specs/analysis-json.md) as JSON.
//
// Hand-written rather than built through a DOM: the output of a batch is
// many times the size of its input, and this writer appends straight into
// one buffer with no allocation per token. Prints exactly the layers the
// document carries (Document::layers); a layer that was not produced is
// absent, never an empty stand-in.
#ifndef ISNAD_IO_JSON_WRITER_H_
#define ISNAD_IO_JSON_WRITER_H_

#include <string>
#include <string_view>

#include "isnad/document.h"

namespace isnad {

struct JsonWriteOptions {
  bool pretty = false;  // indented, for people; compact is one line
};

// Appends the JSON of `doc` (no trailing newline) to `out`.
void AppendDocumentJson(const Document& doc, const JsonWriteOptions& options, std::string* out);

// Appends `s` as a JSON string literal (quotes included).
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace isnad

#endif  // ISNAD_IO_JSON_WRITER_H_

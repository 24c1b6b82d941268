// Reading documents: files, standard input and JSON Lines.
//
// Every failure is a Status naming the input and the place: "a.txt: invalid
// UTF-8 at byte 812", "batch.jsonl:14: not valid JSON (byte 37 of the line)".
// A bad line of a JSON Lines batch fails alone; the good lines around it are
// still delivered.
#ifndef ISNAD_IO_INPUT_H_
#define ISNAD_IO_INPUT_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "isnad/document.h"
#include "isnad/status.h"

namespace isnad {

struct InputOptions {
  bool lenient = false;  // replace invalid UTF-8 and NUL bytes with U+FFFD
  // Hard limit on one document's text, in bytes (default 256 MiB).
  size_t max_document_bytes = size_t{256} << 20;
};

// Reads a whole file ("-" is standard input). Fails when it cannot be read.
Status ReadInput(const std::string& path, std::string* bytes);

// Fills doc->id, text and cps from raw bytes. Fails on invalid UTF-8, NUL
// bytes (binary input) or an empty text; in lenient mode bad sequences are
// replaced and `*replaced` (when given) counts them.
Status SetDocumentText(std::string id, std::string_view bytes, const InputOptions& options,
                       Document* doc, size_t* replaced = nullptr);

// One JSON Lines record: {"id": ..., "text": ..., ...}; other fields are kept
// in doc->meta_json. `line_no` (1-based) only serves the messages.
Status ParseJsonlRecord(std::string_view line, const InputOptions& options, Document* doc,
                        size_t* replaced = nullptr);

// Calls `fn(line_no, line)` for each non-empty line of `bytes` (a trailing
// '\r' is dropped). Lines may be of any length.
void ForEachLine(std::string_view bytes,
                 const std::function<void(size_t line_no, std::string_view line)>& fn);

// True when `path` names a JSON Lines file by its extension.
bool IsJsonlPath(const std::string& path);

}  // namespace isnad

#endif  // ISNAD_IO_INPUT_H_

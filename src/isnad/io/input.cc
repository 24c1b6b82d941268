#include "isnad/io/input.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "isnad/text/utf8.h"

namespace isnad {

Status ReadInput(const std::string& path, std::string* bytes) {
  bytes->clear();
  if (path == "-") {
    std::ios::sync_with_stdio(false);
    bytes->assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return Status::Ok();
  }
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status::Error(path + ": cannot open: " + std::strerror(errno));
  char buf[1 << 16];
  size_t got;
  while ((got = std::fread(buf, 1, sizeof buf, f)) > 0) bytes->append(buf, got);
  const bool err = std::ferror(f) != 0;
  std::fclose(f);
  if (err) return Status::Error(path + ": read error");
  return Status::Ok();
}

Status SetDocumentText(std::string id, std::string_view bytes, const InputOptions& options,
                       Document* doc, size_t* replaced) {
  doc->Clear();
  doc->id = std::move(id);
  if (bytes.size() > options.max_document_bytes) {
    return Status::Error("text of " + std::to_string(bytes.size()) + " bytes exceeds the limit of " +
                         std::to_string(options.max_document_bytes) + " bytes");
  }
  Utf8DecodeResult decoded;
  Status st = DecodeUtf8(bytes, options.lenient, &decoded);
  if (!st.ok()) return st;
  size_t fixed = decoded.replaced;
  // A NUL byte is valid UTF-8 but never text: it means binary input.
  for (size_t i = 0; i < decoded.code_points.size(); ++i) {
    if (decoded.code_points[i] != 0) continue;
    if (!options.lenient) {
      const size_t at = bytes.find('\0');
      return Status::Error("NUL byte at byte " + std::to_string(at) + " (binary input?)");
    }
    decoded.code_points[i] = U'\uFFFD';
    ++fixed;
  }
  if (replaced != nullptr) *replaced = fixed;
  doc->cps = std::move(decoded.code_points);
  if (fixed == 0) {
    doc->text.assign(bytes);
  } else {
    doc->text = EncodeUtf8(doc->cps);
  }
  bool blank = true;
  for (unsigned char c : doc->text) {
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
      blank = false;
      break;
    }
  }
  if (blank) return Status::Error(bytes.empty() ? "empty input" : "input has no text (only white space)");
  return Status::Ok();
}

namespace {

// JSON nesting allowed in a record. nlohmann copies and prints nested values
// recursively, so a line of a million '[' would overflow the stack; no news
// record needs more than a few levels.
constexpr int kMaxJsonDepth = 64;

// Fails when `line` nests arrays or objects deeper than kMaxJsonDepth
// (brackets inside strings are not counted).
Status CheckJsonDepth(std::string_view line) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth)
        return Status::Error("JSON nested deeper than " + std::to_string(kMaxJsonDepth) +
                             " levels (byte " + std::to_string(i) + " of the line)");
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return Status::Ok();
}

const char* JsonTypeName(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::object: return "an object";
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::boolean: return "a boolean";
    case nlohmann::json::value_t::binary: return "binary";
    case nlohmann::json::value_t::discarded: return "discarded";
    default: return "a number";
  }
}

// Parses one line into `j`. Every nlohmann exception becomes a Status: a
// syntax error names its byte, and a number too large for a double
// ("1e999") is an out_of_range error that would otherwise escape.
Status ParseJson(std::string_view line, const char* note, nlohmann::json* j) {
  try {
    *j = nlohmann::json::parse(line.begin(), line.end());
  } catch (const nlohmann::json::parse_error& e) {
    return Status::Error("not valid JSON (byte " + std::to_string(e.byte) + " of the line" + note +
                         ")");
  } catch (const nlohmann::json::exception& e) {
    return Status::Error(std::string("not valid JSON (") + e.what() + ")");
  }
  return Status::Ok();
}

}  // namespace

Status ParseJsonlRecord(std::string_view line, const InputOptions& options, Document* doc,
                        size_t* replaced) {
  doc->Clear();
  if (replaced != nullptr) *replaced = 0;
  if (Status st = CheckJsonDepth(line); !st.ok()) return st;
  nlohmann::json j;
  size_t line_fixed = 0;
  Status parsed = ParseJson(line, "", &j);
  if (!parsed.ok()) {
    // nlohmann rejects invalid UTF-8 inside strings. Say so plainly, or in
    // lenient mode repair the line's bytes (each maximal invalid subpart
    // becomes U+FFFD) and parse again. Checked only on failure, so that good
    // lines are not decoded twice.
    Utf8DecodeResult decoded;
    Status utf8 = DecodeUtf8(line, /*lenient=*/false, &decoded);
    if (utf8.ok()) return parsed;
    if (!options.lenient) return Status::Error(utf8.message() + " of the line");
    DecodeUtf8(line, /*lenient=*/true, &decoded);
    line_fixed = decoded.replaced;
    const std::string repaired = EncodeUtf8(decoded.code_points);
    parsed = ParseJson(repaired, ", after replacing invalid UTF-8", &j);
    if (!parsed.ok()) return parsed;
  }
  if (!j.is_object())
    return Status::Error(std::string("a record must be a JSON object with \"text\", not ") +
                         JsonTypeName(j));
  auto text = j.find("text");
  if (text == j.end()) return Status::Error("record has no \"text\"");
  if (!text->is_string())
    return Status::Error(std::string("\"text\" must be a string, not ") + JsonTypeName(*text));
  std::string id;
  auto idf = j.find("id");
  if (idf != j.end()) {
    if (idf->is_string()) {
      id = idf->get<std::string>();
    } else if (idf->is_number()) {
      id = idf->dump();
    } else {
      return Status::Error(std::string("\"id\" must be a string or a number, not ") +
                           JsonTypeName(*idf));
    }
  }
  // nlohmann validates UTF-8 inside strings while parsing; our decoder then
  // checks NUL and limits and builds the code points.
  size_t text_fixed = 0;
  Status st = SetDocumentText(std::move(id), text->get_ref<const std::string&>(), options, doc,
                              &text_fixed);
  if (replaced != nullptr) *replaced = line_fixed + text_fixed;
  if (!st.ok()) return st;
  nlohmann::json meta = nlohmann::json::object();
  for (auto it = j.begin(); it != j.end(); ++it)
    if (it.key() != "text" && it.key() != "id") meta[it.key()] = it.value();
  if (!meta.empty()) doc->meta_json = meta.dump();
  return Status::Ok();
}

void ForEachLine(std::string_view bytes,
                 const std::function<void(size_t line_no, std::string_view line)>& fn) {
  size_t line_no = 0, pos = 0;
  while (pos < bytes.size()) {
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) nl = bytes.size();
    std::string_view line = bytes.substr(pos, nl - pos);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    bool blank = true;
    for (char c : line)
      if (c != ' ' && c != '\t') {
        blank = false;
        break;
      }
    if (!blank) fn(line_no, line);
    pos = nl + 1;
  }
}

bool IsJsonlPath(const std::string& path) {
  auto ends = [&](const char* suf) {
    size_t n = std::strlen(suf);
    return path.size() >= n && path.compare(path.size() - n, n, suf) == 0;
  };
  return ends(".jsonl") || ends(".ndjson");
}

}  // namespace isnad

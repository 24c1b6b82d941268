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

Status ParseJsonlRecord(std::string_view line, const InputOptions& options, Document* doc,
                        size_t* replaced) {
  doc->Clear();
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line.begin(), line.end());
  } catch (const nlohmann::json::parse_error& e) {
    return Status::Error("not valid JSON (byte " + std::to_string(e.byte) + " of the line)");
  } catch (const nlohmann::json::exception& e) {  // e.g. a number out of range (1e999)
    return Status::Error(std::string("not valid JSON (") + e.what() + ")");
  }
  if (!j.is_object()) return Status::Error("a record must be a JSON object with \"text\"");
  auto text = j.find("text");
  if (text == j.end() || !text->is_string())
    return Status::Error("record has no \"text\" string");
  std::string id;
  auto idf = j.find("id");
  if (idf != j.end()) {
    if (idf->is_string()) {
      id = idf->get<std::string>();
    } else if (idf->is_number()) {
      id = idf->dump();
    } else {
      return Status::Error("\"id\" must be a string or a number");
    }
  }
  // nlohmann validates UTF-8 inside strings while parsing; our decoder then
  // checks NUL and limits and builds the code points.
  Status st = SetDocumentText(std::move(id), text->get_ref<const std::string&>(), options, doc, replaced);
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

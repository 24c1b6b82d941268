// ModelFile: the versioned binary container every trained isnad model uses.
//
// Layout (little-endian):
//   "ISNADMDL"            8-byte magic
//   u32 format_version    of the container (kModelFileVersion)
//   u32 header_bytes      then that many bytes of "key: value\n" lines
//                         (kind, version, training data, date, seed, ...)
//   sections              each: 8-byte name (NUL padded), u64 byte count, bytes
//
// The whole file may be gzip-compressed (WriteFile with `gzip`; the
// persuasion and check-worthiness models, whose hashed weight rows compress
// well); Open recognizes it by its first two bytes and inflates it first.
//
// Loading reads the file with one read and copies plain arrays out of it: no
// text parsing, so a model of a few MB loads in milliseconds. A truncated or
// foreign file gives a Status naming the file, never a crash.
#ifndef ISNAD_MODEL_FILE_H_
#define ISNAD_MODEL_FILE_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "isnad/status.h"

namespace isnad {

constexpr uint32_t kModelFileVersion = 1;

// Today's date, UTC, as YYYY-MM-DD: the training date every model file
// records in its header (this container and the persuasion models' alike).
std::string ModelDate();

class ModelWriter {
 public:
  // Sets one "key: value" header line (a newline in the value becomes a space).
  void SetHeader(const std::string& key, std::string value);
  void AddSection(std::string_view name, const void* data, size_t bytes);
  template <typename T, typename A>
  void AddArray(std::string_view name, const std::vector<T, A>& v) {
    AddSection(name, v.data(), v.size() * sizeof(T));
  }
  // Writes the whole file, gzip-compressed (level 9, no time stamp, so the
  // bytes depend on the content only) when `gzip`; fails with a message
  // naming `path`.
  Status WriteFile(const std::string& path, bool gzip = false) const;

 private:
  std::vector<std::pair<std::string, std::string>> header_;
  std::vector<std::pair<std::string, std::string>> sections_;
};

class ModelReader {
 public:
  // Reads and checks the container (inflating a gzip-compressed file, up to
  // 1 GB); the sections stay in memory.
  Status Open(const std::string& path);
  // The header value of `key`, or "" when absent.
  std::string Header(const std::string& key) const;
  const std::string& header_text() const { return header_text_; }
  // The bytes of section `name`; fails (naming file and section) when absent.
  Status Section(std::string_view name, std::string_view* bytes) const;
  template <typename T>
  Status Array(std::string_view name, std::vector<T>* out) const {
    std::string_view b;
    Status st = Section(name, &b);
    if (!st.ok()) return st;
    if (b.size() % sizeof(T) != 0)
      return Status::Error(path_ + ": section " + std::string(name) + " has a bad size");
    out->resize(b.size() / sizeof(T));
    if (!b.empty()) std::memcpy(out->data(), b.data(), b.size());
    return Status::Ok();
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::string bytes_;
  std::string header_text_;
  std::vector<std::pair<std::string, std::string_view>> sections_;
};

// For a class that lists its arrays as (section name, vector) in one function
// that both Save and Load call (CliticSegmenter::ForEachArray): ArrayWriter
// adds each array to the file, ArrayReader reads each one back and keeps the
// first failure in *status.
struct ArrayWriter {
  ModelWriter* out;
  template <typename T, typename A>
  void operator()(std::string_view name, const std::vector<T, A>& v) const {
    out->AddArray(name, v);
  }
};
struct ArrayReader {
  const ModelReader& in;
  Status* status;
  template <typename T>
  void operator()(std::string_view name, std::vector<T>& v) const {
    if (status->ok()) *status = in.Array(name, &v);
  }
};

}  // namespace isnad

#endif  // ISNAD_MODEL_FILE_H_

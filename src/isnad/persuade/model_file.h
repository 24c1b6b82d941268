// Small helpers for isnad's gzip-compressed binary model files: fixed-width
// little-endian integers, floats and length-prefixed strings. Internal to
// src/isnad/persuade/.
#ifndef ISNAD_PERSUADE_MODEL_FILE_H_
#define ISNAD_PERSUADE_MODEL_FILE_H_

#include <zlib.h>

#include <cstdint>
#include <string>

#include "isnad/status.h"

namespace isnad::model_file {

class Writer {
 public:
  explicit Writer(const std::string& path) : path_(path), f_(gzopen(path.c_str(), "wb9")) {}
  ~Writer() {
    if (f_) gzclose(f_);
  }
  bool ok() const { return f_ != nullptr && ok_; }
  void Bytes(const void* p, size_t n) {
    if (f_ && n > 0 && gzwrite(f_, p, static_cast<unsigned>(n)) != static_cast<int>(n)) ok_ = false;
  }
  void U32(uint32_t v) { Bytes(&v, 4); }
  void F32(float v) { Bytes(&v, 4); }
  void Str(const std::string& s) {
    U32(static_cast<uint32_t>(s.size()));
    Bytes(s.data(), s.size());
  }
  Status Close() {
    if (!f_) return Status::Error(path_ + ": cannot write");
    int rc = gzclose(f_);
    f_ = nullptr;
    if (rc != Z_OK || !ok_) return Status::Error(path_ + ": write failed");
    return Status::Ok();
  }

 private:
  std::string path_;
  gzFile f_;
  bool ok_ = true;
};

class Reader {
 public:
  explicit Reader(const std::string& path) : f_(gzopen(path.c_str(), "rb")) {
    if (f_) gzbuffer(f_, 1 << 16);
  }
  ~Reader() {
    if (f_) gzclose(f_);
  }
  bool open() const { return f_ != nullptr; }
  bool ok() const { return f_ != nullptr && ok_; }
  void Bytes(void* p, size_t n) {
    while (ok_ && n > 0) {
      unsigned chunk = n > (1u << 30) ? (1u << 30) : static_cast<unsigned>(n);
      int got = gzread(f_, p, chunk);
      if (got != static_cast<int>(chunk)) ok_ = false;
      p = static_cast<char*>(p) + chunk;
      n -= chunk;
    }
  }
  uint32_t U32() {
    uint32_t v = 0;
    Bytes(&v, 4);
    return v;
  }
  float F32() {
    float v = 0;
    Bytes(&v, 4);
    return v;
  }
  std::string Str(uint32_t max_len = 1u << 20) {
    uint32_t n = U32();
    if (n > max_len) {
      ok_ = false;
      return {};
    }
    std::string s(n, '\0');
    Bytes(s.data(), n);
    return s;
  }

 private:
  gzFile f_;
  bool ok_ = true;
};

}  // namespace isnad::model_file

#endif  // ISNAD_PERSUADE_MODEL_FILE_H_

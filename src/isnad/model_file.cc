#include "isnad/model_file.h"

#include <zlib.h>

#include <algorithm>

#include <cstdio>
#include <ctime>

namespace isnad {

std::string ModelDate() {
  std::time_t now = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", std::gmtime(&now));
  return buf;
}
namespace {

constexpr char kMagic[8] = {'I', 'S', 'N', 'A', 'D', 'M', 'D', 'L'};

template <typename T>
void Put(std::string* out, T v) {
  out->append(reinterpret_cast<const char*>(&v), sizeof(T));
}

// gzip of `in` at level 9. The header zlib writes has no time stamp or
// file name, so equal contents give equal files.
bool Gzip(const std::string& in, std::string* out) {
  z_stream zs{};
  if (deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return false;
  out->resize(deflateBound(&zs, in.size()) + 32);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out->data());
  zs.avail_out = static_cast<uInt>(out->size());
  const int rc = deflate(&zs, Z_FINISH);
  out->resize(zs.total_out);
  deflateEnd(&zs);
  return rc == Z_STREAM_END;
}

// Inflates the gzip file `in` into *out, refusing more than kMaxInflated.
Status Gunzip(const std::string& path, const std::string& in, std::string* out) {
  constexpr size_t kMaxInflated = size_t{1} << 30;
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 16) != Z_OK) return Status::Error(path + ": cannot inflate");
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  // The gzip trailer's last four bytes are the inflated size (mod 2^32):
  // the buffer is allocated once at that size when it is plausible.
  uint32_t isize = 0;
  if (in.size() >= 4) std::memcpy(&isize, in.data() + in.size() - 4, 4);
  out->resize(isize > 0 && isize <= kMaxInflated ? size_t{isize} : std::max<size_t>(in.size() * 4, 1 << 16));
  int rc = Z_OK;
  while (rc == Z_OK) {
    if (zs.total_out == out->size()) {
      if (out->size() >= kMaxInflated) break;
      out->resize(std::min(out->size() * 2, kMaxInflated));
    }
    zs.next_out = reinterpret_cast<Bytef*>(out->data() + zs.total_out);
    zs.avail_out = static_cast<uInt>(out->size() - zs.total_out);
    rc = inflate(&zs, Z_NO_FLUSH);
  }
  out->resize(zs.total_out);
  inflateEnd(&zs);
  if (rc != Z_STREAM_END)
    return Status::Error(path + (rc == Z_OK ? ": model file inflates to more than 1 GB"
                                            : ": corrupt or truncated gzip model file"));
  return Status::Ok();
}

std::string SectionName(std::string_view name) {
  std::string n(name.substr(0, 8));
  n.resize(8, '\0');
  return n;
}

}  // namespace

void ModelWriter::SetHeader(const std::string& key, std::string value) {
  // One line a key: a newline in a free-text value (a command, an info line)
  // would end it early and make the rest a key of its own.
  std::replace(value.begin(), value.end(), '\n', ' ');
  for (auto& kv : header_) {
    if (kv.first == key) {
      kv.second = std::move(value);
      return;
    }
  }
  header_.emplace_back(key, std::move(value));
}

void ModelWriter::AddSection(std::string_view name, const void* data, size_t bytes) {
  sections_.emplace_back(SectionName(name), std::string(static_cast<const char*>(data), bytes));
}

Status ModelWriter::WriteFile(const std::string& path, bool gzip) const {
  std::string header;
  for (const auto& kv : header_) header += kv.first + ": " + kv.second + "\n";
  std::string out(kMagic, 8);
  Put<uint32_t>(&out, kModelFileVersion);
  Put<uint32_t>(&out, static_cast<uint32_t>(header.size()));
  out += header;
  for (const auto& s : sections_) {
    out += s.first;
    Put<uint64_t>(&out, s.second.size());
    out += s.second;
  }
  if (gzip) {
    std::string packed;
    if (!Gzip(out, &packed)) return Status::Error(path + ": cannot compress");
    out.swap(packed);
  }
  FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return Status::Error(path + ": cannot open for writing");
  size_t n = std::fwrite(out.data(), 1, out.size(), f);
  bool ok = n == out.size();
  ok = (std::fclose(f) == 0) && ok;
  if (!ok) return Status::Error(path + ": write failed");
  return Status::Ok();
}

Status ModelReader::Open(const std::string& path) {
  path_ = path;
  bytes_.clear();
  sections_.clear();
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status::Error(path + ": cannot open model file");
  std::fseek(f, 0, SEEK_END);
  long size = std::ftell(f);
  std::fseek(f, 0, SEEK_SET);
  if (size < 0) {
    std::fclose(f);
    return Status::Error(path + ": cannot read model file");
  }
  bytes_.resize(static_cast<size_t>(size));
  size_t got = size > 0 ? std::fread(bytes_.data(), 1, bytes_.size(), f) : 0;
  std::fclose(f);
  if (got != bytes_.size()) return Status::Error(path + ": short read");
  if (bytes_.size() >= 2 && static_cast<unsigned char>(bytes_[0]) == 0x1f &&
      static_cast<unsigned char>(bytes_[1]) == 0x8b) {
    std::string inflated;
    Status st = Gunzip(path, bytes_, &inflated);
    if (!st.ok()) return st;
    bytes_.swap(inflated);
  }
  std::string_view b(bytes_);
  if (b.size() < 16 || std::memcmp(b.data(), kMagic, 8) != 0)
    return Status::Error(path + ": not an isnad model file (bad magic)");
  uint32_t version, header_bytes;
  std::memcpy(&version, b.data() + 8, 4);
  std::memcpy(&header_bytes, b.data() + 12, 4);
  if (version != kModelFileVersion)
    return Status::Error(path + ": model file format " + std::to_string(version) +
                         ", this isnad reads format " + std::to_string(kModelFileVersion));
  size_t pos = 16;
  if (b.size() - pos < header_bytes) return Status::Error(path + ": truncated header");
  header_text_ = std::string(b.substr(pos, header_bytes));
  pos += header_bytes;
  while (pos < b.size()) {
    if (b.size() - pos < 16)
      return Status::Error(path + ": truncated section at byte " + std::to_string(pos));
    std::string name(b.substr(pos, 8));
    uint64_t n;
    std::memcpy(&n, b.data() + pos + 8, 8);
    pos += 16;
    if (b.size() - pos < n)
      return Status::Error(path + ": truncated section at byte " + std::to_string(pos));
    sections_.emplace_back(name, b.substr(pos, n));
    pos += n;
  }
  return Status::Ok();
}

std::string ModelReader::Header(const std::string& key) const {
  std::string_view h(header_text_);
  while (!h.empty()) {
    size_t nl = h.find('\n');
    std::string_view line = h.substr(0, nl);
    if (line.size() > key.size() + 1 && line.substr(0, key.size()) == key &&
        line[key.size()] == ':')
      return std::string(line.substr(key.size() + 2));
    if (nl == std::string_view::npos) break;
    h.remove_prefix(nl + 1);
  }
  return "";
}

Status ModelReader::Section(std::string_view name, std::string_view* bytes) const {
  std::string n = SectionName(name);
  for (const auto& s : sections_) {
    if (s.first == n) {
      *bytes = s.second;
      return Status::Ok();
    }
  }
  return Status::Error(path_ + ": model file lacks section " + std::string(name));
}

}  // namespace isnad

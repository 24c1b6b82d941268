#include "isnad/persuade/word_clusters.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <nlohmann/json.hpp>
#include <vector>

#include "isnad/io/input.h"
#include "isnad/persuade/features.h"
#include "isnad/persuade/model_file.h"
#include "isnad/tokenize/tokenizer.h"

namespace isnad {
namespace {
constexpr char kMagic[] = "ISNADWC";
constexpr int kDims = 32;

// Calls fn(line) for each line of a gzip or plain file.
Status ForEachGzLine(const std::string& path, size_t max_lines,
                     const std::function<void(std::string_view)>& fn) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return Status::Error(path + ": cannot open");
  gzbuffer(f, 1 << 18);
  std::string buf, line;
  std::vector<char> chunk(1 << 18);
  size_t lines = 0;
  int got;
  while ((got = gzread(f, chunk.data(), static_cast<unsigned>(chunk.size()))) > 0) {
    buf.append(chunk.data(), got);
    size_t pos = 0, nl;
    while ((nl = buf.find('\n', pos)) != std::string::npos) {
      fn(std::string_view(buf).substr(pos, nl - pos));
      pos = nl + 1;
      if (max_lines && ++lines >= max_lines) {
        gzclose(f);
        return Status::Ok();
      }
    }
    buf.erase(0, pos);
  }
  if (!buf.empty()) fn(buf);
  gzclose(f);
  return Status::Ok();
}
}  // namespace

uint32_t WordClusters::Find(std::string_view norm) const {
  auto it = map_.find(norm);
  return it == map_.end() ? 0 : it->second;
}

Status WordClusters::Save(const std::string& path) const {
  model_file::Writer w(path);
  w.Bytes(kMagic, sizeof kMagic);
  w.U32(kFormatVersion);
  w.Str(info_);
  std::vector<std::pair<std::string, uint32_t>> items(map_.begin(), map_.end());
  std::sort(items.begin(), items.end());
  w.U32(static_cast<uint32_t>(items.size()));
  for (const auto& [word, sig] : items) {
    w.Str(word);
    w.U32(sig);
  }
  return w.Close();
}

Status WordClusters::Load(const std::string& path) {
  model_file::Reader r(path);
  if (!r.open()) return Status::Error(path + ": cannot open");
  char magic[sizeof kMagic] = {};
  r.Bytes(magic, sizeof magic);
  if (!r.ok() || std::string(magic) != kMagic) return Status::Error(path + ": not an isnad word-cluster file");
  if (uint32_t v = r.U32(); v != kFormatVersion)
    return Status::Error(path + ": word-cluster format " + std::to_string(v) + " unsupported");
  info_ = r.Str();
  const uint32_t n = r.U32();
  if (!r.ok() || n > (1u << 24)) return Status::Error(path + ": bad header");
  map_.clear();
  map_.reserve(n);
  for (uint32_t i = 0; i < n && r.ok(); ++i) {
    std::string w = r.Str(256);
    map_[std::move(w)] = r.U32();
  }
  if (!r.ok()) return Status::Error(path + ": truncated");
  return Status::Ok();
}

Status WordClusters::Build(const std::string& corpus_path, size_t max_docs, size_t max_words,
                           size_t min_count, uint64_t seed) {
  Tokenizer tokenizer;
  Document doc;
  // Pass 1: word counts.
  std::unordered_map<std::string, uint64_t, Hash, std::equal_to<>> counts;
  auto each_doc = [&](const std::function<void(const Document&)>& fn) {
    return ForEachGzLine(corpus_path, max_docs, [&](std::string_view line) {
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) return;
      if (!SetDocumentText("c", j["text"].get<std::string>(), {}, &doc).ok()) return;
      tokenizer.Process(&doc);
      fn(doc);
    });
  };
  Status st = each_doc([&](const Document& d) {
    for (const Token& t : d.tokens)
      if (t.kind == TokenKind::kWord) {
        auto it = counts.find(d.Norm(t));
        if (it == counts.end()) counts.emplace(std::string(d.Norm(t)), 1);
        else ++it->second;
      }
  });
  if (!st.ok()) return st;
  std::vector<std::pair<uint64_t, std::string_view>> by_count;
  for (const auto& [w, c] : counts)
    if (c >= min_count) by_count.emplace_back(c, w);
  std::sort(by_count.begin(), by_count.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  if (by_count.size() > max_words) by_count.resize(max_words);
  std::unordered_map<std::string_view, uint32_t> index;
  for (size_t i = 0; i < by_count.size(); ++i) index[by_count[i].second] = static_cast<uint32_t>(i);
  std::vector<std::array<float, kDims>> acc(by_count.size());
  for (auto& a : acc) a.fill(0.f);
  std::vector<uint32_t> seen(by_count.size(), 0);
  // Pass 2: context vectors.
  std::vector<int32_t> ids;
  std::vector<uint64_t> ctx_sig;
  std::vector<float> ctx_w;
  st = each_doc([&](const Document& d) {
    ids.clear();
    ctx_sig.clear();
    ctx_w.clear();
    for (const Token& t : d.tokens) {
      if (t.kind != TokenKind::kWord) continue;
      std::string_view w = d.Norm(t);
      auto it = index.find(w);
      ids.push_back(it == index.end() ? -1 : static_cast<int32_t>(it->second));
      auto c = counts.find(w);
      ctx_sig.push_back(MixHash(FeatureId(1, w) ^ seed));
      ctx_w.push_back(1.f / std::sqrt(static_cast<float>(c == counts.end() ? 1 : c->second)));
    }
    const int n = static_cast<int>(ids.size());
    for (int i = 0; i < n; ++i) {
      if (ids[i] < 0) continue;
      auto& a = acc[ids[i]];
      ++seen[ids[i]];
      for (int j = std::max(0, i - 2); j <= std::min(n - 1, i + 2); ++j) {
        if (j == i) continue;
        const uint64_t s = ctx_sig[j];
        const float wt = ctx_w[j] * (j < i ? 1.f : 1.f);
        // Left and right contexts use different halves of the hash.
        const uint64_t bits = j < i ? s : MixHash(s + 0x9E37);
        for (int k = 0; k < kDims; ++k) a[k] += ((bits >> k) & 1) ? wt : -wt;
      }
    }
  });
  if (!st.ok()) return st;
  std::array<double, kDims> mean{};
  for (size_t i = 0; i < acc.size(); ++i)
    for (int k = 0; k < kDims; ++k) {
      acc[i][k] /= std::max<uint32_t>(1, seen[i]);
      mean[k] += acc[i][k];
    }
  for (int k = 0; k < kDims; ++k) mean[k] /= std::max<size_t>(1, acc.size());
  map_.clear();
  for (size_t i = 0; i < acc.size(); ++i) {
    uint32_t sig = 0;
    for (int k = 0; k < kDims; ++k) sig = (sig << 1) | (acc[i][k] > mean[k] ? 1u : 0u);
    map_[std::string(by_count[i].second)] = sig == 0 ? 1 : sig;
  }
  return Status::Ok();
}

}  // namespace isnad

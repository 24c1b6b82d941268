#include "isnad/persuade/span_lexicon.h"

#include <algorithm>
#include <cstring>

#include "isnad/persuade/model_file.h"
#include "isnad/tag/context_clusters.h"

namespace isnad {
namespace {

constexpr char kMagic[8] = {'I', 'S', 'N', 'A', 'D', 'S', 'L', '\0'};
// Feature templates (distinct from those of features.cc).
constexpr uint32_t kLexWord = 301, kLexStem = 302, kLexWordAny = 303, kLexStemAny = 304, kLexClass = 305;

// The key of a context-cluster class.
std::string ClassKey(int level, uint32_t id) {
  std::string k(5, '\0');
  k[0] = static_cast<char>(level);
  std::memcpy(&k[1], &id, 4);
  return k;
}
// Bucket of a class's in-span rate: classes hold many words, so their
// rates are low; the buckets double from 1%.
uint64_t ClassRateBucket(uint32_t in, uint32_t n) {
  const double r = static_cast<double>(in) / n;
  uint64_t b = 0;
  for (double edge = 0.01; b < 7 && r >= edge; edge *= 2) ++b;
  return b;
}

// Bucket of an in-span rate: 0 never, then < 10%, < 25%, < 50%, >= 50%.
uint64_t RateBucket(uint32_t in, uint32_t n) {
  if (in == 0) return 0;
  const double r = static_cast<double>(in) / n;
  return r < 0.1 ? 1 : r < 0.25 ? 2 : r < 0.5 ? 3 : 4;
}
// Bucket of a count: 1, 2-3, 4-9, 10+.
uint64_t CountBucket(uint32_t n) { return n <= 1 ? 0 : n <= 3 ? 1 : n <= 9 ? 2 : 3; }

}  // namespace

void SpanLexicon::Add(Map* m, std::string_view key, const uint8_t* in_span) {
  auto it = m->find(key);
  if (it == m->end()) it = m->emplace(std::string(key), std::vector<uint32_t>(outputs_ + 1, 0)).first;
  ++it->second[0];
  for (int j = 0; j < outputs_; ++j) it->second[j + 1] += in_span[j] != 0;
}

void SpanLexicon::Count(const Document& doc, uint32_t i, const uint8_t* in_span, uint32_t classes) {
  const Token& t = doc.tokens[i];
  if (t.kind != TokenKind::kWord) return;
  const std::string_view w = doc.Norm(t);
  if (parts_ & kWords) {
    Add(&words_, w, in_span);
    Add(&stems_, LightStem(w), in_span);
  }
  if ((parts_ & kClasses) && classes != 0)
    for (int level = 1; level <= 2; ++level) Add(&classes_, ClassKey(level, ContextClusters::Level(classes, level)), in_span);
}

void SpanLexicon::Merge(const SpanLexicon& other, int sign) {
  auto merge = [&](Map* into, const Map& from) {
    for (const auto& [key, counts] : from) {
      auto it = into->find(key);
      if (it == into->end()) {
        if (sign < 0) continue;
        it = into->emplace(key, std::vector<uint32_t>(outputs_ + 1, 0)).first;
      }
      for (int j = 0; j <= outputs_; ++j) it->second[j] += sign > 0 ? counts[j] : -counts[j];
      if (it->second[0] == 0) into->erase(it);
    }
  };
  merge(&words_, other.words_);
  merge(&stems_, other.stems_);
  merge(&classes_, other.classes_);
}

void SpanLexicon::KeyFeatures(const Map& m, std::string_view key, uint32_t tmpl, FeatureVector* out) const {
  auto it = m.find(key);
  if (it == m.end()) {
    out->Add(FeatureId(tmpl + 10, uint64_t{0}));  // unseen in training
    return;
  }
  const std::vector<uint32_t>& c = it->second;
  const uint32_t n = c[0];
  const uint64_t cb = CountBucket(n);
  uint32_t any = 0;
  for (int j = 0; j < outputs_; ++j) {
    if (c[j + 1] == 0) continue;
    any = std::max(any, c[j + 1]);
    out->Add(FeatureId(tmpl, (uint64_t(j) << 8) | (RateBucket(c[j + 1], n) << 4) | cb));
  }
  // The largest in-span rate over the outputs, and the count: a frequent
  // word that is never in a span says so here.
  out->Add(FeatureId(tmpl == kLexWord ? kLexWordAny : kLexStemAny, (RateBucket(any, n) << 4) | cb));
}

void SpanLexicon::ClassFeatures(uint32_t classes, FeatureVector* out) const {
  for (int level = 1; level <= 2; ++level) {
    auto it = classes_.find(ClassKey(level, ContextClusters::Level(classes, level)));
    if (it == classes_.end() || it->second[0] < 5) continue;
    const std::vector<uint32_t>& c = it->second;
    for (int j = 0; j < outputs_; ++j)
      out->Add(FeatureId(kLexClass, (uint64_t(level) << 16) | (uint64_t(j) << 8) | ClassRateBucket(c[j + 1], c[0])));
  }
}

void SpanLexicon::Features(const Document& doc, uint32_t i, FeatureVector* out, uint32_t classes) const {
  const Token& t = doc.tokens[i];
  if (t.kind != TokenKind::kWord) return;
  const std::string_view w = doc.Norm(t);
  if (parts_ & kWords) {
    KeyFeatures(words_, w, kLexWord, out);
    KeyFeatures(stems_, LightStem(w), kLexStem, out);
  }
  if ((parts_ & kClasses) && classes != 0) ClassFeatures(classes, out);
}

std::pair<uint32_t, uint32_t> SpanLexicon::WordCounts(std::string_view norm, int j) const {
  auto it = words_.find(norm);
  if (it == words_.end() || j < 0 || j >= outputs_) return {0, 0};
  return {it->second[0], it->second[j + 1]};
}

Status SpanLexicon::Save(const std::string& path) const {
  model_file::Writer w(path);
  w.Bytes(kMagic, sizeof kMagic);
  w.U32(kFormatVersion);
  w.Str(info_);
  w.U32(static_cast<uint32_t>(outputs_));
  w.U32(parts_);
  for (const Map* m : {&words_, &stems_, &classes_}) {
    // Sorted, so that the file is the same for the same counts.
    std::vector<const Map::value_type*> entries;
    for (const auto& e : *m) entries.push_back(&e);
    std::sort(entries.begin(), entries.end(), [](auto* a, auto* b) { return a->first < b->first; });
    w.U32(static_cast<uint32_t>(entries.size()));
    for (const auto* e : entries) {
      w.Str(e->first);
      for (uint32_t v : e->second) w.U32(v);
    }
  }
  return w.Close();
}

Status SpanLexicon::Load(const std::string& path) {
  model_file::Reader r(path);
  if (!r.open()) return Status::Error(path + ": cannot open");
  char magic[sizeof kMagic];
  r.Bytes(magic, sizeof magic);
  if (!r.ok() || std::memcmp(magic, kMagic, sizeof kMagic) != 0) return Status::Error(path + ": not a span lexicon");
  const uint32_t version = r.U32();
  if (version != kFormatVersion)
    return Status::Error(path + ": span lexicon format " + std::to_string(version) + ", expected " +
                         std::to_string(kFormatVersion));
  info_ = r.Str();
  const uint32_t k = r.U32();
  if (!r.ok() || k > 1024) return Status::Error(path + ": bad span lexicon header");
  outputs_ = static_cast<int>(k);
  parts_ = r.U32();
  words_.clear();
  stems_.clear();
  classes_.clear();
  for (Map* m : {&words_, &stems_, &classes_}) {
    const uint32_t n = r.U32();
    if (!r.ok() || n > (1u << 24)) return Status::Error(path + ": bad span lexicon");
    m->reserve(n);
    for (uint32_t e = 0; e < n && r.ok(); ++e) {
      std::string key = r.Str(1024);
      std::vector<uint32_t> c(k + 1);
      for (uint32_t& v : c) v = r.U32();
      m->emplace(std::move(key), std::move(c));
    }
  }
  if (!r.ok()) return Status::Error(path + ": truncated span lexicon");
  return Status::Ok();
}

}  // namespace isnad

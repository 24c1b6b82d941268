#include "isnad/persuade/cluster_features.h"

#include "isnad/text/utf8.h"

namespace isnad {
namespace {

// Feature templates (distinct from those of features.cc and span_lexicon.cc).
constexpr uint32_t kCc0 = 401, kCc1 = 402, kCc2 = 403, kCcM1 = 404, kCcP1 = 405, kCcNone = 406;

}  // namespace

void ClusterContext::Build(const Document& doc, const ContextClusters& clusters) {
  const size_t n = doc.tokens.size();
  packed_.assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    const Token& t = doc.tokens[i];
    if (t.kind != TokenKind::kWord) continue;
    letters_.clear();
    for (char32_t c : doc.Text(t.span))
      if (char32_t l = NerLetter(c)) letters_.push_back(l);
    uint32_t p = clusters.Find(letters_);
    if (p == 0) {
      // The light stem of the normalized form (its clitics and one suffix off).
      letters_.clear();
      ForEachCodePoint(LightStem(doc.Norm(t)), [&](char32_t c) {
        if (char32_t l = NerLetter(c)) letters_.push_back(l);
      });
      p = clusters.Find(letters_);
    }
    packed_[i] = p;
  }
}

void ClusterContext::Features(uint32_t i, FeatureVector* out) const {
  const uint32_t p = packed_[i];
  if (p == 0) {
    out->Add(FeatureId(kCcNone, uint64_t{0}));
  } else {
    out->Add(FeatureId(kCc0, uint64_t{ContextClusters::Level(p, 0)}));
    out->Add(FeatureId(kCc1, uint64_t{ContextClusters::Level(p, 1)}));
    out->Add(FeatureId(kCc2, uint64_t{ContextClusters::Level(p, 2)}));
  }
  if (i > 0 && packed_[i - 1] != 0) out->Add(FeatureId(kCcM1, uint64_t{ContextClusters::Level(packed_[i - 1], 1)}));
  if (i + 1 < packed_.size() && packed_[i + 1] != 0)
    out->Add(FeatureId(kCcP1, uint64_t{ContextClusters::Level(packed_[i + 1], 1)}));
}

}  // namespace isnad

#include "isnad/persuade/stem_grams.h"

#include <algorithm>
#include <cmath>

#include "isnad/text/utf8.h"

namespace isnad {
namespace {

// Distinct from the templates of features.cc.
constexpr uint32_t kStemGram3 = 601, kStemGram4 = 602;

void AddGrams(std::string_view stem, FeatureVector* out) {
  // The last three letters before d, 0 before the stem starts.
  char32_t a = 0, b = 0, c = 0;
  ForEachCodePoint(stem, [&](char32_t d) {
    if (b != 0) out->Add(FeatureId(kStemGram3, (uint64_t{b} << 42) | (uint64_t{c} << 21) | d));
    if (a != 0) out->Add(FeatureId(kStemGram4, (uint64_t{a} << 42) | (uint64_t{b} << 21) | c) ^ d);
    a = b;
    b = c;
    c = d;
  });
}

}  // namespace

void StemGramFeatures(const Document& doc, uint32_t i, FeatureVector* out) {
  const Token& t = doc.tokens[i];
  if (t.kind == TokenKind::kWord) AddGrams(LightStem(doc.Norm(t)), out);
}

void StemGramFeatures(const Document& doc, const TokenContext& ctx, uint32_t i, FeatureVector* out) {
  if (doc.tokens[i].kind == TokenKind::kWord) AddGrams(ctx.stem(i), out);
}

void BagStemGramFeatures(const Document& doc, uint32_t first, uint32_t end, FeatureVector* out,
                         const TokenContext* ctx) {
  const size_t start = out->size();
  end = std::min<uint32_t>(end, static_cast<uint32_t>(doc.tokens.size()));
  for (uint32_t i = first; i < end; ++i) {
    if (ctx != nullptr) {
      StemGramFeatures(doc, *ctx, i, out);
    } else {
      StemGramFeatures(doc, i, out);
    }
  }
  if (out->size() == start) return;
  const float v = 1.f / std::sqrt(static_cast<float>(out->size() - start));
  for (size_t k = start; k < out->size(); ++k) out->values[k] = v;
}

}  // namespace isnad

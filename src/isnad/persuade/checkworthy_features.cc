#include "isnad/persuade/checkworthy_features.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "isnad/attrib/attribution_index.h"

namespace isnad {
namespace {

// Templates of their own (features.cc uses 1..108).
enum Template : uint32_t {
  kCount = 300, kEnt, kFirst, kLast, kLen, kUpos1, kUpos2, kUpos3, kUposFirst, kFunc2, kFunc3, kChar,
  kBlockBias,
};

// The UPOS of a token's main word: the last word that is not a pronoun (an
// enclitic), else the last; kNone before segmentation.
Upos MainUpos(const Document& doc, const Token& t) {
  Upos u = Upos::kNone;
  for (uint32_t k = 0; k < t.word_count && t.first_word + k < doc.words.size(); ++k) {
    const Upos x = doc.words[t.first_word + k].upos;
    if (u == Upos::kNone || x != Upos::PRON) u = x;
  }
  return u;
}

bool FunctionClass(Upos u) {
  switch (u) {
    case Upos::ADP: case Upos::CCONJ: case Upos::SCONJ: case Upos::PART: case Upos::PRON:
    case Upos::AUX: case Upos::DET: case Upos::INTJ:
      return true;
    default:
      return false;
  }
}

uint64_t Bin(uint32_t n) { return n < 3 ? n : 3; }

// Scales the block out[start..) to 1/sqrt(size) * weight.
void Normalize(FeatureVector* out, size_t start, float weight) {
  if (out->size() <= start) return;
  const float v = weight / std::sqrt(static_cast<float>(out->size() - start));
  for (size_t k = start; k < out->size(); ++k) out->values[k] = v;
}

}  // namespace

std::string CheckworthyBlocks::Kind() const {
  if (legacy) return "checkworthy";
  char buf[160];
  std::snprintf(buf, sizeof buf, "checkworthy2 bag=%g struct=%g func=%g chars=%g", bag, structure, func, chars);
  return buf;
}

Status CheckworthyBlocks::Parse(const std::string& kind, CheckworthyBlocks* out) {
  *out = CheckworthyBlocks();
  if (kind == "checkworthy") return Status::Ok();
  std::istringstream in(kind);
  std::string word;
  in >> word;
  if (word != "checkworthy2") return Status::Error("not a check-worthiness model (kind '" + kind + "')");
  out->legacy = false;
  out->bag = out->structure = out->func = out->chars = 0;
  while (in >> word) {
    const size_t eq = word.find('=');
    if (eq == std::string::npos) return Status::Error("bad check-worthiness kind '" + kind + "'");
    const std::string key = word.substr(0, eq);
    const float v = std::strtof(word.c_str() + eq + 1, nullptr);
    if (key == "bag") out->bag = v;
    else if (key == "struct") out->structure = v;
    else if (key == "func") out->func = v;
    else if (key == "chars") out->chars = v;
    else return Status::Error("unknown block '" + key + "' in check-worthiness kind '" + kind + "'");
  }
  return Status::Ok();
}

void CheckworthyFeaturizer::Prepare(const Document& doc) {
  mentions_.clear();
  if (blocks_.legacy || blocks_.structure == 0) return;
  for (const Entity& e : doc.entities)
    for (Span m : e.mentions) mentions_.push_back({m.start, m.end, e.type});
  std::sort(mentions_.begin(), mentions_.end(), [](const Mention& a, const Mention& b) { return a.start < b.start; });
}

void CheckworthyFeaturizer::Extract(const Document& doc, uint32_t first, uint32_t end, FeatureVector* out,
                                    const AttributionIndex* index) const {
  end = std::min<uint32_t>(end, static_cast<uint32_t>(doc.tokens.size()));
  if (blocks_.legacy) {
    BagFeatures(doc, first, end, out, index);
    return;
  }
  if (blocks_.bag > 0) {
    const size_t start = out->size();
    BagFeatures(doc, first, end, out, index);
    Normalize(out, start, blocks_.bag);
  }
  if (blocks_.structure > 0) {
    const size_t start = out->size();
    Structure(doc, first, end, out);
    Normalize(out, start, blocks_.structure);
  }
  if (blocks_.func > 0 && !doc.words.empty()) {
    const size_t start = out->size();
    Function(doc, first, end, out);
    Normalize(out, start, blocks_.func);
  }
  if (blocks_.chars > 0) {
    const size_t start = out->size();
    Chars(doc, first, end, out);
    Normalize(out, start, blocks_.chars);
  }
}

void CheckworthyFeaturizer::Structure(const Document& doc, uint32_t first, uint32_t end,
                                      FeatureVector* out) const {
  out->Add(FeatureId(kBlockBias, uint64_t{1}));
  uint32_t counts[16] = {};
  uint32_t percents = 0, words = 0;
  std::string_view first_word, last_word;
  Upos prev2 = Upos::kNone, prev1 = Upos::kNone;
  uint64_t first_tags = 0;
  int tags_seen = 0;
  for (uint32_t i = first; i < end; ++i) {
    const Token& t = doc.tokens[i];
    const size_t kind = static_cast<size_t>(t.kind);
    if (kind < 16) ++counts[kind];
    if (t.kind == TokenKind::kNumber) {
      const std::string_view w = doc.Norm(t);
      if (w.find('%') != w.npos) ++percents;
    }
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kLatin) continue;
    ++words;
    const std::string_view w = doc.Norm(t);
    if (first_word.empty()) first_word = w;
    last_word = w;
    if (doc.words.empty()) continue;
    const Upos u = MainUpos(doc, t);
    const uint64_t code = static_cast<uint64_t>(u);
    out->Add(FeatureId(kUpos1, code));
    out->Add(FeatureId(kUpos2, (static_cast<uint64_t>(prev1) << 8) | code));
    out->Add(FeatureId(kUpos3, (static_cast<uint64_t>(prev2) << 16) | (static_cast<uint64_t>(prev1) << 8) | code));
    if (tags_seen < 2) first_tags = (first_tags << 8) | code;
    ++tags_seen;
    prev2 = prev1;
    prev1 = u;
  }
  for (TokenKind k : {TokenKind::kNumber, TokenKind::kDate, TokenKind::kHashtag, TokenKind::kMention,
                      TokenKind::kUrl, TokenKind::kEmoji, TokenKind::kLatin, TokenKind::kQuote}) {
    const uint64_t kind = static_cast<uint64_t>(k);
    out->Add(FeatureId(kCount, kind * 4 + Bin(counts[kind])));
  }
  out->Add(FeatureId(kCount, uint64_t{100} + Bin(percents)));
  if (!doc.words.empty()) out->Add(FeatureId(kUposFirst, first_tags | (uint64_t{tags_seen < 2} << 20)));
  out->Add(FeatureId(kFirst, first_word.empty() ? std::string_view("<none>") : first_word));
  out->Add(FeatureId(kFirst, LightStem(first_word), "stem"));
  out->Add(FeatureId(kLast, last_word.empty() ? std::string_view("<none>") : last_word));
  const uint64_t len = words < 4 ? 0 : words < 8 ? 1 : words < 12 ? 2 : words < 18 ? 3 : words < 25 ? 4
                     : words < 35 ? 5 : words < 50 ? 6 : 7;
  out->Add(FeatureId(kLen, len));
  // Named-entity mentions inside the range, by type.
  if (first < end) {
    const uint32_t lo = doc.tokens[first].span.start, hi = doc.tokens[end - 1].span.end;
    uint32_t by_type[4] = {};
    auto it = std::lower_bound(mentions_.begin(), mentions_.end(), lo,
                               [](const Mention& m, uint32_t pos) { return m.start < pos; });
    for (; it != mentions_.end() && it->start < hi; ++it)
      if (it->end <= hi) ++by_type[static_cast<size_t>(it->type) & 3];
    uint32_t all = 0;
    for (uint64_t k = 0; k < 4; ++k) {
      out->Add(FeatureId(kEnt, k * 4 + Bin(by_type[k])));
      all += by_type[k];
    }
    out->Add(FeatureId(kEnt, uint64_t{100} + Bin(all)));
  }
}

namespace {

// The hashes of one element of the function-word sequence, as the n-gram
// ids FeatureId(kFunc2, p1, w) and MixHash(FeatureId(kFunc3, p2, p1) ^
// FeatureId(kFunc3 + 1, w)) use them, so that each n-gram costs two mixes.
struct FuncHash {
  uint64_t first2, second2, first3, second3, last3;
};
FuncHash HashFunc(std::string_view w) {
  return {FeatureId(kFunc2, w), FeatureId(kFunc2 + 7919, w), FeatureId(kFunc3, w), FeatureId(kFunc3 + 7919, w),
          FeatureId(kFunc3 + 1, w)};
}

// The elements that are not function words, hashed once.
struct FuncClasses {
  FuncHash upos[kUposCount];
  FuncHash latin, num, date, punct, quote, hash, at, url, other, start, end;
  FuncClasses() {
    for (int u = 0; u < kUposCount; ++u) upos[u] = HashFunc(UposName(static_cast<Upos>(u)));
    latin = HashFunc("<latin>");
    num = HashFunc("<num>");
    date = HashFunc("<date>");
    punct = HashFunc("<p>");
    quote = HashFunc("<q>");
    hash = HashFunc("<hash>");
    at = HashFunc("<at>");
    url = HashFunc("<url>");
    other = HashFunc("<x>");
    start = HashFunc("<s>");
    end = HashFunc("</s>");
  }
};

}  // namespace

void CheckworthyFeaturizer::Function(const Document& doc, uint32_t first, uint32_t end,
                                     FeatureVector* out) const {
  static const FuncClasses kClasses;
  out->Add(FeatureId(kBlockBias, uint64_t{2}));
  FuncHash p2 = kClasses.start, p1 = kClasses.start, w;
  for (uint32_t i = first; i < end; ++i) {
    const Token& t = doc.tokens[i];
    switch (t.kind) {
      case TokenKind::kWord: {
        const Upos u = MainUpos(doc, t);
        w = FunctionClass(u) ? HashFunc(doc.Norm(t)) : kClasses.upos[static_cast<int>(u) % kUposCount];
        break;
      }
      case TokenKind::kLatin: w = kClasses.latin; break;
      case TokenKind::kNumber: w = kClasses.num; break;
      case TokenKind::kDate: w = kClasses.date; break;
      case TokenKind::kPunct: w = kClasses.punct; break;
      case TokenKind::kQuote: w = kClasses.quote; break;
      case TokenKind::kHashtag: w = kClasses.hash; break;
      case TokenKind::kMention: w = kClasses.at; break;
      case TokenKind::kUrl: w = kClasses.url; break;
      default: w = kClasses.other; break;
    }
    out->Add(MixHash(p1.first2 ^ (w.second2 * 31)));
    out->Add(MixHash(MixHash(p2.first3 ^ (p1.second3 * 31)) ^ w.last3));
    p2 = p1;
    p1 = w;
  }
  out->Add(MixHash(p1.first2 ^ (kClasses.end.second2 * 31)));
}

void CheckworthyFeaturizer::Chars(const Document& doc, uint32_t first, uint32_t end, FeatureVector* out) const {
  out->Add(FeatureId(kBlockBias, uint64_t{3}));
  std::string padded;
  std::vector<size_t> starts;
  for (uint32_t i = first; i < end; ++i) {
    const Token& t = doc.tokens[i];
    if (t.kind != TokenKind::kWord) continue;
    padded.assign("<");
    padded.append(doc.Norm(t));
    padded.push_back('>');
    starts.clear();
    for (size_t b = 0; b < padded.size(); ++b)
      if ((static_cast<unsigned char>(padded[b]) & 0xC0) != 0x80) starts.push_back(b);
    starts.push_back(padded.size());
    const size_t cps = starts.size() - 1;
    for (size_t n = 3; n <= 4; ++n)
      for (size_t s = 0; s + n <= cps; ++s)
        out->Add(FeatureId(kChar, std::string_view(padded).substr(starts[s], starts[s + n] - starts[s])));
  }
}

}  // namespace isnad

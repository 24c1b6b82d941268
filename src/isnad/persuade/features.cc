#include "isnad/persuade/features.h"

#include "isnad/attrib/attribution_index.h"

#include <algorithm>
#include <cmath>


namespace isnad {
namespace {

// Template numbers are part of every feature id, so the shipped models depend
// on them: never renumber. The kClus* and kBagClus templates are retired
// (word clusters did not help) and kept only to hold the numbering.
enum Template : uint32_t {
  kBias = 1, kW0, kStem0, kPre2, kSuf2, kSuf3, kWm1, kWp1, kWm2, kWp2, kStemM1, kStemP1,
  kBiM1, kBiP1, kKind0, kKindM1, kKindP1, kFlag, kFlagStem, kSentQ, kSentQStem, kSentPos,
  kClus8, kClus16, kClus24, kClusM1, kClusP1, kLen, kQuoteStem, kUpos0, kUposM1, kUposP1, kUposW0,
  kPre3, kSuf4, kUposBi,
  // bag templates
  kBagW = 100, kBagStem, kBagBi, kBagKind, kBagPunct, kBagAttr, kBagLen, kBagClus, kBagBias,
};

enum Flag : uint8_t {
  kInQuote = 1, kInContent = 2, kCue = 4, kSpeaker = 8,
};

// Byte length of the first n code points of UTF-8 `s` (whole s when shorter).
size_t PrefixBytes(std::string_view s, size_t n) {
  size_t i = 0;
  while (i < s.size() && n > 0) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    --n;
  }
  return i;
}
size_t SuffixStart(std::string_view s, size_t n) {
  size_t i = s.size();
  while (i > 0 && n > 0) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    --n;
  }
  return i;
}
size_t Letters(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}


constexpr std::string_view kNone = "<none>";

// The UPOS of a token's last syntactic word (its core after proclitics, or
// an enclitic pronoun), and the tags of all its words packed 5 bits each
// (at most 6); 0 / kNone when the segmenter has not run.
uint64_t UposPattern(const Document& doc, const Token& t) {
  uint64_t p = 0;
  const uint32_t n = std::min<uint32_t>(t.word_count, 6);
  for (uint32_t k = 0; k < n && t.first_word + k < doc.words.size(); ++k)
    p = (p << 5) | static_cast<uint64_t>(doc.words[t.first_word + k].upos);
  return p;
}
// The UPOS of the token's main word: the last word that is not a pronoun
// (an enclitic), else the last.
uint64_t UposMain(const Document& doc, const Token& t) {
  uint64_t u = 0;
  for (uint32_t k = 0; k < t.word_count && t.first_word + k < doc.words.size(); ++k) {
    const Upos x = doc.words[t.first_word + k].upos;
    if (u == 0 || x != Upos::PRON) u = static_cast<uint64_t>(x);
  }
  return u;
}

}  // namespace

std::string_view LightStem(std::string_view w) {
  // Byte compares and letter counts that stop early: the stems are computed
  // several times per token (tagger, sentence bag, document bag), so this is
  // one of the hottest functions of the persuasion stage.
  static constexpr std::string_view kArticle[] = {"وال", "فال", "بال", "كال", "لل", "ال"};
  static constexpr std::string_view kSuffix[] = {"هما", "ها", "هم", "كم", "نا", "ات", "ون",
                                                 "ين", "ان", "ية", "ة", "ه"};
  auto same = [](const char* a, std::string_view p) {
    for (size_t i = 0; i < p.size(); ++i)
      if (a[i] != p[i]) return false;
    return true;
  };
  // Whether s holds at least n code points.
  auto at_least = [](std::string_view s, size_t n) {
    for (unsigned char c : s)
      if ((c & 0xC0) != 0x80 && n-- == 1) return true;
    return n == 0;
  };
  bool stripped = false;
  for (std::string_view p : kArticle) {
    if (w.size() >= p.size() && same(w.data(), p) && at_least(w.substr(p.size()), 3)) {
      w.remove_prefix(p.size());
      stripped = true;
      break;
    }
  }
  if (!stripped && w.size() >= 2 && (same(w.data(), "و") || same(w.data(), "ف")) && at_least(w, 5)) w.remove_prefix(2);
  for (std::string_view s : kSuffix) {
    if (w.size() >= s.size() && same(w.data() + w.size() - s.size(), s) &&
        at_least(w.substr(0, w.size() - s.size()), 3)) {
      w.remove_suffix(s.size());
      break;
    }
  }
  return w;
}

void TokenContext::Build(const Document& doc) {
  doc_ = &doc;
  const size_t n = doc.tokens.size();
  flags_.assign(n, 0);
  sentence_of_.assign(n, 0);
  stem_.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const std::string_view w = doc.Norm(doc.tokens[i]);
    stem_[i] = LightStem(w);
    if (doc.tokens[i].quote != 0) flags_[i] |= kInQuote;
  }
  auto mark = [&](Span s, uint8_t flag) {
    for (uint32_t i = doc.FirstTokenEndingAfter(s.start);
         i < doc.tokens.size() && doc.tokens[i].span.start < s.end; ++i)
      flags_[i] |= flag;
  };
  for (const Attribution& a : doc.attributions) {
    if (!a.content.empty()) mark(a.content, kInContent);
    mark(a.cue, kCue);
    if (a.has_speaker) mark(a.speaker, kSpeaker);
  }
  sentence_flags_.assign(doc.sentences.size(), 0);
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sen = doc.sentences[s];
    for (uint32_t i = sen.first_token; i < sen.end_token && i < n; ++i) {
      sentence_of_[i] = static_cast<uint32_t>(s);
      if (doc.tokens[i].kind == TokenKind::kPunct) {
        std::u32string_view t = doc.Text(doc.tokens[i].span);
        if (t.find(U'؟') != t.npos || t.find(U'?') != t.npos) sentence_flags_[s] |= 1;
        if (t.find(U'!') != t.npos) sentence_flags_[s] |= 2;
      }
    }
  }
}

void TokenContext::Features(uint32_t i, FeatureVector* out) const {
  const Document& doc = *doc_;
  const int n = static_cast<int>(doc.tokens.size());
  auto norm = [&](int j) -> std::string_view {
    if (j < 0) return "<s>";
    if (j >= n) return "</s>";
    return doc.Norm(doc.tokens[j]);
  };
  auto kind = [&](int j) -> uint64_t {
    if (j < 0 || j >= n) return 99;
    return static_cast<uint64_t>(doc.tokens[j].kind);
  };
  const int ii = static_cast<int>(i);
  const std::string_view w0 = norm(ii);
  const bool word = doc.tokens[i].kind == TokenKind::kWord;
  const std::string_view s0 = word ? stem_[i] : w0;
  out->Add(FeatureId(kBias, uint64_t{0}));
  out->Add(FeatureId(kW0, w0));
  out->Add(FeatureId(kKind0, kind(ii)));
  out->Add(FeatureId(kKindM1, kind(ii - 1)));
  out->Add(FeatureId(kKindP1, kind(ii + 1)));
  if (word) {
    out->Add(FeatureId(kStem0, s0));
    out->Add(FeatureId(kPre2, s0.substr(0, PrefixBytes(s0, 2))));
    out->Add(FeatureId(kSuf2, w0.substr(SuffixStart(w0, 2))));
    out->Add(FeatureId(kSuf3, s0.substr(SuffixStart(s0, 3))));
    out->Add(FeatureId(kLen, uint64_t{std::min<size_t>(Letters(w0), 10)}));
    out->Add(FeatureId(kPre3, s0.substr(0, PrefixBytes(s0, 3))));
    out->Add(FeatureId(kSuf4, s0.substr(SuffixStart(s0, 4))));
  }
  if (!doc.words.empty()) {
    auto upos = [&](int j) -> uint64_t { return j < 0 || j >= n ? 99 : UposMain(doc, doc.tokens[j]); };
    const uint64_t u0 = upos(ii), um1 = upos(ii - 1), up1 = upos(ii + 1);
    out->Add(FeatureId(kUpos0, u0));
    out->Add(FeatureId(kUposM1, um1));
    out->Add(FeatureId(kUposP1, up1));
    out->Add(FeatureId(kUposBi, (um1 << 16) | (u0 << 8) | up1));
    out->Add(FeatureId(kUposW0, UposPattern(doc, doc.tokens[i])));
  }
  const std::string_view wm1 = norm(ii - 1), wp1 = norm(ii + 1);
  out->Add(FeatureId(kWm1, wm1));
  out->Add(FeatureId(kWp1, wp1));
  out->Add(FeatureId(kWm2, norm(ii - 2)));
  out->Add(FeatureId(kWp2, norm(ii + 2)));
  out->Add(FeatureId(kStemM1, ii > 0 ? stem_[i - 1] : wm1));
  out->Add(FeatureId(kStemP1, ii + 1 < n ? stem_[i + 1] : wp1));
  out->Add(FeatureId(kBiM1, wm1, w0));
  out->Add(FeatureId(kBiP1, w0, wp1));
  const uint8_t f = flags_[i];
  out->Add(FeatureId(kFlag, uint64_t{f}));
  if (f & (kInQuote | kInContent)) out->Add(FeatureId(kQuoteStem, s0));
  const uint32_t s = sentence_of_[i];
  const uint8_t sf = s < sentence_flags_.size() ? sentence_flags_[s] : 0;
  out->Add(FeatureId(kSentQ, uint64_t{sf}));
  if (sf & 1) out->Add(FeatureId(kSentQStem, s0));
  if (s < doc.sentences.size()) {
    const Sentence& sen = doc.sentences[s];
    const uint32_t pos = i - sen.first_token, left = sen.end_token - i - 1;
    out->Add(FeatureId(kSentPos, uint64_t{std::min<uint32_t>(pos, 3) * 4 + std::min<uint32_t>(left, 3)}));
  }
}

void BagFeatures(const Document& doc, uint32_t first, uint32_t end, FeatureVector* out,
                 const AttributionIndex* index, const TokenContext* ctx) {
  const size_t start = out->size();
  end = std::min<uint32_t>(end, static_cast<uint32_t>(doc.tokens.size()));
  out->Add(FeatureId(kBagBias, uint64_t{0}));
  std::string_view prev = "<s>";
  uint32_t words = 0;
  for (uint32_t i = first; i < end; ++i) {
    const Token& t = doc.tokens[i];
    const std::string_view w = doc.Norm(t);
    switch (t.kind) {
      case TokenKind::kWord:
      case TokenKind::kLatin:
        out->Add(FeatureId(kBagW, w));
        if (t.kind == TokenKind::kWord) out->Add(FeatureId(kBagStem, ctx != nullptr ? ctx->stem(i) : LightStem(w)));
        out->Add(FeatureId(kBagBi, prev, w));
        prev = w;
        ++words;
        break;
      case TokenKind::kPunct: {
        std::u32string_view p = doc.Text(t.span);
        if (p.find(U'؟') != p.npos || p.find(U'?') != p.npos) out->Add(FeatureId(kBagPunct, uint64_t{1}));
        if (p.find(U'!') != p.npos) out->Add(FeatureId(kBagPunct, uint64_t{2}));
        if (p.find(U':') != p.npos) out->Add(FeatureId(kBagPunct, uint64_t{3}));
        prev = "<p>";
        break;
      }
      case TokenKind::kHashtag:
        out->Add(FeatureId(kBagW, w));
        out->Add(FeatureId(kBagKind, static_cast<uint64_t>(t.kind)));
        break;
      default:
        out->Add(FeatureId(kBagKind, static_cast<uint64_t>(t.kind)));
        if (t.kind == TokenKind::kNumber && w.find('%') != w.npos) out->Add(FeatureId(kBagPunct, uint64_t{4}));
        prev = "<x>";
        break;
    }
  }
  // Attribution structure: is the range reported speech, and by what kind of source?
  const Span range{first < end ? doc.tokens[first].span.start : 0, first < end ? doc.tokens[end - 1].span.end : 0};
  uint32_t covered = 0;
  auto visit = [&](const Attribution& a) {
    if (a.cue.Overlaps(range)) {
      out->Add(FeatureId(kBagAttr, uint64_t{10 + static_cast<uint64_t>(a.kind)}));
      if (a.direct) out->Add(FeatureId(kBagAttr, uint64_t{1}));
    }
    if (a.content.Overlaps(range))
      covered += std::min(a.content.end, range.end) - std::max(a.content.start, range.start);
  };
  if (index != nullptr) {
    index->ForEachOverlapping(range, visit);
  } else {
    for (const Attribution& a : doc.attributions) visit(a);
  }
  const uint32_t len = range.size();
  if (len > 0) out->Add(FeatureId(kBagAttr, uint64_t{2 + std::min<uint64_t>(4 * covered / len, 4)}));
  out->Add(FeatureId(kBagLen, uint64_t{words < 8 ? 0u : words < 16 ? 1u : words < 32 ? 2u : words < 64 ? 3u : 4u}));
  const float v = 1.f / std::sqrt(static_cast<float>(out->size() - start));
  for (size_t k = start; k < out->size(); ++k) out->values[k] = v;
}

}  // namespace isnad

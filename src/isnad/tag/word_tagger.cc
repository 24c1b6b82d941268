#include "isnad/tag/word_tagger.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "isnad/tag/model_file.h"
#include "isnad/text/utf8.h"

namespace isnad {
namespace {

// Segmentation depends on the token alone, and news repeats its words: a
// per-thread cache maps a token's text to its words (UTF-8 forms, each
// ended by a NUL). Only a token never seen before on this thread costs a
// segmentation (and an allocation); the cache is emptied when it grows
// past kMaxCachedTokens, so memory stays bounded.
struct U32Hash {
  using is_transparent = void;
  size_t operator()(std::u32string_view s) const { return std::hash<std::u32string_view>()(s); }
};
constexpr size_t kMaxCachedTokens = 200000;

// Per-thread buffers, reused across documents.
struct Buffers {
  std::unordered_map<std::u32string, std::string, U32Hash, std::equal_to<>> segmentations;
  CliticSegmenter::Scratch seg;
  PosTagger::Scratch pos;
  std::vector<std::pair<uint32_t, uint32_t>> pieces;
  std::u32string letters;  // normalized letters of words and tokens
  struct Ref {
    uint32_t form_off, form_len, token_off, token_len;
  };
  std::vector<Ref> refs;
  std::vector<TaggerWord> words;
  std::vector<Upos> tags;
};


Upos TagOfKind(TokenKind kind) {
  switch (kind) {
    case TokenKind::kPunct:
    case TokenKind::kQuote:
      return Upos::PUNCT;
    case TokenKind::kNumber:
    case TokenKind::kDate:
      return Upos::NUM;
    case TokenKind::kUrl:
    case TokenKind::kEmail:
    case TokenKind::kHashtag:
    case TokenKind::kMention:
      return Upos::X;
    case TokenKind::kEmoji:
    case TokenKind::kSymbol:
      return Upos::SYM;
    default:
      return Upos::kNone;  // the model decides
  }
}

}  // namespace

std::string WordTagger::ModelPath(const std::string& models_dir) {
  return models_dir + "/segpos/segpos.bin";
}

Status WordTagger::Load(const std::string& path, std::unique_ptr<WordTagger>* out) {
  ModelReader in;
  Status st = in.Open(path);
  if (!st.ok()) return st;
  if (in.Header("kind") != "segpos")
    return Status::Error(path + ": not a segpos model (kind '" + in.Header("kind") + "')");
  CliticSegmenter seg;
  PosTagger pos;
  st = seg.Load(in);
  if (st.ok()) st = pos.Load(in);
  if (!st.ok()) return st;
  *out = std::make_unique<WordTagger>(std::move(seg), std::move(pos), in.header_text());
  return Status::Ok();
}

Status WordTagger::Save(const std::string& path,
                        const std::vector<std::pair<std::string, std::string>>& header) const {
  ModelWriter w;
  w.SetHeader("kind", "segpos");
  for (const auto& kv : header) w.SetHeader(kv.first, kv.second);
  segmenter_.Save(&w);
  tagger_.Save(&w);
  return w.WriteFile(path);
}

void WordTagger::Process(Document* doc) const {
  thread_local Buffers b;
  doc->words.clear();
  for (Token& t : doc->tokens) t.first_word = t.word_count = 0;
  auto tag_range = [&](uint32_t first, uint32_t end) {
    b.letters.clear();
    b.refs.clear();
    for (uint32_t ti = first; ti < end; ++ti) {
      Token& t = doc->tokens[ti];
      std::u32string_view text = doc->Text(t.span);
      b.pieces.clear();
      if (t.kind == TokenKind::kWord) {
        auto hit = b.segmentations.find(text);
        if (hit == b.segmentations.end()) {
          const size_t before = doc->arena.size();
          segmenter_.Segment(text, &b.seg, &doc->arena, &b.pieces);
          if (b.segmentations.size() >= kMaxCachedTokens) b.segmentations.clear();
          std::string packed;
          packed.reserve(doc->arena.size() - before + b.pieces.size());
          for (const auto& [off, len] : b.pieces) {
            packed.append(doc->arena, off, len);
            packed.push_back('\0');
          }
          b.segmentations.emplace(std::u32string(text), std::move(packed));
        } else {
          const std::string& packed = hit->second;
          for (size_t p = 0; p < packed.size();) {
            const size_t e = packed.find('\0', p);
            const auto off = static_cast<uint32_t>(doc->arena.size());
            doc->arena.append(packed, p, e - p);
            b.pieces.emplace_back(off, static_cast<uint32_t>(e - p));
            p = e + 1;
          }
        }
      } else {
        uint32_t off = static_cast<uint32_t>(doc->arena.size());
        for (char32_t c : text) AppendUtf8(c, &doc->arena);
        b.pieces.emplace_back(off, static_cast<uint32_t>(doc->arena.size()) - off);
      }
      t.first_word = static_cast<uint32_t>(doc->words.size());
      t.word_count = static_cast<uint32_t>(b.pieces.size());
      uint32_t token_off = static_cast<uint32_t>(b.letters.size());
      for (char32_t c : text)
        if (char32_t l = SegmentationLetter(c)) b.letters.push_back(l);
      uint32_t token_len = static_cast<uint32_t>(b.letters.size()) - token_off;
      for (const auto& [off, len] : b.pieces) {
        doc->words.push_back(Word{off, len, Upos::kNone});
        uint32_t form_off = static_cast<uint32_t>(b.letters.size());
        ForEachCodePoint(std::string_view(doc->arena).substr(off, len), [&](char32_t c) {
          if (char32_t l = SegmentationLetter(c)) b.letters.push_back(l);
        });
        if (b.letters.size() == form_off)  // no letters: keep the form as is
          ForEachCodePoint(std::string_view(doc->arena).substr(off, len),
                           [&](char32_t c) { b.letters.push_back(c); });
        b.refs.push_back(
            {form_off, static_cast<uint32_t>(b.letters.size()) - form_off, token_off, token_len});
      }
    }
    if (b.refs.empty()) return;
    b.words.resize(b.refs.size());
    size_t w = 0;
    std::u32string_view all(b.letters);
    for (uint32_t ti = first; ti < end; ++ti) {
      const Token& t = doc->tokens[ti];
      for (uint32_t k = 0; k < t.word_count; ++k, ++w) {
        const auto& r = b.refs[w];
        TaggerWord& tw = b.words[w];
        tw.form = all.substr(r.form_off, r.form_len);
        tw.token = all.substr(r.token_off, r.token_len);
        tw.index = static_cast<uint8_t>(std::min<uint32_t>(k, 255));
        tw.count = static_cast<uint8_t>(std::min<uint32_t>(t.word_count, 255));
        tw.kind = t.kind;
      }
    }
    b.tags.resize(b.words.size());
    tagger_.Tag(b.words.data(), b.words.size(), &b.pos, b.tags.data());
    w = 0;
    for (uint32_t ti = first; ti < end; ++ti) {
      const Token& t = doc->tokens[ti];
      Upos fixed = TagOfKind(t.kind);
      // A symbol the treebank tags otherwise (% is SYM there, not PUNCT).
      if (fixed != Upos::kNone && t.word_count == 1) {
        Upos known = tagger_.DictionaryUpos(b.words[w].form);
        if (known != Upos::kNone) fixed = known;
      }
      for (uint32_t k = 0; k < t.word_count; ++k, ++w)
        doc->words[t.first_word + k].upos = fixed != Upos::kNone ? fixed : b.tags[w];
    }
  };
  ForEachTokenRun(*doc, tag_range);
  doc->layers |= kLayerWords | kLayerUpos;
}

}  // namespace isnad

#include "isnad/tag/word_tagger.h"

#include <algorithm>
#include <string>

#include "isnad/huge_pages.h"
#include "isnad/model_file.h"
#include "isnad/text/utf8.h"

namespace isnad {
namespace {

// What a word token becomes depends on its text alone: its words (the
// segmenter's UTF-8 forms), the normalized letters of the token and of each
// word, and what the tagger's lexicons say of each word. News repeats its
// words, so a per-thread memo keeps all that by token text, and a token met
// before costs one probe and some copying: no segmentation, no lexicon
// lookups. Open addressing over a 64-bit hash of the text, with the text kept
// to compare (two tokens are never confused). The memo is emptied when it
// holds kMaxCachedTokens tokens, so memory stays bounded; its table starts
// small and doubles as it fills, so a thread that analyses one short article
// (a server's worker) holds a few kilobytes, not the full table.
constexpr size_t kMaxCachedTokens = 200000;

class TokenMemo {
 public:
  struct Word {
    uint32_t form_len;     // bytes in forms_
    uint32_t letters_len;  // code points in letters_
    PosTagger::WordInfo info;
  };
  struct Entry {
    uint32_t text_off, text_len;  // the token, in texts_
    uint32_t forms_off;           // its words' forms, one after the other
    uint32_t letters_off;         // the token's letters, then each word's
    uint32_t token_letters;
    uint32_t words_off, words_len;  // in words_
  };

  static uint64_t Hash(std::u32string_view text) {
    return std::hash<std::u32string_view>()(text);
  }
  const Entry* Find(std::u32string_view text, uint64_t hash) const {
    if (slots_.empty()) return nullptr;
    for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.entry_plus_one == 0) return nullptr;
      if (slot.hash != hash) continue;
      // The slot has the text's place: text and entry are read side by side.
      if (std::u32string_view(texts_).substr(slot.text_off, text.size()) == text &&
          entries_[slot.entry_plus_one - 1].text_len == text.size())
        return &entries_[slot.entry_plus_one - 1];
    }
  }
  // A token's probe is three misses (slot, then entry and text) in a table
  // far larger than the caches; the caller announces the tokens ahead in two
  // steps: the slot first, then (once that is in cache) the entry and text.
  void PrefetchSlot(uint64_t hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash & mask_]);
  }
  void PrefetchEntry(uint64_t hash) const {
    if (slots_.empty()) return;
    const Slot& slot = slots_[hash & mask_];
    if (slot.entry_plus_one == 0 || slot.hash != hash) return;
    __builtin_prefetch(&entries_[slot.entry_plus_one - 1]);
    __builtin_prefetch(texts_.data() + slot.text_off);
  }
  // Starts the entry of `text` (absent: Find first); its forms, letters and
  // words are then added with AddForm / AddLetters / AddWord, and Finish
  // indexes it. May empty the memo first.
  Entry& Start(std::u32string_view text) {
    if (entries_.size() >= kMaxCachedTokens) Clear();
    if ((entries_.size() + 1) * 10 > slots_.size() * 4) Grow();  // load factor at most 0.4
    Entry e;
    e.text_off = static_cast<uint32_t>(texts_.size());
    e.text_len = static_cast<uint32_t>(text.size());
    texts_.append(text);
    e.forms_off = static_cast<uint32_t>(forms_.size());
    e.letters_off = static_cast<uint32_t>(letters_.size());
    e.token_letters = 0;
    e.words_off = static_cast<uint32_t>(words_.size());
    e.words_len = 0;
    entries_.push_back(e);
    return entries_.back();
  }
  std::string& forms() { return forms_; }
  std::u32string& letters() { return letters_; }
  void AddWord(const Word& w) { words_.push_back(w); }
  const Entry& Finish(uint64_t hash) {
    Entry& e = entries_.back();
    e.words_len = static_cast<uint32_t>(words_.size()) - e.words_off;
    size_t i = hash & mask_;
    while (slots_[i].entry_plus_one != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{hash, static_cast<uint32_t>(entries_.size()), e.text_off};
    return e;
  }
  const std::string& forms() const { return forms_; }
  const std::u32string& letters() const { return letters_; }
  const Word* words(const Entry& e) const { return words_.data() + e.words_off; }

 private:
  struct Slot {
    uint64_t hash;
    uint32_t entry_plus_one;  // 0 = empty
    uint32_t text_off;        // the entry's text_off
  };
  static constexpr size_t kMinSlots = size_t{1} << 10;
  static constexpr size_t kMaxSlots = size_t{1} << 19;  // kMaxCachedTokens at a load of 0.4
  static_assert(kMaxSlots * 4 >= kMaxCachedTokens * 10);
  // Twice the slots (kMinSlots at first), the entries indexed again.
  void Grow() {
    HugeVector<Slot> old = std::move(slots_);
    const size_t n = old.empty() ? kMinSlots : std::min(old.size() * 2, kMaxSlots);
    slots_.assign(n, Slot{0, 0, 0});
    mask_ = n - 1;
    for (const Slot& slot : old) {
      if (slot.entry_plus_one == 0) continue;
      size_t i = slot.hash & mask_;
      while (slots_[i].entry_plus_one != 0) i = (i + 1) & mask_;
      slots_[i] = slot;
    }
  }
  // Forgets every token; the table keeps its size.
  void Clear() {
    std::fill(slots_.begin(), slots_.end(), Slot{0, 0, 0});
    entries_.clear();
    words_.clear();
    texts_.clear();
    forms_.clear();
    letters_.clear();
  }
  HugeVector<Slot> slots_;
  size_t mask_ = 0;
  std::vector<Entry> entries_;
  std::vector<Word> words_;
  std::u32string texts_;
  std::string forms_;
  std::u32string letters_;
};

// Per-thread buffers, reused across documents.
struct Buffers {
  TokenMemo memo;
  CliticSegmenter::Scratch seg;
  PosTagger::Scratch pos;
  std::string forms;  // a new token's words, as the segmenter writes them
  std::vector<std::pair<uint32_t, uint32_t>> pieces;
  std::u32string letters;  // normalized letters of words and tokens
  struct Ref {
    uint32_t form_off, form_len, token_off, token_len;
  };
  std::vector<Ref> refs;
  std::vector<uint64_t> hashes;  // TokenMemo::Hash of each word token of a run
  std::vector<TaggerWord> words;
  std::vector<PosTagger::WordInfo> info;
  std::vector<Upos> tags;
};

// Appends the letters of a word form (UTF-8) to `out`: its code points
// normalized by SegmentationLetter, or, when that leaves none, as they are.
void AppendFormLetters(std::string_view form, std::u32string* out) {
  const size_t before = out->size();
  ForEachCodePoint(form, [&](char32_t c) {
    if (char32_t l = SegmentationLetter(c)) out->push_back(l);
  });
  if (out->size() == before) ForEachCodePoint(form, [&](char32_t c) { out->push_back(c); });
}

void AppendTokenLetters(std::u32string_view text, std::u32string* out) {
  for (char32_t c : text)
    if (char32_t l = SegmentationLetter(c)) out->push_back(l);
}

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

// Appends a token's words and their letters and lexicon facts, as the memo
// holds them, to the document and the buffers.
void EmitToken(const TokenMemo& memo, const TokenMemo::Entry& e, Document* doc, Buffers* b) {
  const std::u32string_view letters = std::u32string_view(memo.letters()).substr(e.letters_off);
  const auto token_off = static_cast<uint32_t>(b->letters.size());
  b->letters.append(letters.substr(0, e.token_letters));
  size_t form_pos = e.forms_off, letter_pos = e.token_letters;
  const TokenMemo::Word* w = memo.words(e);
  for (uint32_t k = 0; k < e.words_len; ++k) {
    const auto off = static_cast<uint32_t>(doc->arena.size());
    doc->arena.append(memo.forms(), form_pos, w[k].form_len);
    form_pos += w[k].form_len;
    doc->words.push_back(Word{off, w[k].form_len, Upos::kNone});
    const auto form_off = static_cast<uint32_t>(b->letters.size());
    b->letters.append(letters.substr(letter_pos, w[k].letters_len));
    letter_pos += w[k].letters_len;
    b->refs.push_back({form_off, w[k].letters_len, token_off, e.token_letters});
    b->info.push_back(w[k].info);
  }
}

// The memo's entry of a word token, made on its first sight: segmented, and
// each word's letters normalized and looked up.
// `hash`: TokenMemo::Hash(text).
const TokenMemo::Entry& MemoOf(std::u32string_view text, uint64_t hash,
                               const CliticSegmenter& segmenter, const PosTagger& tagger,
                               Buffers* b) {
  if (const TokenMemo::Entry* hit = b->memo.Find(text, hash)) return *hit;
  b->forms.clear();
  b->pieces.clear();
  segmenter.Segment(text, &b->seg, &b->forms, &b->pieces);
  TokenMemo& memo = b->memo;
  TokenMemo::Entry& e = memo.Start(text);
  AppendTokenLetters(text, &memo.letters());
  e.token_letters = static_cast<uint32_t>(memo.letters().size()) - e.letters_off;
  for (const auto& [off, len] : b->pieces) {
    const std::string_view form = std::string_view(b->forms).substr(off, len);
    memo.forms().append(form);
    const size_t first = memo.letters().size();
    AppendFormLetters(form, &memo.letters());
    const auto n = static_cast<uint32_t>(memo.letters().size() - first);
    memo.AddWord({len, n, tagger.Describe(std::u32string_view(memo.letters()).substr(first, n))});
  }
  return memo.Finish(hash);
}

// Any other token is one word, its text as it is.
void EmitOtherToken(std::u32string_view text, const PosTagger& tagger, Document* doc,
                    Buffers* b) {
  const auto off = static_cast<uint32_t>(doc->arena.size());
  for (char32_t c : text) AppendUtf8(c, &doc->arena);
  const auto len = static_cast<uint32_t>(doc->arena.size()) - off;
  doc->words.push_back(Word{off, len, Upos::kNone});
  const auto token_off = static_cast<uint32_t>(b->letters.size());
  AppendTokenLetters(text, &b->letters);
  const auto token_len = static_cast<uint32_t>(b->letters.size()) - token_off;
  const auto form_off = static_cast<uint32_t>(b->letters.size());
  AppendFormLetters(std::string_view(doc->arena).substr(off, len), &b->letters);
  const auto form_len = static_cast<uint32_t>(b->letters.size()) - form_off;
  b->refs.push_back({form_off, form_len, token_off, token_len});
  b->info.push_back(tagger.Describe(std::u32string_view(b->letters).substr(form_off, form_len)));
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
    b.info.clear();
    b.hashes.clear();
    for (uint32_t ti = first; ti < end; ++ti) {
      const Token& t = doc->tokens[ti];
      b.hashes.push_back(t.kind == TokenKind::kWord ? TokenMemo::Hash(doc->Text(t.span)) : 0);
    }
    // Memo probes are announced this many tokens ahead (slot), and half as
    // many (entry and text).
    constexpr uint32_t kAhead = 8;
    for (uint32_t ti = first; ti < end; ++ti) {
      if (ti + kAhead < end) b.memo.PrefetchSlot(b.hashes[ti + kAhead - first]);
      if (ti + kAhead / 2 < end) b.memo.PrefetchEntry(b.hashes[ti + kAhead / 2 - first]);
      Token& t = doc->tokens[ti];
      const std::u32string_view text = doc->Text(t.span);
      t.first_word = static_cast<uint32_t>(doc->words.size());
      if (t.kind == TokenKind::kWord) {
        const uint64_t hash = b.hashes[ti - first];
        EmitToken(b.memo, MemoOf(text, hash, segmenter_, tagger_, &b), doc, &b);
      } else {
        EmitOtherToken(text, tagger_, doc, &b);
      }
      t.word_count = static_cast<uint32_t>(doc->words.size()) - t.first_word;
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
    tagger_.TagDescribed(b.words.data(), b.info.data(), b.words.size(), &b.pos, b.tags.data());
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

// Document: the one type that flows through isnad's pipeline.
//
// A Document is the original text plus layers of spans into it. Each stage
// reads the layers before it and adds its own (tokens, sentences, words and
// tags, entities, attributions, ...); nothing re-tokenizes, and no stage
// rewrites the text. Every Span is a half-open range of code points of
// `text`, never of a normalized copy: `cps` holds the decoded code points so
// that spans index it directly.
//
// A Document is reused across a batch: Clear() keeps every buffer's capacity,
// so analysing many documents does not allocate per document once warm.
// Normalized token forms and word forms live in one arena string and are
// addressed by offset, so tokens allocate nothing of their own.
#ifndef ISNAD_DOCUMENT_H_
#define ISNAD_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace isnad {

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;  // exclusive
  uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  bool Overlaps(const Span& o) const { return start < o.end && o.start < end; }
  bool Contains(const Span& o) const { return start <= o.start && o.end <= end; }
  bool operator==(const Span& o) const { return start == o.start && end == o.end; }
};

enum class TokenKind : uint8_t {
  kWord,     // Arabic-script word (clitics still attached)
  kLatin,    // word in another script (Latin, ...)
  kNumber,   // 15.5, 1,000, ١٥٪ (a percent sign is part of its number)
  kDate,     // 2017/11/14, 14-11-2017
  kPunct,    // . ، ؛ ؟ ! : ( ) - ...
  kQuote,    // a quotation mark of any kind
  kUrl,      // http://..., www....
  kEmail,
  kHashtag,  // #سوريا
  kMention,  // @user
  kEmoji,    // a run of emoji / pictographs
  kSymbol,   // anything else
};
const char* TokenKindName(TokenKind kind);

// Universal POS tags (UD v2), in this fixed order.
enum class Upos : uint8_t {
  kNone = 0, ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT,
  SCONJ, SYM, VERB, X,
};
constexpr int kUposCount = 18;
const char* UposName(Upos tag);
Upos UposFromName(std::string_view name);  // kNone when unknown

// A function word (adposition, pronoun, conjunction, particle, auxiliary)
// or a verb: a word that is never part of a name.
constexpr bool IsFunctionWord(Upos u) {
  return u == Upos::ADP || u == Upos::PRON || u == Upos::CCONJ || u == Upos::SCONJ ||
         u == Upos::PART || u == Upos::AUX;
}
constexpr bool IsVerbOrFunctionWord(Upos u) { return u == Upos::VERB || IsFunctionWord(u); }

struct Word {  // one syntactic word of a token (clitic segmentation)
  uint32_t form_offset = 0;  // into Document::arena
  uint32_t form_length = 0;
  Upos upos = Upos::kNone;
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  // Which quotation a token stands in: 0 outside quotes, else 1 + the index
  // of the quote in Document::quotes.
  uint32_t quote = 0;
  uint32_t norm_offset = 0;  // normalized form, in Document::arena
  uint32_t norm_length = 0;
  uint32_t first_word = 0;  // words [first_word, first_word + word_count)
  uint32_t word_count = 0;  // 0 until a segmenter has run
};

// A word of letters, Arabic or of another script: not punctuation, a number,
// a quotation mark or an emoji.
inline bool IsWord(const Token& t) {
  return t.kind == TokenKind::kWord || t.kind == TokenKind::kLatin;
}

struct Sentence {
  Span span;
  uint32_t first_token = 0;  // tokens [first_token, end_token)
  uint32_t end_token = 0;
};

// A quotation: the marks and what stands between them. A quote may run over
// several sentences.
struct Quote {
  Span open;     // the opening mark
  Span close;    // the closing mark (empty when never closed)
  Span inner;    // between the marks
  uint32_t first_token = 0, end_token = 0;  // tokens inside, marks excluded
};

enum class EntityType : uint8_t { kPer, kLoc, kOrg, kMisc };
const char* EntityTypeName(EntityType type);

struct Entity {
  std::string id;    // "E1", ...
  EntityType type = EntityType::kPer;
  std::string name;  // canonical name, as written in its fullest mention
  std::vector<Span> mentions;
};

// What sort of source a speaker is (attribution.md).
enum class SourceKind : uint8_t {
  kPerson, kOrganization, kAnonymous, kWitness, kMedia, kGroup, kDocument, kUnknown,
};
const char* SourceKindName(SourceKind kind);

struct Attribution {
  Span cue;
  bool has_speaker = false;
  Span speaker;           // valid when has_speaker
  int32_t entity = -1;    // index into Document::entities, or -1
  SourceKind kind = SourceKind::kUnknown;
  Span content;           // may be empty when nothing is reported
  bool direct = false;
  int32_t parent = -1;    // index into Document::attributions, or -1
};

struct Technique {
  Span span;
  std::string technique;
  float score = 0;
};

struct Claim {
  Span span;
  float checkworthy = 0;
  bool sourced = false;
};

// Which layers a document carries; the JSON writer prints exactly these.
enum Layer : uint32_t {
  kLayerTokens = 1u << 0,
  kLayerSentences = 1u << 1,
  kLayerWords = 1u << 2,      // tokens[].words
  kLayerUpos = 1u << 3,       // tokens[].upos
  kLayerEntities = 1u << 4,
  kLayerAttributions = 1u << 5,
  kLayerTechniques = 1u << 6,
  kLayerClaims = 1u << 7,
  kLayerPersuasion = 1u << 8,
  kLayerCheckworthy = 1u << 9,
};

struct DocumentJudgement {
  bool label = false;
  float score = 0;
  std::vector<std::string> techniques;  // persuasion only
};

class Document {
 public:
  std::string id;
  std::string text;        // UTF-8 as analysed (after lenient repair)
  std::u32string cps;      // the same text as code points; spans index this
  std::string meta_json;   // extra input fields, as one JSON object, or empty

  uint32_t layers = 0;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Quote> quotes;
  std::vector<Word> words;
  std::vector<Entity> entities;
  std::vector<Attribution> attributions;
  std::vector<Technique> techniques;
  std::vector<Claim> claims;
  DocumentJudgement persuasion;
  DocumentJudgement checkworthy;

  // Storage for normalized forms and word forms.
  std::string arena;

  // Empties every layer, keeping capacity.
  void Clear();

  std::u32string_view Text(Span s) const {
    return std::u32string_view(cps).substr(s.start, s.end - s.start);
  }
  std::string TextUtf8(Span s) const;
  // The index of the first token that ends after code point `pos` (the
  // token holding pos, or the next one); tokens.size() when none does.
  uint32_t FirstTokenEndingAfter(uint32_t pos) const;
  std::string_view Norm(const Token& t) const {
    return std::string_view(arena).substr(t.norm_offset, t.norm_length);
  }
  std::string_view Form(const Word& w) const {
    return std::string_view(arena).substr(w.form_offset, w.form_length);
  }
  // Appends `s` to the arena and returns its offset.
  uint32_t AddToArena(std::string_view s) {
    auto off = static_cast<uint32_t>(arena.size());
    arena.append(s);
    return off;
  }
};

// Calls fn(first, end) for each run of tokens a sequence tagger sees as one:
// every sentence, and every stretch of tokens outside sentences, in text
// order; never an empty run. (A sentence starting inside an earlier one is
// passed over.)
template <typename Fn>
void ForEachTokenRun(const Document& doc, Fn fn) {
  uint32_t covered = 0;
  for (const Sentence& s : doc.sentences) {
    if (s.first_token < covered) continue;
    if (s.first_token > covered) fn(covered, s.first_token);
    if (s.end_token > s.first_token) fn(s.first_token, s.end_token);
    covered = s.end_token;
  }
  const auto n = static_cast<uint32_t>(doc.tokens.size());
  if (covered < n) fn(covered, n);
}

// Per token of doc: 1 when it lies in a mention of doc.entities, else 0.
void MarkEntityTokens(const Document& doc, std::vector<uint8_t>* out);

}  // namespace isnad

#endif  // ISNAD_DOCUMENT_H_

#include "isnad/document.h"

#include <algorithm>

#include "isnad/text/utf8.h"

namespace isnad {

const char* TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kLatin: return "latin";
    case TokenKind::kNumber: return "number";
    case TokenKind::kDate: return "date";
    case TokenKind::kPunct: return "punct";
    case TokenKind::kQuote: return "quote";
    case TokenKind::kUrl: return "url";
    case TokenKind::kEmail: return "email";
    case TokenKind::kHashtag: return "hashtag";
    case TokenKind::kMention: return "mention";
    case TokenKind::kEmoji: return "emoji";
    case TokenKind::kSymbol: return "symbol";
  }
  return "symbol";
}

namespace {
constexpr const char* kUposNames[kUposCount] = {
    "_",    "ADJ",  "ADP",   "ADV",   "AUX",  "CCONJ", "DET", "INTJ", "NOUN",
    "NUM",  "PART", "PRON",  "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};
}  // namespace

const char* UposName(Upos tag) { return kUposNames[static_cast<int>(tag)]; }

Upos UposFromName(std::string_view name) {
  for (int i = 1; i < kUposCount; ++i)
    if (name == kUposNames[i]) return static_cast<Upos>(i);
  return Upos::kNone;
}

const char* EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPer: return "PER";
    case EntityType::kLoc: return "LOC";
    case EntityType::kOrg: return "ORG";
    case EntityType::kMisc: return "MISC";
  }
  return "MISC";
}

const char* SourceKindName(SourceKind kind) {
  switch (kind) {
    case SourceKind::kPerson: return "person";
    case SourceKind::kOrganization: return "organization";
    case SourceKind::kAnonymous: return "anonymous";
    case SourceKind::kWitness: return "witness";
    case SourceKind::kMedia: return "media";
    case SourceKind::kGroup: return "group";
    case SourceKind::kDocument: return "document";
    case SourceKind::kUnknown: return "unknown";
  }
  return "unknown";
}

void Document::Clear() {
  id.clear();
  text.clear();
  cps.clear();
  meta_json.clear();
  layers = 0;
  tokens.clear();
  sentences.clear();
  quotes.clear();
  words.clear();
  entities.clear();
  attributions.clear();
  techniques.clear();
  claims.clear();
  persuasion = {};
  checkworthy = {};
  arena.clear();
}

std::string Document::TextUtf8(Span s) const { return EncodeUtf8(Text(s)); }

uint32_t Document::FirstTokenEndingAfter(uint32_t pos) const {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), pos,
                             [](const Token& t, uint32_t p) { return t.span.end <= p; });
  return static_cast<uint32_t>(it - tokens.begin());
}

void MarkEntityTokens(const Document& doc, std::vector<uint8_t>* out) {
  out->assign(doc.tokens.size(), 0);
  for (const Entity& e : doc.entities)
    for (const Span& m : e.mentions) {
      for (uint32_t i = doc.FirstTokenEndingAfter(m.start);
           i < doc.tokens.size() && doc.tokens[i].span.start < m.end; ++i)
        (*out)[i] = 1;
    }
}

}  // namespace isnad

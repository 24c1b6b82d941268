#include "isnad/tokenize/sentences.h"

#include "isnad/text/chars.h"
#include "isnad/tokenize/quotes.h"

namespace isnad {
namespace {

bool IsClosingBracket(char32_t c) { return c == ')' || c == ']' || c == '}'; }

// Token i is a one-code-point period.
bool IsPeriod(const Document& doc, uint32_t i) {
  const Token& t = doc.tokens[i];
  return t.kind == TokenKind::kPunct && t.span.size() == 1 && doc.cps[t.span.start] == '.';
}

}  // namespace

bool IsPeriodAfterInitial(const Document& doc, uint32_t i) {
  if (i == 0 || i >= doc.tokens.size() || !IsPeriod(doc, i)) return false;
  const Token& before = doc.tokens[i - 1];
  return before.span.end == doc.tokens[i].span.start && before.span.size() == 1 && IsWord(before);
}

bool IsPeriodInAbbreviatedName(const Document& doc, uint32_t i) {
  if (i == 0 || i + 1 >= doc.tokens.size() || !IsPeriod(doc, i)) return false;
  const Token& before = doc.tokens[i - 1];
  const Token& after = doc.tokens[i + 1];
  const Span period = doc.tokens[i].span;
  return before.span.end == period.start && after.span.start == period.end &&
         before.span.size() <= 3 && after.span.size() <= 3 && before.kind == TokenKind::kWord &&
         after.kind == TokenKind::kWord;
}

void SentenceSplitter::Process(Document* doc) const {
  doc->sentences.clear();
  const auto& toks = doc->tokens;
  const auto& s = doc->cps;
  const auto n = static_cast<uint32_t>(toks.size());
  uint32_t begin = 0;
  auto close = [&](uint32_t end) {
    if (end <= begin) return;
    Sentence sent;
    sent.first_token = begin;
    sent.end_token = end;
    sent.span = {toks[begin].span.start, toks[end - 1].span.end};
    doc->sentences.push_back(sent);
    begin = end;
  };
  for (uint32_t i = 0; i < n; ++i) {
    if (i > begin && NewlineBetween(*doc, toks[i - 1].span.end, toks[i].span.start)) close(i);
    const Token& t = toks[i];
    if (t.kind != TokenKind::kPunct) continue;
    const char32_t c = s[t.span.start];
    if (!IsSentenceFinal(c) && !IsSemicolon(c)) continue;
    if (IsAbbreviationPeriod(*doc, i)) continue;  // د. إن.بي.سي
    uint32_t end = i + 1;
    // Further final marks (?!), closing quotes and brackets stay with it, as
    // long as no paragraph break intervenes.
    while (end < n && !NewlineBetween(*doc, toks[end - 1].span.end, toks[end].span.start)) {
      const Token& u = toks[end];
      const char32_t d = s[u.span.start];
      const bool closing_quote = u.kind == TokenKind::kQuote && u.quote != 0 &&
                                 doc->quotes.size() >= u.quote &&
                                 doc->quotes[u.quote - 1].close == u.span;
      if ((u.kind == TokenKind::kPunct && (IsSentenceFinal(d) || IsClosingBracket(d))) ||
          closing_quote) {
        ++end;
      } else {
        break;
      }
    }
    close(end);
    i = end - 1;
  }
  close(n);
  doc->layers |= kLayerSentences;
}

}  // namespace isnad

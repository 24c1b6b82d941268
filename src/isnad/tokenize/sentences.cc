#include "isnad/tokenize/sentences.h"

#include "isnad/text/chars.h"
#include "isnad/tokenize/quotes.h"

namespace isnad {
namespace {

bool IsClosingBracket(char32_t c) { return c == ')' || c == ']' || c == '}'; }

}  // namespace

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
    // Abbreviation: a period glued to a one-letter word (د. U.S.).
    if (c == '.' && t.span.size() == 1 && i > 0 && toks[i - 1].span.end == t.span.start &&
        toks[i - 1].span.size() == 1 && (toks[i - 1].kind == TokenKind::kWord ||
                                         toks[i - 1].kind == TokenKind::kLatin))
      continue;
    // An abbreviated name: a period between two short words with no space
    // ("إل.جي"، "إم.بي"). (Longer words glued to a period are most often
    // a missing space between sentences: "دولار.وقال".)
    if (c == '.' && t.span.size() == 1 && i > 0 && i + 1 < n &&
        toks[i - 1].span.end == t.span.start && toks[i + 1].span.start == t.span.end &&
        toks[i - 1].span.size() <= 3 && toks[i + 1].span.size() <= 3 &&
        toks[i - 1].kind == TokenKind::kWord && toks[i + 1].kind == TokenKind::kWord)
      continue;
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

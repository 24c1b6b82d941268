#include "isnad/tokenize/quotes.h"

#include <algorithm>

#include "isnad/text/chars.h"

namespace isnad {

bool NewlineBetween(const Document& doc, uint32_t a_end, uint32_t b_start) {
  for (uint32_t i = a_end; i < b_start; ++i)
    if (IsNewline(doc.cps[i])) return true;
  return false;
}

namespace {

// Which closing marks end a quote opened by `open`.
bool Closes(char32_t open, char32_t close) {
  switch (open) {
    case 0x201C:  // “ … ” (or “ … “, “ … ″)
      return close == 0x201D || close == '"' || close == 0x201C || close == 0x2033;
    case 0x201E: return close == 0x201C || close == 0x201D;                  // „ … “
    case 0x00AB: return close == 0x00BB;
    case 0x00BB: return close == 0x00AB || close == 0x00BB;                   // » … « in some RTL text
    case 0x2039: return close == 0x203A;
    case 0x2018: return close == 0x2019;
    case 0x201A: return close == 0x2018 || close == 0x2019;
    case '"': case 0xFF02: return close == '"' || close == 0xFF02 || close == 0x201D;
    case 0x201D: return close == 0x201D || close == 0x201C;
    case 0x300C: return close == 0x300D;
    case 0x300E: return close == 0x300F;
  }
  return false;
}

// "كشف مسؤول لفرانس برس "عن تواصل … شبكة "سوريا مباشر" … قال "لم يعد
// …"": a quote still open at the end of its paragraph, inside which an
// ambiguous mark (" or a repeated “) or a mark after a colon opened
// another, lost its closing mark;
// read as nesting, it would swallow the paragraph and every quote after it.
// It ends then with its first sentence (or, when no sentence ends in it,
// its opening mark was a stray one), and the paragraph is read again after
// it (at most *restarts_left times a document).
bool RestartAfterStrayOpener(bool nested_same, int* restarts_left) {
  if (!nested_same || *restarts_left == 0) return false;
  --*restarts_left;
  return true;
}

}  // namespace

void QuoteMatcher::Process(Document* doc) const {
  doc->quotes.clear();
  auto& toks = doc->tokens;
  const auto& s = doc->cps;
  struct Open {
    uint32_t token;
    char32_t mark;
    bool nested_same = false;  // an ambiguous mark opened a quote inside it
  };
  // Restarts after a stray opener (below); capped, so that a line of
  // hundreds of lone marks stays linear.
  int restarts_left = 16;
  std::vector<Open> stack;  // small: nesting depth
  stack.reserve(8);

  auto finish = [&](uint32_t open_tok, int32_t close_tok, uint32_t end_tok) {
    Quote q;
    q.open = toks[open_tok].span;
    if (close_tok >= 0) q.close = toks[close_tok].span;
    q.first_token = open_tok + 1;
    q.end_token = end_tok;
    q.inner.start = q.open.end;
    q.inner.end = close_tok >= 0 ? q.close.start
                                 : (end_tok > q.first_token ? toks[end_tok - 1].span.end : q.open.end);
    doc->quotes.push_back(q);
  };

  for (uint32_t i = 0; i <= toks.size(); ++i) {
    // A paragraph break, or the end of the text, closes whatever is still
    // open.
    const bool at_end = i == toks.size();
    if (!stack.empty() &&
        (at_end || (i > 0 && NewlineBetween(*doc, toks[i - 1].span.end, toks[i].span.start)))) {
      const uint32_t t_end = at_end ? s.size() : toks[i].span.start;  // the paragraph's end
      if (const Open o = stack.front(); RestartAfterStrayOpener(o.nested_same, &restarts_left)) {
        // The quote ends with its first sentence; the paragraph is read
        // again after it.
        i = o.token;
        for (uint32_t k = o.token + 1; k < toks.size() && toks[k].span.start < t_end; ++k)
          if (toks[k].kind == TokenKind::kPunct && IsSentenceFinal(s[toks[k].span.start])) {
            finish(o.token, -1, k + 1);
            i = k;
            break;
          }
        stack.clear();
        continue;
      }
      finish(stack.front().token, -1, i);
      stack.clear();
    }
    if (at_end) break;
    Token& t = toks[i];
    t.quote = 0;
    if (t.kind != TokenKind::kQuote) continue;
    const char32_t m = s[t.span.start];
    const bool glued_right = t.span.end < s.size() && !IsSpace(s[t.span.end]) &&
                             i + 1 < toks.size() && toks[i + 1].span.start == t.span.end &&
                             toks[i + 1].kind != TokenKind::kPunct;
    const bool glued_left = t.span.start > 0 && !IsSpace(s[t.span.start - 1]) && i > 0 &&
                            toks[i - 1].span.end == t.span.start;
    if (!stack.empty() && Closes(stack.back().mark, m)) {
      // An ambiguous mark (" or a repeated “) glued to the next word but not
      // to the previous one opens a nested quote rather than closing.
      const bool ambiguous_opener = (IsStraightQuote(m) || m == stack.back().mark) && glued_right &&
                                    !glued_left && !IsClosingQuote(m);
      if (!ambiguous_opener) {
        Open o = stack.back();
        stack.pop_back();
        if (stack.empty()) finish(o.token, static_cast<int32_t>(i), i);
        continue;
      }
      stack.back().nested_same = true;
    }
    // A straight mark glued to the word before it and not to the one after
    // closes a quote we did not see open: a stray closer, ignored.
    const bool stray_straight = IsStraightQuote(m) && glued_left && !glued_right;
    if ((IsOpeningQuote(m) || (IsStraightQuote(m) && !stray_straight) || m == 0x00BB ||
         (IsClosingQuote(m) && glued_right && !glued_left))) {
      // A mark opening a quote right after a colon inside another quote
      // starts new words ("وأضاف: «…"): if the outer one is still open at
      // the paragraph's end, it lost its closing mark (as above).
      if (!stack.empty() && i > 0 && toks[i - 1].kind == TokenKind::kPunct &&
          s[toks[i - 1].span.start] == ':')
        stack.back().nested_same = true;
      stack.push_back({i, m});
    }
    // Otherwise a stray closing mark: left alone.
  }
  // Quotes were finished in order of their end; sort by start for readers.
  std::sort(doc->quotes.begin(), doc->quotes.end(),
            [](const Quote& a, const Quote& b) { return a.open.start < b.open.start; });
  for (uint32_t qi = 0; qi < doc->quotes.size(); ++qi) {
    const Quote& q = doc->quotes[qi];
    uint32_t end = q.close.empty() ? q.end_token : q.end_token + 1;
    for (uint32_t t = q.first_token - 1; t < end && t < toks.size(); ++t) toks[t].quote = qi + 1;
  }
}

}  // namespace isnad

// QuoteMatcher: pairs quotation marks into quotations.
//
// Curly and angle marks (“ ” « » „ ‹ ›) pair by nesting; a straight " opens
// when none is open and closes otherwise. News text is sloppy, so: a closing
// mark glued to the word after it and with no quote open acts as an opening
// one; a quote that is still open at the end of its paragraph ends there
// (its `close` stays empty), so a stray mark never swallows an article;
// and when an ambiguous mark (" or a repeated “), or any opening mark
// right after a colon, opened another quote
// inside such a quote, the quote lost its closing mark: it ends with its
// first sentence (or, with none, its opening mark was a stray one), and the
// rest of the paragraph is read again.
// A quotation may run over several sentences.
//
// Needs: tokens. Adds: Document::quotes (outermost quotations only, nested
// ones are part of their outer quote) and Token::quote.
// Cost: linear in the tokens (a paragraph read again at most 16 times a
// document). Thread-safe.
#ifndef ISNAD_TOKENIZE_QUOTES_H_
#define ISNAD_TOKENIZE_QUOTES_H_

#include "isnad/document.h"

namespace isnad {

class QuoteMatcher {
 public:
  void Process(Document* doc) const;
};

// True when a paragraph break (a newline) stands between tokens a and b.
bool NewlineBetween(const Document& doc, uint32_t a_end, uint32_t b_start);

}  // namespace isnad

#endif  // ISNAD_TOKENIZE_QUOTES_H_

// SentenceSplitter: cuts the token stream into sentences.
//
// A sentence ends at . ! ? ؟ … ۔ and the semicolons ؛ ; (news Arabic uses ؛
// between full clauses), and at every paragraph break (a newline). Closing
// quotation marks and brackets that follow the final mark stay with the
// sentence they close. A period after a single letter (د. م. U.S.) or between
// two short words (إن.بي.سي) is an abbreviation, not an end. A quotation may run over several
// sentences; the quote layer, not the sentence layer, keeps it whole.
//
// Needs: tokens. Adds: Document::sentences (kLayerSentences).
// Cost: linear in the tokens. Thread-safe.
#ifndef ISNAD_TOKENIZE_SENTENCES_H_
#define ISNAD_TOKENIZE_SENTENCES_H_

#include "isnad/document.h"

namespace isnad {

class SentenceSplitter {
 public:
  void Process(Document* doc) const;
};

// Token i is a period glued to a one-letter word before it: an initial or a
// title's abbreviation (د. م. U.S.).
bool IsPeriodAfterInitial(const Document& doc, uint32_t i);

// Token i is a period glued between two short words of Arabic script (three
// code points or fewer each): a part of an abbreviated name (إل.جي،
// إن.بي.سي). Latin letters are left out: a web address ("CR.sa") is not
// read as a name. Longer words
// glued to a period are most often a missing space between two sentences
// ("دولار.وقال").
bool IsPeriodInAbbreviatedName(const Document& doc, uint32_t i);

// A period that ends no sentence: either of the two above. The attribution
// scanner and the entity tagger read periods the same way.
inline bool IsAbbreviationPeriod(const Document& doc, uint32_t i) {
  return IsPeriodAfterInitial(doc, i) || IsPeriodInAbbreviatedName(doc, i);
}

}  // namespace isnad

#endif  // ISNAD_TOKENIZE_SENTENCES_H_

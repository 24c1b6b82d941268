// SentenceSplitter: cuts the token stream into sentences.
//
// A sentence ends at . ! ? ؟ … ۔ and the semicolons ؛ ; (news Arabic uses ؛
// between full clauses), and at every paragraph break (a newline). Closing
// quotation marks and brackets that follow the final mark stay with the
// sentence they close. A period after a single letter (د. م. U.S.) is an
// abbreviation, not an end. A quotation may run over several sentences; the
// quote layer, not the sentence layer, keeps it whole.
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

}  // namespace isnad

#endif  // ISNAD_TOKENIZE_SENTENCES_H_

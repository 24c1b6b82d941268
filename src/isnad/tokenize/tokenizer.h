// Tokenizer: splits a document's text into tokens and fills their
// normalized forms.
//
// Tokens are orthographic: an Arabic word keeps its clitics (وبأنه is one
// token; the clitic segmenter splits it into words later). Recognized units:
// Arabic-script words, words of other scripts, numbers with separators and a
// percent sign (15.5، 1,000، ١٥٪), dates (14/11/2017), URLs, e-mail
// addresses, hashtags, mentions, emoji runs, quotation marks and punctuation
// (an ellipsis "..." is one token).
//
// Needs: Document::cps. Adds: Document::tokens (kLayerTokens).
// Cost: linear in the text, no allocation per token (forms go to the
// document's arena). Thread-safe: the tokenizer holds no state.
#ifndef ISNAD_TOKENIZE_TOKENIZER_H_
#define ISNAD_TOKENIZE_TOKENIZER_H_

#include "isnad/document.h"
#include "isnad/text/normalize.h"

namespace isnad {

class Tokenizer {
 public:
  explicit Tokenizer(NormalizeOptions options = {}) : options_(options) {}
  void Process(Document* doc) const;

 private:
  NormalizeOptions options_;
};

}  // namespace isnad

#endif  // ISNAD_TOKENIZE_TOKENIZER_H_

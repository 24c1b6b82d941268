// Letter trigrams and 4-grams of a word's light stem, as features of the
// technique tagger: forms of one root share them whatever their clitics and
// inflection ("الإرهابيين" and "وإرهاب" share اره رها هاب ارها رهاب), so a
// form the training spans never contain can still share the weights of its
// relatives. On the 5-fold cross-validation of the span data they raised the
// micro-F1 from 0.252 to 0.266 (models/persuasion/README.md). Cost: one pass
// over the stem's code points, 2 features a letter.
#ifndef ISNAD_PERSUADE_STEM_GRAMS_H_
#define ISNAD_PERSUADE_STEM_GRAMS_H_

#include <cstdint>

#include "isnad/document.h"
#include "isnad/persuade/features.h"

namespace isnad {

// Appends the trigram and 4-gram features of token i (Arabic words).
void StemGramFeatures(const Document& doc, uint32_t i, FeatureVector* out);
// The same, with the stems of `ctx` (built on doc) instead of computing
// token i's stem again.
void StemGramFeatures(const Document& doc, const TokenContext& ctx, uint32_t i, FeatureVector* out);
// Appends the grams of tokens [first, end) as a bag, each weighted
// 1/sqrt(their number) (the sentence classifier's).
// `ctx` (optional, built on doc) supplies the stems.
void BagStemGramFeatures(const Document& doc, uint32_t first, uint32_t end, FeatureVector* out,
                         const TokenContext* ctx = nullptr);

}  // namespace isnad

#endif  // ISNAD_PERSUADE_STEM_GRAMS_H_

// Letter trigrams and 4-grams of a word's light stem, as features of the
// technique tagger: the words of one root share them whatever their clitics and
// pattern ("مجرم", "الإجرامية", "جريمة" share "جرم" or "جري"), so a form the
// training spans never contain can still share the weights of its root.
// Cost: one pass over the stem's code points; no allocation once `out` is
// warm.
#ifndef ISNAD_PERSUADE_STEM_GRAMS_H_
#define ISNAD_PERSUADE_STEM_GRAMS_H_

#include <cstdint>

#include "isnad/document.h"
#include "isnad/persuade/features.h"

namespace isnad {

// Appends the trigram and 4-gram features of token i (Arabic words).
void StemGramFeatures(const Document& doc, uint32_t i, FeatureVector* out);

}  // namespace isnad

#endif  // ISNAD_PERSUADE_STEM_GRAMS_H_

// Orthographic normalization of Arabic tokens.
//
// The normalized form is what isnad matches lexicons, cues and names on; it
// never replaces the text. Spans always point into the original, so
// normalization works one token at a time and writes into a caller's buffer.
//
// Steps, in order:
//   1. compatibility forms (Arabic presentation forms, ligatures such as
//      U+FDF2, full-width Latin) are expanded with ICU NFKC;
//   2. diacritics (harakat, shadda, sukun, dagger alif, Quranic marks) and
//      tatweel are dropped, as are zero-width joiners;
//   3. أ إ آ ٱ → ا ; ى → ي ; Persian ی ک → ي ك ;
//   4. Arabic-Indic and Persian digits → ASCII digits;
//   5. optionally ة → ه (off by default: taa marbuta carries gender and
//      number, and the tagger wants it).
//
// Cost: one table lookup per code point; ICU is called only for the rare
// compatibility characters. Thread-safe.
#ifndef ISNAD_TEXT_NORMALIZE_H_
#define ISNAD_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

namespace isnad {

struct NormalizeOptions {
  bool taa_marbuta_to_ha = false;  // ة → ه
};

// Appends the normalized UTF-8 form of `cps` to `out`.
void AppendNormalized(std::u32string_view cps, const NormalizeOptions& options, std::string* out);

// Convenience: normalized UTF-8 of `cps`.
std::string Normalize(std::u32string_view cps, const NormalizeOptions& options = {});

// Normalizes one code point that is not a compatibility character: returns
// the replacement, or 0 when the character is dropped. Exposed for stages
// that normalize on the fly (lexicon matching).
char32_t NormalizeSimple(char32_t c, const NormalizeOptions& options);

}  // namespace isnad

#endif  // ISNAD_TEXT_NORMALIZE_H_

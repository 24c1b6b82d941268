// Character classes of Arabic-script news text.
//
// Table-driven for ASCII and the Arabic block (U+0600-U+06FF), which is
// nearly every character of an Arabic article; ICU's general category for the
// rest. All functions are O(1) and allocation-free.
#ifndef ISNAD_TEXT_CHARS_H_
#define ISNAD_TEXT_CHARS_H_

namespace isnad {

// Harakat, shadda, sukun, dagger alif and Quranic marks: dropped by
// normalization, and part of the word they sit on.
inline bool IsArabicDiacritic(char32_t c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED && c != 0x06DD && c != 0x06DE);
}
inline bool IsTatweel(char32_t c) { return c == 0x0640; }

// Arabic letters proper (hamza..yeh and the extended letters), presentation
// forms included.
inline bool IsArabicLetter(char32_t c) {
  return (c >= 0x0620 && c <= 0x063F) || (c >= 0x0641 && c <= 0x064A) ||
         (c >= 0x066E && c <= 0x066F) || (c >= 0x0671 && c <= 0x06D3) || c == 0x06D5 ||
         (c >= 0x06EE && c <= 0x06EF) || (c >= 0x06FA && c <= 0x06FF) ||
         (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF) ||
         (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC);
}

// Characters that may continue an Arabic word: letters, diacritics, tatweel,
// and the zero-width (non-)joiners.
inline bool IsArabicWordChar(char32_t c) {
  // U+0620-U+065F (letters, tatweel, harakat) is nearly every character of
  // an Arabic word: one comparison instead of the chain below.
  if (c - 0x0620u < 0x40u) return true;
  return IsArabicLetter(c) || IsArabicDiacritic(c) || IsTatweel(c) || c == 0x200C || c == 0x200D;
}

inline bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
// ASCII, Arabic-Indic (U+0660) and Extended Arabic-Indic / Persian (U+06F0).
inline bool IsDigit(char32_t c) {
  return IsAsciiDigit(c) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9);
}
inline int DigitValue(char32_t c) {
  if (IsAsciiDigit(c)) return static_cast<int>(c - '0');
  if (c >= 0x0660 && c <= 0x0669) return static_cast<int>(c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return static_cast<int>(c - 0x06F0);
  return -1;
}

inline bool IsAsciiLetter(char32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// White space, including no-break and the Unicode spaces news sites paste in.
inline bool IsSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
  if (c >= 0x0600 && c < 0x2000) return c == 0x1680;  // the Arabic block: never space
  return c == 0x00A0 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF || c == 0x0085;
}
inline bool IsNewline(char32_t c) { return c == '\n' || c == 0x2029 || c == 0x2028 || c == 0x0085; }

// Any letter (ICU category L*) or combining mark, of any script.
bool IsLetterOrMark(char32_t c);

// A capital or title-case letter of a cased script (Latin, Greek, Cyrillic...).
bool IsCapitalLetter(char32_t c);

// Emoji and pictographs (and their modifiers / joiners): one token per run.
bool IsEmoji(char32_t c);

// Quotation marks. A straight quote (" ') is neither opening nor closing by
// itself; the tokenizer decides from context.
inline bool IsOpeningQuote(char32_t c) {
  return c == 0x201C || c == 0x00AB || c == 0x201E || c == 0x2018 || c == 0x201A || c == 0x2039 ||
         c == 0x300C || c == 0x300E;
}
// (The double prime ″ closes “ in text typed with a "smart quotes" editor:
// “معرض وظائف 2015″; 177 of its 198 uses in SaudiNewsNet.)
inline bool IsClosingQuote(char32_t c) {
  return c == 0x201D || c == 0x00BB || c == 0x2019 || c == 0x203A || c == 0x300D || c == 0x300F ||
         c == 0x2033;
}
inline bool IsStraightQuote(char32_t c) { return c == '"' || c == 0xFF02; }
inline bool IsQuoteMark(char32_t c) {
  return IsOpeningQuote(c) || IsClosingQuote(c) || IsStraightQuote(c);
}

// Sentence-final marks: . ! ? and the Arabic question mark, the ellipsis,
// and the Arabic full stop U+06D4.
inline bool IsSentenceFinal(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x061F || c == 0x2026 || c == 0x06D4;
}
// The Arabic semicolon ends a sentence in news style; the Latin one does too.
inline bool IsSemicolon(char32_t c) { return c == ';' || c == 0x061B; }
inline bool IsComma(char32_t c) { return c == ',' || c == 0x060C; }

}  // namespace isnad

#endif  // ISNAD_TEXT_CHARS_H_

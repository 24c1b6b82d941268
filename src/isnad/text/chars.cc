#include "isnad/text/chars.h"

#include <unicode/uchar.h>

namespace isnad {

bool IsCapitalLetter(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  const int8_t t = u_charType(static_cast<UChar32>(c));
  return t == U_UPPERCASE_LETTER || t == U_TITLECASE_LETTER;
}

bool IsLetterOrMark(char32_t c) {
  if (c < 0x80) return IsAsciiLetter(c);
  if (IsArabicWordChar(c)) return true;
  const int8_t t = u_charType(static_cast<UChar32>(c));
  return (t >= U_UPPERCASE_LETTER && t <= U_OTHER_LETTER) || t == U_NON_SPACING_MARK ||
         t == U_COMBINING_SPACING_MARK || t == U_ENCLOSING_MARK;
}

bool IsEmoji(char32_t c) {
  if (c < 0x2000) return false;
  if (c == 0x200D || c == 0xFE0F || (c >= 0x1F3FB && c <= 0x1F3FF)) return true;  // ZWJ, VS16, skin tones
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_EXTENDED_PICTOGRAPHIC) ||
         (c >= 0x1F1E6 && c <= 0x1F1FF);  // regional indicators (flags)
}

}  // namespace isnad

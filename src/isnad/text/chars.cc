#include "isnad/text/chars.h"

#include <unicode/uchar.h>

namespace isnad {

bool IsSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
  if (c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 ||
      c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF || c == 0x0085)
    return true;
  return false;
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

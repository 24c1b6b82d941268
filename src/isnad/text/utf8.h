// UTF-8 decoding and encoding.
//
// isnad works on code points: every span in the analysis is a code-point
// offset into the original text. Decoding is strict by default (RFC 3629:
// no overlongs, no surrogates, nothing above U+10FFFF); an invalid sequence is
// an error naming its byte offset. In lenient mode every maximal invalid
// subpart becomes U+FFFD (the WHATWG / Unicode "substitution of maximal
// subparts" practice) and the count is reported.
//
// Cost: one pass, no allocation beyond the output vector.
#ifndef ISNAD_TEXT_UTF8_H_
#define ISNAD_TEXT_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "isnad/status.h"

namespace isnad {

struct Utf8DecodeResult {
  std::u32string code_points;
  size_t replaced = 0;  // lenient mode: how many invalid sequences became U+FFFD
};

// Decodes `bytes`. Strict mode fails at the first invalid sequence with a
// message "invalid UTF-8 at byte N"; lenient mode never fails.
Status DecodeUtf8(std::string_view bytes, bool lenient, Utf8DecodeResult* out);

// Appends the UTF-8 encoding of `cp` to `out`.
inline void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Calls fn(cp) for each code point of `s`, which must be well-formed UTF-8
// that isnad itself wrote (the arena of normalized and word forms): no
// validation, no allocation.
template <typename Fn>
void ForEachCodePoint(std::string_view s, Fn fn) {
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    char32_t c;
    int n;
    if (b < 0x80) {
      c = b, n = 1;
    } else if (b < 0xE0) {
      c = b & 0x1F, n = 2;
    } else if (b < 0xF0) {
      c = b & 0x0F, n = 3;
    } else {
      c = b & 0x07, n = 4;
    }
    for (int k = 1; k < n && i + k < s.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    fn(c);
    i += static_cast<size_t>(n);
  }
}

// UTF-8 of code points [begin, end) of `cps`.
std::string EncodeUtf8(std::u32string_view cps);

}  // namespace isnad

#endif  // ISNAD_TEXT_UTF8_H_

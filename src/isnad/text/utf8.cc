#include "isnad/text/utf8.h"

namespace isnad {
namespace {

// Length of the valid sequence starting at bytes[i], or 0 when it is invalid;
// on success stores the code point. `bad_len` gets the length of the maximal
// invalid subpart to skip in lenient mode.
size_t DecodeOne(const unsigned char* s, size_t n, size_t i, char32_t* cp, size_t* bad_len) {
  unsigned char b0 = s[i];
  *bad_len = 1;
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  size_t len;
  char32_t v;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
    v = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    v = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;  // no overlongs
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    v = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  for (size_t k = 1; k < len; ++k) {
    if (i + k >= n) {
      *bad_len = k;
      return 0;
    }
    unsigned char b = s[i + k];
    unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (b < l || b > h) {
      *bad_len = k;
      return 0;
    }
    v = (v << 6) | (b & 0x3F);
  }
  *cp = v;
  return len;
}

}  // namespace

Status DecodeUtf8(std::string_view bytes, bool lenient, Utf8DecodeResult* out) {
  // The output never has more code points than the input has bytes: size it
  // once and write through a pointer (push_back per code point was a quarter
  // of the tokenizer's time).
  std::u32string& cps = out->code_points;
  cps.resize(bytes.size());
  out->replaced = 0;
  char32_t* o = cps.data();
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    // ASCII fast path.
    while (i < n && s[i] < 0x80) *o++ = s[i++];
    if (i >= n) break;
    // Two-byte fast path: the Arabic block (lead bytes D8-DB) and Latin-1.
    if (s[i] >= 0xC2 && s[i] <= 0xDF && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
      *o++ = (static_cast<char32_t>(s[i] & 0x1F) << 6) | (s[i + 1] & 0x3F);
      i += 2;
      continue;
    }
    char32_t cp;
    size_t bad_len;
    size_t len = DecodeOne(s, n, i, &cp, &bad_len);
    if (len == 0) {
      if (!lenient) {
        cps.clear();
        return Status::Error("invalid UTF-8 at byte " + std::to_string(i));
      }
      *o++ = U'\uFFFD';
      ++out->replaced;
      i += bad_len;
      continue;
    }
    *o++ = cp;
    i += len;
  }
  cps.resize(static_cast<size_t>(o - cps.data()));
  return Status::Ok();
}

std::string EncodeUtf8(std::u32string_view cps) {
  std::string out;
  out.reserve(cps.size() * 2);
  for (char32_t c : cps) AppendUtf8(c, &out);
  return out;
}

}  // namespace isnad

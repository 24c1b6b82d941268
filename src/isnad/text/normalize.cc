#include "isnad/text/normalize.h"

#include <array>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "isnad/text/chars.h"
#include "isnad/text/utf8.h"

namespace isnad {
namespace {

// Compatibility characters that NFKC rewrites and that occur in Arabic news:
// presentation forms A and B, Arabic ligatures, full-width and small forms.
bool NeedsNfkc(char32_t c) {
  return (c >= 0xFB00 && c <= 0xFDFF) || (c >= 0xFE10 && c <= 0xFE6F) ||
         (c >= 0xFE70 && c <= 0xFEFC) || (c >= 0xFF01 && c <= 0xFFEE);
}

void AppendNfkc(char32_t c, const NormalizeOptions& options, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (nfkc == nullptr) {
    AppendUtf8(c, out);
    return;
  }
  status = U_ZERO_ERROR;
  icu::UnicodeString src(static_cast<UChar32>(c));
  icu::UnicodeString dst = nfkc->normalize(src, status);
  if (U_FAILURE(status)) {
    AppendUtf8(c, out);
    return;
  }
  for (int32_t i = 0; i < dst.length();) {
    UChar32 d = dst.char32At(i);
    i += U16_LENGTH(d);
    char32_t r = NormalizeSimple(static_cast<char32_t>(d), options);
    if (r == 0) continue;
    if (r == ' ') continue;  // NFKC of isolated harakat forms yields space + mark
    AppendUtf8(r, out);
  }
}

}  // namespace

char32_t NormalizeSimple(char32_t c, const NormalizeOptions& options) {
  if (c < 0x80) return c;
  if (c >= 0x0600 && c <= 0x06FF) {
    if (IsArabicDiacritic(c) || IsTatweel(c)) return 0;
    switch (c) {
      case 0x0622:  // آ
      case 0x0623:  // أ
      case 0x0625:  // إ
      case 0x0671:  // ٱ
        return 0x0627;
      case 0x0649:  // ى
      case 0x06CC:  // ی
        return 0x064A;
      case 0x06A9:  // ک
        return 0x0643;
      case 0x0629:  // ة
        return options.taa_marbuta_to_ha ? 0x0647 : c;
      default:
        break;
    }
    if (c >= 0x0660 && c <= 0x0669) return '0' + (c - 0x0660);
    if (c >= 0x06F0 && c <= 0x06F9) return '0' + (c - 0x06F0);
    return c;
  }
  if (c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F || c == 0xFEFF) return 0;
  return c;
}

namespace {

// NormalizeSimple over the Arabic block U+0600-U+06FF (taa marbuta kept),
// computed once: a table lookup instead of the switch for the characters
// that make up nearly all of an Arabic text.
const std::array<char32_t, 256>& ArabicBlockMap() {
  static const std::array<char32_t, 256> table = [] {
    std::array<char32_t, 256> t{};
    for (char32_t c = 0; c < 256; ++c) t[c] = NormalizeSimple(0x0600 + c, NormalizeOptions{});
    return t;
  }();
  return table;
}

}  // namespace

void AppendNormalized(std::u32string_view cps, const NormalizeOptions& options, std::string* out) {
  const std::array<char32_t, 256>& arabic = ArabicBlockMap();
  // Encoded into a stack buffer and appended once per token (or per 256
  // bytes): push_back per byte was the largest cost of tokenization.
  char buf[256];
  size_t k = 0;
  auto flush = [&] {
    out->append(buf, k);
    k = 0;
  };
  for (char32_t c : cps) {
    if (k > sizeof buf - 4) flush();
    if (c < 0x80) {
      buf[k++] = static_cast<char>(c);
      continue;
    }
    if (NeedsNfkc(c)) {
      flush();
      AppendNfkc(c, options, out);
      continue;
    }
    char32_t r;
    if (c - 0x0600u < 0x100u) {
      r = (c == 0x0629 && options.taa_marbuta_to_ha) ? 0x0647 : arabic[c - 0x0600];
    } else {
      r = NormalizeSimple(c, options);
    }
    if (r == 0) continue;
    if (r < 0x80) {
      buf[k++] = static_cast<char>(r);
    } else if (r < 0x800) {
      buf[k++] = static_cast<char>(0xC0 | (r >> 6));
      buf[k++] = static_cast<char>(0x80 | (r & 0x3F));
    } else if (r < 0x10000) {
      buf[k++] = static_cast<char>(0xE0 | (r >> 12));
      buf[k++] = static_cast<char>(0x80 | ((r >> 6) & 0x3F));
      buf[k++] = static_cast<char>(0x80 | (r & 0x3F));
    } else {
      buf[k++] = static_cast<char>(0xF0 | (r >> 18));
      buf[k++] = static_cast<char>(0x80 | ((r >> 12) & 0x3F));
      buf[k++] = static_cast<char>(0x80 | ((r >> 6) & 0x3F));
      buf[k++] = static_cast<char>(0x80 | (r & 0x3F));
    }
  }
  flush();
}

std::string Normalize(std::u32string_view cps, const NormalizeOptions& options) {
  std::string out;
  out.reserve(cps.size() * 2);
  AppendNormalized(cps, options, &out);
  return out;
}

}  // namespace isnad

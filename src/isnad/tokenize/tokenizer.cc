#include "isnad/tokenize/tokenizer.h"

#include "isnad/text/chars.h"

namespace isnad {
namespace {

bool StartsWithAscii(const std::u32string& s, size_t i, const char* prefix) {
  for (size_t k = 0; prefix[k]; ++k) {
    if (i + k >= s.size()) return false;
    char32_t c = s[i + k];
    if (c < 0x80 && (c | 0x20) == static_cast<char32_t>(prefix[k] | 0x20) && IsAsciiLetter(c)) continue;
    if (c != static_cast<char32_t>(prefix[k])) return false;
  }
  return true;
}

// Characters that end a URL or e-mail when they come last: punctuation that
// belongs to the sentence around it.
bool IsTrailingUrlPunct(char32_t c) {
  return c == '.' || c == ',' || c == ')' || c == ']' || c == ';' || c == ':' || c == '!' ||
         c == '?' || c == '\'' || c == '"' || IsComma(c) || IsSemicolon(c) || c == 0x061F ||
         IsClosingQuote(c);
}

bool IsUrlChar(char32_t c) {
  return !IsSpace(c) && c != '"' && c != '<' && c != '>' && !IsOpeningQuote(c) && !IsClosingQuote(c) &&
         c != 0x060C;
}

bool IsEmailLocalChar(char32_t c) {
  return IsAsciiLetter(c) || IsAsciiDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

bool IsHashtagChar(char32_t c) { return c == '_' || IsDigit(c) || IsLetterOrMark(c) || IsTatweel(c); }

// Separators allowed between digit groups of one number: 15.5 1,000 ١٥٫٥ and
// the Arabic comma, which Arabic news writes as the decimal mark (2،5 في
// المئة, الساعة 5،42) and UD Arabic-PADT keeps inside the number token. With a
// space after it, the Arabic comma stays punctuation.
bool IsNumberSeparator(char32_t c) {
  return c == '.' || c == ',' || c == 0x060C || c == 0x066B || c == 0x066C;
}
bool IsDateSeparator(char32_t c) { return c == '/' || c == '-'; }
bool IsPercent(char32_t c) { return c == '%' || c == 0x066A; }

}  // namespace

void Tokenizer::Process(Document* doc) const {
  const std::u32string& s = doc->cps;
  const size_t n = s.size();
  doc->tokens.clear();
  doc->tokens.reserve(n / 5 + 8);
  doc->arena.reserve(doc->arena.size() + doc->text.size() + 16);

  auto emit = [&](size_t b, size_t e, TokenKind kind) {
    Token t;
    t.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    t.kind = kind;
    t.norm_offset = static_cast<uint32_t>(doc->arena.size());
    AppendNormalized(std::u32string_view(s).substr(b, e - b), options_, &doc->arena);
    t.norm_length = static_cast<uint32_t>(doc->arena.size()) - t.norm_offset;
    doc->tokens.push_back(t);
  };

  size_t i = 0;
  while (i < n) {
    const char32_t c = s[i];
    if (IsSpace(c)) {
      ++i;
      continue;
    }
    // Arabic words: the common case first.
    if (IsArabicLetter(c) || (IsArabicDiacritic(c)) || IsTatweel(c)) {
      size_t j = i + 1;
      bool letters = IsArabicLetter(c);
      for (; j < n && IsArabicWordChar(s[j]); ++j) letters |= IsArabicLetter(s[j]);
      // A run of tatweel with no letter is a dash drawn with it: "حسب رأي
      // الجيولوجيين ـــ الأقدم"، "ـ حفظه الله ـ".
      emit(i, j, letters ? TokenKind::kWord : TokenKind::kPunct);
      i = j;
      continue;
    }
    // URLs.
    if (StartsWithAscii(s, i, "http://") || StartsWithAscii(s, i, "https://") ||
        StartsWithAscii(s, i, "www.")) {
      size_t j = i;
      while (j < n && IsUrlChar(s[j])) ++j;
      while (j > i + 4 && IsTrailingUrlPunct(s[j - 1])) --j;
      emit(i, j, TokenKind::kUrl);
      i = j;
      continue;
    }
    // E-mail: an ASCII local part that reaches an '@' followed by a domain.
    if (IsAsciiLetter(c) || IsAsciiDigit(c)) {
      size_t j = i;
      while (j < n && IsEmailLocalChar(s[j])) ++j;
      if (j < n && s[j] == '@' && j + 1 < n && (IsAsciiLetter(s[j + 1]) || IsAsciiDigit(s[j + 1]))) {
        size_t k = j + 1;
        bool dot = false;
        while (k < n && (IsAsciiLetter(s[k]) || IsAsciiDigit(s[k]) || s[k] == '.' || s[k] == '-')) {
          dot |= s[k] == '.';
          ++k;
        }
        while (k > j + 1 && (s[k - 1] == '.' || s[k - 1] == '-')) --k;
        if (dot) {
          emit(i, k, TokenKind::kEmail);
          i = k;
          continue;
        }
      }
    }
    // Hashtags and mentions.
    if ((c == '#' || c == '@') && i + 1 < n && IsHashtagChar(s[i + 1])) {
      size_t j = i + 1;
      while (j < n && IsHashtagChar(s[j])) ++j;
      emit(i, j, c == '#' ? TokenKind::kHashtag : TokenKind::kMention);
      i = j;
      continue;
    }
    // Numbers and dates: digit groups joined by one separator each.
    if (IsDigit(c)) {
      size_t j = i;
      int date_seps = 0;
      bool only_date_seps = true;
      while (j < n && IsDigit(s[j])) ++j;
      while (j + 1 < n && (IsNumberSeparator(s[j]) || IsDateSeparator(s[j]) || s[j] == ':') &&
             IsDigit(s[j + 1])) {
        if (IsDateSeparator(s[j])) {
          ++date_seps;
        } else {
          only_date_seps = false;
        }
        j += 1;
        while (j < n && IsDigit(s[j])) ++j;
      }
      if (j < n && IsPercent(s[j])) ++j;
      const bool date = date_seps >= 1 && only_date_seps && (date_seps == 2 || s[j - 1] != '%');
      emit(i, j, date ? TokenKind::kDate : TokenKind::kNumber);
      i = j;
      continue;
    }
    // Words of other scripts (Latin, ...), digits allowed after the first
    // letter (F16, G20), an inner apostrophe or hyphen kept (O'Brien, al-Assad).
    if (IsLetterOrMark(c) && !IsArabicWordChar(c)) {
      size_t j = i + 1;
      while (j < n) {
        char32_t d = s[j];
        if ((IsLetterOrMark(d) && !IsArabicLetter(d)) || IsAsciiDigit(d)) {
          ++j;
        } else if ((d == '\'' || d == '-' || d == 0x2019) && j + 1 < n && IsLetterOrMark(s[j + 1]) &&
                   !IsArabicLetter(s[j + 1])) {
          j += 2;
        } else {
          break;
        }
      }
      emit(i, j, TokenKind::kLatin);
      i = j;
      continue;
    }
    if (IsEmoji(c) && c != 0x200D) {
      size_t j = i + 1;
      while (j < n && IsEmoji(s[j])) ++j;
      emit(i, j, TokenKind::kEmoji);
      i = j;
      continue;
    }
    if (IsQuoteMark(c)) {
      emit(i, i + 1, TokenKind::kQuote);
      ++i;
      continue;
    }
    if (c == '.' && i + 2 < n && s[i + 1] == '.' && s[i + 2] == '.') {  // "..." (or longer)
      size_t j = i + 3;
      while (j < n && s[j] == '.') ++j;
      emit(i, j, TokenKind::kPunct);
      i = j;
      continue;
    }
    // Single-character punctuation or symbol.
    const bool punct = (c < 0x80 && !IsAsciiLetter(c) && !IsAsciiDigit(c) &&
                        c != '$' && c != '+' && c != '<' && c != '=' && c != '>' && c != '^' &&
                        c != '|' && c != '~' && c != '`') ||
                       IsComma(c) || IsSemicolon(c) || c == 0x061F || c == 0x06D4 || c == 0x2026 ||
                       (c >= 0x2010 && c <= 0x2015) || c == 0x066D;
    emit(i, i + 1, punct ? TokenKind::kPunct : TokenKind::kSymbol);
    ++i;
  }
  doc->layers |= kLayerTokens;
}

}  // namespace isnad

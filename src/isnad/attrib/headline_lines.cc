// Lines "X: Y" (AttributionScan, attribution_scan.h): the article's headline
// ("كيري: مصر دفعت …", attribution.md's colon cue), and any other line of
// its own that reads so, a subheading or a dialogue's turn, unless it is a
// label (IsLineLabel).
#include <string_view>

#include "isnad/attrib/attribution_scan.h"
#include "isnad/attrib/source_kind.h"
#include "isnad/tokenize/quotes.h"

namespace isnad {

using namespace clause_words;  // the word lists of attribution (clause_words.h)

// The longest first line read as a headline, in tokens.
constexpr uint32_t kHeadlineLineTokens = 30;

// Headline "X: Y": the first line of the article, a short source before a
// colon; and so any other line of its own that reads so, a subheading
// ("العطية: الاجتماع الخليجي الأميركي بناء"), when its source is a name or
// of a kind the lexicon knows.
void AttributionScan::ScanColonLines() {
  ScanColonLineAt(0);
  for (uint32_t k = 1; k < doc_.sentences.size(); ++k) {
    const uint32_t first = doc_.sentences[k].first_token;
    if (first > 0 && first < n_ &&
        NewlineBetween(doc_, toks_[first - 1].span.end, toks_[first].span.start))
      ScanColonLineAt(k);
  }
}

void AttributionScan::ScanColonLineAt(uint32_t sentence) {
  const Sentence& s0 = doc_.sentences[sentence];
  // (Quotation marks around a name take no word's place: "المتهم بتفجير
  // “مسجد الصادق”: كنا نريد …".)
  // (Nor does whom it was told: "مستشار رئيس الوزراء البريطاني لـ«الشرق
  // الأوسط»: السجون حاضنة للتطرف".)
  uint32_t marks = 0, told = 0;
  // (Up to five words; six or seven when they name a source of a kind the
  // lexicon knows: "الأمانة العامة لهيئة كبار العلماء: يجب …".)
  for (uint32_t i = s0.first_token + 1; i < s0.end_token && i <= s0.first_token + 6 + marks + told;
       ++i) {
    if (toks_[i].kind == TokenKind::kQuote) ++marks;
    if (i + 1 < s0.end_token && clauses_.IsMarkAfterLam(i + 1))
      told += clauses_.ToldInMarksEnd(i + 1) - i;
    if (!IsColon(doc_, toks_[i])) continue;
    bool words = true;
    for (uint32_t k = s0.first_token; k < i; ++k) {
      CueMatch mm;
      words &=
          (IsWord(toks_[k]) && !clauses_.IsCueAt(k, &mm)) || toks_[k].kind == TokenKind::kQuote;
    }
    // A headline is a line of its own, or a short line of phrases cut by
    // ".." ("بريطانيا :إيران دولة “مارقة” داعمة للارهاب.. وسنحمي أمن الخليج").
    uint32_t line_end = s0.end_token;
    while (line_end < n_ && line_end < s0.first_token + kHeadlineLineTokens &&
           !NewlineBetween(doc_, toks_[line_end - 1].span.end, toks_[line_end].span.start))
      ++line_end;
    const bool own_line = line_end >= n_ || line_end < s0.first_token + kHeadlineLineTokens;
    if (!words || !own_line || i + 2 >= s0.end_token) break;
    // A source never opens with a preposition or an adverb: "من التاريخ:"
    // and "من الميدان:" name a column, not who speaks.
    if (kSpeakerStops.count(clauses_.N(s0.first_token))) break;
    if (i > s0.first_token + 4 + marks + told) {
      bool by_default = false;
      const SourceKind kind = ClassifySource(doc_, s0.first_token, i, &by_default);
      if (by_default || (kind != SourceKind::kOrganization && kind != SourceKind::kPerson)) break;
    }
    Found x;
    x.a.cue = toks_[i].span;
    x.cue_first = i;
    x.cue_end = i + 1;
    x.spk_first = s0.first_token;
    x.spk_end = i;
    // Whom it was told is no part of the source: "الصالح لـ "سبق": …".
    for (uint32_t k = s0.first_token + 1; k < i; ++k)
      if (clauses_.N(k) == "لـ" || clauses_.N(k) == "ل" || clauses_.IsMarkAfterLam(k)) {
        x.spk_end = k;
        break;
      }
    x.explicit_speaker = true;
    x.a.content = clauses_.TrimmedSpan(i + 1, s0.end_token);
    x.a.direct = false;
    if (sentence > 0) {
      if (IsLineLabel(x.spk_first, x.spk_end, i + 1, s0.end_token)) break;
      found_.push_back(x);
      break;
    }
    // "الأعرجي: يتهم المالكي بإهدار تريليون دولار": a present-tense cue
    // right after the colon is the cue, and what follows it the content.
    CueMatch after_colon;
    if (IsWord(toks_[i + 1]) && clauses_.IsCueAt(i + 1, &after_colon) && after_colon.info.present &&
        !after_colon.info.ambiguous && after_colon.info.cls != CueClass::kImpersonal) {
      x.cls = after_colon.info.cls;
      x.a.cue = toks_[i + 1].span;
      x.cue_first = i + 1;
      x.cue_end = i + 2;
      x.a.content = clauses_.TrimmedSpan(i + 2, s0.end_token);
      if (x.a.content.empty()) break;
    }
    found_.push_back(x);
    break;
  }
}

// Whether a line "X: Y" inside the article, the source at tokens [first,
// end) and what follows the colon at [after, line_end), is a label rather
// than a subheading's or a dialogue's words: a source that is no name and
// of no kind the lexicon knows, or holds a verb ("ردت منيرة:"), a link
// ("رابط الخبر بصحيفة الوئام:") or إلى / عن / حول; words after it that open
// with a number ("التقييم: 5 نجوم"), are a name alone
// ("المدرب: الروماني كوزمين اولاريو"), a line-up with numbers in brackets
// ("السعودية: سلمان الفرج (36)، …"), or a report of its own ("الدفاع:
// تقول أيرلندا إنها …").
bool AttributionScan::IsLineLabel(uint32_t first, uint32_t end, uint32_t after,
                                  uint32_t line_end) const {
  bool by_default = false;
  ClassifySource(doc_, first, end, &by_default);
  if (by_default && !HasNameIn(first, end)) return true;
  // (Nor a heading addressed to someone or about something: "رسالة إلى وزير
  // التجارة:"; nor a field whose value is a number: "التقييم: 5 نجوم".)
  for (uint32_t k = first; k < end; ++k)
    if (clauses_.IsVerb(toks_[k]) || StripArticle(clauses_.N(k)) == "رابط" ||
        clauses_.N(k) == "الي" || clauses_.N(k) == "عن" || clauses_.N(k) == "حول")
      return true;
  if (after < line_end && toks_[after].kind == TokenKind::kNumber) return true;
  CueMatch m;
  if (after < line_end && IsWord(toks_[after]) && clauses_.IsCueAt(after, &m)) return true;
  bool all_named = true;
  for (uint32_t k = after; k < line_end; ++k) {
    if (IsPunctChar(doc_, toks_[k], '(') && k + 1 < line_end &&
        toks_[k + 1].kind == TokenKind::kNumber)
      return true;
    // (A gentilic before the name is part of it: الروماني، الفرنسي.)
    const std::string_view w = clauses_.N(k);
    if (IsWord(toks_[k]) && !entity_tokens_[k] && !(w.starts_with("ال") && w.ends_with("ي")))
      all_named = false;
  }
  return all_named;
}

}  // namespace isnad

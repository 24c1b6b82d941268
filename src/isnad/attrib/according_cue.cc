// The cues of the according class (AttributionScan, attribution_scan.h):
// بحسب X, وفقا لـ X, حسب ما أعلن X. Where the cue ends, its source, and the
// clause the source vouches for.
#include <string_view>

#include "isnad/attrib/attribution_scan.h"
#include "isnad/attrib/source_kind.h"
#include "isnad/tokenize/quotes.h"

namespace isnad {

using namespace clause_words;  // the word lists of attribution (clause_words.h)

// Where a cue of the according class at token i ends: past ما, لما, لـ and
// a verb that joins it.
uint32_t AttributionScan::AccordingCueEnd(uint32_t i, uint32_t limit) const {
  uint32_t j = i + 1;
  // "وفقا لـ«بوينغ»", "وفقا لما أعلنته …": لـ (normalized ل, a word of
  // its own) and لما belong to the cue.
  if (j < limit && (clauses_.N(j) == "ما" || clauses_.N(j) == "لما" || clauses_.N(j) == "عن" ||
                    clauses_.N(j) == "وصف" || clauses_.N(j) == "ل" || clauses_.N(j) == "الي"))
    ++j;
  // "حسب ما أعلن X", "حسبما ذكرت X", "وفقما أفاد X": the verb joins the cue.
  const std::string_view cue_word = clauses_.N(i);
  const bool ends_in_ma = clauses_.N(j - 1) == "ما" || clauses_.N(j - 1) == "لما" ||
                          (cue_word.size() > 4 && cue_word.substr(cue_word.size() - 4) == "ما");
  if (j < limit && ends_in_ma) {
    CueMatch mm;
    // Any verb there joins it too: "حسب ما أعلنته المنظمة"، "حسب ما نقلت
    // وكالة …"، "حسبما أخبرني …".
    if (j < limit && (clauses_.IsCueAt(j, &mm) || clauses_.N(j) == "يذكر" ||
                      clauses_.N(j) == "يقال" || VerbAt(j, /*clause=*/true)))
      ++j;
    // "بحسب ما جاء في المقطع"، "وفق ما ورد في التقرير": the source is what
    // follows في.
    const std::string_view verb = clauses_.N(j - 1);
    if (j < limit && clauses_.N(j) == "في" && (verb == "جاء" || verb == "ورد" || verb == "وجاء"))
      ++j;
  }
  return j;
}

// "وفقا لـ«يو إس إيه توداي»": the source is the name in the marks that open
// at token j, after لـ; null when there is none.
const Quote* AttributionScan::NameInMarksAt(uint32_t j, uint32_t limit) const {
  // (Also with no لـ: "وبحسب «رويترز» تعافى …"، "وحسب "بوابة الأهرام"، …".)
  if (j < limit && (clauses_.IsMarkAfterLam(j) || IsOpeningMarkOfQuote(doc_, j))) {
    const Quote& q = doc_.quotes[toks_[j].quote - 1];
    if (!q.close.empty() && q.end_token > q.first_token && q.end_token - q.first_token <= 6) return &q;
  }
  return nullptr;
}

// "تختلف بحسب الطبقة", "حسب الحاجة": measure, not a source.
// With ل glued to it too: "وفقا لعدد من الأسس", "وفقا لأحكام هذا القانون".
// And with a possessive pronoun: "بحسب ظروفه"، "حسب إمكاناتهم".
bool AttributionScan::IsMeasure(uint32_t i, uint32_t j, uint32_t begin) const {
  const std::string_view measure = StripArticle(clauses_.N(j));
  // (StripArticle reads لل as ل + the article; "للحظاته" is ل + لحظاته.)
  const std::string_view raw = clauses_.N(j);
  if (raw.size() > 6 && raw.substr(0, 4) == "لل" &&
      IsListedWithPossessive(kNotSources, raw.substr(2)))
    return true;
  // (Past an elative: "ووفق أرقى معايير حماية البيئة"، "وفق أدق الضوابط".)
  if ((measure == "ارقي" || measure == "احدث" || measure == "اعلي" || measure == "افضل" ||
       measure == "ادق" || measure == "اهم") &&
      j + 1 < n_ && IsWord(toks_[j + 1]))
    return IsListedWithPossessive(kNotSources, StripArticle(clauses_.N(j + 1)));
  return IsListedWithPossessive(kNotSources, measure) ||
         (measure.size() > 6 && measure.substr(0, 2) == "ل" &&
          IsListedWithPossessive(kNotSources, measure.substr(2))) ||
         (i > begin && kVarying.count(clauses_.N(i - 1)));
}

// "تحقيق السلام الكامل وفقاً للمبادرة العربية"، "مازال ساريًا وفقا للقرار"،
// "وتطويرها وفقا للأصول الشرعية": وفقا / طبقا right after a word of the
// clause, before a thing that is no name and no source the lexicon knows,
// says "in accordance with", not "according to". (At the clause's start or
// after a pause it still reports: "ووفقاً للقرار فإن مجلس الإدارة …"، "،
// وفقا للكثير من المسؤولين".) x holds the cue's end and the source.
bool AttributionScan::IsConformity(uint32_t i, uint32_t begin, const Found& x) const {
  const uint32_t spk_first = x.spk_first, spk_end = x.spk_end;
  std::string_view cue = clauses_.N(i);
  if (OpensWithConjunction(i)) cue.remove_prefix(2);  // ووفقا، وطبقا
  if (!kConformityCues.count(cue)) return false;
  // "-حسب الأحوال-"، "حسب الظروف"، "حسب الحاجة": as the case may be, wherever
  // it stands; circumstances are no source.
  if (const std::string_view head = StripArticle(clauses_.N(x.spk_first));
      x.spk_end == x.spk_first + 1 && (head == "احوال" || head == "ظروف" || head == "حاجة"))
    return true;
  if (i <= begin || !IsWord(toks_[i - 1])) return false;
  // (A verb joined to the cue makes it a report: "وفق ما نصت عليه الشريعة"،
  // "وفق ما ذكرت الوزارة"; AccordingCueEnd joins it after ما / لما.)
  if (x.cue_end > i + 1) {
    const std::string_view last = clauses_.N(x.cue_end - 1);
    if (last != "ما" && last != "لما" && last != "ل" && last != "الي" && last != "عن") return false;
  }
  if (entity_tokens_[spk_first]) return false;
  // "بحسب كل شركة طيران": depending on each, no source.
  if (clauses_.N(spk_first) == "كل" && spk_first + 1 < spk_end) return true;
  // "وفقا لخطة تتضمن انسحاب الحوثيين"، "وفقاً لموجهات اللجنة العلمية": a norm
  // ("وفق هذه الضوابط" too).
  {
    // (ل glued to it, whether or not the segmenter split it off.)
    const uint32_t h = spk_first + 1 < spk_end && kDemonstratives.count(clauses_.N(spk_first))
                           ? spk_first + 1
                           : spk_first;
    const std::string_view head = StripArticle(clauses_.N(h));
    if (kNorms.count(head) || (head.starts_with("ل") && kNorms.count(head.substr(2)))) return true;
    // (نظام is also "the regime", a source: "بحسب النظام السوري"; not after a
    // demonstrative: "وفق هذا النظام".)
    if (h > spk_first && head == "نظام") return true;
    // (After a superlative: "وفق أرقى معايير حماية البيئة"، "وفق آخر تحديث
    // للائحة", a thing no source.)
    if (kSuperlativesOfNorms.count(head) && spk_first + 1 < spk_end) {
      bool next_default = false;
      ClassifySource(doc_, spk_first + 1, spk_first + 2, &next_default);
      if (kNorms.count(StripArticle(clauses_.N(spk_first + 1))) || next_default) return true;
    }
  }
  // A name the entity tagger missed, which the POS tagger reads as a proper
  // or foreign word: "بحسب أنقرة"، "وفقا لـ واس"، "بحسب سكاي نيوز". (Not ما
  // written joined to its verb, "وفق ماتقضي به", nor a dual, "وفق منهجين".)
  if (const Token& t = toks_[spk_first]; t.word_count > 0) {
    const Upos u = doc_.words[t.first_word + t.word_count - 1].upos;
    const std::string_view w = clauses_.N(spk_first);
    if ((u == Upos::X || u == Upos::PROPN) && w.substr(0, 4) != "ما" &&
        !(w.size() > 4 && w.substr(w.size() - 4) == "ين"))
      return false;
  }
  // "بحسب المدافعين عن حقوق الإنسان": people.
  if (IsPluralOfPeople(doc_, spk_first, spk_end > spk_first + 1)) return false;
  // "وفق تصريحها"، "وطبقًا للتصريحات الصحافية التي أدلى بها"، "حسب زعمهم"،
  // "بحسب اعترافاتهم": words spoken.
  if (IsListedWithPossessive(kSpeechEvents, StripArticle(clauses_.N(spk_first))) ||
      IsListedWithPossessive(kClaims, StripArticle(clauses_.N(spk_first))))
    return false;
  // "حسب «عكاظ»"، "حسب المدينة": a newspaper by its name alone.
  if (spk_end == spk_first + 1 && kNewspapers.count(StripArticle(clauses_.N(spk_first))))
    return false;
  bool by_default = false;
  ClassifySource(doc_, spk_first, spk_end, &by_default);
  if (!by_default) return false;
  // (A source the lexicon knows may come second or third: "وفقا الى تقدير
  // خبراء الطقس"; not a document: "وفق توجيهات الكتاب".)
  for (uint32_t k = spk_first + 1; k < spk_end && k < spk_first + 3; ++k)
    if (ClassifySource(doc_, k, k + 1, &by_default) != SourceKind::kDocument && !by_default)
      return false;
  return true;
}

// The sentence that ends right before token `begin` (a sentence's first
// token), trimmed, when no line break parts them; empty otherwise.
Span AttributionScan::SentenceBefore(uint32_t begin) const {
  if (begin == 0) return Span{};
  const uint32_t k = sent_of_[begin];
  if (k == 0 || doc_.sentences[k].first_token != begin) return Span{};
  const Sentence& prev = doc_.sentences[k - 1];
  if (NewlineBetween(doc_, prev.span.end, doc_.sentences[k].span.start)) return Span{};
  return clauses_.TrimmedSpan(prev.first_token, begin);
}

// Whether tokens [first, end) name a source: a name the entity tagger
// found, a head noun the lexicon knows, or an agency's short name.
bool AttributionScan::NamesASource(uint32_t first, uint32_t end) const {
  if (HasNameIn(first, end)) return true;
  bool by_default = false;
  ClassifySource(doc_, first, end, &by_default);
  return !by_default || (end == first + 1 && IsAgencyShortName(clauses_.N(first)));
}

// The content of a report of the according class at token i whose source
// ends at source_end (before the closing mark when in marks); sets
// *credit_sentence when it is the sentence before the cue's.
Span AttributionScan::AccordingContent(uint32_t i, uint32_t begin, uint32_t limit,
                                       uint32_t source_end, bool source_in_marks,
                                       bool* credit_sentence) const {
  // Content: the clause after the source when the cue opens the
  // sentence, otherwise the clause before the cue.
  if (i <= begin + 1) {
    uint32_t c = source_end;
    if (source_in_marks) ++c;  // the closing mark
    // A short name in marks after the source is its name: "وبحسب هيئة
    // الشارقة للاستثمار "شروق"، من المتوقع …".
    if (clauses_.IsShortNameInMarks(c, limit)) c = doc_.quotes[toks_[c].quote - 1].end_token + 1;
    // "وحسب المصدر فإن …": the content starts after the complementizer.
    if (c < limit && clauses_.N(c) == "فان") ++c;
    while (c < limit && toks_[c].kind == TokenKind::kPunct) ++c;
    // "وبحسب رويترز قال كيري …": the content is the whole report.
    if (c < limit) return clauses_.TrimmedSpan(c, clauses_.IndirectContentEnd(c, limit));
    // "…إلى مانشستر يونايتد.وفقا للالمانية.": a credit that is a sentence of
    // its own vouches for the sentence before it, in the same paragraph.
    *credit_sentence = true;
    return SentenceBefore(begin);
  }
  // "…، ووفقاً لمركز القيادة والتحكم في الوزارة، فإن المصاب وافد …": فإن
  // after the source (and what qualifies it) opens the content, wherever
  // the cue stands.
  for (uint32_t c = source_end + (source_in_marks ? 1 : 0); c < limit && c < source_end + 8; ++c) {
    // (Not the "van" of a name the tagger found: "حسب تصريحات المدير الفني
    // فان غال".)
    if (clauses_.N(c) == "فان" && !entity_tokens_[c]) {
      if (c + 1 < limit)
        return clauses_.TrimmedSpan(c + 1, clauses_.IndirectContentEnd(c + 1, limit));
      break;
    }
    // So does a complementizer right after the source (past a comma or a
    // dash that closes the aside): "وقال متعب بحسب صحيفة مكة إن أمين
    // المنطقة …" vouches for what the speaker said, not for his name.
    // (Not بان of a name: "الأمين العام بان كي مون".)
    if (kComplementizers.count(clauses_.N(c)) && c + 1 < limit && !entity_tokens_[c] &&
        (c == source_end + (source_in_marks ? 1 : 0) ||
         (c > source_end && (IsCommaToken(doc_, toks_[c - 1]) || IsDash(doc_, toks_[c - 1])))))
      return clauses_.TrimmedSpan(c + 1, clauses_.IndirectContentEnd(c + 1, limit));
    CueMatch mm;
    if (IsClauseEndPunct(doc_, toks_[c]) || clauses_.IsCueAt(c, &mm)) break;
  }
  // The clause before the cue; when the clause goes on after the
  // source with no pause ("الضالع التي باتت بحسب مصادر عسكرية بدورها
  // تحت سيطرة…"), it is one clause around the cue.
  // So too when the cue and its source are set off by dashes: "البحيرة
  // تعد ـــ حسب رأي الجيولوجيين ـــ الأقدم في العالم"، "وقال العيسى ــ بحسب
  // بيان نقلته وكالة الأنباء ــ إن …".
  const bool pause_before = toks_[i - 1].kind == TokenKind::kPunct;
  uint32_t closing_dash = 0;
  if (IsDash(doc_, toks_[i - 1]))
    for (uint32_t c = source_end; c < limit && c < source_end + 8; ++c) {
      if (IsDash(doc_, toks_[c])) {
        if (c + 1 < limit && IsWord(toks_[c + 1])) closing_dash = c;
        break;
      }
      if (IsClauseEndPunct(doc_, toks_[c])) break;
    }
  const uint32_t left = clauses_.ClauseStartBefore(i, begin);
  // And when they are set off by commas inside a clause that has only begun
  // (a few words before them) and goes on after them: "وتتجه الحكومة، حسب
  // مصادر مطلعة، إلى رفع الأسعار"، "كما يشكل مقتل الوحيشي، بحسب المحللين،
  // ضربة لـ«القاعدة»". Not a new clause after them ("…، بحسب الوزارة،
  // فيما أصيب …"، "وأضافت"، "فإنه"، "قوله"), nor what still describes the
  // source (", المتحدث الرسمي …"، "الذي …") or dates the report ("، الجمعة").
  uint32_t closing_comma = 0;
  if (IsCommaToken(doc_, toks_[i - 1]) && i - 1 > left && i - 1 <= left + 5)
    for (uint32_t c = source_end; c < limit && c < source_end + 8; ++c) {
      if (IsCommaToken(doc_, toks_[c])) {
        CueMatch mm;
        const std::string_view w = c + 1 < limit ? clauses_.N(c + 1) : std::string_view();
        if (c + 1 < limit && IsWord(toks_[c + 1]) && !OpensWithConjunction(c + 1) &&
            !w.starts_with("ف") && w != "قوله" && !kConnectors.count(w) &&
            !kComplementizers.count(w) && !IsRelativePronoun(w) && !kTimeAdverbs.count(w) &&
            !IsPersonNoun(StripArticle(w)) && !clauses_.IsVerb(toks_[c + 1]) &&
            !clauses_.IsCueAt(c + 1, &mm))
          closing_comma = c;
        break;
      }
      if (!IsWord(toks_[c])) break;
    }
  if (closing_comma > 0) closing_dash = closing_comma;
  uint32_t right = i;
  if ((!pause_before && source_end < limit && IsWord(toks_[source_end])) || closing_dash > 0) {
    right = closing_dash > 0 ? closing_dash + 1 : source_end;
    while (right < limit && toks_[right].kind != TokenKind::kPunct) {
      CueMatch mm;
      if (clauses_.IsCueAt(right, &mm)) break;
      ++right;
    }
  }
  const Span content =
      right > i ? clauses_.TrimmedSpan(left, right) : clauses_.TrimmedSpan(left, i);
  if (content.empty() && right > i) return clauses_.TrimmedSpan(source_end, right);
  return content;
}

namespace {
// Verbs of need and law after وفق ما / حسب ما (a pronoun may be attached):
// يحتاجه، يقتضيه، يتطلبه، يناسب، كفله. (Not يراه: "طبقا لما يراه الشيخ" is
// his view.)
bool IsConformityVerb(std::string_view w) {
  for (std::string_view stem : {"يحتاج", "تحتاج", "يقتضي", "تقتضي", "يتطلب", "تتطلب", "يناسب",
                                "تناسب", "يستحق", "تستحق", "يسمح", "تسمح", "يحدث", "تحدث", "كفل"})
    if (w.starts_with(stem)) return true;
  return false;
}
}  // namespace

// A cue of the according class (بحسب X, وفقا لـ X) at token i: whether it
// reports; x.cue_end is then past the cue.
bool AttributionScan::ScanAccording(uint32_t i, uint32_t begin, uint32_t limit, Found& x) {
  // بحسب X / وفق ما أفادت X / حسب ما أعلن X / نقلا عن X / حسب وصف X
  uint32_t j = AccordingCueEnd(i, limit);
  x.cue_end = j;
  // "بحسب ما أفاد أمس الأربعاء مسؤول محلي": the time is no source.
  if (j > i + 1)
    while (j < limit && IsWord(toks_[j]) && kTimeAdverbs.count(clauses_.N(j))) ++j;
  const Quote* named = NameInMarksAt(j, limit);
  if (j >= limit || (!IsWord(toks_[j]) && named == nullptr)) return false;
  if (IsMeasure(i, j, begin)) return false;
  // "وفق الله الجميع", "وفقه الله": the verb (may God grant success).
  if (clauses_.N(j) == "الله") return false;
  // "حسب ما خطط له" (as planned), "كما رسم لها": no source. (Not "وفق ما
  // نصت عليه الشريعة"، "حسبما نقلت عنه وكالة …": the source follows.)
  if (j > i + 1 && kPronounObjects.count(clauses_.N(j)) && kPlannedVerbs.count(clauses_.N(j - 1)))
    return false;
  // "وفق ما يحتاجه الموقف"، "وفق ما كفله لهم النظام": what a need or a law
  // asks for is conformity, no report.
  if (j > i + 1 && IsConformityVerb(clauses_.N(j - 1))) return false;
  // "حسب ما جاء على لسان الوزير": the source is whose tongue it was on.
  if (j + 2 < limit && clauses_.N(j) == "علي" && clauses_.N(j + 1) == "لسان") j += 2;
  // "ووفق معرفتي به"، "حسب رأيي": the writer's own knowledge or view.
  if (kFirstPersonViews.count(clauses_.N(j))) return false;
  if (kSelfReferences.count(clauses_.N(j))) {
    // "بحسب تعبيره": the speaker is the one already speaking.
    x.cue_end = j + 1;
    x.implicit = true;
    x.a.content = clauses_.TrimmedSpan(clauses_.ClauseStartBefore(i, begin), i);
    if (x.a.content.empty()) return false;
    x.a.cue = {toks_[i].span.start, toks_[j].span.end};
    found_.push_back(x);
    return true;
  }
  x.spk_first = named != nullptr ? named->first_token : j;
  x.spk_end = named != nullptr ? named->end_token : clauses_.NounPhraseEnd(j, limit);
  x.explicit_speaker = true;
  // "وحسب المصدر فإن …": the source ends where the content opens.
  for (uint32_t k = x.spk_first + 1; k < x.spk_end; ++k)
    if (clauses_.N(k) == "فان") {
      x.spk_end = k;
      break;
    }
  // "وفقا لذلك", "حسب ما": no source at all.
  if (!NarrowToSource(clauses_, &x.spk_first, &x.spk_end)) return false;
  if (IsConformity(i, begin, x)) return false;
  x.a.content = AccordingContent(i, begin, limit, x.spk_end, named != nullptr, &x.credit_sentence);
  if (x.a.content.empty()) return false;
  // "وأوضحت الوزارة وفقاً لما ذكرت صحيفة “المدينة”، أن المنشآت …"، "وقال محسن
  // مرزوق - حسب ما أوردته صحيفة الصباح - «…»": a credit between a report's
  // speaker and its content vouches for what that report says.
  if (!found_.empty()) {
    const Found& f = found_.back();
    if (f.cue_first < i && !f.a.content.empty() &&
        f.a.content.start >= toks_[x.cue_end - 1].span.end &&
        toks_[f.cue_first].span.start <= x.a.content.start &&
        x.a.content.end <= toks_[i].span.start)
      x.a.content = f.a.content;
  }
  // (A credit sentence names a source: "وفق الله الجميع.." is a wish.)
  if (x.credit_sentence && named == nullptr && !NamesASource(x.spk_first, x.spk_end)) return false;
  // "وبحسب "الفرنسية"، فإن هذه الإجراءات …": فإن opens the content and is
  // left out of it, as a complementizer is.
  {
    const uint32_t first = doc_.FirstTokenEndingAfter(x.a.content.start);
    if (first + 1 < n_ && clauses_.N(first) == "فان" &&
        toks_[first + 1].span.start < x.a.content.end)
      x.a.content.start = toks_[first + 1].span.start;
  }
  // "ووفق الناطق … فإن “مقاتلي المقاومة نجحوا …”": a quotation after فإن that
  // ends the content is the content, direct.
  if (x.spk_end + 1 < limit && clauses_.N(x.spk_end) == "فان" &&
      clauses_.QuoteIsWholeClause(x.spk_end + 1, limit)) {
    const Quote& q = doc_.quotes[toks_[x.spk_end + 1].quote - 1];
    if (x.a.content.Contains(q.inner)) {
      x.a.content = q.inner;
      x.a.direct = true;
    }
  }
  x.a.cue = {toks_[i].span.start, toks_[x.cue_end - 1].span.end};
  found_.push_back(x);
  return true;
}

}  // namespace isnad

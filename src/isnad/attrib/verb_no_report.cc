// Where a cue verb or participle (verb_cue.cc) reports nothing: a thing as
// its subject (الوقائع تثبت), the verb describing an indefinite noun before
// it (قانون يشدد), a participle that is an adjective (حالات مؤكدة), بين read
// as "between".
#include <algorithm>
#include <string_view>

#include "isnad/attrib/attribution_scan.h"
#include "isnad/attrib/source_kind.h"
#include "isnad/text/chars.h"

namespace isnad {

using namespace clause_words;  // the word lists of attribution (clause_words.h)

namespace {

// The spellings of بين (between, or the verb بيّن) as a cue.
bool IsBetween(std::string_view n) { return n == "بين" || n == "وبين" || n == "فبين"; }

}  // namespace

// "الوقائع تثبت", "كل المؤشرات تؤكد": an inanimate head, after a
// quantifier (and من) too, reports nothing.
bool AttributionScan::HasInanimateHead(const Found& x) const {
  uint32_t h = x.spk_first;
  if (h + 1 < x.spk_end && IsQuantifier(clauses_.N(h))) ++h;
  if (h > x.spk_first && h + 1 < x.spk_end && clauses_.N(h) == "من") ++h;
  // "وتؤكد هذه الخطوة أن"، "ويكشف هذا الاكتشاف": a thing pointed at that the
  // lexicon does not know as a source, and no person (هذا الرجل، هؤلاء
  // المرشحين).
  if (h + 1 < x.spk_end && kDemonstratives.count(clauses_.N(h)) && !entity_tokens_[h + 1] &&
      IsThingNoSource(h + 1, x.spk_end))
    return true;
  return IsInanimateHead(clauses_.N(h));
}

// Whether the phrase [h, end) is a thing: the lexicon does not know it as a
// source, and its head is no person nor people (هذه الخطوة، التاريخ
// والأحداث; not هذا الرجل، هؤلاء المرشحين).
bool AttributionScan::IsThingNoSource(uint32_t h, uint32_t end) const {
  bool by_default = false;
  ClassifySource(doc_, h, end, &by_default);
  const std::string_view head = StripArticle(clauses_.N(h));
  return by_default && !IsPersonNoun(head) && !kPeopleNouns.count(head) &&
         !IsPluralOfPeople(doc_, h, end > h + 1);
}

// Unvowelled بين is mostly "between" (الفرق بين…، بين البلدين، من
// بين…). It is the verb بيّن only with a complementizer right after its
// subject or past an aside after it (between commas, or where it was said),
// or right after the verb (وبين أن …), and, unless its subject stands
// before it, at the start of its clause: "وبين المهاجم السوري، أنه …".
// Written with its shadda (بيّن) it is the verb. (The asides are tested as
// the homographs' check in ScanVerbCue tests them, but that one lets any
// circumstance's end pass, this one only a complementizer there.)
bool AttributionScan::ReadsAsBetween(uint32_t i, uint32_t begin, uint32_t limit,
                                     uint32_t content_from, uint32_t start, const Found& x) const {
  if (!IsBetween(clauses_.N(i)) ||
      doc_.Text(toks_[i].span).find(U'\u0651') != std::u32string_view::npos ||
      BetweenOpensReport(i, begin, start))
    return false;
  const bool svo = x.explicit_speaker && x.spk_end == i;
  const std::string_view prev = i > begin ? clauses_.N(i - 1) : std::string_view();
  const bool clause_start = i == begin || !IsWord(toks_[i - 1]) || kConnectors.count(prev) ||
                            kClauseOpeners.count(prev) || kTimeAdverbs.count(prev) ||
                            EndsSourceBefore(prev);
  // (Whom it was told, in marks, is passed over: "وبين مدير الجمعية عمر
  // الجاسر لـ"الوطن" أن …".)
  const uint32_t c = clauses_.SkipToldInMarks(content_from, limit);
  // After a subject that follows the verb, one more word may belong to
  // it (a noun phrase is cut at ten words).
  // (Or past an aside between commas: "من جانبه، بين الدكتور عبدالرحمن
  // الزامل، رئيس الغرفة التجارية …، أن"; or where it was said: "وبين مركز
  // البحرين … في دوريته النصف سنوية أن".)
  const uint32_t said_in = clauses_.ReportCircumstancesEnd(content_from, limit);
  const bool complementizer =
      (c < limit && (kComplementizers.count(clauses_.N(c)) ||
                     (!svo && c + 1 < limit && kComplementizers.count(clauses_.N(c + 1))))) ||
      AsideBeforeComplementizer(content_from, start) ||
      (said_in > content_from && said_in < limit && kComplementizers.count(clauses_.N(said_in)));
  return !complementizer || (!svo && !clause_start);
}

// "وبين المهندس الخويطر الذي تقاعد مؤخرا من أرامكو أن …"، "وبين مصدر مطلع
// في تصريح إلى "الوطن" أمس، أن …"، "وبين محمود عبدالشكور من جهته أن …": بين
// that opens a clause which reaches its complementizer (content start
// `start`) within twelve words, with no verb, cue or end of clause before it,
// is the verb بيّن however far the complementizer is. The preposition opens a
// phrase whose clause needs a predicate first: "وبين الباقين جريح"، "بين
// الملكين مساحة لا تقبل من عاقل أن". (A relative clause on a source of a
// known kind or a name is passed over, verbs and all: "وبين التقرير الذي نشر
// في موقع … أن"; not one on any noun: "بين الفرضيات التي تدرس أن".)
bool AttributionScan::BetweenOpensReport(uint32_t i, uint32_t begin, uint32_t start) const {
  if (!IsBetween(clauses_.N(i)) || start < i + 3 || start > i + 14 ||
      !kComplementizers.count(clauses_.N(start - 1)))
    return false;
  const std::string_view prev = i > begin ? clauses_.N(i - 1) : std::string_view();
  if (i > begin && IsWord(toks_[i - 1]) && !kConnectors.count(prev) && !kClauseOpeners.count(prev))
    return false;
  // (Nor a complementizer that a noun or a circumstance before it governs:
  // "وبين الليرات اتخاذ هذه الخطوة بعد إدراكه لإمكانية أن …".)
  const std::string_view governor = clauses_.N(start - 2);
  if (clauses_.IsNonReportGovernor(start - 2) || kModalNouns.count(governor) ||
      ((governor.starts_with("ل") || governor.starts_with("ب")) &&
       !governor.substr(2).starts_with("ل") && !entity_tokens_[start - 2]))
    return false;
  bool in_relative = false;
  for (uint32_t k = i + 1; k + 1 < start; ++k) {
    const Token& t = toks_[k];
    if (!IsWord(t)) {
      // (A comma may close the phrase right before the complementizer.)
      if (IsClauseEndPunct(doc_, t) || (IsCommaToken(doc_, t) && k + 2 != start && !in_relative))
        return false;
      continue;
    }
    const std::string_view w = clauses_.N(k);
    if (IsRelativePronoun(w)) {
      bool by_default = false;
      ClassifySource(doc_, k - 1, k, &by_default);
      if (in_relative || (by_default && !entity_tokens_[k - 1])) return false;
      in_relative = true;
      continue;
    }
    CueMatch m;
    if (!in_relative && (clauses_.IsVerb(t) || clauses_.IsCueAt(k, &m))) return false;
  }
  return true;
}

// "تسجيل ثلاث حالات مؤكدة"، "قيود مشددة على"، "حضورا لافتاً": a participle
// right after an indefinite noun that it agrees with is its adjective: in
// the feminine after any such noun, in the accusative (-ا) after one in the
// accusative. (A report's participle follows a pause or a whole clause.)
bool AttributionScan::IsAdjectiveParticiple(uint32_t i) const {
  if (i == 0 || toks_[i - 1].word_count != 1 || !IsWord(toks_[i - 1])) return false;
  const Token& prev = toks_[i - 1];
  const std::string_view p = clauses_.N(i - 1), w = clauses_.N(i);
  if (doc_.words[prev.first_word].upos != Upos::NOUN || StripArticle(p) != p ||
      entity_tokens_[i - 1] || w.starts_with("و"))
    return false;
  // Only the participles that are common adjectives: confirmed, strict,
  // remarkable, revealing, considerable, acknowledging.
  const std::string_view stem =
      w.substr(0, w.size() - (w.ends_with("ة") || w.ends_with("ا") ? 2 : 0));
  if (stem != "مؤكد" && stem != "مشدد" && stem != "لافت" && stem != "كاشف" && stem != "معتبر" &&
      stem != "معترف")
    return false;
  // (A complementizer after it makes it the report it looks like: "طيلة
  // الثلاثة عقود مؤكدة على أن …".)
  uint32_t k = i + 1;
  if (k < n_ && (clauses_.N(k) == "علي" || clauses_.N(k) == "الي")) ++k;
  if (k < n_ && kComplementizers.count(clauses_.N(k))) return false;
  if (w.ends_with("ة")) return true;
  return w.ends_with("ا") && p.ends_with("ا") && !p.ends_with("اا");
}

// "بنتيجة تؤكد دور القرآن الكريم"، "قانون يشدد الأحكام"، "نتائج مميزة تؤكد
// أن …": a present verb right after an indefinite noun (and its indefinite
// adjectives) is a clause that describes it, and that thing, no source, is
// its subject: the phrase after the verb is its object, and no one already
// speaking says it. (Not a source of a known kind: "لكن منتقدين يقولون إن"،
// "محلل سعودي يكشف"; nor a verb whose named source follows it: "وهو انتشار
// تقول الشركة إنه"; nor after a word of time: "وتارة يعترف أن".)
bool AttributionScan::DescribesThingBefore(uint32_t i, const CueMatch& m, uint32_t begin,
                                           const Found& x) const {
  if (!m.info.present || m.has_conjunction || i <= begin) return false;
  // ("رسالة أمل تحث فيها كل النساء": the thing is where she urges; "الصغير
  // محمد البواردي 12 سنة يرى": an age.)
  if (i + 1 < n_ && (clauses_.N(i + 1) == "فيه" || clauses_.N(i + 1) == "فيها" ||
                     clauses_.N(i + 1) == "فيهم" || clauses_.N(i + 1) == "فيهما"))
    return false;
  // (رئيسي / رئيسة / رئيسية after a word is "main", an adjective the tagger
  // may call a noun, and no title: "ثلاثة عوامل رئيسة تدعو إلى ذلك".)
  auto main_adjective = [&](uint32_t k) {
    const std::string_view w = clauses_.N(k);
    return k > begin && IsWord(toks_[k - 1]) && (w == "رئيسي" || w == "رئيسة" || w == "رئيسية");
  };
  auto indefinite = [&](uint32_t k, Upos want) {
    if (!IsWord(toks_[k]) || entity_tokens_[k]) return false;
    const Token& t = toks_[k];
    std::string_view w = clauses_.N(k);
    if (OpensWithConjunction(k)) w.remove_prefix(2);
    return ((want == Upos::ADJ && main_adjective(k)) ||
            doc_.words[t.first_word + t.word_count - 1].upos == want) &&
           StripArticle(w) == w && PossessiveSuffix(w).empty() &&
           !clauses_.IsIndefiniteAccusative(k) && !kTimeAdverbs.count(w) && w != "تارة" &&
           w != "مرة";
  };
  // The head: back over the adjectives, then the nouns of a construct ("رجل
  // أمن متقاعد يناشد").
  uint32_t head = i - 1;
  while (head > begin && indefinite(head, Upos::ADJ)) --head;
  if (!indefinite(head, Upos::NOUN) && !(head == i - 1 && indefinite(head, Upos::ADJ)))
    return false;
  if (head > begin && toks_[head - 1].kind == TokenKind::kNumber) return false;
  const uint32_t noun_head = head;
  for (int more = 2; more > 0 && head > begin && indefinite(head - 1, Upos::NOUN); --more) --head;
  // (A phrase that opens the sentence is its subject, as in a headline: "ربة
  // منزل تتهم زوج ابنتها …".)
  if (head == begin) return false;
  // (People in an indefinite plural, منتقدين، مسلحون, and bodies: "تنسب الى
  // مجموعات تقول إنها مرتبطة بتنظيم القاعدة".)
  static const Set kBodies = {"مجموعات", "جماعات", "تنظيمات", "منظمات", "جهات",  "فصائل",
                              "اطراف",   "احزاب",  "حكومات",  "دول",    "شركات", "رجل",
                              "رجال",    "رائد",   "هيئات",   "اتحادات"};
  for (uint32_t k = head; k < i; ++k) {
    std::string_view noun = clauses_.N(k);
    if (OpensWithConjunction(k) || clauses_.GluedPreposition(k) == "ل") noun.remove_prefix(2);
    if ((IsPersonNoun(noun) && !main_adjective(k)) || kBodies.count(noun) ||
        (noun.size() >= 12 && !noun.starts_with("ت") &&
         (noun.ends_with("ين") || noun.ends_with("ون"))))
      return false;
  }
  bool by_default = false;
  ClassifySource(doc_, noun_head, i, &by_default);
  if (!by_default) return false;
  // (A source or a name right after the verb, which the tagger may have
  // missed, is its subject: "صفقة يدعي النقاد"، "جرائم إرهابية يكشف بيان
  // إحصائي"، "قدوة يرى الشايب أن …", a subheading before it.)
  uint32_t first = i + 1, end = std::min<uint32_t>(n_, i + 2);
  if (x.explicit_speaker && x.spk_first > i) first = x.spk_first, end = x.spk_end;
  if (first >= end || !IsWord(toks_[first])) return true;
  ClassifySource(doc_, first, end, &by_default);
  if (!by_default || HasNameIn(first, end) || IsPluralOfPeople(doc_, first, false)) return false;
  for (uint32_t k = first; k < end; ++k) {
    const Token& t = toks_[k];
    if (t.word_count != 0 && doc_.words[t.first_word + t.word_count - 1].upos == Upos::PROPN)
      return false;
  }
  return true;
}

}  // namespace isnad

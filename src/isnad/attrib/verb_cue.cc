// The cue verbs and participles (AttributionScan, attribution_scan.h), the
// main path: the speaker after the verb (VSO), before it (SVO) or in marks,
// or none, to be carried over from the one already speaking (by
// ResolveSpeakers, speaker_resolution.cc); then the content. Where the
// speaker's phrase after the verb ends is speaker_phrase.cc's.
#include <algorithm>
#include <string_view>

#include "isnad/attrib/attribution_scan.h"
#include "isnad/attrib/source_kind.h"
#include "isnad/text/chars.h"

namespace isnad {

using namespace clause_words;  // the word lists of attribution (clause_words.h)

namespace {

// إذا، فإذا، وإذا (normalized).
bool IsIdha(std::string_view n) { return n == "اذا" || n == "فاذا" || n == "واذا"; }

// Forms of دعا (called on, prayed), whose object after it may be God.
bool IsCallVerb(std::string_view n) {
  return n == "دعا" || n == "ودعا" || n == "فدعا" || n == "دعت" || n == "ودعت" || n == "يدعو" ||
         n == "تدعو";
}

// The spellings of بين (between, or the verb بيّن) as a cue.
bool IsBetween(std::string_view n) { return n == "بين" || n == "وبين" || n == "فبين"; }

// A noun of a length of time, in the accusative too (عاما، يوما، شهرا).
bool IsTimeNoun(std::string_view n) {
  const std::string_view base = AccusativeBase(n);
  return kTimeNouns.count(n) || (!base.empty() && kTimeNouns.count(base));
}

// Whether a word can be no part of a speaker's phrase before the verb: the
// phrase starts after it ("وبدوره أوضح المدعي العام", "وهو يقول").
bool EndsSourceBefore(std::string_view n) {
  return kNotSourceWords.count(n) || kNoSourceWords.count(n);
}

// Whether token k is the complementizer فإن opening its clause ("…، فإن
// لافروف قال"), not the "van" of a name (روبن فان بيرسي).
bool ClauseOpeningFan(const ClauseScanner& f, uint32_t k, uint32_t begin) {
  return f.N(k) == "فان" && (k == begin || f.T(k - 1).kind == TokenKind::kPunct);
}

// Verbs of giving a speech or a statement, which the segmenter may not tag
// as verbs: ألقى كلمة، ارتجل كلمة، أصدر بيانا، وجه رسالة، بعث برقية.
const Set kGivingVerbs = {"القي",   "والقي", "ارتجل", "وارتجل", "اصدر",  "واصدر", "اصدرت",
                          "واصدرت", "وجه",   "ووجه",  "وجهت",   "بعث",   "وبعث",  "كتب",
                          "وكتب",   "نشر",   "ونشر",  "نشرت",   "ونشرت", "القت",  "والقت"};

}  // namespace

// Where a speaker after the verb at token i would start: past adverbs of
// time, object pronouns, and whom the words were said to.
uint32_t AttributionScan::SubjectSlotAfter(uint32_t i, uint32_t limit) const {
  // "وأشاد ـ حفظه الله ـ بهذه المناسبة": past the blessing of the one
  // already speaking.
  uint32_t after = clauses_.BlessingEnd(i + 1, limit);
  // "أوضح ذلك مدير العلاقات العامة"، "أوضح ذلك اليوم مدير عام فرع الوزارة":
  // what was said, then who said it (not "ذلك الرجل", that man).
  if (after + 1 < limit && clauses_.N(after) == "ذلك") {
    uint32_t n = after + 1;
    while (n < limit && n < after + 3 && kTimeAdverbs.count(clauses_.N(n))) ++n;
    if (n < limit && IsWord(toks_[n]) && IsPersonNoun(StripArticle(clauses_.N(n)))) after = n;
  }
  uint32_t k = after;
  while (k < limit && k < after + 3 && IsWord(toks_[k])) {
    // Whom the words were said to, in marks: "وقال لـ«الشرق الأوسط» مصدر …".
    if (k + 1 < limit && clauses_.IsMarkAfterLam(k + 1)) {
      const uint32_t told_end = clauses_.ToldInMarksEnd(k + 1);
      if (told_end == k + 1) break;
      k = told_end;
      continue;
    }
    // "وقالت في وقت سابق هوغيت لابيل" (not after قد, whose subject came
    // before: "وكان خالد الفيصل قد أكد في وقت سابق أهمية …").
    if (clauses_.N(k) == "في" && k + 2 < limit && clauses_.N(k + 1) == "وقت" && i > 0 &&
        clauses_.N(i - 1) != "قد" && (clauses_.N(k + 2) == "سابق" || clauses_.N(k + 2) == "لاحق")) {
      k += 3;
      continue;
    }
    if (!(kTimeAdverbs.count(clauses_.N(k)) || (clauses_.N(k) == "يوم" && k + 1 < limit) ||
          kPronounObjects.count(clauses_.N(k))))
      break;
    k += clauses_.N(k) == "يوم" ? 2 : 1;
  }
  if (k > after && k < limit && IsWord(toks_[k]) && !kSpeakerStops.count(clauses_.N(k)) &&
      !kComplementizers.count(clauses_.N(k)))
    after = k;
  return after;
}

// Whether نشر / أصدر at token i is the verb, not the verbal noun ("لمنع نشر
// الصور"): feminine, after و or ف, or after قد or كان.
bool AttributionScan::PublishesAsVerb(uint32_t i, const CueMatch& m) const {
  if (m.info.gender == CueGender::kFeminine || m.has_conjunction) return true;
  if (i == 0) return false;
  const std::string_view prev = clauses_.N(i - 1);
  return prev == "قد" || IsKana(prev);
}

// Whether the word at `after` opens the subject of the verb, not an adverb,
// a complement or its object; *object_noun is set when it is one of the
// object nouns.
bool AttributionScan::SubjectAfterVerb(uint32_t after, const CueMatch& m, uint32_t limit,
                                       bool* object_noun) const {
  std::string_view nn = clauses_.N(after);
  CueMatch mm;
  bool has_np = !kSpeakerStops.count(nn) && !kComplementizers.count(nn) &&
                !kContentPrepositions.count(nn) && !clauses_.IsCueAt(after, &mm) &&
                !(m.info.np_content && kReportedNouns.count(StripArticle(nn)));
  // "كشف تفاصيل…"، "طلب عدم الكشف…"، "أبدى استغرابه": the phrase after
  // the verb is what it reveals, asks or expresses, not who does.
  if (IsObjectNoun(nn) || (after + 1 < limit && IsDeclaredState(nn, clauses_.N(after + 1))))
    has_np = false, *object_noun = true;
  // "ودعت جميع اليمنيين"، "حث الجميع": whom a stance verb urges.
  // (Not an object noun, which would make the verb report nothing without
  // a subject: the speaker is carried.)
  if (m.info.cls == CueClass::kStance && (nn == "جميع" || nn == "كافة" || nn == "الجميع"))
    has_np = false;
  // "دعا فيه أكراد تركيا إلى …"، "طلب فيه دعم موقف الحكومة": after "in it"
  // (a statement, a letter), the phrase after a stance verb is whom it urges
  // or what it asks for, unless a name or a source noun heads it ("طالب فيه
  // حزب …"), or a plural in the nominative ("طالب فيها المهندسون").
  if (has_np && m.info.cls == CueClass::kStance && after > 0 &&
      (clauses_.N(after - 1) == "فيه" || clauses_.N(after - 1) == "فيها") &&
      !entity_tokens_[after] && !(nn.size() > 4 && nn.substr(nn.size() - 4) == "ون")) {
    bool by_default = false;
    ClassifySource(doc_, after, std::min(limit, after + 3), &by_default);
    if (by_default) has_np = false;
  }
  // "أعلن اعتزاله اللعب"، "أكدت سعيها الدؤوب"، "اتهم زوجته السابقة" (not
  // a person: "وقال ابنه"، "حذر رئيسها"): a thing possessed right after the
  // verb is its object; the pronoun is the one already speaking.
  if (has_np && !entity_tokens_[after] && IsPossessedThing(doc_, after)) has_np = false;
  // "وتابع قوله: …" (went on saying): his words, said by the one already
  // speaking.
  if (nn == "قوله" || nn == "قولها" || nn == "كلامه" || nn == "كلامها") has_np = false;
  // "وكانت الوزارة قد نشرت مقطع فيديو": what is published is no subject
  // (of a verb, not of the verbal noun: "لمنع نشر صور التفجير").
  if (m.info.publishes && kPublishedObjects.count(nn) && PublishesAsVerb(after - 1, m))
    has_np = false, *object_noun = true;
  // An adverb or a pronoun right after the verb, with no subject after
  // it ("أعرب سابقا عن…", "قالت فيه"): the subject is not there.
  if (kNotSourceWords.count(nn) || kNoSourceWords.count(nn) || kTimeAdverbs.count(nn) ||
      kPronounObjects.count(nn))
    has_np = false;
  // A preposition glued to the word (the tagger's ب or ل) makes it no
  // subject: how or to whom it was said, or the object ("وقال بسخرية"،
  // "يرى بوضوح"، "رحب بالاتفاق"، "أشاد بعدد من اللاعبين").
  if (!entity_tokens_[after]) {
    const std::string_view preposition = clauses_.GluedPreposition(after);
    if (preposition == "ب" || preposition == "ل") has_np = false;
  } else if (clauses_.GluedPreposition(after) == "ل" &&
             ClassifySource(doc_, after, after + 1) == SourceKind::kMedia) {
    // So does ل before an outlet the tagger named: whom it was told ("حيث
    // قال لفرانس برس «…»"، "وقالت لرويترز"); not a name that begins with
    // the letter (ليفربول، ليستر سيتي).
    has_np = false;
  }
  // A verb (the tagger's) is no subject: "ويرحب بي ويسهل لي مهمتي".
  // A name the entity tagger found stays one, whatever its POS.
  // One word right before the content (or في) is a name nonetheless
  // ("وقال يعالون:"، "ويضيف واطسون أن"، "ويشير سيدا إلى"، "وقالت يلين في
  // شهادتها"; not "وتحدث عن"، "طالبا يدي،").
  // An adverb, a circumstantial word or an object in the accusative
  // ("ويوضح مبتسما:"، "وأصدرت بيانا قالت فيه"): the subject is not there.
  if (clauses_.IsIndefiniteAccusative(after)) has_np = false;
  // "وكتب دون أن يذكر …" (without naming): دون before أن is no name (دون
  // لوجان is).
  if ((nn == "دون" || nn == "بدون") && after + 1 < limit &&
      kComplementizers.count(clauses_.N(after + 1)))
    has_np = false;
  if (VerbAt(after, /*clause=*/true)) {
    const uint32_t nx = after + 1;
    const bool name_before_content =
        nx < limit &&
        (kComplementizers.count(clauses_.N(nx)) || IsColon(doc_, toks_[nx]) ||
         clauses_.N(nx) == "الي" || clauses_.N(nx) == "في" || IsOpeningMarkOfQuote(doc_, nx));
    if (!name_before_content) has_np = false;
  }
  return has_np;
}

// Headlines put the source first: "محلل سعودي يكشف …", "العودة والبريك
// والقرني يندّدون بـ…". A present-tense verb after a noun phrase that
// opens its sentence takes that phrase as its speaker.
// A plural verb agrees with a subject before it (in VSO order the verb
// stays singular): "السكان أعربوا عن…", "اللاعبين أعلنوا…".
bool AttributionScan::OpensWithSubject(uint32_t i, const CueMatch& m, uint32_t begin) const {
  if (!((m.info.present || m.info.plural) && !m.has_conjunction && i > begin &&
        (m.info.plural || i <= begin + 6)))
    return false;
  bool all_words = true;
  for (uint32_t k = m.info.plural ? (i > begin + 6 ? i - 6 : begin) : begin; k < i; ++k) {
    // (A name in quotation marks: "«حماس» تثمن دور المملكة".)
    if (toks_[k].kind == TokenKind::kQuote && toks_[k].quote != 0) continue;
    all_words &= IsWord(toks_[k]) && !kSpeakerStops.count(clauses_.N(k)) &&
                 !kComplementizers.count(clauses_.N(k)) && !EndsSourceBefore(clauses_.N(k)) &&
                 !ClauseOpeningFan(clauses_, k, begin);
    CueMatch mm;
    all_words &= !clauses_.IsCueAt(k, &mm);
  }
  return all_words;
}

// "لكن رئيس الوزراء "الإسرائيلي" بنيامين نتنياهو وصف الاتفاق بأنه…": a
// noun phrase between a clause opener (or the sentence start) and the
// verb is its subject; the phrase after the verb is then its object.
bool AttributionScan::ClauseOpensWithSubject(uint32_t i, const CueMatch& m, uint32_t begin) const {
  if (m.has_conjunction || i <= begin || !IsWord(toks_[i - 1])) return false;
  if (KanaSubjectStart(i, begin) < i) return true;
  uint32_t b = i;
  while (b > begin && b + 8 > i && (IsWord(toks_[b - 1]) || toks_[b - 1].kind == TokenKind::kQuote)) {
    std::string_view p = clauses_.N(b - 1);
    if (kSpeakerStops.count(p) || kComplementizers.count(p) || kClauseOpeners.count(p) ||
        kConnectors.count(p) || EndsSourceBefore(p) || ClauseOpeningFan(clauses_, b - 1, begin))
      break;
    CueMatch mm;
    if (clauses_.IsCueAt(b - 1, &mm)) break;
    // Another verb between: no subject opens the clause ("بأنها قصفت ثلاث
    // مرات ناقلات نفط قالت القوات").
    if (VerbAt(b - 1, /*clause=*/true)) break;
    --b;
  }
  // (After a complementizer too: "وقال إن قطر وكل دول الخليج أيدت الاتفاق".)
  const bool opened = b == begin || kConnectors.count(clauses_.N(b - 1)) ||
                      kComplementizers.count(clauses_.N(b - 1));
  if (!(opened && b < i && IsWord(toks_[b]) && !kSpeakerStops.count(clauses_.N(b)))) return false;
  // A phrase that opens with a glued ب or ل is an adverbial, no subject:
  // "وبهذا الخصوص قال مستشار المفتي" (the subject follows the verb).
  const std::string_view prep = clauses_.GluedPreposition(b);
  return entity_tokens_[b] || (prep != "ب" && prep != "ل");
}

// After كان, every word up to the verb is its subject, a phrase with a
// preposition too: "وكانت مصادر مطلعة وسط المقاومة الشعبية أكدت نبأ اعتقاله".
// Not after a relative pronoun or a condition ("الدول الست التي كانت طرفا في
// المفاوضات قد أقرت"، "إذا كان ثلث السعوديات عوانس كما ذكرت إحدى الدراسات"):
// كان is then the verb of another clause.
uint32_t AttributionScan::KanaSubjectStart(uint32_t i, uint32_t begin) const {
  static const Set kNotMain = {"اذا", "واذا", "لو",    "ولو", "ما",
                               "مما", "لما",  "عندما", "حين", "بينما"};
  auto IsNotMainClause = [](std::string_view w) {
    return IsRelativePronoun(w) || kNotMain.count(w);
  };
  for (uint32_t k = i; k > begin && k + 9 > i; --k) {
    const std::string_view p = clauses_.N(k - 1);
    if (IsKana(p)) {
      if (k >= begin + 2 && IsNotMainClause(clauses_.N(k - 2))) return i;
      return k < i && IsWord(toks_[k]) && !kSpeakerStops.count(clauses_.N(k)) ? k : i;
    }
    CueMatch mm;
    if (!IsWord(toks_[k - 1]) || kComplementizers.count(p) || kClauseOpeners.count(p) ||
        IsNotMainClause(p) || clauses_.IsCueAt(k - 1, &mm) || VerbAt(k - 1, /*clause=*/true))
      break;
  }
  return i;
}

// Whether token k opens with the conjunction و, as the segmenter splits it
// off (any word of more than one letter that begins with و when there is no
// words layer): "وخبراء", not "واشنطن".
bool AttributionScan::NamedSubjectAfter(uint32_t i, const CueMatch& m, uint32_t limit) const {
  if (m.info.passive_only) return false;
  const uint32_t j = i + 1;
  if (j >= limit || !IsWord(toks_[j]) || kComplementizers.count(clauses_.N(j)) ||
      kSpeakerStops.count(clauses_.N(j)) || !clauses_.GluedPreposition(j).empty())
    return false;
  if (entity_tokens_[j]) return true;
  bool by_default = false;
  ClassifySource(doc_, j, j + 1, &by_default);
  return !by_default;
}

bool AttributionScan::OpensWithConjunction(uint32_t k) const {
  const std::string_view w = clauses_.N(k);
  if (w.size() <= 4 || w.substr(0, 2) != "و") return false;
  const Token& t = toks_[k];
  return t.word_count == 0 || (t.word_count >= 2 && doc_.words[t.first_word].upos == Upos::CCONJ);
}

// "…، كما قالت مدعية المحكمة الجنائية الدولية" (as X said): when the cue at
// i reports nothing after it, the clause before كما is what X vouches for,
// as after بحسب; the cue is كما with the verb. Only a source the lexicon
// knows or a name: "كما أكد سقوط بعض القتلى" (also stressed) has its object
// there, not a source.
void AttributionScan::AddAsSaidReport(uint32_t i, uint32_t begin, Found& x) {
  if (!(i > begin + 1 && clauses_.N(i - 1) == "كما" && x.explicit_speaker)) return;
  bool unknown_source = false;
  ClassifySource(doc_, x.spk_first, x.spk_end, &unknown_source);
  if (unknown_source && !HasNameIn(x.spk_first, x.spk_end)) return;
  uint32_t e = i - 1;
  while (e > begin && toks_[e - 1].kind == TokenKind::kPunct) --e;
  const Span before = clauses_.TrimmedSpan(clauses_.ClauseStartBefore(e, begin), e);
  if (before.empty()) return;
  x.a.cue = {toks_[i - 1].span.start, toks_[i].span.end};
  x.a.content = before;
  x.a.direct = false;
  named_sources_.insert(StripArticle(clauses_.N(x.spk_end - 1)));
  AddReport(x);
}

// "أوضح ذلك مدير العلاقات العامة بالمركز حامد الدغماني": a verb that opens
// its sentence with ذلك (this) before its named speaker says that the
// sentence before is the speaker's (the lede of the article, often a
// paragraph before).
bool AttributionScan::AddSaidThisReport(uint32_t i, uint32_t begin, Found& x) {
  if (i + 1 >= n_ || clauses_.N(i + 1) != "ذلك" || !x.explicit_speaker || x.spk_first <= i + 1)
    return false;
  uint32_t v = begin;
  while (v < i && !IsWord(toks_[v])) ++v;
  if (v != i || sent_of_[begin] == 0) return false;
  const Sentence& prev = doc_.sentences[sent_of_[begin] - 1];
  const Span before = clauses_.TrimmedSpan(prev.first_token, begin);
  if (before.empty()) return false;
  x.a.cue = {toks_[i].span.start, toks_[i + 1].span.end};
  x.a.content = before;
  x.a.direct = false;
  AddReport(x);
  return true;
}

// A speaker in quotation marks: وأضاف "الحميدي": "…"
void AttributionScan::TakeSpeakerInMarks(uint32_t after, uint32_t limit, Found& x,
                                         uint32_t* content_from) const {
  const Quote& q = doc_.quotes[toks_[after].quote - 1];
  const uint32_t inner = q.end_token - q.first_token;
  const uint32_t close = q.end_token;
  if (inner >= 1 && inner <= 4 && !q.close.empty() && close + 1 < limit &&
      (IsColon(doc_, toks_[close + 1]) || kComplementizers.count(clauses_.N(close + 1)) ||
       !clauses_.IsSpeechQuote(q, limit))) {
    x.spk_first = q.first_token;
    x.spk_end = q.end_token;
    x.explicit_speaker = true;
    *content_from = close + 1;
  }
}

// "ووصف الشراكة الاقتصادية بأنها …": Arabic drops a subject the text has
// already named. A noun phrase after a stance verb, followed by its
// ب-complement, that is neither an entity the tagger found nor headed
// by a source noun is the verb's object; the speaker is carried over.
bool AttributionScan::IsStanceObject(uint32_t after, uint32_t np_end, uint32_t limit) const {
  if (IsPlainHonorific(clauses_.N(after))) return false;  // "وأشاد معاليه بـ…"
  // A source already named is the subject: "وطالب الحجيري بضرورة …" after
  // "سليمان الحجيري" spoke.
  if (np_end == after + 1 && named_sources_.count(StripArticle(clauses_.N(after)))) return false;
  // So is a family name alone (the article, a final ي): "وطالب القحطاني
  // بأهمية أن …".
  if (const std::string_view h = clauses_.N(after);
      np_end == after + 1 && h.size() >= 12 && h.substr(0, 4) == "ال" &&
      h.substr(h.size() - 2) == "ي" && h != "الثنائي" && h != "الثلاثي" &&
      h != "الرباعي")  // (the duo, the trio: "وطالب الثنائي بالاعتذار")
    return false;
  // A plural in the nominative is the subject: "وطالب كدادون بضرورة …".
  if (const std::string_view h = clauses_.N(after); h.size() > 6 && h.substr(h.size() - 4) == "ون")
    return false;
  // "باسمه" (on his behalf) is no complement: "وأعرب خادم الحرمين الشريفين
  // باسمه واسم شعب …".
  if (np_end < limit && clauses_.N(np_end).substr(0, 8) == "باسم") return false;
  bool by_default = false;
  ClassifySource(doc_, after, np_end, &by_default);
  // The complement: right after the phrase (بـ…), or بأن within a few
  // words (وصف الشراكة عبر المحيط الهادئ بأنها …).
  uint32_t comp = np_end;
  if (comp < limit && clauses_.N(comp).substr(0, 2) != "ب")
    while (comp < limit && comp < np_end + 6 && IsWord(toks_[comp]) &&
           clauses_.N(comp).substr(0, 6) != "بان")
      ++comp;
  return by_default && comp < limit && clauses_.N(comp).substr(0, 2) == "ب" &&
         !HasNameIn(after, np_end);
}

// The noun phrase [after, np_end) after the verb is its speaker; a second
// source may follow it.
void AttributionScan::TakeSpeakerAfter(uint32_t after, uint32_t np_end, uint32_t limit, Found& x,
                                       uint32_t* content_from) {
  x.spk_first = after;
  x.spk_end = np_end;
  x.explicit_speaker = true;
  *content_from = x.spk_end;
  // "قال وزير الخارجية الأمريكي، جون كيري، إن …": the holder's name between
  // commas after a title is part of the speaker.
  if (np_end + 2 < limit && !person_end_.empty() && IsPunctChar(doc_, toks_[np_end], u'،')) {
    const uint32_t name_end = person_end_[np_end + 1];
    bool by_default = false;
    if (name_end > np_end + 1 && name_end < limit && IsPunctChar(doc_, toks_[name_end], u'،') &&
        ClassifySource(doc_, after, np_end, &by_default) == SourceKind::kPerson && !by_default) {
      x.spk_end = name_end;
      *content_from = name_end + 1;
    }
  }
  SplitCollectiveSources(x);
  // Two sources on one cue: "مصدر … اضافة لشهود عيان …" (not after the
  // content has opened: "وأكد المخرج أن المعرض إضافة ثقافية").
  uint32_t k = x.spk_end;
  while (k < limit && k < x.spk_end + 4 && clauses_.N(k) != "اضافة" &&
         clauses_.N(k) != "بالاضافة") {
    if (kComplementizers.count(clauses_.N(k)) || IsColon(doc_, toks_[k]) ||
        IsOpeningMarkOfQuote(doc_, k))
      break;
    ++k;
  }
  if (k + 1 < limit && (clauses_.N(k) == "اضافة" || clauses_.N(k) == "بالاضافة") &&
      IsWord(toks_[k + 1])) {
    Found second = x;
    second.spk_first = k + 1;
    second.spk_end = clauses_.NounPhraseEnd(k + 1, limit);
    co_speakers_.push_back(second);
    *content_from = second.spk_end;
  }
}

// SVO: the noun phrase before the verb, back to the clause start; the verb
// (or its قد) is at e.
uint32_t AttributionScan::SubjectStartBefore(uint32_t e, uint32_t begin) const {
  uint32_t b = e;
  while (b > begin && b + 8 > e) {
    // A name in marks after its head: "حركة «الشباب» المتطرفة قد أعلنت",
    // or after كان: "وكانت «سبق» قد نشرت" (a paper citing its own report).
    if (toks_[b - 1].kind == TokenKind::kQuote && toks_[b - 1].quote != 0) {
      const Quote& q = doc_.quotes[toks_[b - 1].quote - 1];
      // Or a name in marks that opens the sentence: "«حماس» تثمن دور …".
      const bool opens_sentence = q.first_token == begin + 1;
      if (q.close.empty() || toks_[b - 1].span != q.close || q.end_token - q.first_token > 4 ||
          (!opens_sentence && (q.first_token < begin + 2 ||
                               (!kNamedHeads.count(StripArticle(clauses_.N(q.first_token - 2))) &&
                                !(b == e && IsKana(clauses_.N(q.first_token - 2)))))))
        break;
      b = q.first_token - 1;  // the opening mark
      continue;
    }
    if (!IsWord(toks_[b - 1])) break;
    std::string_view p = clauses_.N(b - 1);
    const bool inner_prep = (p == "في" || p == "من" || p == "باسم") && b - 1 > begin && b < e;
    const bool ali =
        p == "علي" && clauses_.WrittenAliBeforeFamilyName(b - 1, e);  // "وكان علي الأحمدي قد أكد"
    if (!inner_prep && !ali &&
        (kSpeakerStops.count(p) || kComplementizers.count(p) || kClauseOpeners.count(p) ||
         EndsSourceBefore(p) || ClauseOpeningFan(clauses_, b - 1, begin)))
      break;
    CueMatch mm;
    if (clauses_.IsCueAt(b - 1, &mm)) break;
    // A verb or a subordinating word opens another clause: the
    // subject is after it ("ثم ألقى الفنان … كلمة أشار فيها").
    // A headline opens with its source, not with a verb: "يعالون يتهم
    // تركيا …" is a name (but "وبدأت تنتقد …", "فصاح يطلب" are verbs).
    const bool headline_name = b - 1 == begin && b == e && toks_[b - 1].word_count > 0 &&
                               doc_.words[toks_[b - 1].first_word].upos != Upos::CCONJ;
    if (!headline_name && VerbAt(b - 1, /*clause=*/true)) break;
    --b;
  }
  while (b < e && (clauses_.N(b) == "في" || clauses_.N(b) == "من")) ++b;
  return b;
}

// A plural verb after "A وB وC": one attribution for each source.
void AttributionScan::SplitPluralSubject(uint32_t b, uint32_t e, Found& x) {
  uint32_t part = b;
  for (uint32_t k = b + 1; k < e; ++k) {
    std::string_view w = clauses_.N(k);
    // (Not the و of a name: "مسؤولون في واشنطن صرحوا" is one source.)
    if (OpensWithConjunction(k) && !StripArticle(w).empty()) {
      Found c = x;
      c.spk_first = part;
      c.spk_end = k;
      c.speaker_after_wa = part == b ? x.speaker_after_wa : true;
      co_speakers_.push_back(c);
      part = k;
    }
  }
  // (The later parts begin with their و, which is no part of the source:
  // "عدد من أئمة المساجد وقيادات التيارات الإسلامية أشاروا".)
  if (part != b) {
    x.spk_first = part;
    x.speaker_after_wa = true;
  }
}

// The subject before the verb, which ends at e; false when the words
// before the verb make it no report.
bool AttributionScan::TakeSpeakerBefore(uint32_t e, const CueMatch& m, uint32_t begin, Found& x,
                                        bool* pronoun_subject) {
  uint32_t b = std::min(SubjectStartBefore(e, begin), KanaSubjectStart(e, begin));
  // "وألقى وزير الزراعة كلمة قال فيها": the speech is the object of the verb
  // before; its subject is the speaker.
  // ("كلمة تربوية حث فيها الجميع": the speech may have an adjective.) When
  // the speech is all of the phrase ("وألقى رئيس مشروع “كلنا منتجون” كلمة
  // أشار فيها"), the speaker is not found there.
  if (e + 1 < n_ && (clauses_.N(e + 1) == "فيها" || clauses_.N(e + 1) == "فيه" ||
                     clauses_.N(e + 1) == "خلالها" || clauses_.N(e + 1) == "خلاله"))
    for (uint32_t k = e - 1; k >= b && k + 3 > e; --k)
      if (kSpeechEvents.count(StripArticle(clauses_.N(k)))) {
        e = k;
        if (b > e) b = e;
        break;
      }
  // "أما كريم 32 عاما قال": an age or a time counted after the phrase is
  // no source; the name before the number is ("مضى عليها أكثر من 30 عاما
  // قالت": none).
  if (e == b + 1 && b > begin && toks_[b - 1].kind == TokenKind::kNumber &&
      IsTimeNoun(clauses_.N(b))) {
    e = b - 1;
    b = e > begin ? SubjectStartBefore(e, begin) : e;
  }
  // A phrase that opens with a glued preposition is no subject: "بعد بيعها
  // إلى ما تسمى بالدولة الإسلامية قالت" (the one who said it was named
  // before). Not a name the tagger found.
  // (But ب after فإذا is the subject's: "فإذا بصوت أجش يقول".)
  if (b < e && !entity_tokens_[b] && !(b > begin && IsIdha(clauses_.N(b - 1)))) {
    const std::string_view prep = clauses_.GluedPreposition(b);
    if (prep == "ب" || prep == "ل") b = e;
  }
  // "وحول أسباب هذه الأزمة أوضح …": the phrase is the object of a
  // preposition of topic or time, not the subject; the speaker is carried.
  // But a Companion after عن is the narrator ("وعن أبي هريرة رضي الله عنه
  // قال"), as in a hadith's chain; in news, a person after عن is the topic
  // ("وعن راموس قال بنيتيز").
  if (b < e && b > begin && kTopicPrepositions.count(clauses_.N(b - 1))) {
    bool narrator = false;
    if (clauses_.N(b - 1) == "عن" || clauses_.N(b - 1) == "وعن")
      for (uint32_t k = b; k < e && !narrator; ++k) narrator = clauses_.N(k) == "رضي";
    if (!narrator) b = e;
  }
  // "وبعد الاجتماع أصدرت بيانا": a phrase of time that opens with بعد /
  // قبل is no subject either.
  if (b < e) {
    const std::string_view w = clauses_.N(b);
    if (w == "بعد" || w == "وبعد" || w == "قبل" || w == "وقبل" || w == "فور" || w == "وفور") b = e;
  }
  // "وهو يقول": the pronoun is the subject; the speaker is carried over.
  // So with a verb right before ("صاروا يقولون"، "وبدأت تنتقد"): the two
  // verbs share the subject already speaking.
  *pronoun_subject =
      b == e && (kSubjectWords.count(clauses_.N(e - 1)) || VerbAt(e - 1, /*clause=*/false));
  // "مما يشير إلى …" (which shows), "هل تعتقد …" (a question): no report.
  if (b == e && kNotReportWords.count(clauses_.N(e - 1))) return false;
  // "كنت قد بينت أن …": the writer's own account.
  const uint32_t before_qad = e > begin + 1 && clauses_.N(e - 1) == "قد" ? e - 1 : e;
  if (kFirstPersonKana.count(clauses_.N(before_qad - 1))) return false;
  // An indefinite accusative is no subject before its verb ("وأصدرت
  // بيانا قالت فيه"), unless إنّ and its sisters put it there ("إلا أن
  // عدداً كبيراً من السكان أعربوا").
  if (b < e && clauses_.IsIndefiniteAccusative(b)) {
    const std::string_view prev = b > begin ? clauses_.N(b - 1) : std::string_view();
    if (!kComplementizers.count(prev) && prev != "وان" && prev != "فان" && prev != "لان" &&
        prev != "لكن" && prev != "ولكن")
      b = e;
  }
  if (b < e) {
    x.spk_first = b;
    x.spk_end = e;
    x.explicit_speaker = true;
    // "والأمير بندر قال": the conjunction is no part of the source.
    const Token& first = toks_[b];
    // (So before a word without the article that the segmenter split off
    // it: "ووزارة الحج تقول إن …".)
    x.speaker_after_wa = first.word_count >= 2 &&
                         doc_.words[first.first_word].upos == Upos::CCONJ &&
                         doc_.Form(doc_.words[first.first_word]) == "و" &&
                         (clauses_.N(b).substr(0, 6) == "وال" || !entity_tokens_[b]);
    if (m.info.plural) SplitPluralSubject(b, e, x);
  }
  return true;
}

// The class whose content to look for: a participle reports speech, or
// takes a noun phrase like a stance verb.
CueClass AttributionScan::ContentClass(const CueMatch& m, uint32_t after, uint32_t limit) const {
  CueClass scan_cls = m.info.cls == CueClass::kParticiple ? CueClass::kSpeech : m.info.cls;
  // Participles of stance verbs (داعيا، مشيدا) take a noun phrase too.
  if (m.info.cls == CueClass::kParticiple) {
    std::string_view nn = after < limit ? clauses_.N(after) : std::string_view();
    if (!kComplementizers.count(nn) && nn != "الي" && nn != "علي" && !IsOpeningMarkOfQuote(doc_, after) &&
        !(after < limit && IsColon(doc_, toks_[after])))
      scan_cls = CueClass::kStance;
  }
  return scan_cls;
}

// "الوقائع تثبت", "كل المؤشرات تؤكد": an inanimate head, after a
// quantifier (and من) too, reports nothing.
bool AttributionScan::HasInanimateHead(const Found& x) const {
  uint32_t h = x.spk_first;
  if (h + 1 < x.spk_end && IsQuantifier(clauses_.N(h))) ++h;
  if (h > x.spk_first && h + 1 < x.spk_end && clauses_.N(h) == "من") ++h;
  // "وتؤكد هذه الخطوة أن"، "ويكشف هذا الاكتشاف": a thing pointed at that the
  // lexicon does not know as a source, and no person (هذا الرجل، هؤلاء
  // المرشحين).
  if (h + 1 < x.spk_end && kDemonstratives.count(clauses_.N(h)) && !entity_tokens_[h + 1]) {
    bool by_default = false;
    ClassifySource(doc_, h + 1, x.spk_end, &by_default);
    const std::string_view head = StripArticle(clauses_.N(h + 1));
    if (by_default && !IsPersonNoun(head) && !kPeopleNouns.count(head) &&
        !IsPluralOfPeople(doc_, h + 1, x.spk_end > h + 2))
      return true;
  }
  return kInanimateHeads.count(clauses_.N(h)) != 0 ||
         kInanimateHeads.count(StripArticle(clauses_.N(h))) != 0;
}

// Unvowelled بين is mostly "between" (الفرق بين…، بين البلدين، من
// بين…). It is the verb بيّن only with a complementizer right after its
// subject, a comma aside (or right after it: وبين أن …), and, unless its
// subject stands before it, at the start of its clause: "وبين المهاجم
// السوري، أنه …". Written with its shadda (بيّن) it is the verb.
bool AttributionScan::ReadsAsBetween(uint32_t i, uint32_t begin, uint32_t limit, uint32_t content_from,
                                     const Found& x) const {
  if (!IsBetween(clauses_.N(i)) ||
      doc_.Text(toks_[i].span).find(U'\u0651') != std::u32string_view::npos)
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
  const bool complementizer =
      c < limit && (kComplementizers.count(clauses_.N(c)) ||
                    (!svo && c + 1 < limit && kComplementizers.count(clauses_.N(c + 1))));
  return !complementizer || (!svo && !clause_start);
}

// Adds the report and the other sources on its cue, with its cue and content.
void AttributionScan::AddReport(const Found& x) {
  found_.push_back(x);
  for (Found& c : co_speakers_) {
    c.a.cue = x.a.cue;
    c.a.content = x.a.content;
    c.a.direct = x.a.direct;
    found_.push_back(c);
  }
  co_speakers_.clear();
}

// The speaker of the cue verb or participle at token i, in x, and what the
// words around the verb say of it; false when they make it no report.
// "ألقى وزير الزراعة كلمة قال فيها …"، "وأصدرت بيانا ذكرت فيه أن …"،
// "بيانا أعلنت فيه استهداف …": a verb right after a speech event (kSpeechEvents,
// the accusative too) and followed by في + its pronoun tells what the event
// said. Its speaker is who gave it: the subject between the verb before the
// noun and the noun, else the one already speaking (carried); the noun after
// فيه is what was said, never the speaker. Whether the pattern holds.
bool AttributionScan::SaidInTheStatement(uint32_t i, const CueMatch& m, uint32_t begin,
                                         uint32_t limit, Found& x, VerbSpeaker* speaker) const {
  if (m.info.cls == CueClass::kParticiple || m.has_conjunction || i <= begin + 1 || i + 2 >= limit)
    return false;
  const std::string_view pronoun = clauses_.N(i + 1);
  if (pronoun != "فيه" && pronoun != "فيها") return false;
  const std::string_view noun = clauses_.N(i - 1);
  const std::string_view base = AccusativeBase(noun);
  if (!kSpeechEvents.count(noun) && (base.empty() || !kSpeechEvents.count(base))) return false;
  // The verb that gave the speech (ألقى، أصدر، ارتجل …), at most 16 words
  // back; without it the pattern is left to the other rules.
  uint32_t v = i - 1;
  while (v > begin && v + 16 > i && IsWord(toks_[v - 1]) && !clauses_.IsVerb(toks_[v - 1]) &&
         !kGivingVerbs.count(clauses_.N(v - 1)))
    --v;
  if (v == begin || v + 16 <= i || !IsWord(toks_[v - 1])) return false;
  if (v < i - 1) {
    x.spk_first = v;
    x.spk_end = i - 1;
    if (!NarrowToSource(clauses_, &x.spk_first, &x.spk_end)) return false;
    x.explicit_speaker = true;
  }
  x.implicit = !x.explicit_speaker;
  *speaker = VerbSpeaker{i + 2, false, false, i + 2};
  return true;
}

bool AttributionScan::FindVerbSpeaker(uint32_t i, const CueMatch& m, uint32_t begin, uint32_t limit,
                                      Found& x, VerbSpeaker* speaker) {
  // "أي شيء يذكر"، "بدون مقابل يذكر"، "بشكل يؤكد": the verb describes the
  // indefinite noun before it (a relative clause without الذي).
  if (i > begin && kDescribedNouns.count(clauses_.N(i - 1))) return false;
  // "مما يشير إلى …"، "مما تطلب معه إجراء عملية": a consequence, no report.
  if (i > begin && clauses_.N(i - 1) == "مما") return false;
  if (SaidInTheStatement(i, m, begin, limit, x, speaker)) return true;
  // Verbs and participles: is there a speaker noun phrase right after
  // (past any adverb of time)?
  const uint32_t after = m.info.cls != CueClass::kParticiple ? SubjectSlotAfter(i, limit) : i + 1;
  bool object_noun = false;  // the phrase after the verb is its object (kObjectNouns)
  // (A share of people is a subject too: "وقال 63٪ من الذين شملهم الاستطلاع".)
  const bool share = after + 2 < limit && toks_[after].kind == TokenKind::kNumber &&
                     clauses_.N(after + 1) == "من" && IsWord(toks_[after + 2]);
  bool has_np = m.info.cls != CueClass::kParticiple && after < limit &&
                (IsWord(toks_[after]) || share) && SubjectAfterVerb(after, m, limit, &object_noun);
  if (OpensWithSubject(i, m, begin)) has_np = false;
  if (has_np && ClauseOpensWithSubject(i, m, begin)) has_np = false;
  // "ودعا الله سبحانه وتعالى أن يرحمهما": God is whom one prays to.
  if (has_np && clauses_.N(after) == "الله" && IsCallVerb(clauses_.N(i))) has_np = false;
  // A verb before its subject is singular: the noun after a plural form is
  // its object ("ووصفوا النص بأنه"، "وطالبوا الحكومة بتحمل مسؤولياتها"،
  // "يهنئون القيادة"); the subject is before the verb, or carried.
  if (m.info.plural) has_np = false;
  uint32_t content_from = after;
  bool pronoun_subject = false;
  if (!has_np && m.info.cls != CueClass::kParticiple && after < limit && IsOpeningMarkOfQuote(doc_, after))
    TakeSpeakerInMarks(after, limit, x, &content_from);
  // "وكانت حركة «الشباب» المتطرفة قد أعلنت": the subject before a past
  // verb stands before قد (before a present one, قد is "may": "إشارات
  // لاسلكية قد توضح").
  const uint32_t svo_end = !m.info.present && i > begin + 1 && clauses_.N(i - 1) == "قد" &&
                                   toks_[i - 2].kind != TokenKind::kPunct
                               ? i - 1
                               : i;
  // "وكانت صحيفة الصن قد نشرت الجمعة الماضية مقطع فيديو": a word before قد
  // (other than كان itself) is the subject; what follows the verb is not.
  if (has_np && svo_end + 1 == i && svo_end > begin + 1 && !IsKana(clauses_.N(svo_end - 1)) &&
      (IsWord(toks_[svo_end - 1]) || toks_[svo_end - 1].kind == TokenKind::kQuote))
    has_np = false;
  uint32_t np_end = has_np ? TitleHolderEnd(after, SpeakerPhraseEnd(after, limit), limit) : after;
  // "وصف رئيس الحكومة الإسرائيلية بنيامين نتنياهو قرار مجلس الأمن …": after
  // a person's name, a noun without the article that is no title is what the
  // verb reports or judges ("سيرغي لافروف وزير الخارجية" goes on).
  // (Not when a clause follows the phrase, which is then all subject: "وحذر
  // ريتشارد توتاه الخبير في شؤون القرن الأفريقي من أن …".)
  if (has_np && (m.info.np_content || m.info.cls == CueClass::kStance)) {
    uint32_t c = np_end;  // past من (حذر من أن) or a comma
    if (c + 1 < limit && (clauses_.N(c) == "من" || IsCommaToken(doc_, toks_[c]))) ++c;
    const bool clause_follows = c < limit && kComplementizers.count(clauses_.N(c));
    const uint32_t name_cut = clause_follows ? np_end : PersonNameEnd(after, np_end);
    np_end = name_cut < np_end ? name_cut
                               : ObjectStart(after, np_end, limit, m.info.cls == CueClass::kStance);
  }
  // "أشاد رئيس الجمعية عبدالرؤوف المطرود بدور رجال الأمن": what the verb
  // governs with ب ends its subject.
  if (has_np && m.info.takes_bi) np_end = GovernedWithBiStart(after, np_end);
  // "واقترح المنظمون السماح لصناديق التقاعد"، "ووصف المتشددون انسحابهم":
  // after a definite plural in the nominative, only its adjectives (in
  // -ون / -ين، -ي) belong to the source; the next noun is the object.
  if (has_np && np_end > after + 1) {
    // (A stem of four letters at least: not الشؤون، المدون.)
    const std::string_view head = clauses_.N(after);
    if (head.size() >= 16 && head.substr(0, 4) == "ال" && head.substr(head.size() - 4) == "ون")
      for (uint32_t k = after + 1; k < np_end; ++k) {
        const std::string_view w = clauses_.N(k);
        const Token& tk = toks_[k];
        const bool adjective = tk.word_count > 0 && doc_.words[tk.first_word].upos == Upos::ADJ;
        // (A second source joined by و is a phrase of its own: "المقاتلون
        // الأكراد والمرصد السوري لحقوق الإنسان".)
        if (OpensWithConjunction(k)) break;
        const std::string_view glued = clauses_.GluedPreposition(k);
        const bool agrees = glued != "ب" && glued != "ل" &&
                            (adjective || (w.size() > 4 && (w.substr(w.size() - 4) == "ون" ||
                                                            w.substr(w.size() - 4) == "ين" ||
                                                            w.substr(w.size() - 2) == "ي")));
        if (!agrees && !entity_tokens_[k]) {
          np_end = k;
          break;
        }
      }
  }
  // "ونشرت الوزارة مقطع فيديو": the source ends before what it published
  // (not in other phrases: "ملخص تقرير لجنة التحقيق" is one source).
  if (has_np && m.info.publishes && PublishesAsVerb(i, m))
    for (uint32_t k = after + 1; k < np_end; ++k)
      if (kPublishedObjects.count(clauses_.N(k))) {
        np_end = k;
        break;
      }
  // "ورحب الوزير بالقرار"، "وندد الوزير بالهجوم": a stance verb's complement
  // opens with ب + the article, and the speaker ends before it (not a title
  // such as "مسؤول بالوزارة" after other verbs).
  if (has_np && m.info.cls == CueClass::kStance)
    for (uint32_t k = after + 1; k < np_end; ++k) {
      if (entity_tokens_[k] || clauses_.GluedPreposition(k) != "ب") continue;
      // (Or any ب-word right after a person's name: "وطالب العنزي بمحاسبة
      // المتسببين"; not after a state: "اتهم المملكة العربية السعودية بدعم".)
      // (Or ب before one of the object nouns: "طالب الاقتصادي م. محمد عمر ولي
      // ملاك المباني بضرورة فتح الشقق".)
      const std::string_view n = clauses_.N(k);
      if (doc_.Form(doc_.words[toks_[k].first_word + 1]).substr(0, 4) == "ال" ||
          (n.size() > 2 && n.substr(0, 2) == "ب" && kDemandedNouns.count(n.substr(2))) ||
          EndsWithPersonName(after, k) || (!person_end_.empty() && person_end_[after] == k)) {
        np_end = k;
        break;
      }
    }
  const bool object_np = has_np && m.info.cls == CueClass::kStance && !named_sources_.empty() &&
                         IsStanceObject(after, np_end, limit);
  uint32_t prophet = 0, prophet_end = 0;
  if (object_np) {
    content_from = after;
  } else if (has_np) {
    TakeSpeakerAfter(after, np_end, limit, x, &content_from);
  } else if (after > i + 1 && clauses_.N(i + 1) == "عليه" &&
             ProphetBefore(i, &prophet, &prophet_end)) {
    // "قال عليه الصلاة والسلام": the blessing names the Prophet, the latest
    // mention of whom is the speaker.
    x.spk_first = prophet;
    x.spk_end = prophet_end;
    x.explicit_speaker = true;
  } else if (uint32_t name_first = 0; m.info.cls != CueClass::kParticiple && !m.has_conjunction &&
                                      PersonBeforeRelative(svo_end, begin, &name_first)) {
    // "… الجوهرة الفرم، التي أعربت عن شكرها": a person named right before
    // الذي / التي is the subject of the relative clause.
    x.spk_first = name_first;
    x.spk_end = person_end_[name_first];
    x.explicit_speaker = true;
  } else if (m.info.cls != CueClass::kParticiple && !m.has_conjunction && svo_end > begin &&
             (IsWord(toks_[svo_end - 1]) || toks_[svo_end - 1].kind == TokenKind::kQuote) &&
             !kSpeakerStops.count(clauses_.N(svo_end - 1)) &&
             !kClauseOpeners.count(clauses_.N(svo_end - 1))) {
    if (!TakeSpeakerBefore(svo_end, m, begin, x, &pronoun_subject)) return false;
  }
  if (x.explicit_speaker && !NarrowToSource(clauses_, &x.spk_first, &x.spk_end))
    x.explicit_speaker = false;
  if (!x.explicit_speaker) x.implicit = true;
  // "طلب عدم الكشف عن اسمه", "دعت الحاجة": a verb that does not report a
  // noun phrase, with its object after it and no subject before it,
  // reports nothing.
  if (object_noun && !x.explicit_speaker && !m.info.np_content) return false;
  if (x.explicit_speaker && HasInanimateHead(x)) return false;
  // "وأكد العبادي ضرورة …": when the phrase after the verb starts with a
  // source already named in the article, that name alone is the speaker
  // and the rest may be what is reported.
  if (has_np && m.info.np_content && x.spk_end > x.spk_first + 1 &&
      !clauses_.ComplementizerFollows(x.spk_end, std::min(limit, x.spk_end + 3))) {
    if (named_sources_.count(StripArticle(clauses_.N(x.spk_first)))) {
      x.spk_end = x.spk_first + 1;
      content_from = x.spk_end;
    }
  }
  *speaker = VerbSpeaker{after, object_noun, pronoun_subject, content_from};
  return true;
}

bool AttributionScan::ProphetBefore(uint32_t i, uint32_t* first, uint32_t* end) const {
  for (uint32_t k = i; k-- > 0;) {
    std::string_view n = clauses_.N(k);
    if (OpensWithConjunction(k)) n.remove_prefix(2);
    const bool of_god = n == "رسول" && k + 1 < i && clauses_.N(k + 1) == "الله";
    if (n == "النبي" || n == "الرسول" || of_god) {
      *first = k;
      *end = k + (of_god ? 2 : 1);
      return true;
    }
  }
  return false;
}

// A cue verb or participle at token i: its speaker, after or before it,
// and its content.
void AttributionScan::ScanVerbCue(uint32_t i, const CueMatch& m, uint32_t begin, uint32_t limit, Found& x) {
  co_speakers_.clear();
  VerbSpeaker s;
  if (!FindVerbSpeaker(i, m, begin, limit, x, &s)) return;
  if (AddSaidThisReport(i, begin, x)) return;
  // "وكشف النقاب أمس عن …" with no subject before it is the passive (كُشف):
  // a report with no source, not the speaker already speaking.
  const bool veil_lifted = s.object_noun && !x.explicit_speaker && !s.pronoun_subject &&
                           !m.has_conjunction && StripArticle(clauses_.N(s.after)) == "نقاب";
  uint32_t start;
  bool quoted;
  const CueClass scan_cls = ContentClass(m, s.after, limit);
  // (Also after على / إلى: "وأكد على ضرورة …", "كما شدد على أهمية …".)
  uint32_t noun_at = s.after;
  if (noun_at + 1 < limit && (clauses_.N(noun_at) == "علي" || clauses_.N(noun_at) == "الي"))
    ++noun_at;
  const bool reported_noun = noun_at < limit && IsWord(toks_[noun_at]) &&
                             (kReportedNouns.count(StripArticle(clauses_.N(noun_at))) ||
                              IsObjectNoun(clauses_.N(noun_at)));
  // "ونشرت الوزارة اليوم صورا التقطتها طائرات …": what a named source
  // publishes, within two words of it, is what it reports. Only with the
  // source named after the verb (not "حاولوا نشر صور", the verbal noun), and
  // not after a plural form: a verb before its subject is singular, so the
  // noun after "أصدروا" is its object (تصريحات), not a source.
  uint32_t published = limit;
  if (m.info.publishes && !m.info.plural && x.explicit_speaker)
    for (uint32_t j = s.content_from; j < limit && j < s.content_from + 3; ++j)
      if (IsWord(toks_[j]) && kPublishedObjects.count(StripArticle(clauses_.N(j)))) {
        published = j;
        break;
      }
  if (published < limit) {
    start = published;
    quoted = false;
  } else if (!clauses_.FindContentStart(
                 s.content_from, limit, scan_cls, &start, &quoted,
                 m.info.np_content && (x.explicit_speaker || s.pronoun_subject || reported_noun),
                 &m.info)) {
    // Quotes that open right after the sentence end (وقال: then a new
    // line) are handled by FindContentStart through the colon.
    start = m.info.np_content ? ContentAfterNamedSpeaker(x, limit) : limit;
    if (start >= limit) {
      AddAsSaidReport(i, begin, x);
      return;
    }
    quoted = false;
  }
  if (m.info.ambiguous && !quoted && scan_cls != CueClass::kStance) {
    // Homographs need a complementizer right after the speaker or a
    // preposition (or whom it was told, in marks).
    if (start > s.content_from + 3 && start > clauses_.SkipToldInMarks(s.content_from, limit) + 1)
      return;
  }
  if (m.info.ambiguous && scan_cls == CueClass::kStance && !x.explicit_speaker && !s.pronoun_subject &&
      !m.has_conjunction)
    return;
  if (ReadsAsBetween(i, begin, limit, s.content_from, x)) return;
  x.a.cue = toks_[i].span;
  SetContent(clauses_, start, quoted, limit, &x);
  if (x.a.content.empty()) return;
  // A content that is a pronoun alone reports nothing: "مرحبة به".
  if (!quoted && x.a.content.start == toks_[start].span.start &&
      x.a.content.end == toks_[start].span.end && kPronounObjects.count(clauses_.N(start)))
    return;
  if (veil_lifted) x.cls = CueClass::kImpersonal, x.implicit = false;
  if (x.explicit_speaker) named_sources_.insert(StripArticle(clauses_.N(x.spk_end - 1)));
  AddReport(x);
}

}  // namespace isnad

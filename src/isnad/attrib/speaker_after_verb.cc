// The speaker after a cue verb (VSO order; AttributionScan, attribution_scan.h):
// where the subject slot starts, whether the words there are the subject or
// the object, a speaker in quotation marks, the phrase taken, and where it
// ends before what the verb reports, governs, addresses or publishes
// (SubjectAfterVerbEnd). The noun phrase's own end and the tests it cuts with
// are speaker_phrase.cc's.
#include <algorithm>
#include <string_view>

#include "isnad/attrib/attribution_scan.h"
#include "isnad/attrib/source_kind.h"
#include "isnad/text/chars.h"

namespace isnad {

using namespace clause_words;  // the word lists of attribution (clause_words.h)

// Where a speaker after the verb at token i would start: past adverbs of
// time, object pronouns, and whom the words were said to.
uint32_t AttributionScan::SubjectSlotAfter(uint32_t i, uint32_t limit) const {
  // "وأشاد ـ حفظه الله ـ بهذه المناسبة": past the blessing of the one
  // already speaking.
  uint32_t after = clauses_.BlessingEnd(i + 1, limit);
  // "أوضح ذلك مدير العلاقات العامة"، "أوضح ذلك اليوم مدير عام فرع الوزارة"،
  // "صرح بذلك المتحدث الرسمي": what was said, then who said it (not "ذلك
  // الرجل", that man).
  if (after + 1 < limit && IsThisSaid(clauses_.N(after))) {
    uint32_t n = after + 1;
    while (n < limit && n < after + 3 && kTimeAdverbs.count(clauses_.N(n))) ++n;
    if (n < limit && IsWord(toks_[n]) && IsPersonNoun(StripArticle(clauses_.N(n)))) after = n;
  }
  // "كان قد أبلغ «الشرق الأوسط» في وقت سابق، أن …"، "وأبلغت «عكاظ» مصادر
  // مطلعة أن …": whom a verb of telling addresses, an outlet in marks, may
  // come before its subject.
  if (CueMatch mm; after + 1 < limit && IsOpeningMarkOfQuote(doc_, after) &&
                   clauses_.IsCueAt(i, &mm) && mm.info.addresses &&
                   mm.info.cls == CueClass::kSpeech) {
    const Quote& q = doc_.quotes[toks_[after].quote - 1];
    if (!q.close.empty() && q.end_token - q.first_token <= 4 && q.end_token + 1 < limit &&
        IsOutletAt(after + 1, q.end_token))
      after = q.end_token + 1;
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

// Whether the word at `after` opens the subject of the verb, not an adverb,
// a complement or its object; *object_noun is set when it is one of the
// object nouns.
bool AttributionScan::SubjectAfterVerb(uint32_t after, const CueMatch& m, uint32_t limit,
                                       bool* object_noun) const {
  std::string_view nn = clauses_.N(after);
  CueMatch mm;
  // "وقال والي ولاية هاكاري": right after the verb, والي is the governor,
  // not و + إلى (and to), which no verb of speech is followed by.
  const bool governor = nn == "والي" && after + 1 < limit && IsWord(toks_[after + 1]);
  // "وأكد علي بن بدر المهاشير"، "وقال علي الأحمدي": the name علي, not على
  // (which normalizes to it).
  const bool ali = nn == "علي" && after + 1 < limit &&
                   (IsNameLink(clauses_.N(after + 1)) || clauses_.IsAliName(after, limit));
  bool has_np = (governor || ali || !kSpeakerStops.count(nn)) && !kComplementizers.count(nn) &&
                (ali || !kContentPrepositions.count(nn)) && !clauses_.IsCueAt(after, &mm) &&
                !(m.info.np_content && kReportedNouns.count(StripArticle(nn)));
  // "كشف تفاصيل…"، "طلب عدم الكشف…"، "أبدى استغرابه": the phrase after
  // the verb is what it reveals, asks or expresses, not who does.
  if (IsObjectNoun(nn) || (after + 1 < limit && IsDeclaredState(nn, clauses_.N(after + 1))))
    has_np = false, *object_noun = true;
  // "وأكد إعداد خطة تنفيذية لكل عام"، "وأكد استنكار وإدانة أهالي المنطقة":
  // a verbal noun of a derived verb (إفعال، افتعال، انفعال، استفعال) right
  // after a verb that may report a noun phrase is what it reports; the one
  // already speaking says it. (Not a name, nor a source the lexicon knows;
  // of five letters, only written with إ: أصحاب، أبناء، أسماء are plurals.)
  if (has_np && (m.info.np_content || m.info.cls == CueClass::kStance) && !entity_tokens_[after] &&
      IsDerivedVerbalNounAt(after)) {
    bool by_default = false;
    ClassifySource(doc_, after, after + 1, &by_default);
    if (by_default) has_np = false, *object_noun = m.info.np_content;
  }
  // "ويقول لا أدري"، "وأضاف لم نتلق أي بلاغ"، "وقال نحن نحمل أمانة": a
  // negation, "I", "we" or "you" open what is said (not "وأضاف لا كازيت", a
  // name the tagger knows).
  if (has_np && !entity_tokens_[after] &&
      (IsNegationAt(doc_, after) || IsSpeakingPronounAt(doc_, after)))
    has_np = false;
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
  // "ودعا المرشحين والمرشحات لمراجعة الجامعة"، "حث العاملين على متابعة …":
  // a definite plural in -ين right after a stance verb, before what it calls
  // them to (إلى، على، ب، ل), is in the accusative: whom the verb calls on;
  // its subject would be -ون (المرشحون). (Not a name the tagger found, nor
  // the words that only look so: البحرين، الصين، الدين، الاثنين; not before
  // عن: papers often write the subject so, "وأعرب المواطنين عن تقديرهم".)
  if (has_np && m.info.cls == CueClass::kStance && !entity_tokens_[after] &&
      IsAccusativePlural(nn)) {
    // (Right after ناشد (appealed to, CueInfo::addresses), whom it addresses
    // comes first whatever follows: "ويناشد المسؤولين في وزارة الصحة التحقيق …".)
    if (CueMatch before; m.info.addresses && after > 0 && clauses_.IsCueAt(after - 1, &before))
      has_np = false;
    for (uint32_t k = after + 1; has_np && k < limit && k <= after + 4 && IsWord(toks_[k]); ++k) {
      const std::string_view w = clauses_.N(k);
      const std::string_view glued = clauses_.GluedPreposition(k);
      if (w == "الي" || w == "علي" || glued == "ب" || glued == "ل") {
        has_np = false;
        break;
      }
      if (w == "عن" || clauses_.IsVerb(toks_[k])) break;
    }
  }
  // "قال أؤكد وبشكل حازم أن …": the quoted speaker talking, in the first
  // person; the speaker is the one already speaking.
  if (has_np && !entity_tokens_[after] && clauses_.IsFirstPersonSpeechAt(after)) has_np = false;
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

// A verbal noun of a derived verb at token k: إفعال، افتعال، انفعال، استفعال
// (of five letters, only written with إ: أصحاب، أبناء، أسماء are plurals),
// تفعيل or مفاعلة ("ثم أعلن تحرير 59 رهينة"، "وأكد تسجيل 20 إصابة").
bool AttributionScan::IsDerivedVerbalNounAt(uint32_t k) const {
  const std::string_view w = clauses_.N(k);
  if (IsDerivedVerbalNoun(w)) return w.size() > 10 || doc_.Text(toks_[k].span).front() == U'\u0625';
  return (w.starts_with("ت") || w.starts_with("م")) && HasVerbalNounShape(w);
}

// Whether the word after the impersonal cue at i names a source (the header
// says when); the verb is then active: "ويعتقد تيري أن"، "يتوقع محللون".
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

// Whether token k opens with the conjunction و, as the segmenter splits it
// off (any word of more than one letter that begins with و when there is no
// words layer): "وخبراء", not "واشنطن".
bool AttributionScan::OpensWithConjunction(uint32_t k) const {
  const std::string_view w = clauses_.N(k);
  if (w.size() <= 4 || w.substr(0, 2) != "و") return false;
  const Token& t = toks_[k];
  return t.word_count == 0 || (t.word_count >= 2 && doc_.words[t.first_word].upos == Upos::CCONJ);
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

// A short name in marks ends the speaker's phrase [after, mark): "مدير
// الجمرك «عصام أنور»"، "مصادر "سبق""، "إدارة العلاقات والإعلام بـ"صحة
// تبوك"". Returns the end of the phrase with it, or `mark`.
// Not one whose phrase is complete without it, a person's name ("مدير
// المطار يوسف العبدان "الرياض"") or a plural ("ويتهم الجمهوريون "أوباما"
// بأنه"), nor whom it was said to ("وأضاف الأهالي «للمدينة» أن").
uint32_t AttributionScan::NameInMarksEnd(uint32_t after, uint32_t mark, uint32_t limit) const {
  const Quote& q = doc_.quotes[toks_[mark].quote - 1];
  const uint32_t next = q.end_token + 1;  // (past the closing mark)
  if (q.close.empty() || next >= limit || q.first_token >= q.end_token ||
      clauses_.IsSpeechQuote(q, limit) ||
      !(IsCommaToken(doc_, toks_[next]) || kComplementizers.count(clauses_.N(next))))
    return mark;
  if (clauses_.GluedPreposition(q.first_token) == "ل" ||
      clauses_.N(q.first_token).substr(0, 4) == "لل")
    return mark;
  if (const std::string_view h = clauses_.N(after); h.size() > 6 && h.substr(h.size() - 4) == "ون")
    return mark;
  if (!person_end_.empty())
    for (uint32_t k = after; k < mark; ++k)
      if (person_end_[k] == mark) return mark;
  return next;
}

// The noun phrase [after, np_end) after the verb is its speaker; a second
// source may follow it.
void AttributionScan::TakeSpeakerAfter(uint32_t after, uint32_t np_end, uint32_t limit, Found& x,
                                       uint32_t* content_from) {
  x.spk_first = after;
  if (np_end < limit && IsOpeningMarkOfQuote(doc_, np_end))
    np_end = NameInMarksEnd(after, np_end, limit);
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

// Where the subject found right after the cue verb at token i ends (it
// starts at `after`): a noun phrase, cut before what the verb reports or
// governs, whom it addresses or calls on (*called_on: where that starts, if
// the verb urges), or what it publishes.
uint32_t AttributionScan::SubjectAfterVerbEnd(uint32_t i, const CueMatch& m, uint32_t after,
                                              uint32_t limit, uint32_t* called_on) const {
  uint32_t np_end = TitleHolderEnd(after, SpeakerPhraseEnd(after, limit), limit);
  // The phrase ends at the first of its words past the head that opens
  // what follows the subject.
  auto end_at_first = [&](auto opens) {
    for (uint32_t k = after + 1; k < np_end; ++k)
      if (opens(k)) {
        np_end = k;
        return;
      }
  };
  // "وصف رئيس الحكومة الإسرائيلية بنيامين نتنياهو قرار مجلس الأمن …": after
  // a person's name, a noun without the article that is no title is what the
  // verb reports or judges ("سيرغي لافروف وزير الخارجية" goes on).
  // (Not when a clause follows the phrase, which is then all subject: "وحذر
  // ريتشارد توتاه الخبير في شؤون القرن الأفريقي من أن …".)
  if (m.info.np_content || m.info.cls == CueClass::kStance) {
    uint32_t c = np_end;  // past من (حذر من أن) or a comma
    if (c + 1 < limit && (clauses_.N(c) == "من" || IsCommaToken(doc_, toks_[c]))) ++c;
    // (A verb that judges has its object before the clause: "ووصف محمد العلي
    // الاتفاق بأنه تاريخي"، "واعتبر وزير الخارجية الاتفاق …".)
    const bool clause_follows =
        c < limit && kComplementizers.count(clauses_.N(c)) && !m.info.judges;
    const uint32_t name_cut = clause_follows ? np_end : PersonNameEnd(after, np_end);
    np_end = name_cut < np_end ? name_cut
                               : ObjectStart(after, np_end, limit, m.info.cls == CueClass::kStance,
                                             m.info.judges);
  }
  // "تصفهم أصوات روسية بـ «…»"، "وصفه تركي الفيصل بـ«الفتنة الكبرى»": ب
  // written apart after the subject of a verb that judges opens what it
  // calls the thing (elsewhere it may join a title to its body: "مدير شؤون
  // المعلمين بـ"تعليم المخواة"").
  if (m.info.judges || m.info.object_pronoun)
    end_at_first([&](uint32_t k) { return IsSeparateBi(clauses_.N(k)); });
  // "وقد دعا القرشي الله أن يحفظ بلادنا": whom one calls on, God before
  // what He is asked, ends the subject (the tagger may run Him into the
  // name; a family name such as الجار الله takes no verb of calling).
  if (m.info.urges)
    end_at_first([&](uint32_t k) {
      return clauses_.N(k) == "الله" && k + 1 < limit && kComplementizers.count(clauses_.N(k + 1));
    });
  // "أشاد رئيس الجمعية عبدالرؤوف المطرود بدور رجال الأمن": what the verb
  // governs with ب ends its subject.
  if (m.info.takes_bi) np_end = GovernedWithBiStart(after, np_end);
  // "واقترح المنظمون السماح لصناديق التقاعد"، "ووصف المتشددون انسحابهم":
  // after a definite plural in the nominative, only its adjectives (in
  // -ون / -ين، -ي) belong to the source; the next noun is the object.
  if (np_end > after + 1) {
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
  // "واعتبر مواطنون قرار الأمانة بالإيجابي"، "انتقد مغردون تجاهل قناة": an
  // indefinite plural in -ون keeps its ن, so no genitive follows it; a bare
  // noun after it (no adjective, name or preposition) is the object.
  if (np_end > after + 1 && IsIndefinitePluralOfPeople(after)) {
    const uint32_t k = after + 1;
    const Token& tk = toks_[k];
    const std::string_view w = clauses_.N(k);
    if (tk.word_count == 1 && doc_.words[tk.first_word].upos == Upos::NOUN &&
        StripArticle(w) == w && !entity_tokens_[k] && !OpensWithConjunction(k) &&
        !w.ends_with("ون") && !w.ends_with("ين") && !w.ends_with("ي"))
      np_end = k;
  }
  // "ونشرت الوزارة مقطع فيديو": the source ends before what it published
  // (not in other phrases: "ملخص تقرير لجنة التحقيق" is one source).
  if (m.info.publishes && PublishesAsVerb(i, m))
    end_at_first([&](uint32_t k) { return kPublishedObjects.count(clauses_.N(k)) != 0; });
  // "ورحب الوزير بالقرار"، "وندد الوزير بالهجوم": a stance verb's complement
  // opens with ب + the article, and the speaker ends before it (not a title
  // such as "مسؤول بالوزارة" after other verbs).
  if (m.info.cls == CueClass::kStance)
    end_at_first([&](uint32_t k) {
      if (entity_tokens_[k] || clauses_.GluedPreposition(k) != "ب") return false;
      // (Or any ب-word right after a person's name: "وطالب العنزي بمحاسبة
      // المتسببين"; not after a state: "اتهم المملكة العربية السعودية بدعم".)
      // (Or ب before one of the object nouns: "طالب الاقتصادي م. محمد عمر ولي
      // ملاك المباني بضرورة فتح الشقق".)
      const std::string_view n = clauses_.N(k);
      return doc_.Form(doc_.words[toks_[k].first_word + 1]).substr(0, 4) == "ال" ||
             (n.size() > 2 && n.substr(0, 2) == "ب" && kDemandedNouns.count(n.substr(2))) ||
             EndsWithPersonName(after, k) || (!person_end_.empty() && person_end_[after] == k);
    });
  // "أبلغ الوزير الصحفيين أن …": whom a verb of telling addresses follows
  // its subject.
  // (So whom دعا، طالب، حث call on: "ودعت ميركل الحكومة التركية إلى".)
  if (((m.info.addresses && m.info.cls == CueClass::kSpeech) || m.info.urges)) {
    const uint32_t np = np_end;
    np_end = AddresseeStart(after, np_end, m.info.urges);
    if (m.info.urges && np_end < np) *called_on = np_end;
  }
  return np_end;
}

}  // namespace isnad

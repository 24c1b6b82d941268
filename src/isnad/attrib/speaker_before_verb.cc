// The speaker before a cue verb (SVO order and headlines; AttributionScan,
// attribution_scan.h): the noun phrase back to the clause start, after كان,
// a plural subject split into its sources, and the latest mention of the
// Prophet for a blessing after the verb.
#include <algorithm>
#include <string_view>

#include "isnad/attrib/attribution_scan.h"
#include "isnad/attrib/source_kind.h"
#include "isnad/text/chars.h"

namespace isnad {

using namespace clause_words;  // the word lists of attribution (clause_words.h)

namespace {

// A noun of a length of time, in the accusative too (عاما، يوما، شهرا).
bool IsTimeNoun(std::string_view n) {
  const std::string_view base = AccusativeBase(n);
  return kTimeNouns.count(n) || (!base.empty() && kTimeNouns.count(base));
}

// Whether token k is the complementizer فإن opening its clause ("…، فإن
// لافروف قال"), not the "van" of a name (روبن فان بيرسي).
bool ClauseOpeningFan(const ClauseScanner& f, uint32_t k, uint32_t begin) {
  return f.N(k) == "فان" && (k == begin || f.T(k - 1).kind == TokenKind::kPunct);
}

}  // namespace

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

// Whether [b, e) is a time phrase alone ("العام الماضي", "والشهر الماضي"):
// its first word without و, then TimePhraseEnd.
bool AttributionScan::IsTimePhrase(uint32_t b, uint32_t e) const {
  std::string_view w = clauses_.N(b);
  if (e != b + 2 || !w.starts_with("و")) return clauses_.TimePhraseEnd(b, e) == e;
  w.remove_prefix(std::string_view("و").size());
  return StripArticle(w) != w && IsTimeNoun(StripArticle(w)) && IsRelativeTime(clauses_.N(b + 1));
}

// "لكن رئيس الوزراء "الإسرائيلي" بنيامين نتنياهو وصف الاتفاق بأنه…": a
// noun phrase between a clause opener (or the sentence start) and the
// verb is its subject; the phrase after the verb is then its object.
bool AttributionScan::ClauseOpensWithSubject(uint32_t i, const CueMatch& m, uint32_t begin) const {
  if (m.has_conjunction || i <= begin || !IsWord(toks_[i - 1])) return false;
  if (KanaSubjectStart(i, begin) < i) return true;
  uint32_t b = i;
  while (b > begin && b + 8 > i &&
         (IsWord(toks_[b - 1]) || toks_[b - 1].kind == TokenKind::kQuote)) {
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
  // A time is no subject: "والشهر الماضي قالت النصرة إنها …" (the subject
  // follows the verb); nor is an adverb of order: "بداية قال اللواء …".
  if (IsTimePhrase(b, i)) return false;
  if (b + 1 == i) {
    const std::string_view w = clauses_.N(b);
    if (w == "بداية" || w == "ختاما" || w == "اولا" || w == "ثانيا" || w == "اخيرا" ||
        w == "وختاما" || w == "واخيرا" || w == "كذلك" || w == "ايضا")
      return false;
  }
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
  // The phrase may hold a short name in marks and a name between commas:
  // "وكان زعيم حزب "الحركة القومية" التركي، "دولت باهجة لي" قال"، "وكان
  // الرئيس التركي، رجب طيب أردوغان، قال". (A comma only before a person's
  // name, or the verb right after the name: "وكان حبري بمباركة من فرنسا،
  // فالوثائق تشير" is two clauses.)
  // (A comma right before the verb closes a name between commas, or a
  // subject of a kind the lexicon knows, "وكان مصدر في المعارضة، اعتبر";
  // not "وكانت كلماتها كالرصاص، بينت فيها", two clauses.)
  uint32_t words = 0, commas = 0;
  bool comma_before_verb = false, comma_before_name = false;
  uint32_t after_comma = i;  // the end of the words after the last comma passed
  for (uint32_t k = i; k > begin && words < 9;) {
    if (IsClosingMarkOfQuote(doc_, k - 1)) {
      const Quote& q = doc_.quotes[toks_[k - 1].quote - 1];
      if (q.end_token - q.first_token > 4 || q.first_token < begin + 2) break;
      k = q.first_token - 1;
      continue;
    }
    if (IsCommaToken(doc_, toks_[k - 1])) {
      const bool before_verb = k == i;
      const bool before_name = (!person_end_.empty() && person_end_[k] == after_comma) ||
                               (IsOpeningMarkOfQuote(doc_, k) &&
                                doc_.quotes[toks_[k].quote - 1].end_token + 1 == after_comma);
      if (++commas > 2 || !(before_verb || before_name)) break;
      comma_before_verb |= before_verb;
      comma_before_name |= before_name;
      after_comma = --k;
      continue;
    }
    const std::string_view p = clauses_.N(k - 1);
    if (clauses_.IsKanaAt(k - 1)) {
      if (k >= begin + 2 && IsNotMainClause(clauses_.N(k - 2))) return i;
      if (k >= i || !IsWord(toks_[k]) || kSpeakerStops.count(clauses_.N(k))) return i;
      if (comma_before_verb && !comma_before_name) {
        bool by_default = false;
        ClassifySource(doc_, k, after_comma, &by_default);
        if (by_default) return i;
      }
      return k;
    }
    // (Right after كان a word is its subject whatever the tagger says: "وكان
    // إبرا قد أعلن", a name it read as a verb.)
    CueMatch mm;
    if (!IsWord(toks_[k - 1]) || kComplementizers.count(p) || kClauseOpeners.count(p) ||
        IsNotMainClause(p) || clauses_.IsCueAt(k - 1, &mm) ||
        (VerbAt(k - 1, /*clause=*/true) && !(k >= begin + 2 && clauses_.IsKanaAt(k - 2))))
      break;
    --k;
    ++words;
  }
  return i;
}

// "محمد العلي، رئيس النادي، قال إن …"، "وزير الخارجية الأمريكي، جون
// كيري، أكد أن …": a subject that opens the clause, with an apposition
// between commas before the verb at e; one of the two names a person (the
// tagger's). [*first, *end) is then the subject with its apposition.
bool AttributionScan::FrontedSubjectWithApposition(uint32_t e, uint32_t begin, uint32_t* first,
                                                   uint32_t* end) const {
  if (person_end_.empty() || e < begin + 4 || !IsCommaToken(doc_, toks_[e - 1])) return false;
  const uint32_t close = e - 1;
  auto IsPlainWord = [&](uint32_t k) {
    CueMatch m;
    return IsWord(toks_[k]) && !kComplementizers.count(clauses_.N(k)) &&
           !kSpeakerStops.count(clauses_.N(k)) && !kClauseOpeners.count(clauses_.N(k)) &&
           !clauses_.IsCueAt(k, &m) && !VerbAt(k, /*clause=*/true);
  };
  uint32_t open = close;
  while (open > begin && open + 10 > close && IsPlainWord(open - 1)) --open;
  if (open == close || open <= begin + 1 || !IsCommaToken(doc_, toks_[open - 1])) return false;
  --open;  // the first comma
  uint32_t s = open;
  while (s > begin && s + 8 > open && IsPlainWord(s - 1)) --s;
  if (s != begin || s == open) return false;
  bool person = false;
  for (uint32_t k = s; k < close && !person; ++k)
    person = person_end_[k] != 0 && person_end_[k] <= close && k != open;
  if (!person) return false;
  *first = s;
  *end = close;
  return true;
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
                                !(b == e && clauses_.IsKanaAt(q.first_token - 2))))))
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

// Whether the subject at token k opens with a conjunction that is no part
// of it: "والأمير بندر قال", "ووزارة الحج تقول" (split off by the
// segmenter), "ومحمد العلي قال" (the tagger's name starts after the و);
// not the و of a name: "واشنطن", "وليد".
bool AttributionScan::ConjunctionBeforeSource(uint32_t k) const {
  if (!OpensWithConjunction(k) || toks_[k].word_count < 2) return false;
  if (clauses_.N(k).starts_with("وال") || !entity_tokens_[k]) return true;
  const uint32_t after_wa = toks_[k].span.start + 1;
  for (const Entity& e : doc_.entities)
    for (const Span& m : e.mentions)
      if (m.start == after_wa) return true;
  return false;
}

// The subject before the verb, which ends at e; false when the words
// before the verb make it no report.
bool AttributionScan::TakeSpeakerBefore(uint32_t e, const CueMatch& m, uint32_t begin, Found& x,
                                        bool* pronoun_subject) {
  uint32_t b = std::min(SubjectStartBefore(e, begin), KanaSubjectStart(e, begin));
  // هذا or ذلك alone points at a fact, and the verb infers from it ("وهذا
  // يشير إلى أن"، "ذلك يؤكد صحة …"): no report. (Not هؤلاء، أولئك، هذه، تلك,
  // which stand for people or a body as often: "ويرى هؤلاء أن".)
  // (So at the end of the phrase: "كل هذا يشير إلى أنه".)
  if (e > b && IsThisOrThat(clauses_.N(e - 1))) return false;
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
  // "وكغيره من السياسيين يعتبر أن …": those he is likened to are no
  // subject; he, already speaking, is.
  // (ك + غير / سائر / باقي / بقية; the segmenter leaves ك on.)
  if (b < e && b >= begin + 2 && clauses_.N(b - 1) == "من") {
    std::string_view w = clauses_.N(b - 2);
    if (w.starts_with("و")) w.remove_prefix(2);
    if (w.starts_with("كغير") || w.starts_with("كسائر") || w.starts_with("كباقي") ||
        w.starts_with("كبقية"))
      b = e;
  }
  // "وحول أسباب هذه الأزمة أوضح …": the phrase is the object of a
  // preposition of topic or time, not the subject; the speaker is carried.
  // But a Companion after عن is the narrator ("وعن أبي هريرة رضي الله عنه
  // قال"), as in a hadith's chain; in news, a person after عن is the topic
  // ("وعن راموس قال بنيتيز").
  // (Also when the phrase found is the end of the topic's longer phrase:
  // "وعن اختياره الإعلام الرياضي ممثلاً في أحد البرامج الجماهيرية مسؤولية
  // التعصب أوضح أن …": a topic opener with و earlier in the clause, only
  // words between.)
  uint32_t topic = b;
  if (b < e && b > begin && !kTopicPrepositions.count(clauses_.N(b - 1)))
    for (uint32_t k = b - 1; k > begin && k + 12 > b && IsWord(toks_[k - 1]); --k) {
      const std::string_view w = clauses_.N(k - 1);
      if (IsTopicOpener(w)) {
        topic = k;
        break;
      }
      // (Not past the verb or the complementizer of another clause: "وحول
      // الاتفاق قالت إن باكستان ترحب".)
      if (kComplementizers.count(w) || clauses_.IsVerb(toks_[k - 1])) break;
    }
  if (b < e && b > begin && kTopicPrepositions.count(clauses_.N(topic - 1))) {
    bool narrator = false;
    if (clauses_.N(topic - 1) == "عن" || clauses_.N(topic - 1) == "وعن")
      for (uint32_t k = topic; k < e && !narrator; ++k) narrator = clauses_.N(k) == "رضي";
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
    // (So before a word without the article that the segmenter split off
    // it: "ووزارة الحج تقول إن …"; not the و of a name: "واشنطن".)
    x.speaker_after_wa = ConjunctionBeforeSource(b);
    if (m.info.plural) SplitPluralSubject(b, e, x);
  }
  return true;
}

// The Prophet's latest mention before a blessing after the verb ("قال عليه
// الصلاة والسلام"), who is that verb's speaker.
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

}  // namespace isnad

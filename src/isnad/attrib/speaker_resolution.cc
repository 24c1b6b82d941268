// ResolveSpeakers, a step of AttributionScan (attribution_scan.h) once the
// reports are nested (report_nesting.cc): explicit speakers get their spans
// and kinds; an implicit one is carried over from the latest report not
// nested in another (which is why nesting comes first), or, for a
// participle after an action verb, is the subject of that verb.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "isnad/attrib/attribution_scan.h"
#include "isnad/attrib/source_kind.h"
#include "isnad/text/utf8.h"

namespace isnad {

using namespace clause_words;  // the word lists of attribution (clause_words.h)

namespace {

// Where a speaker's span starts: at its first token, less a preposition
// clitic glued to it that the segmenter split off ("اضافة لشهود عيان" →
// شهود عيان), since the source is the noun, not the "to" before it. Only a
// plain one-letter prefix is dropped (not ل + ال → لل, whose letters change).
uint32_t SpeakerStart(const Document& doc, uint32_t token) {
  const Token& t = doc.tokens[token];
  if (!(doc.layers & kLayerWords) || t.word_count < 2 || t.span.size() < 3) return t.span.start;
  const Word& clitic = doc.words[t.first_word];
  const std::string_view form = doc.Form(clitic);
  if (clitic.upos != Upos::ADP || (form != "ل" && form != "ب" && form != "ك")) return t.span.start;
  const std::string_view next = doc.Form(doc.words[t.first_word + 1]);
  std::u32string_view text = doc.Text(t.span);
  // The token must read clitic + next word: its first letter is the clitic
  // and the next word starts with its second letter. (Once per speaker.)
  std::string first, second;
  AppendUtf8(text[0], &first);
  AppendUtf8(text[1], &second);
  if (first != form || next.substr(0, second.size()) != second) return t.span.start;
  return t.span.start + 1;
}

// قد before a past verb: "وقد وجه مدير عام …".
const Set kQadWords = {"قد", "وقد", "لقد", "فقد"};

// "العتيبي": the article, at least three letters, and a final ي.
bool IsArticleNisba(std::string_view norm) {
  constexpr std::string_view kAl = "ال", kYa = "ي";
  return norm.size() >= kAl.size() + 8 && norm.substr(0, kAl.size()) == kAl &&
         norm.substr(norm.size() - kYa.size()) == kYa;
}

}  // namespace

// Whether the tokens [first, end) end with a person mention of the entity
// tagger that starts after `first`.
bool AttributionScan::EndsWithPersonName(uint32_t first, uint32_t end) const {
  if (person_end_.empty()) return false;
  for (uint32_t t = first + 1; t < end; ++t)
    if (person_end_[t] == end) return true;
  return false;
}

// The kind of the source [first, end) after a cue of the according class,
// which the lexicon took for a person by default: a definite phrase with no
// name of the entity tagger in it is a document ("للقرار"، "التحقيقات"), or
// an outlet when it is an agency's short name (للفرنسية); anything else
// stays a person. (People in the plural, "للمنظمين", are a group before
// this: IsPluralOfPeople.)
SourceKind AttributionScan::KindOfAccordingThing(uint32_t first, uint32_t end) const {
  const std::string_view head = clauses_.N(first);
  if (!IsDefinite(head) || HasNameIn(first, end)) return SourceKind::kPerson;
  if (end == first + 1 && IsAgencyShortName(head)) return SourceKind::kMedia;
  return SourceKind::kDocument;
}

bool AttributionScan::HasNameIn(uint32_t first, uint32_t end) const {
  for (uint32_t t = first; t < end; ++t)
    if (entity_tokens_[t]) return true;
  return false;
}

bool AttributionScan::ButPronounBefore(uint32_t i) const {
  if (i == 0) return false;
  const std::string_view p = clauses_.N(i - 1);
  bool with_pronoun = false;
  if (IsBut(p, &with_pronoun)) return with_pronoun;
  return (p == "انه" || p == "انها" || p == "انهم") && i >= 2 &&
         IsExceptBeforeThat(clauses_.N(i - 2));
}

// The subject [*first, *end) of the action verb that opens the sentence of
// the participle found_[k], when no report of the sentence comes before the
// participle: the noun phrase after the verb, up to the end of a person's
// name in it, else a known kind of source (not a guess, nothing inanimate).
bool AttributionScan::ActionSubject(size_t k, ActionSubjectKind wanted, uint32_t* first,
                                    uint32_t* end) const {
  const Found& x = found_[k];
  const uint32_t begin = SentenceBegin(x.cue_first);
  // (A charge or another report with no source does not count: "أغلق النائب
  // العام تحقيقا …، بتهمة الخيانة، قائلاً إن …".)
  if (k > 0 && found_[k - 1].cue_first >= begin && found_[k - 1].cls != CueClass::kImpersonal)
    return false;
  if (x.cue_first == 0) return false;
  return SubjectOfOpeningAction(x, begin, x.cue_first, wanted, first, end);
}

bool AttributionScan::SubjectOfOpeningAction(const Found& x, uint32_t begin, uint32_t lim,
                                             ActionSubjectKind wanted, uint32_t* first,
                                             uint32_t* end) const {
  uint32_t v = begin;
  while (v < lim && !IsWord(toks_[v])) ++v;
  // "ذات مرة، من ستينات القرن الماضي، تحدث الكاتب …": the verb after an
  // opening circumstance set off by commas (at most two, 8 tokens each).
  for (int commas = 0; commas < 2 && v < lim && !clauses_.IsVerb(toks_[v]); ++commas) {
    uint32_t c = v;
    while (c < lim && c < v + 8 && !IsCommaToken(doc_, toks_[c]) && IsWord(toks_[c])) ++c;
    if (c >= lim || c >= v + 8 || !IsCommaToken(doc_, toks_[c])) break;
    v = c + 1;
  }
  // "وقد وجه مدير عام الشؤون الصحية …": the verb after قد.
  if (v + 1 < lim && kQadWords.count(clauses_.N(v))) ++v;
  if (v + 1 >= lim || !clauses_.IsVerb(toks_[v])) return false;
  // (علّق that reported nothing is an action too: "وعلق المحلل محمد العمري
  // على القرار قائلا" comments, and the participle reports. Not the other
  // homographs, whose subjects are less often the participle's.)
  CueMatch m;
  if (clauses_.IsCueAt(v, &m) &&
      (!IsCommentVerb(clauses_.N(v)) ||
       std::any_of(found_.begin(), found_.end(), [v](const Found& f) { return f.cue_first == v; })))
    return false;
  uint32_t s = SubjectSlotAfter(v, lim);
  // A short name in marks is the whole subject: "وتخطط «تسلا» لطرح سيارة".
  const Quote* marked = nullptr;
  if (s < lim && IsOpeningMarkOfQuote(doc_, s)) {
    marked = &doc_.quotes[toks_[s].quote - 1];
    if (marked->close.empty() || marked->end_token >= lim ||
        marked->end_token - marked->first_token > 4 || marked->end_token == marked->first_token)
      return false;
  } else if (s >= lim || !IsWord(toks_[s]) || kSpeakerStops.count(clauses_.N(s)) ||
             clauses_.IsVerb(toks_[s]) || clauses_.GluedPreposition(s) == "ب" ||
             clauses_.GluedPreposition(s) == "ل") {
    // (A verb there opens another clause: "غابوا عنّا وتحدث والد الشهيد".)
    return false;
  }
  uint32_t e = marked != nullptr ? marked->end_token + 1 : clauses_.NounPhraseEnd(s, lim);
  bool named = false;
  for (uint32_t t = s; t < e && !person_end_.empty(); ++t)
    if (person_end_[t] != 0) {
      e = std::min(e, person_end_[t]);
      named = true;
      break;
    }
  if (wanted == ActionSubjectKind::kNamed && !named) return false;
  if (named && person_end_[s] == 0) {
    // The head is the name or a title of its holder ("السفير علي العياشي"،
    // "الممثلة الكندية رايتشل مكادامز": a person noun, or only words with
    // the article before the name); else it is a thing of the person's, who
    // is the subject meant ("لاحظ لغة فاروفاكيس …، حيث قال"، "ظل قلق هدى
    // عبده … فتقول"، "ووضع الحادث حدا لطموحات بيانكي …، إذ كشف"): the
    // subject is the name alone. (A body named after a person is the body:
    // "مجموعة محمد المعجل".)
    const std::string_view head = clauses_.N(s);
    const bool title = IsPersonNoun(StripArticle(head)) || IsNameLink(head) || head == "كل" ||
                       StripArticle(head) == "بطل" || IsPlaceOfWorkHead(StripArticle(head));
    uint32_t name = s;
    while (name < e && person_end_[name] == 0) ++name;
    for (uint32_t t = s; !title && t < name; ++t)
      if (StripArticle(clauses_.N(t)) == clauses_.N(t)) {
        s = name;
        break;
      }
  }
  // The receiver of a message is not its writer ("تلقى الرئيس … برقية من
  // نظيره …، أكد فيها"; normalized, تلقى ends in ي).
  if (clauses_.N(v) == "تلقي" || clauses_.N(v) == "وتلقي") return false;
  // A clause with a subject of its own between ("…، بيد أن النجم البرتغالي
  // استمر …، وقال"): that subject is the nearer one. (Not "ولكنه أكد": the
  // same subject goes on.)
  for (uint32_t t = e; t < lim; ++t) {
    const std::string_view w = clauses_.N(t);
    const bool that_next = t + 1 < lim && clauses_.N(t + 1) == "ان";
    bool with_pronoun = false;
    if ((IsBut(w, &with_pronoun) && !with_pronoun) ||
        ((w == "بيد" || IsExceptBeforeThat(w)) && that_next))
      return false;
  }
  // After a pause, or after a subject with a person's name: else the
  // participle is most often an adjective ("في زيارة محاطة بإجراءات أمنية
  // مشددة"). Without a pause, only a participle that is no homograph of a
  // common adjective, after a definite word, which it cannot describe:
  // "وعلق المحلل محمد العمري على القرار قائلا".
  if (x.cls == CueClass::kParticiple && lim == x.cue_first &&
      toks_[x.cue_first - 1].kind != TokenKind::kPunct) {
    const Token& before = toks_[x.cue_first - 1];
    bool definite_before = entity_tokens_[x.cue_first - 1];
    for (uint32_t w = 0; w < before.word_count; ++w)
      definite_before |= doc_.Form(doc_.words[before.first_word + w]).substr(0, 4) == "ال";
    CueMatch cue;
    if (!named || !definite_before || !clauses_.IsCueAt(x.cue_first, &cue) || cue.info.ambiguous)
      return false;
  }
  if (!named) {
    // Without a name: a noun and its genitive chain and adjectives. A noun
    // after a word with the article (or a name) that is no adjective opens
    // the object: "أعلنت وزارة العمل ضوابط …"، "فتحت إدارة نادي الشباب الباب".
    for (uint32_t t = s + 1; marked == nullptr && t < e; ++t) {
      const std::string_view prev = clauses_.N(t - 1);
      const bool prev_closed = StripArticle(prev) != prev || entity_tokens_[t - 1];
      const Token& tok = toks_[t];
      const Upos u = tok.word_count > 0 ? doc_.words[tok.first_word].upos : Upos::X;
      // (Not for whom one acts or speaks: "القائم بأعمال النائب العام".)
      const bool acting = clauses_.GluedPreposition(t) == "ب" &&
                          kLeadershipNouns.count(StripArticle(clauses_.N(t).substr(2)));
      // (Nor a purpose after a bare name: "وتخطط شركة تسلا لطرح سيارة".)
      const bool purpose = clauses_.GluedPreposition(t) == "ل" &&
                           clauses_.N(t).substr(2, 2) != "ل" && prev == StripArticle(prev) &&
                           !IsPersonNoun(prev);
      if (clauses_.IsIndefiniteAccusative(t) || IsObjectNoun(clauses_.N(t)) || purpose ||
          (prev_closed && u != Upos::ADJ && !entity_tokens_[t] && !acting)) {
        e = t;
        break;
      }
    }
    bool by_default = false;
    if (marked != nullptr)
      ClassifySource(doc_, marked->first_token, marked->end_token, &by_default);
    else
      ClassifySource(doc_, s, e, &by_default);
    // (Any noun is a name: one in marks, one the tagger found, or one word
    // without the article; not "الهجمات الدموية الأخيرة أعلنت".)
    const bool name_like = marked != nullptr || entity_tokens_[s] ||
                           (e == s + 1 && StripArticle(clauses_.N(s)) == clauses_.N(s));
    if ((by_default && (wanted != ActionSubjectKind::kAnyNoun || !name_like)) || e - s > 6)
      return false;
  }
  uint32_t f = s;
  if (!NarrowToSource(clauses_, &f, &e)) return false;
  Found probe = x;
  probe.spk_first = f;
  probe.spk_end = e;
  if (HasInanimateHead(probe)) return false;
  *first = f;
  *end = e;
  return true;
}

// "والتقت «الشرق الأوسط» مع سيديريس يانيس، الذي يعمل مهندسا …، وقال إن
// …": a verb joined by و after a relative clause on a person goes on with
// that clause, whose subject is the person before الذي (التي for a verb in
// the feminine). The relative clause must run up to the verb with no report
// in it, and be short (20 tokens).
bool AttributionScan::RelativeAntecedentBefore(size_t k, uint32_t* first, uint32_t* end) const {
  const Found& x = found_[k];
  const uint32_t begin = SentenceBegin(x.cue_first);
  const CueGender g = CueGenderOf(x);
  if (g == CueGender::kAny || x.cue_first < begin + 4) return false;
  for (uint32_t r = x.cue_first - 1; r > begin && r + 20 > x.cue_first; --r) {
    const std::string_view w = clauses_.N(r);
    if (!IsSingularRelative(w)) continue;
    if ((w == "الذي") != (g == CueGender::kMasculine)) return false;
    // The relative clause has a verb of its own, and no report.
    if (r + 2 >= x.cue_first || !clauses_.IsVerb(toks_[r + 1])) return false;
    if (k > 0 && found_[k - 1].cue_first > r) return false;
    uint32_t name_first = 0;
    if (!PersonBeforeRelative(r + 1, begin, &name_first)) return false;
    *first = name_first;
    *end = person_end_[name_first];
    return true;
  }
  return false;
}

// "وعبر الأمير جلوي عن سعادته بزيارة القصر. وقال "إن هذا القصر …"": a verb
// that opens its sentence with nothing to carry belongs to the person named
// as the subject of the action the sentence before opens with (a person's
// name only: the previous sentence is weaker evidence than the same one).
bool AttributionScan::PreviousActionSubject(const Found& x, uint32_t* first, uint32_t* end) const {
  const uint32_t begin = SentenceBegin(x.cue_first);
  uint32_t v = begin;
  while (v < x.cue_first && !IsWord(toks_[v])) ++v;
  if (v != x.cue_first || begin == 0) return false;
  const uint32_t prev_begin = SentenceBegin(begin - 1);
  return SubjectOfOpeningAction(x, prev_begin, begin, ActionSubjectKind::kNamed, first, end);
}

// Whether report x is "ما وصفه …" (ScanWhatXCalled).
bool AttributionScan::IsWhatXCalled(const Found& x) const {
  return x.cls == CueClass::kSpeech && x.cue_first > 0 &&
         kWhatCalledVerbs.count(clauses_.N(x.cue_first)) &&
         IsWhatBeforeCalled(clauses_.N(x.cue_first - 1));
}

// Whether tokens [first, end) name one person: a person's name of the
// entity tagger in them, and no second phrase joined by و.
bool AttributionScan::IsOneNamedPerson(uint32_t first, uint32_t end) const {
  bool named = false;
  for (uint32_t t = first; t < end; ++t) {
    if (t > first && OpensWithConjunction(t)) return false;
    named |= !person_end_.empty() && person_end_[t] != 0;
  }
  return named;
}

// Whether a report's cue is a plural verb or participle (قالوا، مؤكدين).
bool AttributionScan::IsPluralCue(const Found& x) const {
  CueMatch m;
  return clauses_.IsCueAt(x.cue_first, &m) && m.info.plural;
}

// The gender a report's cue verb agrees with (kAny for noun cues and plurals).
CueGender AttributionScan::CueGenderOf(const Found& x) const {
  CueMatch m;
  return clauses_.IsCueAt(x.cue_first, &m) ? m.info.gender : CueGender::kAny;
}

// The report whose speaker an implicit one carries: the latest top-level
// report with a speaker, unless the cue's gender disagrees with that
// report's own verb and one of the few reports before it agrees ("قال
// الشبكشي إن السعودية … وأوضحت أنه …": أوضحت is not الشبكشي).
int32_t AttributionScan::CarriedSpeakerFrom(const Found& x,
                                            const std::vector<int32_t>& tops) const {
  if (tops.empty()) return -1;
  // A plural cue ("مؤكدين"، "وقالوا") does not carry one named person of a
  // singular verb ("اتصل خادم الحرمين الملك سلمان … مؤكدين"): the people are
  // others. (Several names joined by و are people: "سعيد الحربي وجمال
  // عسيري".)
  if (const Found& p = found_[tops.back()]; IsPluralCue(x) && !IsPluralCue(p) &&
                                            p.a.kind == SourceKind::kPerson &&
                                            IsOneNamedPerson(p.spk_first, p.spk_end))
    return -1;
  const CueGender g = CueGenderOf(x);
  if (g == CueGender::kAny) return tops.back();
  const CueGender latest = CueGenderOf(found_[tops.back()]);
  if (latest == CueGender::kAny || latest == g) return tops.back();
  // Only a verb of the same gender is evidence for an earlier speaker (a
  // headline colon or a plural verb says nothing of it).
  constexpr size_t kLookBack = 4;  // reports with a speaker, latest first
  for (size_t k = tops.size() - 1; k > 0 && k + kLookBack > tops.size(); --k)
    if (CueGenderOf(found_[tops[k - 1]]) == g) return tops[k - 1];
  // One named person of the other gender is not who speaks ("قال الدكتور
  // عبدالعزيز … وتدعو النصوص …"); a body may take either ("قال البيان …
  // وأضافت").
  if (const Found& p = found_[tops.back()];
      p.a.kind == SourceKind::kPerson && IsOneNamedPerson(p.spk_first, p.spk_end))
    return -1;
  return tops.back();
}

// The report that the participle found_[k] continues when it is not the
// latest top-level one: the report just before it in its sentence, nested in
// "according to" (بحسب رويترز، قال كيري «…» مضيفا …), with a speaker and not of
// the other gender; -1 when there is none. (Other nested reports are often
// the outer speaker's words, and the participle the outer speaker's.)
int32_t AttributionScan::ReportContinuedBy(size_t k) const {
  if (k == 0) return -1;
  const Found& x = found_[k];
  const Found& p = found_[k - 1];
  if (!p.a.has_speaker || p.cls == CueClass::kAccording ||
      sent_of_[p.cue_first] != sent_of_[x.cue_first] || p.a.parent < 0 ||
      found_[p.a.parent].cls != CueClass::kAccording)
    return -1;
  const CueGender g = CueGenderOf(x), h = CueGenderOf(p);
  if (g != CueGender::kAny && h != CueGender::kAny && g != h) return -1;
  return static_cast<int32_t>(k) - 1;
}

// "ونقلت صحيفة “الوطن” عن الشاب … قوله إنه يشعر بالسعادة، معتبراً أن …":
// the words an outlet quotes go on in the voice of the one it quotes. For a
// report before found_[k] whose speaker is an outlet, the source nested in
// it with its cue before the outlet's content (عن الشاب، نقلا عن مسؤول),
// when it has a speaker and is no outlet itself; else `from`. (Not for a
// cue inside the outlet's own words before its content, "عن مصدر وصفته
// بأنه موثوق" is the outlet describing; nor a plural cue after one named
// person: "داعين" are others.)
int32_t AttributionScan::QuotedSourceOf(int32_t from, size_t k) const {
  if (from < 0 || found_[from].a.kind != SourceKind::kMedia) return from;
  const Found& p = found_[from];
  const Found& x = found_[k];
  if (x.a.cue.start < p.a.content.start) return from;
  for (size_t j = static_cast<size_t>(from) + 1; j < k; ++j) {
    const Found& y = found_[j];
    if (y.a.parent != from) continue;
    if (!y.a.has_speaker || y.a.kind == SourceKind::kMedia || y.a.cue.start >= p.a.content.start ||
        (IsPluralCue(x) && y.a.kind == SourceKind::kPerson &&
         IsOneNamedPerson(y.spk_first, y.spk_end)))
      return from;
    return static_cast<int32_t>(j);
  }
  return from;
}

// "وتابع مشاري سلطان "عبر السائحون عن فرحتهم بهذه المشاهد، ووصفوها بأنها
// مبهجة"": a plural verb nested in the words of one named person is not his;
// it goes on with the people of the report before it in the same quotation
// and sentence (a plural verb, or a collective). -1 when there is none.
int32_t AttributionScan::PluralSiblingBefore(size_t k) const {
  const Found& x = found_[k];
  if (x.a.parent < 0 || !IsPluralCue(x)) return -1;
  const Found& p = found_[x.a.parent];
  if (IsPluralCue(p) || p.a.kind != SourceKind::kPerson ||
      !IsOneNamedPerson(p.spk_first, p.spk_end))
    return -1;
  for (size_t j = k; j-- > static_cast<size_t>(x.a.parent) + 1;) {
    const Found& y = found_[j];
    if (y.a.parent != x.a.parent || sent_of_[y.cue_first] != sent_of_[x.cue_first]) continue;
    if (!y.a.has_speaker) return -1;
    if (IsPluralCue(y) || y.a.kind == SourceKind::kGroup || y.a.kind == SourceKind::kWitness)
      return static_cast<int32_t>(j);
    return -1;
  }
  return -1;
}

// Whether every word of tokens [first, end) lies in one mention of an
// organization of the entity tagger.
bool AttributionScan::IsOrganizationName(uint32_t first, uint32_t end) const {
  for (const Entity& e : doc_.entities) {
    if (e.type != EntityType::kOrg) continue;
    for (const Span& m : e.mentions) {
      bool covers = true, any = false;
      for (uint32_t k = first; k < end && covers; ++k) {
        if (!IsWord(toks_[k])) continue;
        any = true;
        covers = m.start <= toks_[k].span.start && toks_[k].span.end <= m.end;
      }
      if (covers && any) return true;
    }
  }
  return false;
}

// Whether an organization mention of the entity tagger opens tokens [first,
// end) and no person is named or titled after it: "اولمبيك ليون المنتمي
// لدوري الدرجة الأولى الفرنسي لكرة القدم".
bool AttributionScan::OpensWithOrganizationName(uint32_t first, uint32_t end) const {
  const Span head = toks_[first].span;
  uint32_t org_end = 0;  // where the opening mention ends, in code points
  for (const Entity& e : doc_.entities)
    for (const Span& m : e.mentions)
      if (m.Overlaps(head)) {
        if (e.type != EntityType::kOrg) return false;
        org_end = std::max(org_end, m.end);
      }
  if (org_end == 0) return false;
  for (uint32_t k = first + 1; k < end; ++k) {
    if (toks_[k].span.end <= org_end || !IsWord(toks_[k])) continue;
    if (!person_end_.empty() && person_end_[k] > k) return false;
    bool by_default = false;
    if (ClassifySource(doc_, k, k + 1, &by_default) == SourceKind::kPerson && !by_default)
      return false;
  }
  return true;
}

void AttributionScan::ResolveSpeakers() {
  std::vector<int32_t> tops;  // top-level reports with a speaker, in order
  for (size_t k = 0; k < found_.size(); ++k) {
    Found& x = found_[k];
    if (x.explicit_speaker) {
      // "المتحدث الرسمي باسم الجيش بيانا جديدا": the source ends before an
      // indefinite accusative, the object or an adverb (where the content
      // starts is not changed by it).
      // A phrase whose head is in the accusative itself ("إلا أن عدداً
      // كبيراً من السكان أعربوا") is the subject of إنّ: left whole.
      if (!clauses_.IsIndefiniteAccusative(x.spk_first))
        for (uint32_t t = x.spk_first + 1; t < x.spk_end; ++t)
          if (clauses_.IsIndefiniteAccusative(t)) {
            x.spk_end = t;
            break;
          }
      x.a.has_speaker = true;
      x.a.speaker = {SpeakerStart(doc_, x.spk_first) + (x.speaker_after_wa ? 1 : 0),
                     toks_[x.spk_end - 1].span.end};
      bool by_default = false;
      x.a.kind = ClassifySource(doc_, x.spk_first, x.spk_end, &by_default);
      // A bare quoted name is an outlet when it publishes ("وكانت «سبق» قد
      // نشرت …"; the span holds the marks), and when one reports according to
      // it or it learned ("وبحسب «رويترز»"، "وعلمت «دنيا الرياضة» أن"; the span
      // is the name inside the marks). (Other bare quoted names stay persons:
      // papers quote surnames, "وأضاف "المطلق"".)
      if (by_default) {
        CueMatch cue;
        const bool cue_found = clauses_.IsCueAt(x.cue_first, &cue);
        const bool in_its_marks =
            IsOpeningMarkOfQuote(doc_, x.spk_first) &&
            doc_.quotes[toks_[x.spk_first].quote - 1].end_token + 1 == x.spk_end;
        const bool inside_marks =
            x.spk_first > 0 && IsOpeningMarkOfQuote(doc_, x.spk_first - 1) &&
            doc_.quotes[toks_[x.spk_first - 1].quote - 1].end_token == x.spk_end;
        if ((in_its_marks && cue_found && cue.info.publishes) ||
            (inside_marks &&
             (x.cls == CueClass::kAccording || (cue_found && cue.info.learns_from))))
          x.a.kind = SourceKind::kMedia;
      }
      // A bare name that the entity tagger found as an organization («حماس»
      // تثمن …، وقال برشلونة، أعلنت أبل) is one; not a kunya (أم فهد) nor
      // a family name of the form الـ…ي (العتيبي، النهاري), which the tagger
      // takes for organizations too. So is a phrase that such a name opens
      // (OpensWithOrganizationName).
      if (by_default && x.a.kind == SourceKind::kPerson && !IsNameLink(clauses_.N(x.spk_first)) &&
          !IsArticleNisba(clauses_.N(x.spk_first)) &&
          (IsOrganizationName(x.spk_first, x.spk_end) ||
           OpensWithOrganizationName(x.spk_first, x.spk_end)))
        x.a.kind = SourceKind::kOrganization;
      // "المنظمون"، "مسعفون"، "مديرو المدارس": people named by a sound
      // masculine plural that the lexicon does not list are a collective
      // (not a name the tagger found that only ends so: كاميرون، البحرين،
      // التعاون).
      if (by_default && x.a.kind == SourceKind::kPerson && !HasNameIn(x.spk_first, x.spk_end) &&
          IsPluralOfPeople(doc_, x.spk_first, x.spk_end - x.spk_first >= 2))
        x.a.kind = SourceKind::kGroup;
      // "ووفقاً للقرار فإن …"، "ووفقا للتحقيقات": a definite thing one reports
      // according to, that the lexicon does not know, is no person (a person
      // there is named or carries a title the lexicon knows: "للرائد بدر
      // السحيباني"، للناطق; or is a family name: العتيبي).
      if (by_default && x.cls == CueClass::kAccording && x.a.kind == SourceKind::kPerson &&
          !IsArticleNisba(clauses_.N(x.spk_first)))
        x.a.kind = KindOfAccordingThing(x.spk_first, x.spk_end);
      // "منسق لجنة الفنون المسرحية بالجمعية المخرج عيد بن سعيد": an
      // organization word after the head, and a person's name at the end,
      // make a person (not "مكتب رئيس الوزراء بنيامين نتنياهو", whose head
      // is the organization).
      if (x.a.kind == SourceKind::kOrganization && EndsWithPersonName(x.spk_first, x.spk_end) &&
          ClassifySource(doc_, x.spk_first, x.spk_first + 1) != SourceKind::kOrganization)
        x.a.kind = SourceKind::kPerson;
    } else if (x.implicit && x.cls != CueClass::kImpersonal) {
      // A participle inside another report's content belongs to that report's
      // speaker (or continues a report nested in "according to").
      int32_t from = x.a.parent >= 0 && found_[x.a.parent].a.has_speaker
                         ? x.a.parent
                         : CarriedSpeakerFrom(x, tops);
      if (x.a.parent >= 0 && from == x.a.parent)
        if (const int32_t sibling = PluralSiblingBefore(k); sibling >= 0) from = sibling;
      from = QuotedSourceOf(from, k);
      const int32_t continued = x.cls == CueClass::kParticiple ? ReportContinuedBy(k) : -1;
      if (continued >= 0) from = continued;
      // "وقدّم الرئيس السيسي تحية لأرواح الشهداء، موضحا أن …": a participle
      // with no speaker to carry belongs to the subject of the action its
      // sentence opens with. Where an earlier sentence's speaker could be
      // carried, only a subject that ends with a person's name wins over it
      // ("وتحدثت د. رنا محمد زينة … قائلةً"; any subject was tried: it was as
      // often wrong as right); one of the same sentence is kept.
      // So does "ما وصفه" ("ودافع ظريف أمام نواب برلمان بلاده عما وصفه
      // باتفاق نووي «متوازن»"), by any subject the lexicon knows; and a verb
      // with no subject of its own: "ويتفق هيكس مع هذا الطرح، حيث يقول …"
      // is هيكس, not the speaker of the sentence before; so is "استند الفنان
      // فايز المالكي على …، وقال: …", with no speaker at all to carry. A verb
      // joined by و to the action ("وبدأ الحرس الثوري … في انتقاد الاتفاق
      // وقال إنه …") takes any subject the lexicon knows, named or not: the
      // two verbs share it.
      uint32_t first = 0, end = 0;
      const bool what_called = IsWhatXCalled(x);
      // A verb of speech, or a stance verb joined by و to the action, which
      // goes on with its subject too: "حمّل نائب الرئيس العراقي أسامة
      // النجيفي نظيره … المسؤولية، ودعا إلى انتخابات مبكرة" (not a plural
      // one, whose people the action's subject seldom is: "وطلبوا" after
      // "الرسالة").
      CueMatch cue;
      const bool cue_found = clauses_.IsCueAt(x.cue_first, &cue);
      const bool joined = cue_found && cue.has_conjunction;
      const bool speaks_on = x.cls == CueClass::kSpeech ||
                             (x.cls == CueClass::kStance && joined && !cue.info.plural);
      const bool orphan_verb = speaks_on && from < 0;
      const bool joined_speech = speaks_on && joined;
      // "ولم يكشف القراصنة عن دوافعهم لكنهم قالوا …": a verb after "but he"
      // (لكنه، إلا أنه) goes on with the subject of the clause before it.
      const bool after_but = ButPronounBefore(x.cue_first);
      // A verb whose gender the person to carry does not share ("قال الرئيس
      // … وتخطط تسلا لطرح سيارة، وقالت") belongs to the action's subject,
      // a name the lexicon need not know: the one she is must have come up
      // in between.
      const CueGender g = CueGenderOf(x);
      // (A person's: a body or a plural takes a verb of either gender,
      // "ذكرت مصادر … مشيرا".)
      const bool other_gender =
          from >= 0 && g != CueGender::kAny && found_[from].a.kind == SourceKind::kPerson &&
          CueGenderOf(found_[from]) != CueGender::kAny && CueGenderOf(found_[from]) != g;
      const ActionSubjectKind wanted = other_gender ? ActionSubjectKind::kAnyNoun
                                       : from >= 0 && !what_called && !joined_speech
                                           ? ActionSubjectKind::kNamed
                                           : ActionSubjectKind::kKnownKind;
      if ((x.cls == CueClass::kParticiple || what_called || speaks_on || after_but) &&
          x.a.parent < 0 && (from < 0 || found_[from].cue_first < SentenceBegin(x.cue_first)) &&
          ((joined_speech && RelativeAntecedentBefore(k, &first, &end)) ||
           ActionSubject(k, wanted, &first, &end) ||
           (orphan_verb && PreviousActionSubject(x, &first, &end)))) {
        x.explicit_speaker = true;
        x.implicit = false;
        x.spk_first = first;
        x.spk_end = end;
        x.a.has_speaker = true;
        x.a.speaker = {SpeakerStart(doc_, first), toks_[end - 1].span.end};
        x.a.kind = ClassifySource(doc_, first, end);
        from = -1;
      }
      if (from >= 0 && found_[from].a.has_speaker) {
        x.a.has_speaker = true;
        x.a.speaker = found_[from].a.speaker;
        x.a.kind = found_[from].a.kind;
        x.spk_first = found_[from].spk_first;
        x.spk_end = found_[from].spk_end;
        x.explicit_speaker = false;
        // A participle continues its governing report: not nested in it,
        // but where it is.
        if (x.a.parent == from || from == continued) x.a.parent = found_[from].a.parent;
      }
    }
    if (!x.a.has_speaker) x.a.kind = SourceKind::kUnknown;
    // (Nor a credit that vouches for the report before it, with the same
    // content: "وأشارت مصادر حسبما أوردت «عكاظ»، إلى أن … مبينة": the
    // participle goes on with the report's speaker.)
    const bool vouches = x.cls == CueClass::kAccording && !tops.empty() &&
                         found_[tops.back()].a.content == x.a.content;
    if (x.a.parent < 0 && x.a.has_speaker && !x.credit_sentence && !vouches)
      tops.push_back(static_cast<int32_t>(k));
  }
}

}  // namespace isnad

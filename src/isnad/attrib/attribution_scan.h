// AttributionScan: the attributions of one document, found pattern by
// pattern, for Attributor::Process (attributor.h). Internal to the
// attribution stage, not part of the library's API: only attributor.cc and
// the files below include it.
//
// One file a kind of pattern:
//   - attribution_scan.cc: what the patterns share (sentences joined across
//     semicolons, the entity tagger's words, NarrowToSource, SetContent),
//     and the impersonal cues of the lexicon (يعتقد أن);
//   - headline_lines.cc: the headline "X: Y", and the subheadings and
//     dialogue lines that read so;
//   - fixed_phrases.cc: the phrases the cue lexicon does not hold (من
//     المتوقع أن، جاء في، جاء فيه، نقل … عن، على حد قوله), and the cue loop,
//     which tries them at every word, then the lexicon's cues;
//   - according_cue.cc: the according class (بحسب X، وفقا لـ X);
//   - verb_cue.cc: cue verbs and participles: their speaker and content;
//     verb_no_report.cc: where such a verb reports nothing; verb_content.cc:
//     where its content starts and ends; content_before_cue.cc: "كما قال X"
//     and "أوضح ذلك X", whose content stands before the verb;
//   - speaker_after_verb.cc, speaker_before_verb.cc: a cue verb's speaker
//     after it (VSO) and before it (SVO, headlines);
//   - speaker_phrase.cc: where the speaker's phrase after a verb ends;
//   - report_nesting.cc: once every report is found, their order and
//     nesting, and the attributions written to the document;
//   - speaker_resolution.cc: the speakers settled, implicit ones carried
//     over.
//
// Cost: see attributor.h; a scan holds its document by reference and
// allocates a few containers. One scan per document, on one thread.
#ifndef ISNAD_ATTRIB_ATTRIBUTION_SCAN_H_
#define ISNAD_ATTRIB_ATTRIBUTION_SCAN_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "isnad/attrib/clause_scanner.h"
#include "isnad/attrib/clause_words.h"
#include "isnad/attrib/cue_lexicon.h"
#include "isnad/document.h"

namespace isnad {

// A report as a pattern finds it: the attribution, and the tokens of its cue
// and speaker that the later steps read.
struct Found {
  Attribution a;
  uint32_t cue_first = 0, cue_end = 0;      // cue tokens
  uint32_t spk_first = 0, spk_end = 0;      // speaker tokens, when explicit
  bool explicit_speaker = false;
  bool implicit = false;                    // speaker to be carried over
  bool speaker_after_wa = false;            // the speaker's token opens with و: left out
  // The cue start of the report this one is nested in by construction
  // ("نقلت X عن Y قوله"), or UINT32_MAX to nest by content.
  uint32_t parent_cue = UINT32_MAX;
  CueClass cls = CueClass::kSpeech;
  // A credit that is a sentence of its own after the sentence it vouches
  // for (".وفقا للفرنسية."): no report nests in it, and it is no speaker
  // that later reports carry on.
  bool credit_sentence = false;
};

// What the words around a cue verb say of its speaker.
struct VerbSpeaker {
  uint32_t after = 0;            // the word after the verb, past adverbs of time
  bool object_noun = false;      // the phrase after the verb is its object (kObjectNouns)
  bool pronoun_subject = false;  // "وهو يقول": the subject is a pronoun
  uint32_t content_from = 0;     // where the content is looked for
  bool attention_drawn = false;  // "لافتا النظر إلى …": what follows إلى is what is said
};

// The attributions of one document, found pattern by pattern: the state the
// patterns share while the document is read, and the steps that settle
// nesting and speakers once every report is found.
class AttributionScan {
 public:
  // Reads the document's sentences and the entity tagger's mentions; the
  // document needs tokens and at least one sentence.
  AttributionScan(Document* doc, const CueLexicon& cues);

  AttributionScan(const AttributionScan&) = delete;
  AttributionScan& operator=(const AttributionScan&) = delete;

  void ScanColonLines();
  void ScanCues();

  void SortByCue();
  void Nest();
  void EndNestedReportsAtContrast();
  void ResolveSpeakers();
  void WriteAttributions();

 private:
  // The fixed phrases, and whether a cue of the lexicon reports: inline,
  // defined with ScanCues, their one caller, which asks them at every word.
  // ScanColonLines's test of one sentence (0: the article's first line).
  void ScanColonLineAt(uint32_t sentence);
  bool IsLineLabel(uint32_t first, uint32_t end, uint32_t after, uint32_t line_end) const;
  inline bool ScanExpected(uint32_t* pos);
  inline bool ScanCharge(uint32_t* pos);
  inline bool ScanJaaFi(uint32_t i);
  bool SaidInIt(uint32_t i);
  inline bool ScanNaqalAn(uint32_t* pos);
  inline bool ScanAlaHadd(uint32_t* pos);
  inline bool ScanWhatXCalled(uint32_t* pos);
  inline bool ScanThatWhichSaid(uint32_t* pos);
  inline bool IsReportingCue(uint32_t i, const CueMatch& m) const;
  // Whether the passive cue `m` at i is "what is said" (ما يقال بأن، ما أشيع
  // عن أن), a report with no source, not ما negating it.
  bool WhatIsSaid(uint32_t i, const CueMatch& m) const;
  bool IsAccusativeNounHomograph(uint32_t i) const;
  bool IsOrganizationName(uint32_t first, uint32_t end) const;
  bool OpensWithOrganizationName(uint32_t first, uint32_t end) const;
  // Whether the word after the impersonal cue `m` at i names a source, which
  // makes the verb active: a mention of the entity tagger or a noun the
  // source lexicon knows (not a complementizer; never after a passive-only
  // form, CueInfo::passive_only).
  bool NamedSubjectAfter(uint32_t i, const CueMatch& m, uint32_t limit) const;
  bool IsFirstPersonOfWaslVerb(uint32_t i, const CueMatch& m) const;

  // The cues of the lexicon, a path a cue class.
  bool ScanAccording(uint32_t i, uint32_t begin, uint32_t limit, Found& x);
  uint32_t AccordingCueEnd(uint32_t i, uint32_t limit) const;
  const Quote* NameInMarksAt(uint32_t j, uint32_t limit) const;
  bool IsMeasure(uint32_t i, uint32_t j, uint32_t begin) const;
  bool IsConformity(uint32_t i, uint32_t begin, const Found& x) const;
  Span AccordingContent(uint32_t i, uint32_t begin, uint32_t limit, uint32_t source_end,
                        bool source_in_marks, bool* credit_sentence) const;
  void ScanImpersonalCue(uint32_t i, uint32_t limit, Found& x);
  void ScanVerbCue(uint32_t i, const CueMatch& m, uint32_t begin, uint32_t limit, Found& x);

  // The steps of ScanVerbCue.
  bool SaidInTheStatement(uint32_t i, const CueMatch& m, uint32_t begin, uint32_t limit, Found& x,
                          VerbSpeaker* speaker) const;
  bool FindVerbSpeaker(uint32_t i, const CueMatch& m, uint32_t begin, uint32_t limit, Found& x,
                       VerbSpeaker* speaker);
  uint32_t SubjectSlotAfter(uint32_t i, uint32_t limit) const;
  bool PublishesAsVerb(uint32_t i, const CueMatch& m) const;
  bool IsDerivedVerbalNounAt(uint32_t k) const;
  bool SubjectAfterVerb(uint32_t after, const CueMatch& m, uint32_t limit, bool* object_noun) const;
  bool OpensWithSubject(uint32_t i, const CueMatch& m, uint32_t begin) const;
  bool ClauseOpensWithSubject(uint32_t i, const CueMatch& m, uint32_t begin) const;
  // The first token of the subject between a form of كان and the verb at i
  // ("وكانت مصادر مطلعة وسط المقاومة الشعبية أكدت"), or i when no كان
  // opens the words before it.
  uint32_t KanaSubjectStart(uint32_t i, uint32_t begin) const;
  bool OpensWithConjunction(uint32_t k) const;
  void AddAsSaidReport(uint32_t i, uint32_t begin, Found& x);
  void TakeSpeakerInMarks(uint32_t after, uint32_t limit, Found& x, uint32_t* content_from) const;
  uint32_t NameInMarksEnd(uint32_t after, uint32_t mark, uint32_t limit) const;
  bool IsStanceObject(uint32_t after, uint32_t np_end, uint32_t limit) const;
  void TakeSpeakerAfter(uint32_t after, uint32_t np_end, uint32_t limit, Found& x,
                        uint32_t* content_from);
  bool TakeSpeakerBefore(uint32_t e, const CueMatch& m, uint32_t begin, Found& x,
                         bool* pronoun_subject);
  uint32_t SubjectStartBefore(uint32_t e, uint32_t begin) const;
  void SplitPluralSubject(uint32_t b, uint32_t e, Found& x);
  // (speaker_phrase.cc)
  void SplitCollectiveSources(Found& x);
  uint32_t SpeakerPhraseEnd(uint32_t after, uint32_t limit) const;
  uint32_t PersonNameEnd(uint32_t after, uint32_t np_end) const;
  bool PersonBeforeRelative(uint32_t e, uint32_t begin, uint32_t* first) const;
  bool ConjunctionBeforeSource(uint32_t k) const;
  bool FrontedSubjectWithApposition(uint32_t e, uint32_t begin, uint32_t* first,
                                    uint32_t* end) const;
  bool IsPlaceCalledOn(uint32_t after, uint32_t t) const;
  uint32_t ObjectStart(uint32_t after, uint32_t np_end, uint32_t limit, bool stance,
                       bool judges = false) const;
  uint32_t AddresseeStart(uint32_t after, uint32_t np_end, bool urges) const;
  uint32_t SubjectAfterVerbEnd(uint32_t i, const CueMatch& m, uint32_t after, uint32_t limit,
                               uint32_t* called_on) const;
  bool IsOutletAt(uint32_t first, uint32_t end) const;
  bool DescribesThingBefore(uint32_t i, const CueMatch& m, uint32_t begin, const Found& x) const;
  uint32_t ContentAfterNamedSpeaker(const Found& x, uint32_t limit) const;
  uint32_t GovernedWithBiStart(uint32_t after, uint32_t np_end) const;
  uint32_t TitleHolderEnd(uint32_t after, uint32_t np_end, uint32_t limit) const;
  CueClass ContentClass(const CueMatch& m, uint32_t after, uint32_t limit) const;
  bool HasInanimateHead(const Found& x) const;
  bool IsThingNoSource(uint32_t h, uint32_t end) const;
  uint32_t ExpressedAnAt(uint32_t i, const CueMatch& m, uint32_t begin, uint32_t limit,
                         const Found& x, const VerbSpeaker& s) const;
  bool ReadsAsBetween(uint32_t i, uint32_t begin, uint32_t limit, uint32_t content_from,
                      uint32_t start, const Found& x) const;
  bool BetweenOpensReport(uint32_t i, uint32_t begin, uint32_t start) const;
  bool IsRequestNoSource(uint32_t i, const CueMatch& m, uint32_t begin, const Found& x) const;
  void AddReport(const Found& x);
  void EndBeforeSpeakerActsAgain(uint32_t start, Found& x) const;

  // The steps of ResolveSpeakers (speaker_resolution.cc).
  bool EndsWithPersonName(uint32_t first, uint32_t end) const;
  SourceKind KindOfAccordingThing(uint32_t first, uint32_t end) const;
  // Whether any of tokens [first, end) is in a name the entity tagger found.
  bool HasNameIn(uint32_t first, uint32_t end) const;
  CueGender CueGenderOf(const Found& x) const;
  bool IsPluralCue(const Found& x) const;
  bool IsOneNamedPerson(uint32_t first, uint32_t end) const;
  int32_t PluralSiblingBefore(size_t k) const;
  bool AddSaidThisReport(uint32_t i, uint32_t begin, Found& x);
  int32_t CarriedSpeakerFrom(const Found& x, const std::vector<int32_t>& tops) const;
  int32_t ReportContinuedBy(size_t k) const;
  int32_t QuotedSourceOf(int32_t from, size_t k) const;
  // Which subjects of an opening action may speak: one that ends with a
  // person's name, any of a kind the lexicon knows, or any noun phrase (a
  // name it does not know: "وتخطط تسلا …، وقالت").
  enum class ActionSubjectKind { kNamed, kKnownKind, kAnyNoun };
  bool ActionSubject(size_t k, ActionSubjectKind wanted, uint32_t* first, uint32_t* end) const;
  // The subject [*first, *end) of the action verb that opens tokens
  // [begin, lim) (ActionSubject's test, for any stretch of a sentence).
  bool SubjectOfOpeningAction(const Found& x, uint32_t begin, uint32_t lim,
                              ActionSubjectKind wanted, uint32_t* first, uint32_t* end) const;
  bool PreviousActionSubject(const Found& x, uint32_t* first, uint32_t* end) const;
  bool RelativeAntecedentBefore(size_t k, uint32_t* first, uint32_t* end) const;
  bool AttentionDrawnAt(uint32_t k, uint32_t limit) const;
  // Whether tokens [b, e) are a time phrase alone (والشهر الماضي).
  bool IsTimePhrase(uint32_t b, uint32_t e) const;
  // The topic [*first, *end) between أما and the verb at token i, which
  // opens with ف or follows فقد (أما المواطنان … فقالا؛ وأما الداخلية، فقد
  // أشارت), within 12 tokens of its sentence.
  bool AmmaTopicBefore(uint32_t i, const CueMatch& m, uint32_t begin, uint32_t* first,
                       uint32_t* end) const;
  // Whether "that he / she" (أنه، إنها، بأنهم, or one before an opening
  // mark) stands right before the verb at token i.
  bool PronounComplementizerBefore(uint32_t i, uint32_t begin) const;
  // Where a bare clause said after قال / أضاف / تابع / أردف / يقول / يضيف
  // starts (with و and no subject of its own, or after its named subject
  // and a comma): at a verb, "despite", "I" / "we" / "you", a negation,
  // لقد, هناك, "but"; `limit` when there is none.
  uint32_t BareClauseAfter(uint32_t i, const CueMatch& m, const Found& x, const VerbSpeaker& s,
                           uint32_t limit) const;
  // Whether tokens [from, start) are an aside between commas after the
  // speaker and the complementizer before the content at `start` (وتابع
  // بيرلو، في مقابلة مع صحيفة «…»، إن …؛ a relative clause about him too).
  bool AsideBeforeComplementizer(uint32_t from, uint32_t start) const;
  bool JudgedContentFrom(uint32_t i, const CueMatch& m, uint32_t begin, uint32_t limit,
                         bool object_after, uint32_t* content_from) const;
  // Whether the phrase after لفت is the attention it draws (لفت نظري).
  bool DrawsAttention(const Found& x, const VerbSpeaker& s) const;
  // Whether the participle at token i is the adjective of the noun before it.
  bool IsAdjectiveParticiple(uint32_t i) const;
  // Whether the noun at token k (s.after, or the word after إلى / على) is
  // what the verb at token i reports, so that its noun phrase may be the
  // content with no clause after it.
  bool ReportedNounAt(uint32_t k, uint32_t i, const CueMatch& m, const Found& x,
                      const VerbSpeaker& s) const;
  // Whether token i is a noun in the construct state: one word the tagger
  // calls a noun, without the article or a clitic, no name, followed by a
  // word (its genitive).
  bool IsConstructNoun(uint32_t i) const;
  // Whether token i is a plural of people in -ون without the article that
  // names a kind of source (مواطنون، مغردون، مسؤولون; not قانون، مليون).
  bool IsIndefinitePluralOfPeople(uint32_t i) const;
  // Whether "but he" (لكنه، ولكنها، إلا أنه، غير أنهم) is right before token i.
  bool ButPronounBefore(uint32_t i) const;
  // The latest mention of the Prophet before token i (النبي، الرسول، رسول
  // الله) in the document, as tokens [*first, *end).
  bool ProphetBefore(uint32_t i, uint32_t* first, uint32_t* end) const;
  bool IsWhatXCalled(const Found& x) const;

  // Words and sentences.
  bool VerbAt(uint32_t k, bool clause) const;
  bool EndsInSemicolon(uint32_t k) const;
  uint32_t SentenceLimit(uint32_t i) const;
  uint32_t SentenceBegin(uint32_t i) const;
  // Past the colon of a footer "رابط الخبر بصحيفة …:" that opens a sentence
  // at token `first`, else `first`.
  uint32_t StoryLinkEnd(uint32_t first) const;
  // The first token that starts at code point `cp` or after it.
  uint32_t FirstTokenFrom(uint32_t cp) const;
  Span SentenceBefore(uint32_t begin) const;
  bool NamesASource(uint32_t first, uint32_t end) const;

  Document& doc_;
  ClauseScanner clauses_;  // the document read as words, noun phrases and clauses
  const std::vector<Token>& toks_;
  const uint32_t n_;
  std::vector<Found> found_;
  std::vector<Found> co_speakers_;   // second sources of a cue, content filled later
  clause_words::Set named_sources_;  // last words of the explicit speakers so far
  const std::vector<uint32_t> sent_of_;
  std::vector<uint8_t> entity_tokens_;  // the entity tagger's mentions, per token
  // Per token: the end token of the person mention that starts there, else
  // 0 (empty when the document has no person mention).
  std::vector<uint32_t> person_end_;
  // Per token: 1 where a place mention of the tagger starts, 2 inside one,
  // else 0 (empty when the document has none).
  std::vector<uint8_t> place_tokens_;
  // The words of the tagger's mentions: a name the segmenter tags as a verb
  // (يعالون، سيدا) is still a name where the tagger missed it.
  // (Sorted, for a binary search: one allocation per document.)
  std::vector<std::string_view> entity_words_;
};

// Narrows the speaker tokens [*first, *end) to the words that may name a
// source: leading words that name none are dropped (kNotSourceWords,
// kPronounObjects: "قالت عنه ميركل", "وكانت الوزارة قالت"), and the phrase
// ends before a word that opens a new clause (kClauseBreaks: "قال الرزقي
// وهو طالب…"). False when no source is left: nothing, or a phrase that
// kNoSourceWords makes none ("وهو …", "هناك …").
bool NarrowToSource(const ClauseScanner& f, uint32_t* first, uint32_t* end);

// Fills content, direct for an attribution whose content starts at token
// `start` (quoted when it is an opening mark) in a sentence ending at `limit`.
void SetContent(const ClauseScanner& f, uint32_t start, bool quoted, uint32_t limit, Found* out);

}  // namespace isnad

#endif  // ISNAD_ATTRIB_ATTRIBUTION_SCAN_H_

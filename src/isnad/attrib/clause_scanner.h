// ClauseScanner: reads the clause around a reporting cue, over one
// document's tokens: where a speaker's phrase ends, where the reported
// content starts and ends, where the clause before a cue begins. The
// attribution stage (attributor.h) asks it; it holds no state of its own
// beyond the document and the cue lexicon.
//
// Cost: each call scans a bounded window of tokens (at most a clause,
// capped at kMaxContentTokens for content), no allocation.
#ifndef ISNAD_ATTRIB_CLAUSE_SCANNER_H_
#define ISNAD_ATTRIB_CLAUSE_SCANNER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "isnad/attrib/cue_lexicon.h"
#include "isnad/document.h"

namespace isnad {

// No report runs longer than this many tokens.
constexpr uint32_t kMaxContentTokens = 400;

class ClauseScanner {
 public:
  ClauseScanner(const Document& doc, const CueLexicon& cues) : doc_(doc), cues_(cues) {}

  std::string_view N(uint32_t i) const { return doc_.Norm(doc_.tokens[i]); }
  const Token& T(uint32_t i) const { return doc_.tokens[i]; }

  const Document& doc() const { return doc_; }

  // True when token i is a word that the lexicon knows as a cue.
  bool IsCueAt(uint32_t i, CueMatch* m) const;
  // Whether token i is a verb of speech or thought in the first person
  // present, written with its hamza: أؤكد، أعتقد، أرى، أتمنى، أظن (the
  // quoted speaker talking: "قال أؤكد وبشكل حازم أن …").
  bool IsFirstPersonSpeechAt(uint32_t i) const;
  // Whether token j reveals or names someone's own identity (كشف هويته،
  // الكشف عن اسمه، ذكر اسمها): the words of anonymity, no report.
  bool IsNamingOneselfAt(uint32_t j) const;
  // "رافضا كشف هويته"، "مفضلا عدم ذكر اسمه"، "طالبا عدم الكشف عن هويته" at
  // token j: the end of this aside of an unnamed source, else j.
  uint32_t AnonymityAsideEnd(uint32_t j, uint32_t limit) const;
  // Whether token i is داعية the noun (a preacher, a propagandist: "داعية
  // فتنة"), before a bare noun that is no name, not "calling (for)": "داعية
  // إلى تعميمها"، "داعية الجميع"، "داعيةً الله"، "داعية بيونجيانج".
  bool IsPropagandistNoun(uint32_t i) const;
  // Whether token k is the عن of what عبّر expresses, not "عن طريق" (by way
  // of): CueInfo::needs_an.
  bool IsExpressedAn(uint32_t k) const;

  // The noun phrase starting at `i` (a speaker after a verb): up to a stop
  // word, punctuation, a quote, a cue, `limit` or `max_words` words.
  uint32_t NounPhraseEnd(uint32_t i, uint32_t limit, uint32_t max_words = 10) const;

  // "وهو ما أكده …"، "وهذا ما أشار إليه …" at token j, a report of the clause
  // before it: the end of its cue (past the verb, or past the preposition
  // with the pronoun), else j.
  uint32_t ThatWhichSaidEnd(uint32_t j, uint32_t limit) const;

  // Past a blessing that starts at token i, with the dash, bracket or mark
  // before and after it: "- حفظه الله -"، "رضي الله عنه"، "صلى الله عليه
  // وسلم". A blessing is a parenthesis, no part of a speaker or of what is
  // said. `i` when none starts there.
  uint32_t BlessingEnd(uint32_t i, uint32_t limit) const;

  // True when the tagger (when it ran) says the token opens a clause: its
  // first non-clitic word is a verb or a subordinating conjunction.
  bool StartsClause(const Token& t) const;
  // Past the occasion of speech that starts at token j ("بهذه المناسبة"،
  // "بهذا الصدد"، "بالمناسبة"); j when none does.
  uint32_t OccasionEnd(uint32_t j, uint32_t limit) const;
  // Whether token k is an إن of "سي إن إن" (CNN), no complementizer.
  bool InCnn(uint32_t k) const;
  // True when the tagger (when it ran) says the token's first non-clitic
  // word is a verb (VERB or AUX).
  bool IsVerb(const Token& t) const;
  // Whether token j is the relative ما (what) before its verb, "ما يتم
  // تداوله"، "ما تتمتع به بلادنا": what a verb that reports a noun phrase
  // denies or confirms. Not ما زال / ما يزال / ما دام (still, as long as).
  bool OpensWhatClause(uint32_t j, uint32_t limit) const;

  // When token j is الذي / التي right after a comma, opening a relative
  // clause that a comma closes before a complementizer ("الدراسة، التي وصفت
  // المشروع بأنه …، أن …"; at most 24 tokens), that closing comma; else j.
  uint32_t RelativeAsideEnd(uint32_t j, uint32_t limit) const;
  // Whether token j follows a word of counting (ألف، مليون، عشرات): a
  // counted noun, never a verb ("200 ألف طالب"; not after a bare number,
  // which may be a year: "في 2013 قال").
  bool IsCountedAt(uint32_t j) const;
  // Whether token j is ل before an outlet the words are told to: a named
  // one (لرويترز، لفرانس برس) or a medium (للصحيفة، للإذاعة، لوسائل).
  bool IsToldOutletAt(uint32_t j) const;

  // The entity tagger's mentions, per token (MarkEntityTokens), which the
  // tests below leave alone; none until set. Not owned.
  void SetEntityTokens(const std::vector<uint8_t>* entity_tokens) { entity_tokens_ = entity_tokens; }

  // True when token i is written with tanween fath (ً): a noun or adverb in
  // the accusative, never a verb.
  bool HasTanweenFath(uint32_t i) const;
  // True when token i has any tanween (ً ٌ ٍ): a noun, never a verb.
  bool HasTanween(uint32_t i) const;

  // True when token i is an indefinite word in the accusative, which is an
  // adverb, a circumstantial word or an object, never a subject: written
  // with tanween fath (رسميًا، ساخرًا، بيانًا); without it, an adjective
  // (the tagger's ADJ) ending in ا (رسميا، حديثا، أمينا), a participle of
  // manner م…ا (مبتسما، مازحا; not a place name in …يا), or one of a few
  // nouns that verbs take as objects (بيانا، كتابا، ردا). Never a word with
  // the article or of the entity tagger's mentions (روسيا، أوباما). No
  // allocation.
  bool IsIndefiniteAccusative(uint32_t i) const;

  // Where the clause that ends at token `i` starts: after the nearest
  // comma, colon, complementizer or cue before it, at most 30 tokens back,
  // and never before `begin`. Commas do not end it: "سيطرت القوات على
  // زنجبار، إضافة إلى شقرة، وفق ما أفادت مصادر" vouches for the whole.
  uint32_t ClauseStartBefore(uint32_t i, uint32_t begin) const;

  // A complementizer, a colon or an opening quote within 4 tokens from j.
  bool ComplementizerFollows(uint32_t j, uint32_t limit) const;

  // True when token j opens quotation marks right after لـ: a quoted name
  // that is who is told or whose the phrase is ("قال لـ«الشرق الأوسط»"،
  // "وفقا لـ«بوينغ»", "المدير العام لـ«المنظمة الدولية للهجرة»").
  bool IsMarkAfterLam(uint32_t j) const;

  // The token after a closed quoted name of up to five tokens that opens
  // at j after لـ (whom it was told: "لـ«الشرق الأوسط»"), or j itself when
  // no such name opens there.
  uint32_t ToldInMarksEnd(uint32_t j) const;

  // The preposition (ب، ل …) that the segmenter split off token k as its
  // first word (or as its second, after و / ف), as written; empty when
  // there is none. No allocation.
  std::string_view GluedPreposition(uint32_t k) const;

  // A quotation that is speech rather than a quoted name or a scare-quoted
  // phrase: long, or followed by the end of the clause or another cue.
  bool IsSpeechQuote(const Quote& q, uint32_t limit) const;

  // The end of a phrase of time that starts at token j ("قبل عام"، "منذ 3
  // أيام"، "العام الماضي"), or j when none does.
  uint32_t TimePhraseEnd(uint32_t j, uint32_t limit) const;
  // The first token from j past the circumstances of a report between its
  // speaker and its أن: a time ("أمس"، "العام الماضي"), a place or occasion
  // of at most three words after في / خلال / عبر / أمام, and the comma after
  // them ("مصادر أوروبية في بروكسل أمس، أن"، "الوزير في تصريح صحفي أمس، أن").
  // No verb, cue or complementizer is passed.
  uint32_t ReportCircumstancesEnd(uint32_t j, uint32_t limit) const;

  // The first token from c past punctuation and a quoted name after لـ (whom
  // it was told: "لـ"الوطن"، أن"), up to `limit`.
  uint32_t SkipToldInMarks(uint32_t c, uint32_t limit) const;
  // After an aside set off by commas (or dashes) from token `opener` (an
  // apposition, a time, a place: words only), the token after the last
  // comma (or the closing dash) when it is على / إلى / عن, or من for a verb
  // that takes it (what the verb governs); else `opener`.
  uint32_t AsideBeforePreposition(uint32_t opener, uint32_t limit, bool takes_min) const;

  // Token j is the name علي, not the preposition على (which normalizes to the
  // same letters): in a name the entity tagger found, or written as below.
  bool IsAliName(uint32_t j, uint32_t limit) const;
  // Token j is the name علي, written with a final ي, before a family name
  // with the article (علي الأحمدي); the preposition على normalizes to the
  // same letters.
  bool WrittenAliBeforeFamilyName(uint32_t j, uint32_t limit) const;
  // Token j is the verb كان (كانت، وكان، وكانت), not كأن (as though),
  // which normalizes to the same letters.
  bool IsKanaAt(uint32_t j) const;
  // Token i (in a clause from `begin`) is مطالَب "required to" (after a
  // verb of being, a pronoun, or as the predicate of إنّ's noun), no
  // participle of a demand.
  bool IsRequiredParticipleAt(uint32_t i, uint32_t begin) const;

  // The content of a report, from here to TrimmedSpan (content_bounds.cc).

  // Token j opens a quotation of three tokens or more that ends its clause
  // (punctuation or the sentence end after the closing mark) and is no
  // quoted name after لـ. After a complementizer such a quotation is the
  // content, and direct: "وأوضح أن «مكافحة الإرهاب هي الموضوع الأساسي…»".
  bool QuoteIsWholeClause(uint32_t j, uint32_t limit) const;

  // Where content starts after position `i` (exclusive end of cue or
  // speaker), within the sentence ending at `limit`: a complementizer, an
  // opening quote, a colon, or (for stance verbs) the noun phrase itself.
  // Returns false when the clause reports nothing. np_fallback: the verb may
  // report a noun phrase; `verb` (when given) says whether that phrase may
  // come after عن or من (CueInfo::takes_an, takes_min).
  bool FindContentStart(uint32_t i, uint32_t limit, CueClass cls, uint32_t* start, bool* quoted,
                        bool np_fallback = false, const CueInfo* verb = nullptr) const;

  // When tokens j, j+1 are في / خلال + an occasion of speech ("في تصريح
  // لـ«الشرق الأوسط»،"، "في بيان مشترك صدر عنهما على هامش القمة"), the
  // token where the content may start: after the comma that closes the
  // phrase, or at the عن / إلى / على or the reported noun (أهمية، ضرورة …)
  // that opens the content. j when no such phrase starts at j, or nothing
  // ends it within 12 tokens.
  uint32_t AfterOccasionOfSpeech(uint32_t j, uint32_t limit) const;

  // Token j opens quotation marks, closed, around three words or fewer: a
  // name ("«الوطن»"), not speech.
  bool IsShortNameInMarks(uint32_t j, uint32_t limit) const;

  // Token k makes the complementizer after it open a circumstance, not a
  // report: رغم، بعد، قبل، منذ، حتى، لو (أن), and رغم من.
  bool IsNonReportGovernor(uint32_t k) const;

  // End (token, exclusive) of indirect content starting at `start`: the
  // sentence end, or a later cue that continues the same speaker (مشيرا،
  // وأضاف أن), whichever comes first.
  uint32_t IndirectContentEnd(uint32_t start, uint32_t limit) const;

  // Speech in brackets after a colon or a complementizer ("قال عنه الرسول:
  // (أحد جبل يحبنا ونحبه)، كما يضم …", hadith, verses, tweets): when token
  // `start` opens a bracket of three words or more, right after a colon or a
  // complementizer, and no colon follows its close (then it was an aside
  // before the speech), the index of the closing bracket: the content ends
  // there. Otherwise `start`.
  uint32_t BracketedSpeechEnd(uint32_t start, uint32_t limit) const;
  // An indirect content [start, end) that ran to the end of its sentence:
  // when a quotation opens in it and closes after `end` ("إن مصر «هي الدولة
  // الوحيدة … غير الشرعية.. وتتخذ إجراءات …»"), the token after the closing
  // mark, within 120 tokens, marks the right way round and no coordinated
  // report or participle in between; else `end`.
  uint32_t QuotationRunOnEnd(uint32_t start, uint32_t end) const;

  // Trims punctuation at both ends of tokens [b, e) and returns the span.
  Span TrimmedSpan(uint32_t b, uint32_t e) const;

 private:
  // Whether token i, which the lexicon reads as دان / دانت / دانوا
  // (condemned), is something else: a name the entity tagger found (unless
  // a source's title or body follows), فدان (an acre), a word after a noun
  // of its line (مؤسسة دان), or دانت ل (submitted to).
  bool IsDanNoCondemnation(uint32_t i, const CueMatch& m) const;
  const Document& doc_;
  const CueLexicon& cues_;
  const std::vector<uint8_t>* entity_tokens_ = nullptr;
};

}  // namespace isnad

#endif  // ISNAD_ATTRIB_CLAUSE_SCANNER_H_

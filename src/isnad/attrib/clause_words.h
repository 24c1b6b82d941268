// The word lists and token tests of the attribution stage: complementizers,
// the words that end a speaker's phrase, clause openers, and the like. All
// forms are in the normalized spelling of text/normalize.h.
//
// Cost: each list is a hash set built once at start-up; a test is one
// lookup on a string_view, no allocation.
#ifndef ISNAD_ATTRIB_CLAUSE_WORDS_H_
#define ISNAD_ATTRIB_CLAUSE_WORDS_H_

#include <cstdint>
#include <string_view>
#include <unordered_set>

#include "isnad/document.h"

namespace isnad::clause_words {

using Set = std::unordered_set<std::string_view>;

extern const Set kComplementizers;
extern const Set kSpeakerStops;
// Occasions of speech (تصريح، بيان، مقابلة …): "في تصريح لـ…، إلى …" says
// where, not what.
extern const Set kSpeechEvents;
// Other occasions at which words are said (اجتماع، زيارة، جولة …).
extern const Set kOccasionsOfSpeech;
// The channels words go out by, after عبر (موقع، حساب، صفحة، تويتر …):
// "وأشارت المصلحة عبر موقعها على تويتر، إلى …".
extern const Set kChannelsOfSpeech;
// Words for women that are no title of the source lexicon (فنانة، ناشطة;
// no article): a name follows them.
extern const Set kWomenBeforeName;
// Claims and comments, words said (زعم، اعترافات، تأكيدات، تعليقات; no
// article): "حسب زعمهم" is a source, no conformity.
extern const Set kClaims;
// Saudi newspapers that are cited by their name alone (عكاظ، المدينة،
// الرياض …; no article): "حسب المدينة" is the paper.
extern const Set kNewspapers;
// ما زال، ما يزال، ما دام … after ما (still, as long as), normalized.
extern const Set kStillVerbs;
// What is denied or confirmed as such: rumours, reports, accusations, the
// truth of a thing (الشائعات، الأنباء، الاتهامات، صحة; no article). After the
// named subject of a verb that reports a noun phrase they open its object:
// "ونفى المدرب الهولندي الشائعات".
extern const Set kReportedThings;
// Verbs of a blessing before الله (حفظه، رحمه، رضي، صلى; normalized).
extern const Set kBlessingVerbs;
// Places of study (كلية، جامعة، مدرسة …, no article): "طالب في كلية" is a student.
extern const Set kPlacesOfStudy;
// Degrees and fields of study (الدكتوراه، الماجستير، الطب …, with the
// article): "طالب الدكتوراه" is a doctoral student.
extern const Set kDegrees;
// وصفه، سماه … (a verb of naming with its object pronoun), after ما: "ما
// وصفه بـ«…»" is the words of the one speaking.
extern const Set kWhatCalledVerbs;
// "وهو ما أكده …"، "وهذا ما نفته …"، "وهو ما أشار إليه …": what a source said,
// after the clause it vouches for. IsThisWhich: the pronoun before ما (وهو،
// وهي، وهذا، وذلك, with or without و); kThatWhichSaidVerbs: verbs of speech
// with the object pronoun (أكده، نفته، كشفه …); kThatWhichSaidToPronoun:
// those whose object is a preposition with the pronoun after them (أكد
// عليه، أشار إليه، شدد عليه), and IsPrepositionOfThat that token.
bool IsThisWhich(std::string_view norm);
// ضرورة، أهمية، وجوب … (no article): before أن, what is said is the
// necessity, not the act ("شدد على ضرورة أن يبدأ العمل").
extern const Set kModalNouns;
// Past verbs of the outlet's narration that begin with ت, which also opens
// the present (تم، تحدث، تطرق، تناول …): "…، وتحدث عن إنجازات المحافظة".
extern const Set kPastVerbsInTa;
// "جاء ذلك خلال …"، "ويأتي ذلك في وقت …": the outlet placing what was said
// (جاء، يأتي, with و or not, and ذلك، هذا، هذه، تلك after them); "الجدير
// بالذكر"، "يذكر أن"، "تجدر الإشارة"، "يشار إلى": the outlet's own note.
bool IsOutletFrame(std::string_view norm, std::string_view next);
extern const Set kThatWhichSaidVerbs;
extern const Set kThatWhichSaidToPronoun;
bool IsPrepositionOfThat(std::string_view norm);
// ما، مما، لما، بما، عما: the words before them.
bool IsWhatBeforeCalled(std::string_view norm);
// ب written apart from what it governs, with or without the tatweel: "بـ
// «الحرب الظالمة»".
bool IsSeparateBi(std::string_view norm);
// Qualities that أبدى shows rather than expresses (قدرة، مرونة، مقاومة …,
// no article): "أبدى السكان قدرة على التحمل" is no report.
extern const Set kShownQualities;
// Words after يعتبر / تعتبر that make it "is considered" (من، بمثابة، أحد،
// and superlatives): no report.
extern const Set kConsideredAs;
// What a stance verb demands after ب (ضرورة، عدم، أهمية …, no article):
// "طالب … ملاك المباني بضرورة فتح" ends the speaker before it.
extern const Set kDemandedNouns;
// Verbs of planning after بحسب ما (خطط، رسم …): "حسب ما خطط له" has no source.
extern const Set kPlannedVerbs;
// The writer's own knowledge or view after بحسب / وفق (معرفتي، رأيي، علمي
// …, normalized): no source.
extern const Set kFirstPersonViews;
// Prepositions of topic and time (حول، بشأن، خلال …, also after و): the
// phrase after them before a verb is no subject.
extern const Set kTopicPrepositions;
extern const Set kMannerAdverbs;
// The pronoun titles of address: "قال سموه" is the prince last named,
// "وأوضح معاليه" the minister.
extern const Set kHonorifics;
// Whether token-normalized `norm` is a title of address that is the
// speaker's whole phrase: not سعادته, also "his happiness" ("أبدى
// سعادته بـ…").
bool IsPlainHonorific(std::string_view norm);
// "but" (لكن، ولكن) alone or with a pronoun (لكنه، ولكنهم): a contrast
// opens. *with_pronoun (when given) says whether a pronoun is attached.
bool IsBut(std::string_view norm, bool* with_pronoun = nullptr);
// إلا، غير: before a complementizer (إلا أن، غير أنه) a contrast opens.
bool IsExceptBeforeThat(std::string_view norm);
// إذا، فإذا، وإذا (normalized).
bool IsIdha(std::string_view norm);
// الماضي، المقبل، الحالي، الجاري: after a time noun with the article, a time
// phrase ("العام الماضي"، "الأسبوع المقبل").
bool IsRelativeTime(std::string_view norm);
// وحول، وعن، وبشأن، وفيما: و + a word that opens a new topic ("وحول الخطط
// العسكرية قال …").
bool IsTopicOpener(std::string_view norm);
// Whether `norm` (no article) has the shape of a verbal noun of a derived
// verb: ا, then 3 to 5 letters with ا before the last (إعداد، اعتماد، انضمام،
// استنكار).
bool IsDerivedVerbalNoun(std::string_view norm);
extern const Set kContentPrepositions;
extern const Set kConnectors;
// Participles of what a speaker does besides speaking (asking God,
// offering, hoping, thanking): after a comma they end a content.
extern const Set kActParticiples;
// Verbs other than cues that take a clause after أن (تبين أن، اتضح أن):
// in a circumstance ("بعد أن تبين بأن …") that clause is theirs.
extern const Set kClauseTakingVerbs;
// Prepositions and nouns of occasion after which a verb's letters with a
// pronoun are its verbal noun: "في معرض وصفه"، "على وصفها".
extern const Set kBeforeVerbalNoun;
extern const Set kTimeAdverbs;
// Separate prepositions after which a word is a noun, never a verb ("عن
// وصف"، "في نقل"; not علي, also the name, nor من, also "whoever").
extern const Set kPrepositionsBeforeNouns;
// Nouns of a length of time: "قبل عام"، "منذ 3 أيام"، "العام الماضي".
extern const Set kTimeNouns;
extern const Set kReportedNouns;
// What a publishing verb (نشر، أصدر) reports as its content: pictures,
// recordings and documents (صورا، مقطع، بيانا), normalized, without the
// article.
extern const Set kPublishedObjects;
// Verbal and abstract nouns that are what a verb reveals, asks or expresses
// ("كشف تفاصيل…"، "طلب عدم الكشف…"، "أبدى استغرابه"), never who does.
extern const Set kObjectNouns;
// Nouns in the accusative that verbs take as objects (بيانا، كتابا، ردا),
// and places whose names end in ا (روسيا، لاتفيا), which the segmenter may
// tag ADJ: for ClauseScanner::IsIndefiniteAccusative.
extern const Set kAccusativeObjects;
extern const Set kPlacesInAlif;
// Whether normalized `norm` is one of kPlacesInAlif, alone or after a
// prefixed و، ب، ل (وروسيا، بأبها).
bool IsPlaceInAlif(std::string_view norm);
extern const Set kNamedHeads;
// What "بهذه / بهذا" point at when they say on what occasion or in what
// respect one speaks (بهذه المناسبة، بهذا الصدد), normalized, no article.
extern const Set kOccasionNouns;
// Nouns of people that IsPersonNoun does not list (رجل، طالب، بائع; it has
// titles, roles, groups and kin), normalized, no article: "هذا الرجل" is
// someone, "هذا الأمر" something.
extern const Set kPeopleNouns;
// Who leads a body, for whom one speaks or acts, after ب: "ائتلاف الوطنية
// بزعامة اياد علاوي"، "برئاسة"، "بقيادة"، "المتحدث باسم الوزارة"، "القائم
// بأعمال النائب العام" (normalized).
extern const Set kLeadershipNouns;
// Words after which a cue verb's past form is its verbal noun (يمكن وصف، تم
// نشر، دون ذكر), normalized.
extern const Set kVerbalNounGovernors;
// Who specializes in a field, after which في and the field belong to the
// phrase: "مختص في قطاع الاتصالات"، "الخبير في الشؤون الإيرانية" (normalized,
// no article).
extern const Set kSpecialistNouns;
// Whether normalized `norm` is an adjective that governs ب or its phrase
// (المتعلقة، معني، المختص، متخصص، المهتم، المطلع; not the plurals in -ون /
// -ين, which are people: مختصون): "الدراسات المتعلقة بهذا الشأن".
bool GovernsBi(std::string_view norm);
// The according-cues that may also say "in conformity with" (وفقا، حسب …),
// without a prefixed و (normalized): AttributionScan::IsConformity.
extern const Set kConformityCues;
// Norms one acts in accordance with, no source that reports: plans,
// instructions, rules, procedures (خطة، توجيهات، موجهات، ضوابط، الإجراءات;
// normalized, no article): "وفقا لخطة تتضمن انسحاب الحوثيين".
extern const Set kNorms;
// أفضل، أرقى، أحدث، آخر …: before a norm (وفق أرقى معايير …، وفق آخر تحديث).
extern const Set kSuperlativesOfNorms;
extern const Set kNotSources;
extern const Set kVarying;
extern const Set kNegations;
extern const Set kConditionals;
// Words after which أن opens a circumstance, not a report: رغم، بعد، منذ …
extern const Set kNonReportGovernors;
extern const Set kClauseOpeners;
extern const Set kInanimateHeads;
// Whether the word heads an inanimate subject (kInanimateHeads), with or
// without the article, and past a و or ف that opens it ("والأرقام تؤكد"،
// "فالتاريخ يقول").
bool IsInanimateHead(std::string_view norm);
extern const Set kSelfReferences;
// Prepositions with a pronoun, which may stand between a verb and its
// subject: "قالت عنه ميركل", "كما يشير إليه المراقبون"; and reflexive or
// emphatic pronouns, which are no subject either ("يصف نفسه"، "تؤكد كلها").
extern const Set kPronounObjects;
// Demonstratives, which are no source when they stand alone ("ويشير هذا
// إلى أن …"; "هذا المسؤول" is one).
extern const Set kDemonstratives;
// Words that cannot begin a speaker's phrase, its source (if any) after
// them: adverbs of time, كان, complementizers and linking words ("وبدوره
// أوضح المدعي العام"، "وكانت الوزارة قالت"). Not فإن, whose spelling is
// also the "van" of names (روبن فان بيرسي): see ClauseOpeningFan in speaker_before_verb.cc.
extern const Set kNotSourceWords;
// Words that make the phrase they begin no source: a pronoun that is the
// subject itself ("وهو يقول"), existentials, adverbs of place, relatives
// ("وهناك سجلات تشير"، "مما يشير").
extern const Set kNoSourceWords;
// Whether a word can be no part of a speaker's phrase before the verb, which
// starts after it: one of kNotSourceWords or kNoSourceWords ("وبدوره أوضح
// المدعي العام"، "وهو يقول").
bool EndsSourceBefore(std::string_view norm);
// The past of علّق (commented; also "hung, suspended"), with و or ف before it
// (علق، وعلقت), normalized.
bool IsCommentVerb(std::string_view norm);
// ذلك or بذلك (this, with this) after a verb of speech, before who said it:
// "صرح بذلك المتحدث الرسمي" (normalized).
bool IsThisSaid(std::string_view norm);
// هذا or ذلك (with و or ف): a fact pointed at, not a person.
bool IsThisOrThat(std::string_view norm);
// Whether normalized `norm` is a definite sound masculine plural (or dual)
// in the accusative / genitive, -ين (المرشحين، المواطنين، الطرفين), which is
// never the subject right after a verb; not the words that only end so
// (البحرين، الصين، الحسين، الدين، اليمين، الاثنين، العابدين).
bool IsAccusativePlural(std::string_view norm);
// Words right before a verb that hold its subject: a pronoun, or كان ("وهو
// يقول"، "وكانت تشير"). The source is the one already speaking.
extern const Set kSubjectWords;
// Verbs of being and subject pronouns, after which a participle is a
// predicate ("فهي مطالبة بتلبية"), not a circumstance.
extern const Set kBeingBeforePredicate;
// كان، كانت، وكان، وكانت.
bool IsKana(std::string_view norm);
// Words right before a verb that make it no report: "مما يشير إلى …" (which
// shows), "هل تعتقد …" (a question).
extern const Set kNotReportWords;
// Indefinite nouns that a verb right after them describes ("أي شيء يذكر"،
// "بشكل يؤكد"): no report.
extern const Set kDescribedNouns;
// Words that open a new clause: a speaker's phrase ends before them
// ("قال الرزقي وهو طالب…"، "أحد قيادات القبيلة والذي يقيم…").
extern const Set kClauseBreaks;

// Homographs of a stance verb and a noun (طلب، طالب، ثمن), and the words
// before them that make them the noun ("على طلب"، "بأي ثمن"، "أبي طالب").
extern const Set kNounHomographs;
extern const Set kNounGovernors;

// Words of quantity that head a phrase whose noun comes after من: "عدد من
// الخبراء"، "الكثير من العلماء"، "العديد من الشركات"، "كل من الوزير و…"
// (normalized, without the article).
extern const Set kQuantifiers;
extern const Set kFirstPersonKana;
// Whether token-normalized `norm` is a quantifier of kQuantifiers, with or
// without the article (العديد، الكثير). No allocation.
bool IsQuantifier(std::string_view norm);
// A word after which a person's name goes on: the kunya ابو / ام, the nasab
// بن / ابن, and عبد ("عمر أبو العيش"، "محمد بن علي"، "عبد الله"), normalized.
bool IsNameLink(std::string_view norm);
// The relative pronouns (normalized): الذي، التي (IsSingularRelative), and
// الذين، اللذين، اللتين.
bool IsSingularRelative(std::string_view norm);
bool IsRelativePronoun(std::string_view norm);

// Whether a normalized word is one of kObjectNouns, with or without the
// article and a possessive pronoun (الاستغراب، استغرابه، رغبته). No
// allocation.
bool IsObjectNoun(std::string_view norm);
// Whether normalized `norm` has the shape of a verbal noun of a derived
// verb (إنشاء، استمرار، اعتماد، انطلاق، تطوير، مشاركة): what a verb that
// reports a noun phrase announces, when it stands bare after its subject.
bool HasVerbalNounShape(std::string_view norm);
// Whether normalized `norm` and the word after it are a state declared
// ("أعلنت حالة الطوارئ"، "حالة استنفار"): what is announced, never who does.
bool IsDeclaredState(std::string_view norm, std::string_view next);
// Whether token `token` of `doc` is a thing possessed, "his retirement",
// "her efforts" (اعتزاله، سعيها، مهاراتهم): a noun that the segmenter split
// from a possessive pronoun, and no person noun (IsPersonNoun: "وقال ابنه"،
// "حذر رئيسها" name a person), no title of address (سموه), no quantifier
// (بعضهم) and no name in الله (عبدالله).
bool IsPossessedThing(const Document& doc, uint32_t token);
// Whether `noun` (article stripped) is in `nouns`, or is one of them with a
// possessive pronoun after it (رغبته: رغبة، ظروفه: ظروف).
bool IsListedWithPossessive(const Set& nouns, std::string_view noun);
// The possessive pronoun that ends normalized `word` (ه، ها، هم، هما) after
// a stem of three letters or more ("ثقته"، "رغبتها"); empty when none.
std::string_view PossessiveSuffix(std::string_view word);
// Normalized `word` without the alif of the accusative (عاما → عام، طلبا →
// طلب); empty when it does not end in ا after another letter.
std::string_view AccusativeBase(std::string_view word);

// Token tests.
bool IsPunctChar(const Document& doc, const Token& t, char32_t c);
bool IsColon(const Document& doc, const Token& t);
// A comma token: , or ، (text/chars.h IsComma).
bool IsCommaToken(const Document& doc, const Token& t);
// A dash: - – — or a run of tatweel (ـــ), which sets off a parenthesis.
bool IsDash(const Document& doc, const Token& t);
// Sentence-final punctuation or a semicolon.
bool IsClauseEndPunct(const Document& doc, const Token& t);
// True when token i is the opening mark of a quotation.
bool IsOpeningMarkOfQuote(const Document& doc, uint32_t i);
// Whether token i is "I", "we" or "you" (أنا، نحن، أنت، أنتم …; not the
// names آنا، آنت), with which a clause said in the first or second person
// opens: "وقال نحن نحمل أمانة".
bool IsSpeakingPronounAt(const Document& doc, uint32_t i);
// The token after a percentage at token i ("37%"، "45 ٪": a share of
// people); i when there is none.
uint32_t PercentEnd(const Document& doc, uint32_t i);
// Whether token i is a negation that opens a clause: لم، لن, or لا before
// a verb or بد ("لا أدري"، "لا بد"; not the name "لا كازيت").
bool IsNegationAt(const Document& doc, uint32_t i);
// True when token i is the closing mark of a quotation.
bool IsClosingMarkOfQuote(const Document& doc, uint32_t i);

}  // namespace isnad::clause_words

#endif  // ISNAD_ATTRIB_CLAUSE_WORDS_H_

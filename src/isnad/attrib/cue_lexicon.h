// CueLexicon: the words and phrases that signal reporting (attribution.md).
//
// Verbs are listed once, by their past, present and participle stems, and
// every inflection the guideline asks for is generated from them: past
// (قال قالت قالوا قالا قالتا), present (يقول تقول يقولون يقولان), participle
// (قائلا قائلة قائلين). Proclitics و and ف are stripped before lookup
// (وقالت, فقال). All forms are in the normalized spelling of
// text/normalize.h, so أكّد، أكد and اكد are one entry.
//
// Cost: built once (a few thousand hash entries); Find is one or two hash
// lookups on a string_view, no allocation. Thread-safe after construction.
#ifndef ISNAD_ATTRIB_CUE_LEXICON_H_
#define ISNAD_ATTRIB_CUE_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace isnad {

enum class CueClass : uint8_t {
  kSpeech,      // قال، أكد، أشار: a clause (أن / quote) follows
  kStance,      // ندد، رحب، دعا، طالب، اتهم: a noun phrase may be the content
  kParticiple,  // مضيفا، مشيرا: the speaker is the one of the clause before
  kImpersonal,  // يعتقد، من المتوقع: no source; speaker null
  kAccording,   // بحسب، وفقا ل، نقلا عن: the source vouches for a clause
};

// The gender of the subject a singular verb form agrees with (قال / قالت,
// يقول / تقول, مضيفا / مضيفة); kAny for plurals, duals and noun cues.
enum class CueGender : uint8_t { kAny, kMasculine, kFeminine };

struct CueInfo {
  CueClass cls = CueClass::kSpeech;
  bool ambiguous = false;    // homograph of a common non-cue word (بين = between)
  bool np_content = false;   // may report a noun phrase (أعلن بدء…، أكد ضرورة…)
  bool np_after_ila = false;  // a noun phrase after إلى only (لفت إلى استسهال …)
  bool present = false;      // imperfect form (يقول، يندّدون): headlines put the source first
  bool plural = false;       // a plural subject (قالوا، يندّدون): several sources may share it
  // The text must end the word with ي, not ى, which normalization merges:
  // يحيّي "greets" is a cue, the name يحيى is not.
  bool final_ya = false;
  // The reverse: the text must end the word with ى. The verb نفى is a cue,
  // the noun نفي (denial) is not: "رغم نفي السلطات".
  bool final_alif_maqsura = false;
  // The word as written must have أ: هنأ (congratulated), not هنا (here).
  bool needs_hamza = false;
  // نشر، أصدر: what is published (صورا، بيانا، مقطع فيديو) is the content,
  // a noun phrase, even with no clause after it (attribution.md).
  bool publishes = false;
  // أشاد، رحب، ندد، نوه، طالب: what the verb governs comes with ب right
  // after its subject ("أشاد الوزير بدور رجال الأمن").
  bool takes_bi = false;
  // أعلن، كشف، أفصح: what they report may come after عن ("كشفت اللجنة في
  // طوكيو عن الشعار").
  bool takes_an = false;
  // عبّر عن (expressed): a report only with عن right after its subject (or
  // right after it, the subject carried): its letters are also the
  // preposition عبر (via, across: "عبر حسابه").
  bool needs_an = false;
  // حذر: what one warns of comes after من, past whom one warns ("حذرت
  // الوزارة المستهلكين من شراء الزعتر").
  bool takes_min = false;
  // نقل، أخبر، روى: a report only with a complementizer before what is said
  // (نقلت الوكالة أن …); their other uses take a noun phrase or marks (نقل
  // المصاب إلى …، يروي «حكاية»).
  bool needs_that = false;
  // أُفيد، يُقال، أُشيع: an impersonal form that is passive only, so that no
  // subject may follow it (يعتقد، يتوقع may be active: "ويعتقد تيري أن").
  bool passive_only = false;
  // زاد (added): a cue only after و or ف, going on from a report ("وزاد:
  // …"); alone it is "increased" ("زاد الطين بلة"، "زاد المرض").
  bool needs_conjunction = false;
  // أخبر، أبلغ (told, informed), ناشد (appealed to): whom the words are
  // addressed to stands right after the subject, as the verb's object ("أبلغ
  // ديمبسي العبادي أن …"، "ويناشد المسؤولين …").
  bool addresses = false;
  // دعا، طالب، حث (called on, demanded of, urged): whom they call on may
  // stand right after the subject too ("ودعت ميركل الحكومة التركية إلى").
  bool urges = false;
  // داعيا (calling for): what it calls for follows إلى, whatever noun it is
  // ("داعيا إلى التصدي له بحزم"; مشيرا إلى takes a noun of the construct
  // only).
  bool calls_for = false;
  // علمت (learned): the source it learned from follows من after its subject
  // ("وعلمت «عكاظ» من مصادرها أن"), and that source is the speaker.
  bool learns_from = false;
  // وصف، اعتبر (described, deemed): what they judge, their object, stands
  // between the subject and what they call it ("ووصف الوزير الاتفاق بأنه
  // تاريخي"), so the phrase after the verb is cut before it even when a
  // complementizer follows. Not on the forms whose object is a pronoun
  // (ووصفه، اعتبرها).
  bool judges = false;
  // ووصفه، اعتبرها: the thing judged is the object pronoun; a report only
  // where what it is called follows (بأنه، ب، marks), not "يعتبرهم أشرارا"
  // said of someone else, nor "كما وصفه هابرماس" (as he put it).
  bool object_pronoun = false;
  // طلب (asked for): also the noun "request, demand" ("حسب طلب الجهاز
  // الفني"، "فهناك طلب حقيقي") and, before its subject, takes what is asked
  // for as its object ("وطلب العودة إلى جازان"، "طلبت الدواء").
  bool requests = false;
  CueGender gender = CueGender::kAny;
};

struct CueMatch {
  CueInfo info;
  bool has_conjunction = false;  // carried a و or ف proclitic
};

class CueLexicon {
 public:
  // The lexicon of isnad, built on first use.
  static const CueLexicon& Default();

  // Looks up the normalized form of one orthographic word. Returns false
  // when it is no cue.
  bool Find(std::string_view norm, CueMatch* match) const;

 private:
  CueLexicon();
  // Adds the forms of one verb; returns them (for Mark).
  std::vector<std::string> AddVerb(std::string_view past, std::string_view present_stem,
                                   std::string_view participle_stem, CueClass cls,
                                   bool ambiguous = false, bool np_content = false);
  void Add(std::string form, CueInfo info);
  // Sets `flag` on each of `forms` (on the earlier entry where a form was
  // already there: the first one wins).
  void Mark(const std::vector<std::string>& forms, bool CueInfo::*flag);

  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, CueInfo, Hash, std::equal_to<>> forms_;

  // A filter in front of forms_: one bit per signature (length, first two
  // and last four bytes) of the forms. Most words are no cue, and most of
  // them are turned away by one bit of an 8 KB table instead of a hash of
  // the whole word and a probe of the map. No false negatives: every form
  // sets its bit.
  static constexpr size_t kFilterBits = size_t{1} << 16;
  static size_t Signature(std::string_view form);  // form.size() >= 4
  bool MayHave(std::string_view form) const {
    const size_t b = Signature(form);
    return (filter_[b / 64] >> (b % 64)) & 1;
  }
  std::vector<uint64_t> filter_ = std::vector<uint64_t>(kFilterBits / 64, 0);
};

}  // namespace isnad

#endif  // ISNAD_ATTRIB_CUE_LEXICON_H_

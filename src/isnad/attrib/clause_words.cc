#include "isnad/attrib/clause_words.h"

#include <algorithm>
#include <vector>

#include "isnad/attrib/source_kind.h"
#include "isnad/text/chars.h"
#include "isnad/text/utf8.h"

namespace isnad::clause_words {

namespace {

// Lists that more than one set below holds, written once.
// Adverbs of time that may stand between a verb and its subject and never
// begin a source (مؤخرا، حينذاك).
const std::vector<std::string_view> kLoneTimeAdverbs = {"انذاك", "حينها", "حينذاك", "فجاة", "مبكرا",
                                                        "قريبا", "فورا", "لاحقا", "سابقا", "اخيرا",
                                                        "مرارا", "مجددا", "حاليا", "مؤخرا",
                                                        // "أكدت مرارا وتكرارا".
                                                        "وتكرارا", "تكرارا"};
// Pronouns that are a subject themselves ("وهو يقول").
const std::vector<std::string_view> kSubjectPronouns = {
    "هو", "هي", "هم", "هما", "هن", "وهو", "وهي", "وهم", "وهما", "فهو", "فهي", "فهم", "لكنه",
    "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم"};
// كان before its subject ("وكانت الوزارة قالت"، "وكانت تشير").
const std::vector<std::string_view> kKana = {"كان", "كانت", "وكان", "وكانت"};

Set With(Set set, const std::vector<std::string_view>& more) {
  set.insert(more.begin(), more.end());
  return set;
}

}  // namespace


// Complementizers that open indirect speech; the content starts after them.
const Set kComplementizers = {"ان",   "انه",   "انها",  "انهم", "انهما", "اننا", "انني",
                              "اني",  "بان",   "بانه",  "بانها", "بانهم", "بانهما", "باننا"};
// Adverbs of manner: how, not who ("فقال يوسف بهدوء"، "وصرّح أحد أبناء أسرة
// داديان بفخر"); they end a speaker, and a noun-phrase content starts after
// them ("ونفى أوغلو بشدة الاتهامات").
const std::vector<std::string_view> kMannerAdverbList = {
    "بهدوء", "ببساطة", "بسخرية", "بفخر", "بحزم", "بغضب", "بحسرة", "بثقة", "بحماس", "بانفعال",
    "بصراحة", "بوضوح", "بحدة", "بمرارة", "بشدة", "بالفعل",
    // Circumstantial adjectives of the speaker's manner: "أجاب مورينيو
    // ضاحكا «…»".
    "ضاحكا", "ضاحكة", "مبتسما", "مبتسمة", "ساخرا", "ساخرة", "مازحا", "مازحة"};
const Set kMannerAdverbs(kMannerAdverbList.begin(), kMannerAdverbList.end());
const Set kHonorifics = {"سموه",   "سموها",  "معاليه", "معاليها", "سعادته", "سعادتها",
                         "فضيلته", "سماحته", "جلالته", "دولته",   "فخامته"};
// Words that end a speaker noun phrase: prepositions and adverbs of the
// clause, complementizers, relative pronouns, adverbs of manner.
const Set kSpeakerStops =
    With({"في", "خلال", "تحت", "تجاه", "ازاء", "الي", "علي", "عن", "مع", "امام", "اليوم", "امس",
          "مساء", "صباح", "اثناء", "عقب", "بعد", "قبل", "حول", "عبر", "لدي", "من", "مؤخرا", "ايضا",
          "كذلك", "بدوره", "بدورها", "الذي", "التي", "الذين", "اللذين", "اللتين", "حيث", "الا",
          "لكن", "لكنه", "ولكن", "بينما", "فيما", "كما", "حين", "عندما", "اذ", "امس", "صباحا",
          "مساءا", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الاحد", "يوم",
          "بشان", "ضمن", "وسط", "لوكالة", "لصحيفة", "لقناة", "لموقع", "لشبكة", "لمجلة", "لاذاعة",
          "لتلفزيون", "لراديو", "اكثر", "اضافة", "بالاضافة", "نحو", "منذ", "ان", "لـ", "ل", "لما",
          "ما", "هو", "هي", "ذلك", "امام", "قد", "لقد", "وقد", "فقد", "وفي", "ومن", "وعلي", "والي",
          "وعن", "ومع", "عند", "وعند", "ربما", "وربما",
          // "وأضاف محمد الذبياني هناك سوء في التخطيط".
          "هناك", "وهناك", "هنالك",
          // A topic before the verb: "وحول القضية الفلسطينية قالت السفيرة".
          "حينما", "وحينما", "واليوم", "ولو", "لان", "ولان", "حينها", "انذاك", "وقتها", "وحول",
          "وبشان", "وخلال", "واثناء", "وعقب", "وتحت", "ووسط", "وضمن", "وعبر", "ومنذ",
          // "السماعة فإذا بصوت أجش يقول"، "… لكي".
          "لكي", "فاذا", "واذا", "اذا",
          // An embedded question is what is said: "بيّن الخبراء كيف يمكن…".
          "كيف", "لماذا", "متي", "هل",
          // "By saying": how, not who ("ويوضح هول السبب بقوله").
          "بقوله", "بقولها", "بقولهم", "بالقول",
          // "أعلنت الصين لأول مرة"، "وأشاد أحد زوار المهرجان بما …".
          "لاول", "بما"},
         kMannerAdverbList);

// Prepositions of topic and time, with and without و: the phrase after them
// before a verb is no subject ("وحول أسباب الأزمة قال"، "وخلال المؤتمر أشار").
const Set kTopicPrepositions = {"حول", "وحول", "بشان", "وبشان", "عن", "وعن", "خلال", "وخلال",
                                "اثناء", "واثناء", "عقب", "وعقب", "تحت", "وتحت", "ضمن", "وضمن",
                                "وسط", "ووسط", "عبر", "وعبر", "منذ", "ومنذ", "اثر", "واثر",
                                // "نشرت شريط فيديو على تويتر اعلنت فيه".
                                "علي", "الي", "مع",
                                // "وفيما يخص رأيه بسامي الجابر قال": فيما يخص / يتعلق ب.
                                "يخص", "يتعلق"};

// Separate-word prepositions left out of a stance verb's content.
const Set kContentPrepositions = {"الي", "علي", "عن", "ب", "من", "في", "ل", "لـ"};
// Connectors that open a new clause before a cue: the report before ends there.
const Set kActParticiples = {"سائلا",  "سائلة",  "سائلين", "سائلتين", "راجيا",  "راجية", "راجين",
                             "مقدما",  "متقدما", "متقدمة", "حامدا",   "حامدة",  "شاكرا", "شاكرة",
                             "شاكرين", "مبتهلا", "مبتهلة", "مبتهلين", "مترحما", "مترحمة"};
const Set kClauseTakingVerbs = {"تبين", "تبينت", "يتبين", "اتضح",  "اتضحت", "يتضح",  "ثبت",
                                "ثبتت", "يثبت",  "تاكد",  "تاكدت", "يتاكد", "علم",   "علموا",
                                "يعلم", "عرف",   "عرفت",  "يعرف",  "تقرر",  "يتقرر", "تبينوا"};
// (Not حين, "when", before a verb: "حين يصفه البعض بالكسل".)
const Set kBeforeVerbalNoun = {"في", "علي", "عن", "الي", "مع", "معرض", "سياق", "اطار", "عند", "بعد",
                               "قبل", "اثناء", "خلال", "لدي", "رغم",
                               // "نقداً لاذعاً لدرجة وصفها بالمثيرة …".
                               "درجة", "لدرجة"};
const Set kConnectors = {"لكن", "لكنه", "لكنها", "ولكن", "ولكنه", "بينما", "فيما", "كما", "حيث", "ثم"};
// Adverbs of time that may stand between a verb and its subject:
// "قال يوم الاثنين متحدثون", "أكد أمس الوزير".
const Set kTimeNouns = {"عام",  "عامين",  "اعوام", "سنة",     "سنتين",  "سنوات", "شهر",   "شهرين",
                        "اشهر", "شهور",   "اسبوع", "اسبوعين", "اسابيع", "يوم",   "يومين", "ايام",
                        "ساعة", "ساعتين", "ساعات", "دقائق",   "عقد",    "عقود"};
const Set kTimeAdverbs = With({"اليوم", "امس", "ايضا", "كذلك", "الاثنين", "الثلاثاء", "الاربعاء",
                               "الخميس", "الجمعة", "السبت", "الاحد", "صباح", "مساء", "صباحا", "مساءا",
                               "الليلة", "بدوره", "بدورها", "اول", "دائما", "صراحة", "خلالها",
                               "خلاله", "خلالهما", "فيها", "فيه"},
                              kLoneTimeAdverbs);
// Verbal nouns that open a reported noun phrase: "وأكد استمرار مصر…" has
// no subject after the verb; the speaker is the one already speaking.
const Set kReportedNouns = {"ضرورة",  "اهمية",  "استمرار", "حرص",    "التزام", "رفض",
                            "دعم",    "عزم",    "استعداد", "تمسك",   "وقوف",   "بدء",
                            "انتهاء", "نجاح",   "فشل",     "عدم",    "تضامن",  "تاييد",
                            "قبول",   "موافقة", "انطلاق",  "وجود",   "ارتفاع", "انخفاض",
                            "تراجع",  "زيادة",  "حاجة",    "احترام", "اعتزام", "فوز"};
const Set kPublishedObjects = {"صورا",   "صورة",  "صور",    "صورتين", "لقطات",   "فيديو", "مقطع",
                               "مقطعا",  "مقاطع", "تسجيلا", "تسجيل",  "تسجيلات", "بيانا", "بيان",
                               "تقريرا", "تقرير", "وثائق",  "وثيقة",  "خريطة",   "خرائط"};
// Where one studies: "طالب في كلية القانون" is a student.
const Set kPlacesOfStudy = {"كلية", "جامعة", "مدرسة", "معهد", "قسم", "مرحلة", "صف"};
const Set kFirstPersonViews = {"معرفتي", "علمي",   "رايي",   "تقديري", "اعتقادي", "ظني",  "تصوري",
                               "فهمي",   "اطلاعي", "تجربتي", "قراءتي", "متابعتي", "رؤيتي"};
const Set kPlannedVerbs = {"خطط", "رسم", "اريد", "قدر"};
const Set kDemandedNouns = {"ضرورة", "عدم",   "اهمية", "سرعة", "وقف",
                            "ايقاف", "تسليم", "الغاء", "فتح",  "اتخاذ"};
const Set kConsideredAs = {"من",  "بمثابة", "احد",  "احدي", "اول", "اكبر",
                           "اهم", "افضل",   "ابرز", "اكثر", "اقل"};
const Set kShownQualities = {"قدرة",  "مرونة",  "مقاومة", "براعة", "شجاعة",
                             "صمودا", "تماسكا", "تفوقا",  "مهارة"};
// Verbs of a blessing on a person, before الله (normalized): حفظه الله،
// رحمه الله، أيده الله، رضي الله عنه، صلى الله عليه وسلم، حيا الله (God
// greet).
const Set kBlessingVerbs = {"حفظه", "حفظها", "يحفظه", "يحفظها", "رعاه",   "يرعاه",
                            "ايده", "رحمه",  "رحمها", "يرحمه",  "يرحمها", "رضي",
                            "صلي",  "وفقه",  "اعزه",  "سلمه",   "حيا",    "وحيا"};
const Set kClaims = {"زعم",   "اعتراف",  "اعترافات", "ادعاء",  "ادعاءات",
                     "تاكيد", "تاكيدات", "تعليق",    "تعليقات"};
const Set kNorms = {"خطة", "خطط", "توجيهات", "موجهات", "تعليمات", "ضوابط", "لوائح", "لائحة",
                    "اجراءات", "الية", "اليات", "معايير", "شروط", "اشتراطات", "اسلوب", "اساليب",
                    "منهج", "منهجية", "قواعد", "مواصفات", "معيار", "جدول", "رؤية",
                    // "وفقاً لتصميمات حديثة"، "طبقًا للدستور والقوانين"، "حسب
                    // الأحوال" (reviews of 24,001-24,100 and 25,001-25,100).
                    "تصميمات", "تصاميم", "دستور", "قانون", "قوانين", "احوال", "ظروف", "حاجة",
                    // "وفق إرشادات الطبيب"، "وفق مفاهيم الإدارة الشاملة"، "وفقًا
                    // لاجتهادات القاضي"، "وفقاً لقرار وزير الشؤون البلدية"
                    // (reviews of 14,001-14,100 and 17,001-17,100).
                    "ارشادات", "مفاهيم", "اجتهادات", "قرار", "قرارات", "انظمة", "بنود", "اتفاقية",
                    "سياسة", "سياسات"};
const Set kSuperlativesOfNorms = {"افضل", "ارقي", "اعلي", "احدث", "اهم",
                                  "اكبر", "اخر",  "اجود", "ادق",  "اقل"};
const Set kStillVerbs = {"زال", "زالت", "زالوا", "يزال", "تزال", "يزالون",
                         "دام", "دامت", "برح",   "انفك", "ينفك", "تنفك"};
const Set kReportedThings = {"شائعات",  "شائعة", "اشاعات",  "اشاعة",  "انباء", "اخبار",
                             "اتهامات", "مزاعم", "ادعاءات", "تقارير", "صحة"};
const Set kNewspapers = {"عكاظ", "مدينة", "رياض", "جزيرة", "وطن", "حياة", "شرق", "سبق", "اقتصادية"};
const Set kWhatCalledVerbs = {"وصفه", "وصفته", "وصفها", "وصفوه", "وصفتها", "وصفوها",
                              "يصفه", "تصفه",  "يصفها", "تصفها", "سماه",   "اسماه",
                              "سمته", "اسمته", "يسميه", "تسميه"};
const Set kDegrees = {"الدكتوراه", "الماجستير", "البكالوريوس", "الدبلوم", "الطب", "الهندسة"};
// Words for women before a name that are no title of the source lexicon
// (whose women's titles ClassifySource reads as the men's: الدكتورة،
// الوزيرة): "وقالت الناشطة سمر …", normalized, no article.
const Set kWomenBeforeName = {"فنانة", "اعلامية", "مواطنة", "ناشطة"};
// Occasions of speech: "في تصريح لـ…"، "خلال كلمة …"، "في بيان" (normalized,
// without the article).
const Set kSpeechEvents = {"تصريح", "تصريحات", "بيان", "حديث", "مقابلة", "كلمة", "كلمته", "لقاء",
                           "مؤتمر", "رسالة", "خطاب", "تغريدة", "اتصال", "مداخلة",
                           // "وأعرب الوزير في ختام كلمته عن …"، "أعلنت في بيانها".
                           "ختام", "بيانها", "بيانه"};
// Occasions at which words are said, beside the speech events: "وشدد
// الحقيل خلال الاجتماع على ضرورة …"، "خلال زيارته للموقع" (normalized,
// without the article; with a possessive too).
const Set kOccasionsOfSpeech = {"اجتماع", "جلسة",  "جولة", "زيارة", "استقبال", "حفل",    "ندوة",
                                "ملتقي",  "منتدي", "ورشة", "قمة",   "افتتاح",  "اختتام", "مشاركة"};
// (Normalized, no article: looked up by IsListedWithPossessive after
// StripArticle, so حسابه and الهاتف are found.)
const Set kChannelsOfSpeech = {"موقع", "حساب",  "صفحة", "تويتر", "قناة", "رسالة",
                               "بريد", "وسائل", "منصة", "تطبيق", "هاتف", "اتصال"};
// Nouns in the accusative that a verb takes as its object (وأصدرت بيانا،
// وكتب كتابا، أرسل ردا), normalized.
const Set kAccusativeObjects = {"بيانا", "تقريرا", "كتابا", "مقالا", "ردا", "جوابا", "مثالا", "عملا",
                                "اتصالا", "خطابا", "تصريحا", "حديثا", "قرارا", "امرا", "اعلانا",
                                "طلبا", "دليلا", "سؤالا", "وعدا", "تحذيرا", "اقتراحا", "تعليقا",
                                "شكرا", "اخبارا", "مقترحا", "عرضا"};
// Places whose names end in ا, which the segmenter may tag ADJ (لاتفيا),
// normalized (looked up also without a prefixed و، ب، ل).
const Set kPlacesInAlif = {
    "روسيا", "سوريا", "تركيا", "ليبيا", "كينيا", "نيجيريا", "ايطاليا", "اسبانيا", "المانيا",
    "بريطانيا", "رومانيا", "بلغاريا", "صربيا", "كرواتيا", "سلوفاكيا", "سلوفينيا", "لاتفيا",
    "ليتوانيا", "استونيا", "كولومبيا", "بوليفيا", "اثيوبيا", "تنزانيا", "زامبيا", "غامبيا",
    "ناميبيا", "ليبيريا", "موريتانيا", "ماليزيا", "اندونيسيا", "كمبوديا", "منغوليا", "اسيا",
    "افريقيا", "امريكا", "اميركا", "اوروبا", "اوكرانيا", "فيينا", "جاكرتا", "كوريا", "كندا",
    "اوغندا", "رواندا", "بنما", "كوبا", "غواتيمالا", "فنزويلا", "نيكاراغوا", "استراليا", "بولندا",
    "هولندا", "فنلندا", "ايرلندا", "اسكتلندا", "ايسلندا", "نيوزيلندا", "تايلاندا", "اريتريا",
    "جورجيا", "ارمينيا", "البانيا", "مقدونيا", "سيبيريا", "كاليفورنيا", "فرجينيا", "فلوريدا",
    "اوتاوا", "اتلانتا", "مينيسوتا", "اوكلاهوما", "اريزونا", "نيفادا", "دكا", "سريلانكا", "مالطا",
    "صنعا", "اثينا", "مينا",
    // "الدفاع المدني بأبها": the segmenter reads بأب + ها.
    "ابها"};
const Set kObjectNouns = {"عدم", "تفاصيل", "هوية", "حصول", "استغراب", "احتجاج", "اعتقاد", "الحاح",
                          "فسخ", "ايقاف", "تسليم", "رغبة", "قلق", "ارتياح", "ترحيب", "تحفظ", "امل",
                          "اسف", "استياء", "غضب", "تفاؤل", "تشاؤم", "ادانة", "مخاوف",
                          // "أعلنت مسؤوليتها"، "طلب الاستمرار".
                          "مسؤولية", "استمرار",
                          // "كشف النقاب عن" (lifted the veil off).
                          "نقاب",
                          // What is announced or stressed: "أعلن الوزير بدء…",
                          // "أكد السفير أهمية…" (not دعم، تضامن: also in the
                          // names of funds and ministries).
                          "بدء", "انطلاق", "اطلاق", "انتهاء", "ضرورة", "اهمية", "استعداد", "عزم",
                          "نية", "موافقة", "تعليق", "الغاء", "تاجيل", "مقتل", "اعتقال", "تمسك",
                          "حرص", "رفض",
                          // "ولفت السفير الانتباه"، "أبدى العليان إعجابه"،
                          // "واختتم المدرب حديثه"، "أعلنت القيادة استشهاده"
                          // (not سعادة: also "his excellency"; not حديث alone: also "recent").
                          "انتباه", "اعجاب", "شكر", "تقدير", "فرحة", "استشهاد", "حديثه", "حديثها",
                          // "الذي أعلن قيام خلافة"، "أوضحت المديرية ملابسات وفاة طفلة".
                          "قيام", "ملابسات",
                          // "ولفت البنيان النظر إلى".
                          "نظر",
                          // "وأكد مسؤولون ومنظمات إسلامية ريادة المملكة".
                          "ريادة",
                          // "واختتم الصبيحي تصريحاته بالقول" (the speech itself).
                          "تصريحاته", "تصريحه", "تصريحاتها", "تصريحها", "تغريداته", "تغريدته",
                          "رسالته", "رسالتها", "كلمته", "كلمتها",
                          // "واقترح وضع أهداف"; "أكد تصميمه القوي على …".
                          "وضع", "تصميمه", "تصميمها", "تصميمهم"};
// Heads whose name may follow in quotation marks: صحيفة «واشنطن بوست».
const Set kNamedHeads = {
    "صحيفة", "وكالة", "قناة", "موقع", "مجلة", "شبكة", "برنامج", "حركة", "جماعة", "تنظيم", "حزب",
    "منظمة", "جمعية", "شركة", "مؤسسة", "اذاعة", "تلفزيون", "مركز",
    // "وكشف تقرير «ساما» عن …"، "أظهرت دراسة «…»".
    "تقرير", "دراسة", "استطلاع", "مرصد", "نادي", "بنك", "صندوق", "مجموعة", "فريق", "مجلس", "هيئة",
    "جامعة", "منتدي", "حملة", "مبادرة", "تحالف", "مهرجان", "مسابقة", "معرض",
    // Titles and names of works, places, accounts: "بعنوان «…»"، "برنامج
    // “أراب آيدول”"، "ملعب “لوفتس رود”"، "شاب يدعى «…»".
    "بعنوان", "عنوان", "باسم", "اسم", "تدعي", "يدعي", "ملعب", "مسرحية", "رواية", "قصيدة", "قصيدتي",
    "كتاب", "فيلم", "مسلسل", "اغنية", "حساب", "هاشتاق", "وسم", "تطبيق", "مطعم", "جائزة", "ميليشيا",
    "مليشيا"};
const Set kPeopleNouns = {"رجل", "امراة", "مراة", "شاب", "شابة", "فتاة", "طفل", "طفلة", "طالب",
                          "طالبة", "بائع", "شخص", "اشخاص", "سيدة",
                          // "وأكدت هذه الشخصيات"، "وتقول هذه الأوساط" (circles).
                          "شخصية", "شخصيات", "اوساط"};
const Set kLeadershipNouns = {"زعامة", "رئاسة", "قيادة", "اسم", "اعمال"};
const Set kConformityCues = {"وفقا", "وفق", "طبقا", "طبق", "حسب", "بحسب"};
const Set kVerbalNounGovernors = {"يمكن", "ويمكن", "يمكنه", "يمكنها", "يتم", "ويتم",
                                  "تم",   "وتم",   "دون",   "بدون",   "ودون"};
const Set kSpecialistNouns = {"مختص", "متخصص", "خبير", "باحث", "مختصة", "متخصصة", "خبيرة", "باحثة"};
const Set kOccasionNouns = {"مناسبة", "صدد", "سياق", "خصوص", "شان", "اطار"};
// Heads after بحسب / وفق that measure rather than vouch: "حسب الحاجة".
const Set kNotSources = {
    "حاجة", "طلب", "ظروف", "نوع", "حجم", "طبقة", "فئة", "عمر", "حالة", "اولوية", "اولويات", "ترتيب",
    "اهمية", "قدرة", "امكانيات", "امكانات", "مقتضيات", "مقتضي", "قانون", "نظام", "شروط", "معايير",
    "جدول", "موعد", "توقيت", "مكان", "منطقة", "مستوي", "درجة", "نسبة", "عدد", "سعر", "وزن", "تصنيف",
    "فئات", "انواع", "احجام", "حالات",
    // "وفقا لأحكام هذا القانون"، "وفقا للميزة النسبية"، "وفقا لجدولة
    // زمنية"، "وفقا لقوانين الموقع"، "حسب الاتفاق".
    "احكام", "ميزة", "جدولة", "قوانين", "اسس", "مبادئ", "اتفاق", "اتفاقية",
    // "وفق التواريخ الآتية"، "وفقا للآلية المتفق عليها"، "وفق الضوابط"
    // (not plans or directives: the gold counts "ووفقا للخطط الحكومية").
    "تواريخ", "تاريخ", "الية", "اليات", "ضوابط",
    // "بحسب ما يقتضيه الحال".
    "حال",
    // "حسب الاختصاص"، "حسب المتبع"، "وفق اللوائح"، "بحسب
    // المهنة"، "وفق أحدث مواصفات البناء"، "وفقا لمتوسط قيمته".
    "اختصاص", "متبع", "لوائح", "لائحة", "احتياج", "احتياجات", "نوعية", "مهنة", "رغبة", "رغبات",
    "متوسط", "مواصفات", "مدة", "قدرات", "كمية", "طبيعة", "قرب", "قيمة", "مقاييس",
    // "وفق تصميم عالمي"، "وفقا للجزاءات المقررة"، "وفقا للأسعار العالمية"،
    // "وفق أعلى المعايير"، "وفق صلاحيات مديري التعليم"، "حسب تقويم أم القرى"
    // (not أحدث: "وفق أحدث تقرير" vouches).
    "تصميم", "جزاءات", "اسعار", "رحلات", "عمليات", "مدفوعات", "استراتيجيات", "صلاحيات", "انظمة",
    "تقويم", "اعلي", "افضل", "امكان", "سن", "فئتين", "رؤية", "استطاعة", "مقررات", "اهواء",
    // "وفق المادة (126) من اللائحة".
    "مادة", "لحظة", "لحظات",
    // "بحسب نطاقها المكاني".
    "نطاق"};
// Verbs of variation before بحسب: "تختلف بحسب…" compares, it does not report.
const Set kVarying = {"تختلف", "يختلف", "تتفاوت", "يتفاوت", "تتغير", "يتغير", "تتنوع", "يتنوع",
                      "تتراوح", "يتراوح", "مرتبة", "مرتبا", "موزعة", "مصنفة"};
const Set kNegations = {"لم", "لن", "لا", "ما", "ليس", "ولم", "ولا", "ولن", "غير", "عدم", "دون"};
const Set kConditionals = {"اذا", "لو", "ان", "حتي", "كي", "لكي"};
// Words after which أن opens a circumstance, not what was said ("رغم أن"،
// "بعد أن"، "منذ أن"، "حتى أن"، "لو أن"), or is the infinitive's أن after
// a modal ("علينا أن نجتهد"، "يجب أن"، "لا بد أن"); normalized. Not عليه /
// عليها: "إحصائية اطلعت «الاقتصادية» عليها أن …" reports.
const Set kNonReportGovernors = {"بسبب", "رغم", "ورغم", "برغم", "بالرغم", "بعد", "وبعد", "قبل",
                                 "وقبل", "منذ", "حتي", "لو", "ولو", "يجب", "ينبغي", "يمكن", "علينا",
                                 "لابد", "بد", "يستطيع", "نستطيع", "نريد", "يريد", "تريد", "اجل",
                                 // "وكتب دون أن يذكر إردوغان بالاسم «…»"
                                 "دون", "بدون"};
// Clause openers: a noun phrase before a verb starts after these.
const Set kClauseOpeners = {"و", "ثم", "حيث", "فيما", "بينما", "كما", "اذ", "وقد", "قد", "كان", "وكان"};

// Heads of inanimate subjects: "الوقائع تثبت أن" reports nothing.
const Set kInanimateHeads = {
    "عملية", "الوقائع", "وقائع", "الاحداث", "التطورات", "النتائج", "المعطيات", "الادلة", "الصور",
    "تحركات", "الارقام", "المؤشرات", "الحقائق", "التجربة", "الظروف", "الاوضاع", "الواقع", "القرار",
    "الخطوة", "الزيارة", "الحادثة", "دلائل", "الدلائل", "ادلة", "الامر", "قرار", "اجراءات",
    // "وكشفت الفحوصات الطبية أنها قطع في الرباط".
    "الفحوصات", "فحوصات", "الفحص", "التحاليل", "تحاليل", "الاشعة", "الكاميرات", "كاميرات",
    // "يمثل إشارة للمستثمرين تقول إن …": a sign that "says".
    "اشارة", "الاشارة",
    // "تؤكد سوق الاحتراف السعودي أن …".
    "سوق", "السوق",
    // "إن التفجير الإرهابي كشف مدى حقد …"، "كثرة أعطال التيار تكشف عن …"،
    // "العقل يقول: …"، "ظلت في نطاق يشير إلى تحسن …".
    "التفجير", "تفجير", "الانفجار", "كثرة", "العقل", "المنطق", "نطاق",
    // "فالتاريخ يقول إن"، "كما أن الإسلام أكّد" (review of 25,001-25,100).
    "التاريخ", "الاسلام", "الدين", "الحقيقة"};
// Possessed nouns after an according-cue that point back at the speaker:
// "بحسب تعبيره", "على حد قوله".
const Set kSelfReferences = {"تعبيره", "تعبيرها", "قوله", "قولها", "وصفه", "وصفها", "زعمه", "زعمها",
                             // "واختتم الخبير الاقتصادي حديثه بأن …"، "بحسب كلامه".
                             "حديثه", "حديثها", "كلامه", "كلامها", "تعبيرهم", "قولهم", "وصفهم",
                             // "ونقل عن مصادر في المقاومة تأكيدهم أن …".
                             "تاكيده", "تاكيدها", "تاكيدهم", "ادعاءه", "ادعائه", "ادعاءها"};

const Set kPronounObjects = {
    "فيه", "فيها", "فيهم", "فيهما", "عنه", "عنها", "عنهم", "عنهما", "منه", "منها", "منهم",
    "منهما", "اليه", "اليها", "اليهم", "له", "لها", "لهم", "لهما", "لي", "عليه", "عليها",
    "عليهم", "عليهما", "به", "بها", "بهم", "بهما",
    // First and second person: "وطلب مني أن …".
    "مني", "منا", "منك", "منكم", "عني", "عنا", "لنا", "لك", "لكم", "بي", "بنا", "بك", "بكم",
    "الينا", "اليك", "اليكم", "علينا", "عليك", "عليكم", "فينا", "فيك", "فيكم",
    // Reflexives and emphatic pronouns: "يصف نفسه بـ…", "تؤكد كلها أن …".
    "نفسه", "نفسها", "نفسهم", "انفسهم", "انفسهما", "نفسي", "ذاته", "ذاتها", "كلها", "كله",
    "كلهم", "جميعها", "جميعهم"};
const Set kNotSourceWords = With(
    With(
        // Complementizers and linking words.
        {"وان", "ان", "فاني", "واذ", "اذ", "وبينما", "وعندما", "وفيما", "لذلك", "ولذلك", "لذا",
         "ولذا", "ولقد", "لقد", "وكذلك", "وبدوره", "وبدورها", "ومثلما", "مثلما", "لطالما", "بل",
         // "وكما قال الشاعر"، "هكذا تصف الشيف …": the source follows the verb.
         "كما", "وكما", "فكما", "هكذا", "وهكذا",
         // "أما كريم 32 عاما قال"
         "اما", "واما",
         // "وطالبا خصوصا بـ«…»" (in particular).
         "خصوصا", "تحديدا",
         // "من جانبها قالت …"، "ومن جهته أكد …" (for her part).
         "جانبه", "جانبها", "جانبهم", "جهته", "جهتها", "جهتهم",
         // "لانها تعتبر أنها …" (because it): the pronoun is the subject.
         "لانه", "لانها", "لانهم", "ولانه", "ولانها", "ولانهم"},
        kLoneTimeAdverbs),
    kKana);  // and كان before its subject
const Set kSubjectWords = With(With({}, kSubjectPronouns), kKana);
// What a predicate follows: verbs of being and the pronouns of a nominal
// sentence ("سيكون مطالبا"، "فهي مطالبة بتلبية"، "ليست مطالبة").
const Set kBeingBeforePredicate = {"كان",   "كانت",   "وكان", "وكانت", "يكون", "تكون", "سيكون",
                                   "ستكون", "يكونوا", "اصبح", "اصبحت", "بات",  "باتت", "ليس",
                                   "ليست",  "لسنا",   "ظل",   "ظلت",   "تظل",  "يظل",  "نبقي",
                                   "سنبقي", "هو",     "هي",   "هم",    "فهو",  "فهي",  "فهم",
                                   "وهو",   "وهي",    "وهم",  "نحن",   "فنحن", "انت",  "انتم"};
const Set kNoSourceWords = With(
    // Existentials, adverbs of place, questions, relatives.
    {"هنا", "وهنا", "هناك", "وهناك", "ثمة", "وثمة", "هل", "ما", "مما", "بما", "الذي", "التي",
     "والذي", "والتي",
     // "لأول مرة قال": a time, never a source.
     "مرة"},
    kSubjectPronouns);  // pronouns that are the subject themselves
const Set kDemonstratives = {"هذا", "هذه", "ذلك", "تلك", "هؤلاء", "اولئك", "وهذا", "وهذه", "وذلك"};
const Set kNotReportWords = {"مما", "هل", "وهل", "فهل"};
// Indefinite nouns that a verb right after them describes: "أي شيء يذكر"،
// "بدون مقابل يذكر"، "بشكل يؤكد" (worth mentioning, in a way that shows).
const Set kDescribedNouns = {"شيء", "شيئا", "مقابل", "بشكل", "وبشكل"};
// The first person of كان before a verb: the writer's own account ("كنت قد
// بينت أن …"), no report.
const Set kFirstPersonKana = {"كنت", "وكنت", "كنا", "وكنا", "فكنت", "فكنا"};
const Set kClauseBreaks = {"وهو", "وهي", "وهم", "وهما", "فهو", "فهي", "والذي", "والتي", "والذين"};

// Homographs of a stance verb and a noun: طلب (asked / a request), طالب
// (demanded / a student), ثمن (praised / a price), أيد (supported / hands),
// حذر (warned / caution: "حذرا"، "على حذر").
// (رحبا: "مجالا رحبا", wide; the dual رحّبا hardly occurs.)
const Set kNounHomographs = {"طلب", "طالب", "ثمن", "ايد", "كشف", "حذر", "رحب"};
// Words after which such a homograph is the noun: prepositions, أي and كل,
// existentials, modals and nouns that govern it, and the kunya or nasab
// before a name ("على طلب الوزارة"، "بأي ثمن"، "هناك طلب"، "يمكن طلب"،
// "يبلغ ثمن الجهاز"، "تقديم طلب"، "علي بن أبي طالب").
const Set kPrepositionsBeforeNouns = {"عن",  "في",  "حول",  "الي", "خلال",
                                      "عبر", "لدي", "تجاه", "ازاء"};
const Set kNounGovernors = {
    "في", "علي", "الي", "عن", "من", "اي", "باي", "لاي", "كل", "لكل", "بكل", "هناك", "وهناك", "يوجد",
    "وجود", "يمكن", "ويمكن", "يمكنه", "يمكنها", "يمكنك", "يمكنكم", "يتم", "تم", "يبلغ", "ويبلغ",
    "يصل", "يزيد", "ويزيد", "ارتفع", "تقديم", "لتقديم", "قبول", "الموافقة", "معدل", "مقدما", "دون",
    "بدون", "ابي", "ابو", "بن", "الف", "الاف", "مليون", "مائة", "مئة", "قرابة", "وكل", "ولكل",
    // "بإجراء كشف الوزن"، "ونموذج كشف طبي" (a check-up).
    "اجراء", "باجراء", "نموذج", "ونموذج",
    // "منتجات ذات طلب عال".
    "ذات", "ذو", "ذي",
    // Verbs that take the noun as their object: "تضمن طلب حضور اللاعب"،
    // "قدم طلب استقالته"، "رفض طلب النادي".
    "تضمن", "تضمنت", "يتضمن", "قدم", "وقدم", "قدمت", "تقدم", "رفض", "رفضت", "تلقي", "تلقت", "استلم",
    "رفع", "ورفع",
    // "كان لديهم طالب من خيرة الشباب"; "في أيد أمينة" (hands) after في.
    "لديهم", "لديه", "لدينا", "لديها", "بتقديم",
    // "استيفاء نموذج طلب التعيين" (an application form).
    "نموذج", "ونموذج", "استمارة", "واستمارة"};

const Set kQuantifiers = {"عدة", "بعض", "عدد", "كل", "اغلب", "معظم", "غالبية", "كثير", "عديد",
                          "مختلف", "احد", "جميع"};

namespace {
// Whether `listed(noun)`, or `noun` is a noun with a possessive pronoun
// after it whose stem is listed: استغرابه، احتجاجها، رغبته (ة written ت
// before the pronoun). No allocation.
template <typename Listed>
bool ListedWithPossessive(std::string_view noun, Listed listed) {
  if (listed(noun)) return true;
  if (const std::string_view suffix = PossessiveSuffix(noun); !suffix.empty()) {
    const std::string_view stem = noun.substr(0, noun.size() - suffix.size());
    if (listed(stem)) return true;
    constexpr std::string_view kTa = "ت", kTaMarbuta = "ة";
    if (stem.size() < 32 && stem.substr(stem.size() - kTa.size()) == kTa) {
      char buf[32];
      const size_t n = stem.size() - kTa.size();
      stem.copy(buf, n);
      kTaMarbuta.copy(buf + n, kTaMarbuta.size());
      if (listed(std::string_view(buf, n + kTaMarbuta.size()))) return true;
    }
  }
  return false;
}
}  // namespace

bool IsKana(std::string_view norm) {
  return std::find(kKana.begin(), kKana.end(), norm) != kKana.end();
}

bool IsSeparateBi(std::string_view norm) { return norm == "ب" || norm == "بـ"; }

bool IsPlainHonorific(std::string_view norm) {
  constexpr std::string_view kSaadat = "سعادت";  // سعادته، سعادتها
  return kHonorifics.count(norm) && norm.substr(0, kSaadat.size()) != kSaadat;
}

// The normalized word without the conjunction و (and ف when `or_fa`) that
// may open it.
static std::string_view WithoutConjunction(std::string_view norm, bool or_fa) {
  if (norm.starts_with("و") || (or_fa && norm.starts_with("ف"))) norm.remove_prefix(2);
  return norm;
}

bool IsInanimateHead(std::string_view norm) {
  const auto head = [](std::string_view w) {
    return kInanimateHeads.count(w) != 0 || kInanimateHeads.count(StripArticle(w)) != 0;
  };
  // (وقائع opens with و of its own: the word as it stands first.)
  return head(norm) || (norm.size() > 2 && head(WithoutConjunction(norm, /*or_fa=*/true)));
}

bool IsBut(std::string_view norm, bool* with_pronoun) {
  constexpr std::string_view kBut = "لكن";
  norm = WithoutConjunction(norm, /*or_fa=*/false);
  if (!norm.starts_with(kBut)) return false;
  const std::string_view pronoun = norm.substr(kBut.size());
  const bool known = pronoun.empty() || pronoun == "ه" || pronoun == "ها" || pronoun == "هم";
  if (known && with_pronoun != nullptr) *with_pronoun = !pronoun.empty();
  return known;
}

bool IsIdha(std::string_view norm) { return norm == "اذا" || norm == "فاذا" || norm == "واذا"; }

bool IsRelativeTime(std::string_view norm) {
  return norm == "الماضي" || norm == "المقبل" || norm == "الحالي" || norm == "الجاري";
}

bool IsTopicOpener(std::string_view norm) {
  return norm == "وحول" || norm == "وعن" || norm == "وبشان" || norm == "وفيما" || norm == "وبخصوص";
}

bool IsDerivedVerbalNoun(std::string_view norm) {
  // Arabic letters are two bytes each in UTF-8; anything else is no such noun.
  constexpr std::string_view kAlif = "ا";
  const size_t letters = norm.size() / 2;
  if (norm.size() % 2 != 0 || letters < 5 || letters > 7) return false;
  for (unsigned char c : norm)
    if (c < 0x80) return false;
  return norm.starts_with(kAlif) && norm.substr(norm.size() - 4, 2) == kAlif &&
         norm.substr(0, 4) != "ال";
}

bool IsExceptBeforeThat(std::string_view norm) { return norm == "الا" || norm == "غير"; }

bool IsNameLink(std::string_view norm) {
  return norm == "ابو" || norm == "ام" || norm == "بن" || norm == "ابن" || norm == "عبد";
}

bool IsPossessedThing(const Document& doc, uint32_t token) {
  const std::string_view word = doc.Norm(doc.tokens[token]);
  constexpr std::string_view kAllah = "الله";
  if (PossessiveSuffix(word).empty()) return false;
  if ((word.size() >= kAllah.size() && word.substr(word.size() - kAllah.size()) == kAllah) ||
      word.substr(0, 6) == "عبد")  // عبدالإله
    return false;
  // (Nor a title of address, "his Highness", "He, glorified": سموه، معاليه،
  // سبحانه; nor some of a group: أحدهم، بعضهم، معظمهم.)
  if (kHonorifics.count(word) || word == "سبحانه") return false;
  if (ListedWithPossessive(word, IsPersonNoun) || IsListedWithPossessive(kQuantifiers, word))
    return false;
  // The segmenter must split the pronoun off a noun: عبدالإله، اسامه are
  // names, whose last letters only look like a pronoun.
  const Token& t = doc.tokens[token];
  return t.word_count >= 2 && doc.words[t.first_word + t.word_count - 1].upos == Upos::PRON &&
         doc.words[t.first_word + t.word_count - 2].upos == Upos::NOUN;
}

bool GovernsBi(std::string_view norm) {
  const std::string_view stem = StripArticle(norm);
  if (stem.ends_with("ون") || stem.ends_with("ين")) return false;
  for (std::string_view p : {"متعلق", "معني", "مختص", "متخصص", "مهتم", "مطلع"})
    if (stem.starts_with(p)) return true;
  return false;
}

bool IsPlaceInAlif(std::string_view norm) {
  const std::string_view p = norm.substr(0, 2);  // a prefixed و، ب، ل
  return kPlacesInAlif.count(norm) ||
         ((p == "و" || p == "ب" || p == "ل") && kPlacesInAlif.count(norm.substr(2)));
}

const Set kPastVerbsInTa = {"تم", "تحدث", "تطرق", "تناول", "تسلم", "تخلل", "تلا", "تقدم"};

const Set kModalNouns = {"ضرورة", "اهمية", "وجوب", "حتمية", "امكانية", "احتمال", "استحالة"};

bool IsThisWhich(std::string_view norm) {
  norm = WithoutConjunction(norm, /*or_fa=*/false);
  return norm == "هو" || norm == "هي" || norm == "هذا" || norm == "ذلك";
}

bool IsOutletFrame(std::string_view norm, std::string_view next) {
  norm = WithoutConjunction(norm, /*or_fa=*/false);
  if (next == "ذلك" || next == "هذا" || next == "هذه" || next == "تلك")
    return norm == "جاء" || norm == "جاءت" || norm == "ياتي" || norm == "تاتي";
  return (norm == "الجدير" && next == "بالذكر") || (norm == "يذكر" && next == "ان") ||
         (norm == "تجدر" && next == "الاشارة") || (norm == "يشار" && next == "الي");
}

// (Not اعتبره، وصفه: a judgment of the clause, "وهو ما اعتبره الحكم سوء
// سلوك", not a report of it.)
const Set kThatWhichSaidVerbs = {
    "اكده",  "اكدته",  "اكدوه",  "يؤكده", "تؤكده",  "نفاه",   "نفته",   "نفوه",   "ينفيه",
    "تنفيه", "كشفه",   "كشفته",  "كشفوه", "اوضحه",  "اوضحته", "ذكره",   "ذكرته",  "ذكروه",
    "قاله",  "قالته",  "قالوه",  "اعلنه", "اعلنته", "اثبته",  "اثبتته", "اظهرته", "اظهره",
    "توقعه", "توقعته", "توقعوه", "رجحه",  "رجحته",  "اكدها",  "اكدتها", "نفتها",  "اوضحها"};
const Set kThatWhichSaidToPronoun = {"اكد",   "اكدت",   "اكدوا", "شدد",  "شددت", "اشار",
                                     "اشارت", "اشاروا", "لفت",   "لفتت", "نوه",  "نوهت"};

bool IsPrepositionOfThat(std::string_view norm) {
  return norm == "عليه" || norm == "اليه" || norm == "له" || norm == "عليها" || norm == "اليها" ||
         norm == "لها";
}

bool IsWhatBeforeCalled(std::string_view norm) {
  return norm == "ما" || norm == "مما" || norm == "لما" || norm == "بما" || norm == "عما";
}

bool IsSingularRelative(std::string_view norm) { return norm == "الذي" || norm == "التي"; }

bool IsRelativePronoun(std::string_view norm) {
  return IsSingularRelative(norm) || norm == "الذين" || norm == "اللذين" || norm == "اللتين";
}

bool IsQuantifier(std::string_view norm) { return kQuantifiers.count(StripArticle(norm)) != 0; }

bool IsThisSaid(std::string_view norm) { return norm == "ذلك" || norm == "بذلك"; }

bool IsThisOrThat(std::string_view norm) {
  norm = WithoutConjunction(norm, /*or_fa=*/true);
  return norm == "هذا" || norm == "ذلك";
}

bool IsAccusativePlural(std::string_view norm) {
  static const Set kLookAlikes = {"البحرين",  "الصين",    "الحسين",  "الدين",    "اليمين",
                                  "الاثنين",  "العابدين", "الحرمين", "الثلاثين", "العشرين",
                                  "الاربعين", "الخمسين",  "الستين",  "السبعين",  "الثمانين",
                                  "التسعين",  "الياسمين", "التنين",  "الطين",    "التين"};
  return norm.starts_with("ال") && norm.size() >= 14 && norm.ends_with("ين") &&
         !kLookAlikes.count(norm);
}

bool IsCommentVerb(std::string_view norm) {
  norm = WithoutConjunction(norm, /*or_fa=*/true);
  return norm == "علق" || norm == "علقت";
}

bool EndsSourceBefore(std::string_view norm) {
  return kNotSourceWords.count(norm) || kNoSourceWords.count(norm);
}

std::string_view PossessiveSuffix(std::string_view word) {
  for (std::string_view suffix : {"هما", "هم", "ها", "ه"})
    if (word.size() > suffix.size() + 4 && word.substr(word.size() - suffix.size()) == suffix)
      return suffix;
  return {};
}

std::string_view AccusativeBase(std::string_view word) {
  constexpr std::string_view kAlif = "ا";
  if (word.size() <= kAlif.size() || word.substr(word.size() - kAlif.size()) != kAlif) return {};
  return word.substr(0, word.size() - kAlif.size());
}

bool IsListedWithPossessive(const Set& nouns, std::string_view noun) {
  return ListedWithPossessive(noun, [&nouns](std::string_view w) { return nouns.count(w) != 0; });
}

bool IsDeclaredState(std::string_view norm, std::string_view next) {
  if (StripArticle(norm) != "حالة") return false;
  const std::string_view n = StripArticle(next);
  return n.substr(0, 8) == "طوار" || n == "استنفار" || n == "تاهب";
}

bool HasVerbalNounShape(std::string_view norm) {
  // The shapes, with ? for any letter: إفعال، استفعال، افتعال، انفعال، تفعيل،
  // مفاعلة. (Only derived forms: the bare فعال and فعيل shapes are as
  // often names and adjectives.) Not the names and the title of these
  // shapes that follow a title in news ("المتحدث الرسمي تيسير المفرج"،
  // "الدكتور حسن ثاني أستاذ علم النفس").
  static const Set kNamesAndTitles = {"توفيق",  "تيسير",  "تحسين",  "تغريد",  "تسنيم", "ايمان",
                                      "اسلام",  "اكرام",  "ايناس",  "احلام",  "الهام", "انتصار",
                                      "ابتسام", "اعتدال", "انشراح", "ابتهال", "اشراق", "استاذ"};
  if (kNamesAndTitles.count(norm)) return false;
  static constexpr std::u32string_view kShapes[] = {U"ا??ا?",  U"است??ا?", U"ا?ت?ا?",
                                                    U"ان??ا?", U"ت??ي?",   U"م?ا??ة"};
  char32_t letters[8];
  size_t n = 0;
  bool fits = true;
  ForEachCodePoint(norm, [&](char32_t c) {
    if (n < 8) letters[n] = c;
    fits &= c >= 0x0621 && c <= 0x064A;
    ++n;
  });
  if (!fits || n > 8) return false;
  for (std::u32string_view shape : kShapes) {
    if (shape.size() != n) continue;
    bool match = true;
    for (size_t k = 0; k < n && match; ++k) match = shape[k] == U'?' || shape[k] == letters[k];
    if (match) return true;
  }
  return false;
}

bool IsObjectNoun(std::string_view norm) {
  return IsListedWithPossessive(kObjectNouns, StripArticle(norm));
}

bool IsPunctChar(const Document& doc, const Token& t, char32_t c) {
  return (t.kind == TokenKind::kPunct || t.kind == TokenKind::kSymbol) && t.span.size() == 1 &&
         doc.cps[t.span.start] == c;
}

bool IsColon(const Document& doc, const Token& t) { return IsPunctChar(doc, t, ':'); }

bool IsCommaToken(const Document& doc, const Token& t) {
  return t.kind == TokenKind::kPunct && IsComma(doc.cps[t.span.start]);
}

bool IsDash(const Document& doc, const Token& t) {
  if (t.kind != TokenKind::kPunct) return false;
  const char32_t c = doc.cps[t.span.start];
  if (IsTatweel(c)) return true;  // the tokenizer's run of tatweel: ـ، ـــ
  return t.span.size() == 1 && (c == '-' || c == U'\u2013' || c == U'\u2014');
}

bool IsClauseEndPunct(const Document& doc, const Token& t) {
  if (t.kind != TokenKind::kPunct) return false;
  const char32_t c = doc.cps[t.span.start];
  return IsSentenceFinal(c) || IsSemicolon(c);
}

bool IsOpeningMarkOfQuote(const Document& doc, uint32_t i) {
  const Token& t = doc.tokens[i];
  return t.kind == TokenKind::kQuote && t.quote != 0 && doc.quotes[t.quote - 1].open == t.span;
}

uint32_t PercentEnd(const Document& doc, uint32_t i) {
  if (i >= doc.tokens.size() || doc.tokens[i].kind != TokenKind::kNumber) return i;
  auto percent = [&doc](char32_t c) { return c == U'%' || c == U'\u066A'; };
  if (percent(doc.cps[doc.tokens[i].span.end - 1])) return i + 1;  // "37%"
  if (i + 1 < doc.tokens.size() && doc.tokens[i + 1].span.size() == 1 &&
      percent(doc.cps[doc.tokens[i + 1].span.start]))
    return i + 2;  // "45 ٪"
  return i;
}

bool IsNegationAt(const Document& doc, uint32_t i) {
  const std::string_view n = doc.Norm(doc.tokens[i]);
  if (n == "لم" || n == "لن") return true;
  if (n != "لا" || i + 1 >= doc.tokens.size()) return false;
  // (After لا, a verb: one the tagger calls so, or a present form, أ / ي /
  // ت / ن + at least two letters; or بد, "must".)
  const Token& next = doc.tokens[i + 1];
  const std::string_view w = doc.Norm(next);
  if (w == "بد") return true;
  if (next.word_count > 0 && doc.words[next.first_word].upos == Upos::VERB) return true;
  return w.size() >= 6 &&
         (w.starts_with("ا") || w.starts_with("ي") || w.starts_with("ت") || w.starts_with("ن"));
}

bool IsSpeakingPronounAt(const Document& doc, uint32_t i) {
  const std::string_view n = doc.Norm(doc.tokens[i]);
  if (n != "انا" && n != "نحن" && n != "انت" && n != "انتم" && n != "انتما" && n != "انتن")
    return false;
  return doc.cps[doc.tokens[i].span.start] != U'\u0622';  // آنا، آنت: names
}

bool IsClosingMarkOfQuote(const Document& doc, uint32_t i) {
  const Token& t = doc.tokens[i];
  return t.kind == TokenKind::kQuote && t.quote != 0 && doc.quotes[t.quote - 1].close == t.span;
}

}  // namespace isnad::clause_words

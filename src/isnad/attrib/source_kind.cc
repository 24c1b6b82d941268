#include "isnad/attrib/source_kind.h"

#include <string>
#include <unordered_set>

#include "isnad/attrib/clause_words.h"

namespace isnad {
namespace {

using Set = std::unordered_set<std::string_view>;

using clause_words::kDemonstratives;  // هذا، تلك … before the noun of a source
using clause_words::kQuantifiers;     // words of quantity before the noun of a source
// "One of …" (أحد القادة، أحد المصادر) is an unnamed individual.
constexpr std::string_view kOneOf = "احد";

// Head nouns, normalized, without the article.
const Set kAnonymousHeads = {"مصدر", "مصادر", "مصدرا", "مصدرين"};
// Role nouns that are anonymous when indefinite (مسؤول، متحدث باسم…) and a
// person when definite or followed by a name (المتحدث الرسمي محمد …).
const Set kRoleHeads = {"مسؤول",      "مسؤولون", "مسؤولين", "مسئول", "مسئولون",
                        "مسئولين",    "متحدث",   "متحدثون", "ناطق",  "دبلوماسي",
                        "دبلوماسيون", "ضابط",    "قائد",    "عضو",   "موظف",
                        "مصرفي",      "مسعف",    "طبيب",    "محقق",  "مراسل"};
const Set kWitnessWords = {"شهود", "شاهد", "سكان", "اهالي", "مواطن", "مواطنون", "مواطنين", "عيان"};
const Set kMediaHeads = {
    "صحيفة", "وكالة", "قناة", "تقارير", "وسائل", "موقع", "اخبار", "اذاعة", "تلفزيون", "مجلة",
    "شبكة", "رويترز", "صحف", "وكالات", "تلفزيونية", "نشرة", "انباء", "اعلام", "صحافة",
    // "وفقا للبوابة العربية للأخبار التقنية"، "بوابة الأهرام".
    "بوابة", "خبر",
    // "ونقلت محطة «إن تي في»"، "ونقلت مواقع يمنية".
    "محطة", "مواقع",
    // "وذكرت شينخوا"، "حسب يونهاب"، "فرانس برس": agencies by name.
    "شينخوا", "يونهاب", "فرانس"};  // "وجاء في الخبر" (the gold has الأخبار as media)
const Set kGroupHeads = {
    "محللون", "محللين", "خبراء", "ناشطون", "ناشطين", "مقاتلون", "مقاتلين", "معارضون", "معارضين",
    "مؤيدون", "مؤيدين", "جماهير", "شيوخ", "بعض", "لاعبين", "لاعبون", "وزراء", "علماء", "مراقبون",
    "مراقبين", "سياسيون", "نواب", "متظاهرون", "متظاهرين", "محتجون", "مغردون", "مغردين", "اطباء",
    "اقتصاديون", "مختصون", "متخصصون", "باحثون", "مسؤولو", "قادة", "رواد", "مشجعون", "مشجعين",
    "الكثيرون", "كثيرون", "اخرون", "طلاب", "معلمون", "مشاركون", "مشاركين", "حضور", "مواطنو",
    "سكانها", "نشطاء", "علماء_", "سفراء", "رؤساء", "اعضاء", "وفد",
    // "وقيادات التيارات الإسلامية"، "رجال الإطفاء".
    "قيادات", "رجال",
    // Plural human nouns (a collective, no institution).
    "متعاملون", "متعاملين", "ساسة", "مهاجرون", "مهاجرين", "لاجئون", "لاجئين", "مستثمرون",
    "مستثمرين", "متابعون", "متابعين", "ناخبون", "ناخبين", "مسلحون", "مسلحين", "صحافيون", "صحفيون",
    "اعلاميون", "مثقفون", "فنانون", "اكاديميون", "محامون", "قضاة", "مزارعون", "تجار", "عمال",
    "زوار", "مشاهدون", "مدونون", "ناشطو",
    // "أكد نقاد ورواد مواقع التواصل"، "وأيد مغردو التواصل".
    "نقاد", "مغردو", "متابعو", "مستخدمو", "مستخدمون", "مستخدمين",
    // "تتساءل الأوساط العراقية"، "وأشادت دوائر مصرية مختلفة"، "وأبدى الكشافة"
    // (reviews of 24,001-24,100 and 25,001-25,100).
    "اوساط", "دوائر", "كشافة"};
// Words of sameness or degree before the noun that says what sort of
// source it is: "نفس المصدر"، "وفقاً لآخر إحصائية"، "أحدث الدراسات".
const Set kDegreeWords = {"نفس", "اخر", "احدث", "اكثر", "اقل", "ابرز"};
const Set kDocumentHeads = {"تقرير", "دراسة", "بيان", "احصائيات", "احصاءات", "توقعات", "خطط", "خطة",
                            "وثيقة", "وثائق", "رسالة", "استطلاع", "تقديرات", "ارقام", "بيانات",
                            "مذكرة", "نتائج", "تحقيق", "مسح", "برقية", "تقريرا", "معلومات",
                            "روايات", "رواية", "سجلات", "وثائق_", "دفاتر", "احصائية",
                            // "بحسب نص القرار".
                            "نص", "دراسات",
                            // "ونص المرسوم"، "وتظهر الاستطلاعات"، "ويقول المقال".
                            "مرسوم", "استطلاعات", "مقال", "مقالة",
                            // "وفقا لما أظهره مقطع فيديو"، "بحسب ما جاء في التسجيل".
                            "مقطع", "فيديو", "تسجيل", "تسجيلات", "شريط",
                            // "يكشف تحليلنا التاريخي أن".
                            "تحليل", "تحليلات", "تسريبات",
                            // "وبينت اللائحة التنفيذية الحديثة"، "دعت مسودة اللائحة"،
                            // "بينت التحقيقات الأولية".
                            "لائحة", "لوائح", "مسودة", "تحقيقات",
                            // "بحسب البلاغات التي تلقتها"، "حسب تقييم ميداني".
                            "بلاغ", "بلاغات", "تقييم",
                            // "وأوصت التوصية"، "حصيلة جديدة للمرصد".
                            "توصية", "توصيات", "حصيلة",
                            // "وفقًا لاستبيان شمل 2000 شخص".
                            "استبيان", "استبيانات",
                            // "كشف مؤشر فرص العمل في الشرق الأوسط".
                            "مؤشر", "مؤشرات",
                            // "ووفق آخر تحديث لها".
                            "تحديث"};
const Set kOrganizationHeads = {
    // The two sides of a joint statement: "وأكد الجانبان"، "اتفق الطرفان".
    "جانبان", "طرفان", "بلدان", "دولتان", "حكومتان", "وزارة", "حكومة", "جيش", "قوات", "برنامج",
    "امم", "منظمة", "مجموعة", "فريق", "هيئة", "مجلس", "استخبارات", "ادارة", "قيادة", "محكمة",
    "شركة", "حزب", "حركة", "مكتب", "مؤسسة", "غرفة", "قنصلية", "بيت", "خارجية", "داخلية", "دفاع",
    "شرطة", "مديرية", "جامعة", "بنك", "صندوق", "اتحاد", "نادي", "لجنة", "سفارة", "رئاسة", "مياه",
    "دول", "دولة", "سلطات", "سلطة", "جمعية", "مركز", "امانة", "بلدية", "نقابة", "تحالف", "جبهة",
    "تنظيم", "كتائب", "وكالة_", "البرلمان",
    "قضاء",  // "وبحسب القضاء الأمريكي"
    "خطوط",  // "الخطوط الجوية العربية السعودية"
    "برلمان", "كونغرس", "الكونغرس", "البنتاغون", "الكرملين", "الخارجية", "الامم", "المفوضية",
    "مفوضية", "هيئه", "الجيش", "دار", "مصلحة", "ديوان", "النيابة", "نيابة", "الادعاء", "ادعاء",
    "بلاد", "مجمع", "ائتلاف", "كتلة", "المعارضة", "معارضة", "الحوثيون", "جماعة", "قطر", "السعودية",
    "روسيا", "ايران", "مصر", "واشنطن", "موسكو", "طهران", "بريطانيا", "فرنسا", "المانيا", "الصين",
    "تركيا", "اسرائيل", "الاردن", "الامارات", "الكويت", "العراق", "سوريا", "سورية", "لبنان",
    "اليمن", "ليبيا", "تونس", "الجزائر", "المغرب", "امريكا", "الولايات", "اوروبا", "الاتحاد",
    "الناتو", "اليونسكو", "اليونيسف", "اوبك", "مؤتمر", "قمة", "اجتماع", "هيئات", "وزارات", "محافظة",
    "امارة", "ادارات",
    // Bodies in the plural: "وقالت البنوك التجارية"، "وأكدت الشركات".
    "شركات", "بنوك", "مصارف", "مراكز", "مؤسسات", "جمعيات", "منظمات", "جامعات", "اندية", "لجان",
    "حكومات", "مستشفيات",
    // "الحرس الثوري"، "الحرس الوطني".
    "الحرس",
    // "وأكدت المملكة" (a state); "أصدرت مكتبة الإسكندرية"; "أعلنت عمادة شؤون
    // أعضاء هيئة التدريس".
    "مملكة", "مكتبة", "عمادة",
    // "المرصد السوري لحقوق الإنسان".
    "مرصد", "وزارتي",
    // "تستنكر رابطة العالم الإسلامي"، "وأكدت الجوازات"، "الأزهر".
    "رابطة", "جوازات", "ازهر", "بنتاغون",
    // Armed and political movements by their name: "داعش الإرهابي ينشر"
    // (review of 25,001-25,100).
    "داعش", "طالبان", "حماس",
    // "معهد بحثي أمريكي"، "الإخوان المسلمون"، "المخابرات الفرنسية" (reviews of
    // 24,001-24,100 and 25,001-25,100).
    "معهد", "اخوان", "مخابرات", "مستشفى"};
// Words after وكالة that make it a body, not a news agency ("الوكالة
// الدولية للطاقة الذرية"، "وكالة الفضاء الأمريكية"، "وكالة فرونتكس"), unless
// a word of news comes too ("وكالة الأنباء الألمانية").
const Set kAgencyOfBodyWords = {
    "للطاقة",    "الطاقة",  "الفضاء",  "للفضاء",  "للاجئين", "غوث",     "لغوث",
    "الغوث",     "فرونتكس", "الحدود",  "للحدود",  "البيئة",  "للبيئة",  "الاستخبارات",
    "المخابرات", "للتنمية", "التنمية", "لمكافحة", "الادوية", "للادوية", "الدولية"};
const Set kNewsWords = {"انباء", "الانباء", "للانباء", "الاخبار", "اخبار", "للاخبار"};
// Clubs that speak by their name alone, with the article (وقال الأهلي في
// بيان), alone in the speaker's phrase; not the names that are common nouns
// too (الاتفاق an agreement, التعاون cooperation, الرائد a major).
const Set kClubNames = {"اهلي", "هلال", "نصر", "فيصلي", "قادسية"};
// Organisation heads that count only as the first word: "النظام الإيراني"،
// "المقاومة الشعبية" (an armed body), "الشاباك"; but "قبادي نظام الرئيس…"
// is a person whose phrase ran on.
const Set kOrganizationFirstHeads = {"نظام", "مقاومة", "شاباك",
                                     // "أعلن مهرجان دبي السينمائي الدولي" (not
                                     // "منظم المهرجان الدكتور …").
                                     "مهرجان",
                                     // Ministries and directorates by their field
                                     // ("“التعليم” تنفي"، "صحة الأحساء"، not
                                     // "مديرو التعليم"), a cell ("خلية الإعلام الحربي").
                                     "تعليم", "صحة", "تجارة", "خلية",
                                     // "الندوة العالمية للشباب الإسلامي"، "الهلال
                                     // الأحمر" (not "يوسف هلال"، "محترف الهلال"،
                                     // "ضيوف ندوة المدينة").
                                     "ندوة", "هلال"};

// Titles and offices of people: a mention headed by one is a person even
// when an institution follows (وزير الخارجية، رئيس الحكومة).
const Set kPersonTitles = {
    "وزير", "رئيس", "الرئيس", "شيخ", "دكتور", "د", "محافظ", "سفير", "نائب", "امير", "ملك", "سمو",
    "الامير", "الملك", "ولي", "مستشار", "مدير", "مديرة", "امين", "قاضي", "مفتي", "اللواء", "لواء",
    "العميد", "عميد", "العقيد", "عقيد", "الفريق_", "المستشار", "النائب", "المحافظ", "الوزير",
    "السفير", "المدير", "الشيخ", "الدكتور", "الرئيسان", "رئيسا", "مدعية", "مدعي", "وزيرة", "رئيسة",
    "نظيره", "نظيرها", "الناطق", "المتحدث", "البروفيسور", "الاستاذ", "استاذ", "المحلل", "الكاتب",
    "كاتب", "الخبير", "المهندس", "مهندس", "القائد", "اللاعب", "لاعب", "المدرب", "مدرب", "حاكم",
    "الحاكم", "قائد_", "زعيم", "الزعيم", "المفوض", "مفوض", "عضو_", "المهاجم", "الامين", "المسؤول",
    "محلل",
    // "طبقاً للمحامي الموكل بالدفاع عنهم"، "ووفقا للمؤرخ …"، "بحسب الباحث".
    "محامي", "المحامي", "مؤرخ", "المؤرخ", "باحث", "الباحث",
    // "وأكد وكيل محافظة الأحساء".
    "وكيل", "الوكيل",
    // "مبعوث الأمم المتحدة إلى اليمن".
    "مبعوث", "المبعوث", "موفد", "الموفد",
    // "أغلق القائم بأعمال النائب العام الألماني" (the acting holder).
    "القائم", "قائم"};

// Nouns of kin, company and following that name a person or people by
// whom they belong to ("وقال ابنه"، "أكد أنصاره"), beside the titles, roles
// and groups above; normalized, no article.
const Set kKinAndCompanyNouns = {
    "ابن",    "ابنة",  "ابناء", "ابنائ", "نجل",   "نجلة",   "شقيق",  "شقيقة", "اشقاء",   "اخ",
    "اخت",    "اخو",   "اخوة",  "زوج",   "زوجة",  "والد",   "والدة", "ام",    "اب",      "ابو",
    "عم",     "عمة",   "خال",   "خالة",  "جد",    "جدة",    "حفيد",  "حفيدة", "اقارب",   "اسرة",
    "عائلة",  "اهل",   "ذوي",   "صديق",  "صديقة", "اصدقاء", "زميل",  "زميلة", "زملاء",   "رفيق",
    "نظير",   "خليفة", "سلف",   "انصار", "اتباع", "مؤيدو",  "سكان",  "اهالي", "افراد",   "جنود",
    "مقاتلو", "لاعبو", "مدربو", "موظفو", "نساء",  "حراس",   "محامو", "ممثلو", "مستشارو", "منتقدو",
    "معارضو", "خصوم",  "جمهور", "اصحاب", "صاحب",  "مالك",   "مؤسس",  "ممثل",  "مندوب",   "مساعد",
    "خبير",   "مصور",  "مؤلف",  "مخرج",  "منتج"};

// Places where people work, beside the bodies of kOrganizationHeads.
const Set kPlacesOfWork = {"منطقة", "مدينة", "محافظة", "قرية", "حي",    "مستشفي", "مطار", "ميناء",
                           "كلية",  "مدرسة", "فرع",    "قسم",  "ادارة", "مكتب",   "غرفة"};

// Words that end as a sound plural of people does and are none.
const Set kNotPluralsOfPeople = {"قانون", "مخزون", "مضمون",   "زيتون",   "ليمون",
                                 "صابون", "فرعون", "كانون",   "مليون",   "عثيمين",
                                 "ماعون", "طاعون", "تلفزيون", "تليفزيون"};

// A suffix after at least one more byte (unlike std::string_view::ends_with):
// "ون" ends المسؤولون, not ون.
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() > p.size() && s.substr(s.size() - p.size()) == p;
}

}  // namespace

std::string_view StripArticle(std::string_view n) {
  // Prefixed prepositions/conjunctions before the article: ل، ب، و، ف (+ال).
  if (n.starts_with("وال") || n.starts_with("بال") || n.starts_with("فال") ||
      n.starts_with("كال")) {
    if (n.size() > 10) return n.substr(6);
  }
  if (n.starts_with("لل") && n.size() > 8) return n.substr(4);
  // God's name and "O God" are no article + له / لهم (to him, to them).
  if (n == "الله" || n == "اللهم") return n;
  if (n.starts_with("ال") && n.size() > 6) return n.substr(4);
  return n;
}

std::string_view MasculineTitle(std::string_view head) {
  // Not the words that only look so: محافظة is a province, عقيدة a creed,
  // مصرفية "banking".
  constexpr std::string_view kTaMarbuta = "ة";
  if (head.size() <= 6 || !EndsWith(head, kTaMarbuta) || head == "محافظة" || head == "عقيدة" ||
      head == "مصرفية")
    return head;
  const std::string_view masculine = head.substr(0, head.size() - kTaMarbuta.size());
  return kPersonTitles.count(masculine) || kRoleHeads.count(masculine) ? masculine : head;
}

bool IsPluralOfPeople(const Document& doc, uint32_t token, bool construct) {
  const Token& t = doc.tokens[token];
  const std::string_view head = StripArticle(doc.Norm(t));
  if (t.word_count == 0) return false;
  // (Not a name that only ends so, كاميرون، جونسون، رونالدو: the tagger's
  // word is a noun or an adjective.)
  const Upos u = doc.words[t.first_word + t.word_count - 1].upos;
  if (u != Upos::NOUN && u != Upos::ADJ) return false;
  // Not a verbal noun in ت (تعاون، تدخين، تلفزيون), unless a relative
  // adjective (تربويون); nor a thing whose root ends so (قانون، مخزون).
  if ((head.starts_with("ت") && !EndsWith(head, "يون")) || kNotPluralsOfPeople.count(head))
    return false;
  // Three letters or more before the ending: المسؤولون، منظمين; مديرو (in
  // construct: مديرو المدارس).
  if (EndsWith(head, "ون") || (EndsWith(head, "ين") && IsDefinite(doc.Norm(t))))
    return head.size() >= 10;
  return construct && EndsWith(head, "و") && head.size() >= 10;
}

bool IsPlaceOfWorkHead(std::string_view head) {
  return kOrganizationHeads.count(head) || kPlacesOfWork.count(head);
}

bool IsPersonNoun(std::string_view head) {
  head = MasculineTitle(head);
  return kPersonTitles.count(head) || kRoleHeads.count(head) || kGroupHeads.count(head) ||
         kKinAndCompanyNouns.count(head);
}

// Whether a person mention of the entity tagger overlaps tokens [first, end).
static bool HasPersonMention(const Document& doc, uint32_t first, uint32_t end) {
  const uint32_t from = doc.tokens[first].span.start, to = doc.tokens[end - 1].span.end;
  for (const Entity& e : doc.entities) {
    if (e.type != EntityType::kPer) continue;
    for (const Span& m : e.mentions)
      if (m.start < to && m.end > from) return true;
  }
  return false;
}

SourceKind ClassifySource(const Document& doc, uint32_t first, uint32_t end, bool* by_default) {
  if (by_default != nullptr) *by_default = false;
  if (first >= end) return SourceKind::kUnknown;
  const std::string_view head_full = doc.Norm(doc.tokens[first]);
  std::string_view head = StripArticle(head_full);
  // A prefixed ل (لشهود) or و (سكان ومقاتلون) belongs to the coordination,
  // not the noun.
  if ((head.starts_with("ل") || head.starts_with("و")) && head.size() >= 6 &&
      !kOrganizationHeads.count(head))
    if (auto h = head.substr(2); kWitnessWords.count(h) || kGroupHeads.count(h) ||
                                 kAnonymousHeads.count(h) || kQuantifiers.count(h) ||
                                 kDocumentHeads.count(h) || kMediaHeads.count(h) ||
                                 kDegreeWords.count(h) || kRoleHeads.count(h) ||
                                 kOrganizationHeads.count(h) || kPersonTitles.count(h))
      head = h;  // ("وفقا لتقرير", "وفقا لصحيفة", "وفقا لوزارة الصحة", "ووزير …")
  // A word of sameness or degree is not the head: "نفس المصدر"، "آخر
  // الإحصائيات" are the source and the document after it.
  if (end - first >= 2 && kDegreeWords.count(head))
    return ClassifySource(doc, first + 1, end, by_default);
  // A share of people is a collective ("63٪ من المشاركين"، "44٪ من أصحاب
  // العمل"), of witnesses when they are ("70٪ من السكان").
  // (Also "45 ٪ من …"; a percentage alone, "قال 34% إنهم", is of the people
  // asked.)
  const uint32_t percent_end = clause_words::PercentEnd(doc, first);
  const uint32_t number_end = percent_end > first ? percent_end : first + 1;
  if (doc.tokens[first].kind == TokenKind::kNumber && end >= number_end + 2 &&
      doc.Norm(doc.tokens[number_end]) == "من") {
    return ClassifySource(doc, number_end + 1, end) == SourceKind::kWitness ? SourceKind::kWitness
                                                                            : SourceKind::kGroup;
  }
  // ("34%"، "48% منهم".)
  if (percent_end > first &&
      (end == percent_end ||
       (end == percent_end + 1 && (doc.Norm(doc.tokens[percent_end]) == "منهم" ||
                                   doc.Norm(doc.tokens[percent_end]) == "منهن"))))
    return SourceKind::kGroup;
  // A quantifier (عدة مصادر، عدد من الخبراء) is not the head: the noun after
  // it (and after من) says what sort of source it is, when it says anything.
  if (end - first >= 2 && kQuantifiers.count(head)) {
    uint32_t next = first + 1;
    if (end - next >= 2 && doc.Norm(doc.tokens[next]) == "من") ++next;
    bool guessed = false;
    const SourceKind kind = ClassifySource(doc, next, end, &guessed);
    if (head == kOneOf) return kind == SourceKind::kWitness ? kind : SourceKind::kAnonymous;
    if (!guessed) return kind;
    // "عدد من المشرعين"، "الكثير من النقاد": some of a kind of source the
    // lexicon does not know is a collective of them (not "كل من فلان
    // وفلان", which names each).
    if (next > first + 1 && head != "كل") return SourceKind::kGroup;
  }
  // An indefinite dual of a source's noun is two unnamed ones: sources
  // ("مسؤولان أمريكيان") are anonymous, people of a title or a trade
  // ("خبيران اقتصاديان") a collective. (The noun without ان has three
  // letters at least: not عمان. Two people named or known, "الرئيسان"،
  // "الرئيسان الروسي فلاديمير بوتين والأمريكي دونالد ترامب", are one joint
  // source, persons.)
  if (head.size() >= 10 && head.ends_with("ان") && !IsDefinite(head_full) &&
      !HasPersonMention(doc, first, end)) {
    const std::string_view one = head.substr(0, head.size() - 4);
    if (kAnonymousHeads.count(one) || kRoleHeads.count(one)) return SourceKind::kAnonymous;
    if (kPersonTitles.count(one) || IsPersonNoun(one)) return SourceKind::kGroup;
  }
  const bool definite = IsDefinite(head_full);
  // "الفريق الركن"، "الفريق أول": the rank, not a team.
  if (head == "فريق" && end - first >= 2) {
    const std::string_view next = doc.Norm(doc.tokens[first + 1]);
    if (next == "الركن" || next == "ركن" || next == "اول") return SourceKind::kPerson;
  }
  // A demonstrative is not the head: "تلك المصادر"، "هذه الإحصائية".
  if (end - first >= 2 && kDemonstratives.count(head_full))
    return ClassifySource(doc, first + 1, end, by_default);
  if (definite && end - first == 1 && kClubNames.count(head)) return SourceKind::kOrganization;
  if (kAnonymousHeads.count(head)) return SourceKind::kAnonymous;
  // "علمت «عكاظ» من مصادرها": one's own sources are unnamed ones.
  for (const std::string_view mine : {"ها", "ه", "هم", "نا"})
    if (head.ends_with(mine) && kAnonymousHeads.count(head.substr(0, head.size() - mine.size())))
      return SourceKind::kAnonymous;
  head = MasculineTitle(head);
  if (kPersonTitles.count(head_full) || kPersonTitles.count(head)) {
    // "المتحدث باسم …" with no name and indefinite roles are handled below.
    if (!kRoleHeads.count(head) || definite) return SourceKind::kPerson;
  }
  for (uint32_t i = first; i < end && i < first + 4; ++i)
    if (kWitnessWords.count(StripArticle(doc.Norm(doc.tokens[i])))) return SourceKind::kWitness;
  if (kMediaHeads.count(head)) {
    if (head == "وكالة") {
      bool news = false, body = false;
      for (uint32_t i = first + 1; i < end && i < first + 6; ++i) {
        const std::string_view w = doc.Norm(doc.tokens[i]);
        news |= kNewsWords.count(w) != 0;
        body |= kAgencyOfBodyWords.count(w) != 0;
      }
      if (body && !news) return SourceKind::kOrganization;
    }
    // "تقارير" alone is a document-like media report; with إعلام it is media.
    return SourceKind::kMedia;
  }
  if (kDocumentHeads.count(head)) return SourceKind::kDocument;
  if (kGroupHeads.count(head)) return SourceKind::kGroup;
  // Plural gentilics with the article: الأمريكيين، الروس.
  if (definite && end - first == 1 && head.size() > 8 &&
      (EndsWith(head, "يين") || EndsWith(head, "يون")))
    return SourceKind::kGroup;
  if (kRoleHeads.count(head)) {
    // An indefinite role with no name after it is an unnamed source (its
    // place of work after في counts for nothing: "مسؤول في لجنة الاحتراف
    // وأوضاع اللاعبين التابعة للاتحاد …").
    uint32_t words = end - first;
    for (uint32_t k = first + 1; k < end; ++k)
      if (doc.Norm(doc.tokens[k]) == "في") {
        words = k - first;
        break;
      }
    if (!definite && words <= 6) return SourceKind::kAnonymous;
    // The officials, in the plural (المسؤولون، الدبلوماسيين), are a
    // collective.
    return definite && (EndsWith(head, "ون") || EndsWith(head, "ين")) ? SourceKind::kGroup
                                                                      : SourceKind::kPerson;
  }
  if (kOrganizationFirstHeads.count(head)) return SourceKind::kOrganization;
  if (kOrganizationHeads.count(head)) return SourceKind::kOrganization;
  for (uint32_t i = first; i < end && i < first + 2; ++i) {
    std::string_view w = StripArticle(doc.Norm(doc.tokens[i]));
    if (kOrganizationHeads.count(w) || kOrganizationHeads.count(doc.Norm(doc.tokens[i])))
      return SourceKind::kOrganization;
  }
  if (by_default != nullptr) *by_default = true;
  return SourceKind::kPerson;
}

bool IsDefinite(std::string_view norm) { return norm.starts_with("ال") || norm.starts_with("لل"); }

bool IsAgencyShortName(std::string_view norm) {
  const std::string_view stem = StripArticle(norm);
  return stem == "فرنسية" || stem == "المانية";
}

EntityType EntityTypeOfSource(SourceKind kind) {
  switch (kind) {
    case SourceKind::kPerson: return EntityType::kPer;
    case SourceKind::kOrganization:
    case SourceKind::kMedia: return EntityType::kOrg;
    default: return EntityType::kMisc;
  }
}

}  // namespace isnad

#include "isnad/attrib/cue_lexicon.h"

#include <cstring>
#include <string>
#include <tuple>

namespace isnad {

const CueLexicon& CueLexicon::Default() {
  static const CueLexicon* lexicon = new CueLexicon();
  return *lexicon;
}

size_t CueLexicon::Signature(std::string_view form) {
  uint32_t last = 0;
  std::memcpy(&last, form.data() + form.size() - 4, 4);
  uint64_t h = (uint64_t{last} << 32) ^ (uint64_t{static_cast<unsigned char>(form[0])} << 24) ^
               (uint64_t{static_cast<unsigned char>(form[1])} << 16) ^ form.size();
  h *= 0x9E3779B97F4A7C15ull;
  return static_cast<size_t>(h >> 48) % kFilterBits;
}

void CueLexicon::Add(std::string form, CueInfo info) {
  // Find never looks up fewer than four bytes: such a form needs no bit.
  if (form.size() >= 4) {
    const size_t b = Signature(form);
    filter_[b / 64] |= uint64_t{1} << (b % 64);
  }
  forms_.emplace(std::move(form), info);
}

void CueLexicon::Mark(const std::vector<std::string>& forms, bool CueInfo::*flag) {
  for (const std::string& form : forms) {
    auto it = forms_.find(form);
    if (it != forms_.end()) it->second.*flag = true;
  }
}

std::vector<std::string> CueLexicon::AddVerb(std::string_view past, std::string_view present_stem,
                                             std::string_view participle_stem, CueClass cls,
                                             bool ambiguous, bool np_content) {
  const std::string p(past);
  const CueInfo verb{cls, ambiguous, np_content};
  std::vector<std::string> forms;
  // Add, and remember the form for the caller.
  auto add = [this, &forms](std::string form, CueInfo info) {
    forms.push_back(form);
    Add(std::move(form), info);
  };
  auto with_gender = [](CueInfo info, CueGender g) {
    info.gender = g;
    return info;
  };
  const CueGender m = CueGender::kMasculine, f = CueGender::kFeminine;
  // Past: 3ms, 3fs, 3mp, dual, 3fd, 3fp.
  if (!p.empty()) {
    CueInfo plural = verb;
    plural.plural = true;
    add(p, with_gender(verb, m));
    // Defective verbs whose last letter is ي/ا (نفى → نفي، رأى → راي، دعا)
    // drop it before the suffixes: نفت، رأوا، دعتا. Their forms on the whole
    // past would be the first person (نفيت، رأيت "I saw") or nouns (رأيا "an
    // opinion"), and their duals are rare or the plural's (دعوا): left out.
    if (p.size() > 2 && (p.compare(p.size() - 2, 2, "ي") == 0 || p.compare(p.size() - 2, 2, "ا") == 0)) {
      const std::string stem = p.substr(0, p.size() - 2);
      add(stem + "ت", with_gender(verb, f));
      add(stem + "وا", plural);
      add(stem + "تا", verb);
    } else {
      add(p + "ت", with_gender(verb, f));
      add(p + "وا", plural);
      add(p + "ا", verb);
      add(p + "تا", verb);
    }
  }
  // Present: he, she, they (m), they two; first person is left out: inside
  // a quote it is the quoted speaker talking, not a report.
  if (!present_stem.empty()) {
    const std::string s(present_stem);
    CueInfo present = verb;
    present.present = true;
    CueInfo present_plural = present;
    present_plural.plural = true;
    add("ي" + s, with_gender(present, m));
    add("ت" + s, with_gender(present, f));
    add("ي" + s + "ون", present_plural);
    add("ي" + s + "ان", present);
    add("ت" + s + "ان", present);
  }
  // Participles in the accusative of circumstance: مضيفا، مضيفة، مضيفين.
  if (!participle_stem.empty()) {
    const std::string s(participle_stem);
    const CueInfo part{CueClass::kParticiple, ambiguous, np_content};
    add(s + "ا", with_gender(part, m));
    add(s + "ة", with_gender(part, f));
    add(s + "ين", part);
    add(s + "تين", part);
  }
  return forms;
}

CueLexicon::CueLexicon() {
  using C = CueClass;
  auto participle = [](bool ambiguous, CueGender g) {
    CueInfo info{C::kParticiple, ambiguous};
    info.gender = g;
    return info;
  };
  // Impersonal reports with no source (listed first: يعتقد is also a form
  // of اعتقد, and the first entry of a form wins).
  // ("يشار إلى أن", like "يذكر أن", is the outlet's own background.)
  // (يعتقد، يتوقع … are active too when their subject is named after them:
  // "ويعتقد تيري أن"; أُفيد، يُقال، أُشيع are passive only.)
  for (const char* f : {"يعتقد", "يعتقدون", "يتوقع", "يرجح", "يفيد"})
    Add(f, {C::kImpersonal, false});
  for (const char* f : {"افيد", "يقال", "اشيع"}) {
    CueInfo passive{C::kImpersonal, false};
    passive.passive_only = true;
    Add(f, passive);
  }
  // Speech verbs: past, present stem (after ي/ت), participle stem.
  AddVerb("قال", "قول", "قائل", C::kSpeech);
  AddVerb("اكد", "ؤكد", "مؤكد", C::kSpeech, false, /*np_content=*/true);
  AddVerb("اشار", "شير", "مشير", C::kSpeech, false, /*np_content=*/true);
  AddVerb("اوضح", "وضح", "موضح", C::kSpeech, false, /*np_content=*/true);
  // لفت إلى (pointed out) reports a noun phrase after إلى only: "لفت
  // الأنظار" draws attention.
  Mark(AddVerb("لفت", "لفت", "لافت", C::kSpeech), &CueInfo::np_after_ila);
  AddVerb("شدد", "شدد", "مشدد", C::kSpeech, false, /*np_content=*/true);
  // بين is also "between", but its participle is no homograph (مبينا أن …).
  Add("مبينا", participle(false, CueGender::kMasculine));
  Add("مبينة", participle(false, CueGender::kFeminine));
  AddVerb("بين", "بين", "مبين", C::kSpeech, /*ambiguous=*/true);
  Mark(AddVerb("اعلن", "علن", "معلن", C::kSpeech, false, /*np_content=*/true), &CueInfo::takes_an);
  AddVerb("نفي", "نفي", "نافي", C::kSpeech, false, /*np_content=*/true);  // نفى صحة الأنباء
  Mark({"نفي"}, &CueInfo::final_alif_maqsura);  // the past نفى only (ينفي is written ي)
  AddVerb("زعم", "زعم", "زاعم", C::kSpeech);
  Mark(AddVerb("اعتبر", "عتبر", "معتبر", C::kSpeech), &CueInfo::judges);
  AddVerb("راي", "ري", "", C::kSpeech);
  {
    // The plural of a defective present drops the stem's last letter:
    // يرون (they think), ينفون (they deny); with a complementizer only.
    CueInfo plural{C::kSpeech, /*ambiguous=*/true};
    plural.present = true;
    plural.plural = true;
    Add("يرون", plural);
    Add("ينفون", plural);
  }
  AddVerb("ارتاي", "رتئي", "", C::kSpeech);
  Mark(AddVerb("وصف", "صف", "واصف", C::kStance), &CueInfo::judges);
  // With the thing judged as an object pronoun: "ووصفه بأنه جريمة بشعة"،
  // "في خطوة وصفها مسؤول فلسطيني بأنها عنصرية"، "الذي اعتبره غير لائق". The
  // past and the singular present; a noun is written so too ("في وصفها")
  // but never bare after و or a relative, and a governed ب (بوصفه، "in his
  // capacity as") makes another word.
  for (const auto& [past, present, cls] :
       {std::tuple{"وصف", "صف", C::kStance}, std::tuple{"اعتبر", "عتبر", C::kSpeech}}) {
    for (const char* object : {"ه", "ها", "هم", "هما"}) {
      const std::string p(past), pr(present), o(object);
      CueInfo info{cls};
      info.object_pronoun = true;
      info.gender = CueGender::kMasculine;
      Add(p + o, info);
      info.gender = CueGender::kFeminine;
      Add(p + "ت" + o, info);
      info.gender = CueGender::kAny;
      info.plural = true;
      Add(p + "و" + o, info);
      info.plural = false;
      info.present = true;
      info.gender = CueGender::kMasculine;
      Add("ي" + pr + o, info);
      info.gender = CueGender::kFeminine;
      Add("ت" + pr + o, info);
    }
  }
  Mark(AddVerb("كشف", "كشف", "كاشف", C::kSpeech, false, /*np_content=*/true), &CueInfo::takes_an);
  AddVerb("ذكر", "ذكر", "", C::kSpeech);
  AddVerb("افاد", "فيد", "مفيد", C::kSpeech, false, /*np_content=*/true);
  // مفيدا، مفيدة are mostly "useful" ("آثار مفيدة"، "ليس مفيدا لبريطانيا"):
  // they report only with a complementizer after them ("مفيدا أن …").
  Mark({"مفيدا", "مفيدة", "مفيدين", "مفيدتين"}, &CueInfo::ambiguous);
  AddVerb("صرح", "صرح", "مصرح", C::kSpeech);
  AddVerb("اضاف", "ضيف", "مضيف", C::kSpeech);
  AddVerb("تابع", "تابع", "", C::kSpeech, /*ambiguous=*/true);
  AddVerb("استطرد", "ستطرد", "مستطرد", C::kSpeech);
  {
    CueInfo reported;  // أوردت الوكالة: only this form of أورد is listed
    reported.gender = CueGender::kFeminine;
    Add("اوردت", reported);
  }
  AddVerb("تساءل", "تساءل", "متسائل", C::kSpeech);
  // نوّه ب (commended) reports what it commends, a noun phrase, as أشاد ب:
  // a stance ("ونوّه أسامة عشري نائب الرئيس بالأدوار الاقتصادية").
  Mark(AddVerb("نوه", "نوه", "منوه", C::kStance), &CueInfo::takes_bi);
  AddVerb("ابدي", "بدي", "مبدي", C::kStance);
  AddVerb("اعرب", "عرب", "معرب", C::kStance);
  // عبّر عن, as أعرب عن (no participle: معبر is also a crossing, معبرة
  // expressive).
  Mark(AddVerb("عبر", "عبر", "", C::kStance), &CueInfo::needs_an);
  AddVerb("اعترف", "عترف", "معترف", C::kSpeech);
  Mark(AddVerb("افصح", "فصح", "", C::kSpeech, false, /*np_content=*/true),  // أفصح عن, as كشف عن
       &CueInfo::takes_an);
  // أبان (made clear; إبان is also "during"), علّق (commented; also "hung,
  // suspended"), خلص إلى أن (concluded; also "finished"): with a
  // complementizer or marks right after the speaker only.
  AddVerb("ابان", "", "", C::kSpeech, /*ambiguous=*/true);
  AddVerb("علق", "", "", C::kSpeech, /*ambiguous=*/true);
  {
    // Of the present, يعلق only: تعلق is also the noun (attachment).
    CueInfo comments{C::kSpeech, true};
    comments.present = true;
    comments.gender = CueGender::kMasculine;
    Add("يعلق", comments);
  }
  AddVerb("خلص", "خلص", "", C::kSpeech, /*ambiguous=*/true);
  AddVerb("رجح", "رجح", "مرجح", C::kSpeech);
  AddVerb("توقع", "توقع", "", C::kSpeech, /*ambiguous=*/true);
  // أجاب (answered; also "granted"), زاد (added; mostly "increased": the
  // past only, after و or ف): with a complementizer, a colon or marks right
  // after the speaker only ("أجاب مورينيو ضاحكا «…»"، "وزادت: …").
  // (Not استبعد "ruled out", also "excluded": "واستبعد التخلي طوعا …"; nor
  // تعهّد "pledged", whose ب-phrase the speaker swallowed: "تعهد أوباما
  // بإغلاقه"; half of either's reports on articles 2,001-10,000 were wrong.)
  AddVerb("اجاب", "جيب", "", C::kSpeech, /*ambiguous=*/true);
  Mark(AddVerb("زاد", "", "", C::kSpeech, /*ambiguous=*/true), &CueInfo::needs_conjunction);
  Mark(AddVerb("حذر", "حذر", "محذر", C::kSpeech, false, /*np_content=*/true), &CueInfo::takes_min);
  AddVerb("نبه", "نبه", "منبه", C::kSpeech);
  AddVerb("اقر", "قر", "مقر", C::kSpeech, /*ambiguous=*/true);
  AddVerb("كتب", "كتب", "", C::kSpeech);
  AddVerb("غرد", "غرد", "مغرد", C::kSpeech);
  Mark(AddVerb("نشر", "نشر", "", C::kSpeech, /*ambiguous=*/true), &CueInfo::publishes);
  Mark(AddVerb("اصدر", "صدر", "", C::kSpeech, /*ambiguous=*/true), &CueInfo::publishes);
  AddVerb("اعتقد", "عتقد", "معتقد", C::kSpeech);
  AddVerb("جدد", "جدد", "مجدد", C::kStance, /*ambiguous=*/true);
  AddVerb("ختم", "ختم", "مختتم", C::kSpeech, /*ambiguous=*/true);
  AddVerb("اختتم", "ختتم", "مختتم", C::kSpeech, /*ambiguous=*/true);
  AddVerb("ارجع", "رجع", "مرجع", C::kSpeech, /*ambiguous=*/true);
  // Stance speech acts: their content may be a noun phrase.
  Mark(AddVerb("ندد", "ندد", "مندد", C::kStance), &CueInfo::takes_bi);
  Mark(AddVerb("رحب", "رحب", "مرحب", C::kStance), &CueInfo::takes_bi);
  Mark(AddVerb("اشاد", "شيد", "مشيد", C::kStance), &CueInfo::takes_bi);
  AddVerb("ادان", "دين", "", C::kStance);
  // دان (condemned, without the hamza: "دان معالي رئيس مجلس النواب …
  // التفجير"); also the name Dan ("دان جاكسون"), which the entity tagger
  // finds, and دانت ل (submitted to): ClauseScanner::IsCueAt. The dual دانا
  // is the name Dana: left out.
  {
    CueInfo condemned{C::kStance};
    condemned.gender = CueGender::kMasculine;
    Add("دان", condemned);
    condemned.gender = CueGender::kFeminine;
    Add("دانت", condemned);
    condemned.gender = CueGender::kAny;
    condemned.plural = true;
    Add("دانوا", condemned);
  }
  Mark(AddVerb("طلب", "طلب", "", C::kStance, /*ambiguous=*/true), &CueInfo::requests);
  const std::vector<std::string> demands = AddVerb("طالب", "طالب", "مطالب", C::kStance);
  Mark(demands, &CueInfo::takes_bi);
  Mark(demands, &CueInfo::urges);
  AddVerb("اقترح", "قترح", "مقترح", C::kStance, /*ambiguous=*/true);
  Mark(AddVerb("حث", "حث", "", C::kStance), &CueInfo::urges);
  Mark(AddVerb("دعا", "دعو", "داعي", C::kStance), &CueInfo::urges);
  AddVerb("اتهم", "تهم", "", C::kStance);
  // The participle of ثمن is no homograph (ثمن is also "price"): listed first,
  // unambiguous ("مثمنا هذا الدعم").
  Add("مثمنا", participle(false, CueGender::kMasculine));
  Add("مثمنة", participle(false, CueGender::kFeminine));
  AddVerb("ثمن", "ثمن", "مثمن", C::kStance, /*ambiguous=*/true);
  // Not the name يحيى: "طالب الفنان المصمّم يحيى البشري".
  Mark(AddVerb("حيا", "حيي", "محيي", C::kStance, /*ambiguous=*/true), &CueInfo::final_ya);
  AddVerb("", "هنئ", "مهنئ", C::kStance);  // past هنأ → هنا is "here"
  AddVerb("ايد", "ؤيد", "مؤيد", C::kStance, /*ambiguous=*/true);
  AddVerb("انتقد", "نتقد", "منتقد", C::kStance);
  AddVerb("شجب", "شجب", "", C::kStance);
  // (Not استغرب "found it strange", also the first person أستغرب, أستغربت;
  // nor امتدح "praised", whose subjects on articles 2,001-10,000 were as
  // often its objects: "وامتدح ممارسة الكثير منا".)
  AddVerb("استنكر", "ستنكر", "مستنكر", C::kStance);
  // Participles of the circumstance that have no verb entry above.
  Add("قائلا", participle(false, CueGender::kMasculine));
  Add("قائلة", participle(false, CueGender::kFeminine));
  Add("داعيا", participle(false, CueGender::kMasculine));
  Add("داعية", participle(false, CueGender::kFeminine));
  // The plurals of the defective stems drop their ي: داعين، مبدين (not نافين,
  // also the name Naveen).
  Add("داعين", participle(false, CueGender::kAny));
  Mark({"داعيا", "داعية", "داعيين", "داعيتين", "داعين"}, &CueInfo::calls_for);
  Add("مبدين", participle(false, CueGender::kAny));
  Add("مطالبا", participle(false, CueGender::kMasculine));
  Add("مطالبة", participle(true, CueGender::kFeminine));
  // According to: the source follows, and vouches for the clause around it.
  for (const char* f : {"بحسب", "حسب", "وفقا", "وفق", "نقلا", "حسبما", "طبقا"})
    Add(f, {C::kAccording, false});
  // نقل (reported; also "moved, carried": نُقل إلى المستشفى), أخبر (told),
  // روى (narrated; also "watered"): the past only, and with a complementizer
  // before what is said (CueInfo::needs_that), right after the speaker. أخبر
  // and أبلغ (informed; also "deepest": "عن أبلغ التهاني", which no
  // complementizer follows) take whom they tell as their object, often a
  // pronoun: أخبرني، أبلغته. (After the according cues: نقلا is نقلا عن.)
  std::vector<std::string> needs_that, tells;
  for (const std::string& f : AddVerb("نقل", "", "", C::kSpeech))
    if (f != "نقلا") needs_that.push_back(f);  // the according cue's entry
  for (const char* past : {"اخبر", "ابلغ"}) {
    // (Every form without a pronoun object wants its complementizer close:
    // CueInfo::ambiguous, "أبلغتا السلطات المحلية باحتجاز المرأة" is no report.)
    for (const std::string& f : AddVerb(past, "", "", C::kSpeech, /*ambiguous=*/true))
      tells.push_back(f);
    for (const char* object : {"ني", "تني", "تنا", "ه", "ته", "ها", "تها", "هم", "تهم"}) {
      const std::string f = std::string(past) + object;
      Add(f, {C::kSpeech, false});
      tells.push_back(f);
    }
  }
  Mark(tells, &CueInfo::addresses);
  needs_that.insert(needs_that.end(), tells.begin(), tells.end());
  for (const std::string& f : AddVerb("روي", "", "", C::kSpeech)) needs_that.push_back(f);
  // أظهر (showed), أثبت (proved): what a study or an inquiry found ("وأظهرت
  // تحقيقات النيابة أن"، "كما أثبت الاستبيان أن"); the past only (يظهر أن is
  // "it seems", "الوقائع تثبت أن" a thing).
  for (const std::string& f : AddVerb("اظهر", "", "", C::kSpeech)) needs_that.push_back(f);
  for (const std::string& f : AddVerb("اثبت", "", "", C::kSpeech)) needs_that.push_back(f);
  // وجد (found): "ووجدت الدراسة أن"، "وجد الباحثون أن" (also "found a thing",
  // "وجد نفسه"; يجد is "finds" too).
  for (const std::string& f : AddVerb("وجد", "", "", C::kSpeech)) needs_that.push_back(f);
  // علمت (learned: "وعلمت «عكاظ» من مصادرها أن"، "علمت مصادر (الرياضي) أن"):
  // its feminine past only (علم is also "knowledge", "a flag"); the first
  // person علمتُ is written the same, and wants the complementizer close.
  {
    CueInfo learned{C::kSpeech, /*ambiguous=*/true};
    learned.learns_from = true;
    Add("علمت", learned);
  }
  needs_that.push_back("علمت");
  Mark(needs_that, &CueInfo::needs_that);
  // And right after the speaker (not the forms with the one told as a
  // pronoun, which are no homographs: "أخبرتني إلين ليبسون، نائبة رئيس
  // المجلس …، أن"). The test is by length, five letters at most, which also
  // leaves out the plurals and duals of the four-letter verbs (أخبروا،
  // أظهروا، أثبتوا …) and takes أخبره in; marking the forms by what they are
  // moved the check-worthiness figures (note of the twentieth session), so it
  // waits for a session that can re-measure them.
  for (const std::string& f : needs_that)
    if (f.size() <= 10) Mark({f}, &CueInfo::ambiguous);
  Mark({"روي"}, &CueInfo::final_alif_maqsura);  // the past روى (not the passive رُوي)
  // ألمح (hinted).
  AddVerb("المح", "لمح", "ملمح", C::kSpeech);
  // ناشد (appealed to), أهاب ب (urged; the past only: تهيّب is "feared",
  // مهيبة "majestic"), أثنى على (praised; the past only: يثني is also
  // "folds, dissuades", مثنية "folded": the masculine participle only).
  Mark(AddVerb("ناشد", "ناشد", "مناشد", C::kStance), &CueInfo::addresses);
  Mark(AddVerb("اهاب", "", "", C::kStance), &CueInfo::takes_bi);
  AddVerb("اثني", "", "", C::kStance);
  Mark({"اثني"}, &CueInfo::final_alif_maqsura);  // the past أثنى
  Add("مثنيا", participle(false, CueGender::kMasculine));
  // معبرا عن (expressing), with عن ahead as its verb (معبر is a crossing).
  {
    CueInfo expressing = participle(false, CueGender::kMasculine);
    expressing.needs_an = true;
    Add("معبرا", expressing);
    expressing.gender = CueGender::kAny;
    Add("معبرين", expressing);
  }
  Add("ذاكرا", participle(false, CueGender::kMasculine));
  // أردف (went on), نصح (advised), ادّعى (claimed; المدعي is the prosecutor:
  // no participle), أوصى (recommended), دان (condemned, as أدان; also a
  // name: its feminine and plural only), and the participles حاثا (urging),
  // مذكرا (reminding).
  AddVerb("اردف", "ردف", "مردف", C::kSpeech);
  AddVerb("نصح", "نصح", "ناصح", C::kStance);
  AddVerb("ادعي", "دعي", "", C::kSpeech);
  Mark({"ادعي"}, &CueInfo::final_alif_maqsura);  // the past ادّعى
  Mark({"يدعي", "تدعي"}, &CueInfo::final_ya);    // not يُدعى (is called)
  Mark(AddVerb("اوصي", "وصي", "موصي", C::kStance), &CueInfo::takes_bi);
  Mark({"اوصي"}, &CueInfo::final_alif_maqsura);  // the past أوصى
  Mark({"يوصي", "توصي"}, &CueInfo::final_ya);    // not يوصى (is recommended)
  for (const char* f : {"دانت", "دانوا"}) Add(f, {C::kStance, /*ambiguous=*/true});
  Add("حاثا", participle(false, CueGender::kMasculine));
  Add("مذكرا", participle(false, CueGender::kMasculine));
  // Participles of the circumstance whose verbs are not listed: متعهدا
  // (pledging; تعهّد is left out above), رافضا (refusing), مستغربا (finding
  // it strange), متمنيا (wishing), شاكرا (thanking), متوقعا (expecting). As a
  // participle each ends the report before it ("…، متعهدين بـ…"). Their other
  // forms are also adjectives or nouns (متعهدة a contractor, لافتات رافضة،
  // غير مستغربة، زيادة غير متوقعة), and so is متوقعا ("كان متوقعا"): those
  // report only with a complementizer after them.
  for (const char* f : {"متعهدا", "رافضا", "مستغربا", "متمنيا", "شاكرا"})
    Add(f, participle(false, CueGender::kMasculine));
  // And ممتدحا (praising) and مؤكدا written without its hamza (موكدا);
  // معللا (giving the reason), شارحا (explaining), متأسفا (regretting) and
  // معرجا (touching on) only with a complementizer after them: with a noun
  // phrase they are as often no report ("زارهم الأب متأسفا لما بدر منه",
  // "شارحا سياسة المملكة" of a speech the outlet narrates).
  for (const char* f : {"ممتدحا", "موكدا"}) Add(f, participle(false, CueGender::kMasculine));
  for (const char* f : {"ممتدحة", "موكدة"}) Add(f, participle(false, CueGender::kFeminine));
  for (const char* f : {"معللا", "شارحا", "متاسفا", "معرجا"})
    Add(f, participle(true, CueGender::kMasculine));
  for (const char* f : {"معللة", "شارحة", "متاسفة"}) Add(f, participle(true, CueGender::kFeminine));
  Add("متمنية", participle(false, CueGender::kFeminine));
  for (const char* f : {"متعهدين", "رافضين", "متمنين"}) Add(f, participle(false, CueGender::kAny));
  for (const char* f : {"متعهدة", "رافضة", "مستغربة"})
    Add(f, participle(true, CueGender::kFeminine));
  Add("متوقعا", participle(true, CueGender::kMasculine));
  Add("متوقعة", participle(true, CueGender::kFeminine));
  // تمنّى (wished), as its participle متمنيا above: the past written with ى
  // (تمنّي is also the verbal noun). With a complementizer close after the
  // speaker only: what is wished is as often a noun right after the verb,
  // which would read as its subject ("وتمنت التوفيق له").
  AddVerb("تمني", "", "", C::kSpeech,
          /*ambiguous=*/true);  // the past only: تتمنى is often "you wish"
  Mark({"تمني"}, &CueInfo::final_alif_maqsura);
  // عزا (attributed X to Y): what one blames or credits, a noun phrase ("وعزا
  // الشناوي هذا الفشل إلى التقليدية الشديدة"). Not its feminine past عزت,
  // also the name Ezzat ("ولفت عزت إلى أن"), nor يعزّون "they console".
  for (const auto& [form, present] : {std::pair{"عزا", false}, std::pair{"عزوا", false},
                                      std::pair{"يعزو", true}, std::pair{"تعزو", true}}) {
    CueInfo attributed{C::kStance, false, /*np_content=*/true};
    attributed.present = present;
    Add(form, attributed);
  }
  Add("عازيا", participle(false, CueGender::kMasculine));
  // Stance verbs with whom they call on as a pronoun: "وطالبهم باليقظة"،
  // "ودعاهم إلى"، "وحثهم على" (not طالبه، طالبها: "his student").
  for (const char* f : {"طالبهم", "طالبتهم", "دعاهم", "دعتهم", "دعاه", "دعاها", "حثهم", "حثتهم",
                        "حثه", "حثها", "ناشدهم", "ناشدتهم", "نصحهم", "نصحتهم"}) {
    CueInfo urged{C::kStance, false};
    urged.takes_bi = std::string_view(f).starts_with("طالب");
    Add(f, urged);
  }
  // مهيبا (urging; مهيبة is "majestic"), مستدركا (adding a reservation).
  Add("مهيبا", participle(false, CueGender::kMasculine));
  Add("مهيبين", participle(false, CueGender::kAny));
  Add("مستدركا", participle(false, CueGender::kMasculine));
  Add("مستدركة", participle(false, CueGender::kFeminine));
  Add("مستدركين", participle(false, CueGender::kAny));
  // هنأ (congratulated): its past normalizes to هنا (here), so the word as
  // written must have its hamza (CueInfo::needs_hamza).
  for (const char* f : {"هنا", "هنات", "هناوا"}) {
    CueInfo congratulated{C::kStance, false};
    congratulated.needs_hamza = true;
    Add(f, congratulated);
  }
}

bool CueLexicon::Find(std::string_view norm, CueMatch* match) const {
  if (norm.size() < 4) return false;  // two Arabic letters at least
  if (norm == "فحسب") return false;   // "only", not ف + حسب
  if (auto it = MayHave(norm) ? forms_.find(norm) : forms_.end(); it != forms_.end()) {
    if (it->second.needs_conjunction) return false;
    match->info = it->second;
    match->has_conjunction = false;
    return true;
  }
  // Strip one proclitic و or ف (2 bytes each in UTF-8).
  if (norm.size() >= 6 && (norm.substr(0, 2) == "و" || norm.substr(0, 2) == "ف")) {
    const std::string_view rest = norm.substr(2);
    if (auto it = MayHave(rest) ? forms_.find(rest) : forms_.end(); it != forms_.end()) {
      match->info = it->second;
      match->has_conjunction = true;
      return true;
    }
  }
  return false;
}

}  // namespace isnad

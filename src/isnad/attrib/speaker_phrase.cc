// Where the speaker's noun phrase after a cue verb ends (AttributionScan,
// attribution_scan.h; FindVerbSpeaker in verb_cue.cc and the speaker after
// the verb in speaker_after_verb.cc call it): long
// titles, a title's holder named after its place, a person's name before
// what the verb reports, a published picture or an object noun left out,
// and collective sources joined by و split in two.
#include <algorithm>
#include <string_view>

#include "isnad/attrib/attribution_scan.h"
#include "isnad/attrib/source_kind.h"
#include "isnad/text/chars.h"

namespace isnad {

using namespace clause_words;  // the word lists of attribution (clause_words.h)

// "وقال سكان ومقاتلون محليون إن …": unnamed collective sources joined by و
// after the verb are one report each (attribution.md), whatever the verb's
// number. Not a name ("رئيس الوزراء ووزير الخارجية" may be one person), nor
// after a preposition ("مصدر طبي بمكتب الصحة والسكان").
void AttributionScan::SplitCollectiveSources(Found& x) {
  auto collective = [](SourceKind k) {
    return k == SourceKind::kWitness || k == SourceKind::kGroup || k == SourceKind::kAnonymous;
  };
  for (uint32_t k = x.spk_first; k < x.spk_end; ++k) {
    if (entity_tokens_[k]) return;
    if (k > x.spk_first && kContentPrepositions.count(clauses_.N(k))) return;
    const Token& t = toks_[k];
    if (t.word_count < 2) continue;
    const Word& w = doc_.words[t.first_word];
    if (w.upos == Upos::ADP) return;
    if (k == x.spk_first || w.upos != Upos::CCONJ || doc_.Form(w) != "و") continue;
    if (!collective(ClassifySource(doc_, x.spk_first, k)) ||
        !collective(ClassifySource(doc_, k, x.spk_end)))
      return;
    Found first = x;
    first.spk_end = k;
    co_speakers_.push_back(first);
    x.spk_first = k;
    x.speaker_after_wa = true;
    return;
  }
}

// The noun phrase of the speaker after the verb: at most 10 words, or up to
// 16 when what the speaker says opens right after it (titles run long:
// "الناطق الإعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي بن عطية القرشي،
// أن" is 11 words; without a clause after it, a long phrase is more often
// the speaker and the object: "أكد وزير الداخلية اليمني عبده الحذيفي سيطرة
// الأجهزة الأمنية …").
uint32_t AttributionScan::SpeakerPhraseEnd(uint32_t after, uint32_t limit) const {
  uint32_t end = clauses_.NounPhraseEnd(after, limit);
  // "وقالت وزارة العمل أول من أمس": أول opens a phrase of time.
  if (end > after + 1 && end + 1 < limit && clauses_.N(end - 1) == "اول" &&
      clauses_.N(end) == "من" && clauses_.N(end + 1) == "امس")
    return end - 1;
  // "مدير جمعية الثقافة والفنون في أبها أحمد السروي"، "المتحدث باسمه جوش
  // ايرنست": where the title's holder works (one or two words after في, no
  // occasion or time), or for whom he speaks, between a person's title and
  // the holder's name the tagger found.
  // (Not after a whole name, "الملك سلمان في برقية للرئيس …"; nor past a
  // preposition or a complementizer: "دون الخوض في تفاصيل إن كيري".)
  if (end > after && end + 2 < limit && !person_end_.empty() && !EndsWithPersonName(after, end) &&
      person_end_[after] != end) {
    uint32_t k = end;
    if (clauses_.N(k) == "في") {
      ++k;
      while (k < limit && k < end + 3 && IsWord(toks_[k]) && person_end_[k] == 0) {
        const std::string_view w = StripArticle(clauses_.N(k));
        if (kSpeechEvents.count(w) || kTimeAdverbs.count(clauses_.N(k)) || kTimeNouns.count(w) ||
            !clauses_.GluedPreposition(k).empty() || kComplementizers.count(clauses_.N(k)) ||
            kSpeakerStops.count(clauses_.N(k))) {
          k = end;
          break;
        }
        ++k;
      }
      if (k == end + 1) k = end;
    } else if (clauses_.N(k) == "باسمه" || clauses_.N(k) == "باسمها") {
      ++k;
    }
    bool by_default = false;
    if (k > end && k < limit && person_end_[k] > k &&
        ClassifySource(doc_, after, end, &by_default) == SourceKind::kPerson && !by_default)
      return person_end_[k];
  }
  // "محمد العباد مدير إدارة المياه في محافظة القطيف على …": after a
  // person's name and title, the title's place (one to three words ending
  // in a name the tagger found) belongs to the title, when what is said or
  // stressed follows.
  if (end + 2 < limit && !person_end_.empty() && person_end_[after] > after &&
      person_end_[after] < end && clauses_.N(end) == "في") {
    uint32_t k = end + 1;
    while (
        k < limit && k < end + 4 && IsWord(toks_[k]) && !kSpeakerStops.count(clauses_.N(k)) &&
        !kComplementizers.count(clauses_.N(k)) && !kTimeNouns.count(StripArticle(clauses_.N(k))) &&
        !kSpeechEvents.count(StripArticle(clauses_.N(k))) && clauses_.GluedPreposition(k).empty())
      ++k;
    if (k > end + 1 && entity_tokens_[k - 1] && k < limit &&
        (kComplementizers.count(clauses_.N(k)) || clauses_.N(k) == "علي" ||
         clauses_.N(k) == "الي" || clauses_.N(k) == "عن" || IsCommaToken(doc_, toks_[k])))
      return k;
  }
  if (end < after + 10 || end >= limit) return end;
  const uint32_t long_end = clauses_.NounPhraseEnd(after, limit, 16);
  // (A time may come between: "… آل خليفة وزير الداخلية البحريني مساء
  // الخميس أن".)
  uint32_t after_time = long_end;
  while (after_time < limit && after_time < long_end + 2 &&
         kTimeAdverbs.count(clauses_.N(after_time)))
    ++after_time;
  // (Or عن and what is announced, after a comma too: "أعلن صاحب السمو …
  // رئيس الهيئة العامة للسياحة والآثار عن تبرع …"، "أعرب الأمين العام لمجلس
  // التعاون لدول الخليج العربية الدكتور عبداللطيف بن راشد الزياني، عن".)
  uint32_t an = after_time;
  if (an + 1 < limit && IsCommaToken(doc_, toks_[an])) ++an;
  if (long_end > end && long_end < limit &&
      (clauses_.ComplementizerFollows(after_time, std::min(limit, after_time + 2)) ||
       (an < limit && clauses_.N(an) == "عن")))
    return long_end;
  // Or the title was cut right before its holder's name: "أكد معالي وزير
  // الإسكان رئيس مجلس إدارة صندوق التنمية العقارية الأستاذ ماجد بن عبدالله
  // الحقيل على أهمية …" (a name further on is more often in the object:
  // "أعلن نادي فالنسيا رابع الدوري ضم حارس المرمى … ماتيو راين").
  if (!person_end_.empty() && person_end_[end] > end && person_end_[end] <= long_end)
    return person_end_[end];
  // Or the cap fell inside the holder's name: "واستنكر الأمين العام لمجلس
  // التعاون لدول الخليج العربية الدكتور عبداللطيف بن | راشد الزياني".
  if (!person_end_.empty())
    for (uint32_t k = after; k < end; ++k)
      if (person_end_[k] > end && person_end_[k] <= long_end) return person_end_[k];
  // A title the cap left without its office ("… آل خليفة وزير") is dropped:
  // the holder's name before it is the speaker.
  if (end > after + 2 && !person_end_.empty() &&
      (clauses_.N(end - 1) == "وزير" || clauses_.N(end - 1) == "رئيس")) {
    for (uint32_t k = after; k + 1 < end; ++k)
      if (person_end_[k] == end - 1) return end - 1;
  }
  return end;
}

// "أوضح رئيس القسم يحيى بن علي آل شيف، الخدمات التي يقدمها المركز": after
// a speaker that ends with a person's name, a comma (and an apposition title
// between commas: "أعلن عصام عبدالفتاح، رئيس لجنة الحكام، اختيار …") may come
// before the noun phrase reported. The content's first token, or `limit`.
uint32_t AttributionScan::ContentAfterNamedSpeaker(const Found& x, uint32_t limit) const {
  const bool named =
      EndsWithPersonName(x.spk_first, x.spk_end) ||
      (!person_end_.empty() && x.spk_end > x.spk_first && person_end_[x.spk_first] == x.spk_end);
  auto is_comma = [&](uint32_t k) { return k < limit && IsCommaToken(doc_, toks_[k]); };
  // (Or after any source, when one of the object nouns follows the comma:
  // "أكد مصدر في لجنة المسابقات بالاتحاد …، عدم وصول أي اعتراضات".)
  const bool object_after_comma = is_comma(x.spk_end) && x.spk_end + 1 < limit &&
                                  IsWord(toks_[x.spk_end + 1]) &&
                                  IsObjectNoun(clauses_.N(x.spk_end + 1));
  if (!x.explicit_speaker || !(named || object_after_comma)) return limit;
  uint32_t k = x.spk_end;
  if (!is_comma(k)) return limit;
  ++k;
  if (k < limit && IsWord(toks_[k])) {
    bool by_default = false;
    const SourceKind title = ClassifySource(doc_, k, k + 1, &by_default);
    if ((title == SourceKind::kPerson || title == SourceKind::kAnonymous) && !by_default) {
      uint32_t c = k + 1;
      while (c < limit && c < k + 10 && !is_comma(c)) ++c;
      if (!is_comma(c)) return limit;
      k = c + 1;
    }
  }
  CueMatch m;
  if (k >= limit || !IsWord(toks_[k]) || kSpeakerStops.count(clauses_.N(k)) ||
      OpensWithConjunction(k) || clauses_.IsCueAt(k, &m))
    return limit;
  return k;
}

// Where the object starts inside the phrase [after, np_end) after a verb
// that may report a noun phrase, when no clause follows the phrase (or
// whatever follows, for a verb that judges its object: CueInfo::judges): at a
// noun after a word with the article (or a name) that is neither an
// adjective, a title nor a name ("ندد شيوخ المملكة التفجير الانتحاري …");
// np_end when there is none.
uint32_t AttributionScan::ObjectStart(uint32_t after, uint32_t np_end, uint32_t limit, bool stance,
                                      bool judges) const {
  // (Not the complementizer of the next cue verb: "وأدان المجلس الهجوم
  // ووصفه بأنه جريمة".)
  CueMatch next;
  if (!judges && np_end < limit && !clauses_.IsCueAt(np_end, &next) &&
      clauses_.ComplementizerFollows(np_end, std::min(limit, np_end + 2)))
    return np_end;
  for (uint32_t t = after + 1; t < np_end; ++t) {
    const std::string_view prev = clauses_.N(t - 1);
    if (stance && IsPlaceCalledOn(after, t)) return t;
    if (!(StripArticle(prev) != prev || entity_tokens_[t - 1]) || entity_tokens_[t]) continue;
    // The second part of a name: "عمر أبو العيش".
    if (IsNameLink(prev)) continue;
    // "ثمن عدد من أبناء المحافظة هذه المبادرة": a demonstrative opens the
    // object.
    if (kDemonstratives.count(clauses_.N(t))) return t;
    // So does a quantifier of all: "دعا العومي كافة زملائه".
    if (clauses_.N(t) == "كافة" || clauses_.N(t) == "جميع") return t;
    // And a thing possessed, which no name or title is: "أعلن نادي ليستر سيتي
    // الإنجليزي لكرة القدم تعاقده مع …" (not نفسه / ذاته, "himself"; not the
    // term of "الرئيس المنتهية ولايته"; not a place the segmenter splits so,
    // بأبها).
    if (const std::string_view w = clauses_.N(t);
        IsPossessedThing(doc_, t) && clauses_.GluedPreposition(t).empty() &&
        !OpensWithConjunction(t) && !w.starts_with("نفس") && !w.starts_with("ذات") &&
        !w.starts_with("ولايت") && !IsPlaceInAlif(w))
      return t;
    // What is denied or confirmed: "ونفت روسيا وقطر أي اتهامات"، "ونفى المدرب
    // الهولندي الشائعات" (not the news of an agency: وكالة الأنباء، وكالة
    // دوغان للأنباء).
    if (clauses_.GluedPreposition(t).empty() &&
        (clauses_.N(t) == "اي" ||
         (kReportedThings.count(StripArticle(clauses_.N(t))) && StripArticle(prev) != "وكالة")))
      return t;
    const Token& tok = toks_[t];
    // (After a stance verb an adjective without the article too: it cannot
    // qualify the word with it before it, "ودعت وزارة الاتصالات مزودي
    // الخدمات".)
    if (tok.word_count != 1) continue;
    const std::string_view w = clauses_.N(t), stem = StripArticle(w);
    // (Not أول of a rank: "الفريق أول صدقي صبحي".)
    if (const Upos pos = doc_.words[tok.first_word].upos;
        !(pos == Upos::NOUN || (stance && pos == Upos::ADJ && stem == w && w != "اول" &&
                                !clauses_.IsIndefiniteAccusative(t))))
      continue;
    // What is reported, without the article after a word with it (no
    // genitive can follow that word): "وأوضحت الوزارة وجود عطل".
    if (stem == w && (kReportedNouns.count(w) || IsObjectNoun(w))) return t;
    // So is a bare verbal noun after a word that is no title ("أعلن ديوان
    // المظالم إنشاء إدارة"، "أعلنت وزارة الداخلية تخريج 63"; not "المتحدث
    // الرسمي تيسير المفرج", a name).
    if (stem == w && HasVerbalNounShape(w)) {
      bool prev_default = false;
      if (!(ClassifySource(doc_, t - 1, t, &prev_default) == SourceKind::kPerson &&
            !prev_default) &&
          !kWomenBeforeName.count(StripArticle(prev)))
        return t;
    }
    // After a stance verb, any other bare noun right after a word with the
    // article (not a name or a title) opens a new phrase, the object ("ودعت
    // الأمانة أصحاب العقارات"). (Not after a verb of speech, whose speaker's
    // title is often followed by a name the tagger missed: "وأوضح المتحدث
    // الرسمي لوزارة العمل تيسير المفرج".)
    if (stance && stem == w && StripArticle(prev) != prev) {
      // (After a title it is a name: "وأعربت الدكتورة ملحة عبدالله".)
      bool prev_default = false;
      const bool after_title =
          (ClassifySource(doc_, t - 1, t, &prev_default) == SourceKind::kPerson && !prev_default) ||
          kWomenBeforeName.count(StripArticle(prev));
      bool by_default = false;
      const SourceKind kind = ClassifySource(doc_, t, t + 1, &by_default);
      if (!after_title && (by_default || kind != SourceKind::kPerson)) return t;
      continue;  // a name, or an apposition title: "الوزير رئيس مجلس الإدارة"
    }
    // After a body named by one definite word (الوزارة، الشرطة), which can
    // take no genitive, a bare noun is what is reported: "وأكدت الوزارة وفاة
    // 21 حالة". (A person's title may be followed by a name the tagger
    // missed, so only a body.)
    if (stem == w && t == after + 1) {
      bool prev_default = false;
      if (ClassifySource(doc_, after, t, &prev_default) == SourceKind::kOrganization &&
          !prev_default && clauses_.GluedPreposition(t).empty() && !OpensWithConjunction(t))
        return t;
    }
    if (stem == w) continue;  // no article: a genitive or a name part
    // A participle that agrees with the body before it is its adjective:
    // "رئيس اللجنة المنظمة للمهرجان"، "الجهات المختصة"، "الشركة المشغلة". (Not
    // after other nouns, where the same letters are a verbal noun or a thing:
    // "اتحاد السلة المشاركة الدائمة"، "رواد مدرسة الحوليات المدرسة الوضعية".)
    if (stem.size() > 6 && stem.starts_with("م") && stem.ends_with("ة") &&
        (prev.ends_with("ة") || prev.ends_with("ات"))) {
      bool prev_default = false;
      if (ClassifySource(doc_, t - 1, t, &prev_default) == SourceKind::kOrganization &&
          !prev_default)
        continue;
    }
    // A relative adjective the tagger took for a noun: "الأرجنتيني"، "الملكية".
    if (stem.size() > 6 &&
        (stem.substr(stem.size() - 2) == "ي" || stem.substr(stem.size() - 4) == "ية"))
      continue;
    bool by_default = false;
    const SourceKind kind = ClassifySource(doc_, t, t + 1, &by_default);
    if (!by_default && kind == SourceKind::kPerson)
      continue;  // a title: "المتحدث باسم الجيش العقيد"
    return t;
  }
  return np_end;
}

// Whether [first, end) names an outlet: a source of the media kind, or a
// newspaper by its name alone ("عكاظ"، "الشرق الأوسط").
bool AttributionScan::IsOutletAt(uint32_t first, uint32_t end) const {
  if (first >= end) return false;
  bool by_default = false;
  if (ClassifySource(doc_, first, end, &by_default) == SourceKind::kMedia && !by_default)
    return true;
  return end <= first + 2 && kNewspapers.count(StripArticle(clauses_.N(first)));
}

// Where whom a verb of telling (CueInfo::addresses: أخبر، أبلغ) addresses
// starts inside the phrase [after, np_end) after it, before what is told:
// after a definite word or a name, a plural in -ين ("أبلغ الوزير
// الصحفيين أن"), a thing possessed ("أبلغ لافروف نظيره الأمريكي أن"), a
// place called on, a name or a definite noun right after a person's whole
// name ("أبلغ الجنرال ديمبسي العبادي أن"), or a definite noun after a
// definite noun; np_end when there is none. With `urges` (دعا، طالب، حث:
// CueInfo::urges) a plural in -ين is whom they call on only where it cannot
// be an adjective.
uint32_t AttributionScan::AddresseeStart(uint32_t after, uint32_t np_end, bool urges) const {
  for (uint32_t t = after + 1; t < np_end; ++t) {
    const std::string_view prev = clauses_.N(t - 1), w = clauses_.N(t);
    const Token& p = toks_[t - 1];
    const bool prev_name =
        entity_tokens_[t - 1] ||
        (p.word_count != 0 && doc_.words[p.first_word + p.word_count - 1].upos == Upos::PROPN);
    if (!clauses_.GluedPreposition(t).empty() || OpensWithConjunction(t)) continue;
    const bool outlet = IsOutletAt(t, t + 1);
    // After an indefinite adjective, or a plural in the nominative, which
    // takes no genitive: an outlet or a name, and after the plural any
    // definite word ("أبلغ مسؤول حكومي آخر وكالة أنباء رويترز"، "وأبلغ مسؤولون
    // النادي الإيطالي أن"; not "رفيع المستوى", whose adjective takes one).
    if (StripArticle(prev) == prev && !prev_name) {
      const bool nominative_plural = prev.size() > 8 && prev.ends_with("ون");
      const bool adjective = p.word_count == 1 && doc_.words[p.first_word].upos == Upos::ADJ;
      // (An adjective that opens the phrase heads it: "أكبر حزب كردي".)
      if (((adjective && t - 1 > after) || nominative_plural) &&
          (outlet || entity_tokens_[t] || (nominative_plural && StripArticle(w) != w)))
        return t;
      continue;
    }
    if (IsPlaceCalledOn(after, t)) return t;
    // (After دعا، طالب، حث, a plural in -ين the tagger calls an adjective
    // may agree with a plural before it: "خادم الحرمين الشريفين"، "النواب
    // المقاطعين"; not after a name or a singular in ة: "دعت الوزارة
    // المتقدمين".)
    const Token& tk = toks_[t];
    const bool tagged_noun = tk.word_count == 1 && doc_.words[tk.first_word].upos == Upos::NOUN;
    if (!entity_tokens_[t] && IsAccusativePlural(w) &&
        (!urges || tagged_noun || prev_name || prev.ends_with("ة")))
      return t;
    // (A person too: نظيره، أنصاره; not نفسه، ذاته "himself", nor a title of
    // address, سموه.)
    if (!entity_tokens_[t] && !PossessiveSuffix(w).empty() && tk.word_count >= 2 &&
        doc_.words[tk.first_word + tk.word_count - 1].upos == Upos::PRON &&
        doc_.words[tk.first_word + tk.word_count - 2].upos == Upos::NOUN && !kHonorifics.count(w) &&
        !w.starts_with("نفس") && !w.starts_with("ذات"))
      return t;
    // An outlet: "أبلغ المصدر رويترز أن".
    if (outlet) return t;
    // A definite noun right after a person's whole name or after a definite
    // noun (two nouns with the article are no construct, and an adjective
    // would agree): "ودعت ميركل الحكومة التركية"، "ودعا الاتحاد الأندية".
    // (Not a title after the name, its apposition: "الصالح المدير العام".)
    const bool prev_noun = p.word_count == 1 && doc_.words[p.first_word].upos == Upos::NOUN;
    bool title_default = false;
    if (tagged_noun && StripArticle(w) != w && !entity_tokens_[t] &&
        !(ClassifySource(doc_, t, t + 1, &title_default) == SourceKind::kPerson &&
          !title_default)) {
      bool after_person = false;
      if (!person_end_.empty())
        for (uint32_t k = after; k < t; ++k) after_person |= person_end_[k] == t;
      if (after_person || (prev_noun && StripArticle(prev) != prev && !entity_tokens_[t - 1]))
        return t;
    }
    if (entity_tokens_[t] && !person_end_.empty())
      for (uint32_t k = after; k < t; ++k)
        if (person_end_[k] == t) return t;
  }
  return np_end;
}

// Whether the place the tagger names at token t, inside the phrase after a
// stance verb that opens at `after`, is whom the verb calls on: it follows a
// definite word, which takes no genitive (the article, a name, a person's
// whole name: "وطالب العربي تركيا باحترام …"، "حث الرئيس الأميركي باراك
// أوباما بريطانيا على …"، "ودعت الولايات المتحدة الأمريكية باكستان"), and
// the words before it name a source. Not after a bare noun or a title ("وزير خارجية
// تركيا"، "لبورصة البحرين"), nor after a place without the article, which
// it often goes on ("إقليم كردستان العراق"، "بمحايل عسير"), nor as an
// adjective that agrees with the word before it ("هيئة السوق المالية
// السعودية").
bool AttributionScan::IsPlaceCalledOn(uint32_t after, uint32_t t) const {
  if (place_tokens_.empty() || place_tokens_[t] != 1 || t <= after) return false;
  if (!clauses_.GluedPreposition(t).empty() || OpensWithConjunction(t)) return false;
  const std::string_view prev = clauses_.N(t - 1), w = clauses_.N(t);
  const bool prev_article = StripArticle(prev) != prev;
  const Token& p = toks_[t - 1];
  const Upos prev_pos =
      p.word_count == 0 ? Upos::X : doc_.words[p.first_word + p.word_count - 1].upos;
  bool whole_person = false;
  if (!person_end_.empty())
    for (uint32_t k = after; k < t; ++k) whole_person |= person_end_[k] == t;
  // (A title's office follows it: "أمين الأحساء".)
  bool title_default = false;
  if (ClassifySource(doc_, t - 1, t, &title_default) == SourceKind::kPerson && !title_default)
    return false;
  const bool prev_name = entity_tokens_[t - 1] &&
                         (prev_pos == Upos::PROPN || prev_pos == Upos::X) &&
                         clauses_.GluedPreposition(t - 1).empty();
  if (!(prev_article || prev_name || whole_person)) return false;
  if (place_tokens_[t - 1] != 0 && !prev_article) return false;
  if (StripArticle(w) != w &&
      ((prev.ends_with("ة") && w.ends_with("ية")) || (prev.ends_with("ي") && w.ends_with("ي"))))
    return false;
  bool by_default = false;
  ClassifySource(doc_, after, t, &by_default);
  return !by_default || HasNameIn(after, t);
}

// The first token of [after + 1, np_end) that opens with ب and is what the
// verb governs ("ورحب أمير الكويت بالأمير نواف"), else np_end. Not where the
// subject works or lives ("قائد حرس الحدود بمنطقة جازان"، "مدير جمعية
// الثقافة والفنون بالأحساء علي الغوينم": a place or a body the tagger named),
// nor who leads it or for whom it speaks ("ائتلاف الوطنية بزعامة اياد
// علاوي"، "المتحدث باسم الوزارة").
uint32_t AttributionScan::GovernedWithBiStart(uint32_t after, uint32_t np_end) const {
  for (uint32_t k = after + 1; k < np_end; ++k) {
    if (clauses_.GluedPreposition(k) != "ب") continue;
    const bool named_place = entity_tokens_[k] && (person_end_.empty() || person_end_[k] == 0);
    const std::string_view rest = StripArticle(clauses_.N(k).substr(2));
    if (named_place || IsPlaceOfWorkHead(rest) || kLeadershipNouns.count(rest)) continue;
    return k;
  }
  return np_end;
}

// Whether الذي / التي stands right before token e (the verb), after a person
// mention of the entity tagger (a comma between aside); *first is then the
// mention's first token.
bool AttributionScan::PersonBeforeRelative(uint32_t e, uint32_t begin, uint32_t* first) const {
  if (person_end_.empty() || e < begin + 2) return false;
  // (Also after و: "الفنان التشكيلي محمد آل شايع، والذي أكد بدوره".)
  std::string_view rel = clauses_.N(e - 1);
  if (OpensWithConjunction(e - 1)) rel.remove_prefix(2);
  if (!IsSingularRelative(rel)) return false;
  uint32_t end = e - 1;
  if (end > begin && IsCommaToken(doc_, toks_[end - 1])) --end;
  for (uint32_t k = end; k > begin && k + 6 > end; --k)
    if (person_end_[k - 1] == end) {
      *first = k - 1;
      return true;
    }
  return false;
}

bool AttributionScan::IsIndefinitePluralOfPeople(uint32_t i) const {
  const std::string_view w = clauses_.N(i);
  if (w.size() < 10 || !w.ends_with("ون") || StripArticle(w) != w || entity_tokens_[i])
    return false;
  bool by_default = false;
  const SourceKind kind = ClassifySource(doc_, i, i + 1, &by_default);
  return !by_default && (kind == SourceKind::kGroup || kind == SourceKind::kWitness ||
                         kind == SourceKind::kAnonymous);
}

// The end of [after, np_end) cut after its first person name when the word
// after the name has no article and is no title.
uint32_t AttributionScan::PersonNameEnd(uint32_t after, uint32_t np_end) const {
  if (person_end_.empty()) return np_end;
  for (uint32_t k = after; k < np_end; ++k) {
    const uint32_t name_end = person_end_[k];
    if (name_end == 0) continue;
    // (One word left is more often the rest of the name: "بطرس حرب", "عبد
    // المالك سلال" with the surname outside the tagger's mention.)
    if (name_end + 1 >= np_end || !IsWord(toks_[name_end])) return np_end;
    // The word after the name: a plain noun (the tagger's NOUN, no clitic
    // before it: not "ورئيس مجلس المقاومة", an apposition), with no article,
    // no title, and no name the tagger cut short ("لويس فان خال").
    const Token& t = toks_[name_end];
    // A place or a body the tagger named right after the person's name is
    // whom the verb addresses: "دعا وزير الخارجية الروسي سيرغي لافروف
    // الولايات المتحدة إلى …".
    // (Only after a title, which makes the mention a person's: not "نادي
    // بيليديا أخيسار سبورت"، "متضررو هزات العيص".)
    if (entity_tokens_[name_end] && person_end_[name_end] == 0 && k + 1 < name_end &&
        !IsNameLink(clauses_.N(name_end - 1)) && !OpensWithConjunction(name_end)) {
      bool by_default = false;
      if (ClassifySource(doc_, after, after + 1, &by_default) == SourceKind::kPerson && !by_default)
        return name_end;
    }
    if (t.word_count != 1 || doc_.words[t.first_word].upos != Upos::NOUN || k + 1 == name_end)
      return np_end;
    // Nor a name cut short before its second part ("محمد أبو علامة"), or a
    // person's name inside an organization's ("شركة مجموعة محمد المعجل").
    const std::string_view last = clauses_.N(name_end - 1);
    if (IsNameLink(last) || last == "ال") return np_end;
    if (k > after && ClassifySource(doc_, after, k) == SourceKind::kOrganization) return np_end;
    const std::string_view w = clauses_.N(name_end);
    bool by_default = false;
    const SourceKind kind = ClassifySource(doc_, name_end, name_end + 1, &by_default);
    if (StripArticle(w) == w && (by_default || kind != SourceKind::kPerson)) return name_end;
    // A plural with the article is no family name (a nisba is singular): "دعا
    // حمود المقدسيين وفلسطينيي 1948 إلى …".
    if (const std::string_view stem = StripArticle(w);
        stem != w && stem.size() > 8 &&
        (stem.substr(stem.size() - 4) == "ين" || stem.substr(stem.size() - 4) == "ون"))
      return name_end;
    return np_end;
  }
  return np_end;
}

// Where the speaker after the verb ends when its noun phrase [after,
// np_end) is an unnamed title followed by its place and the holder's name:
// "سفير المملكة في لندن الأمير محمد بن نواف", "المسؤول الصحي في عدن الخضر
// لصور" run to the end of the name, so that the speaker is the person.
// Without a name there, في still ends the speaker ("قال الوزير في مؤتمر
// صحفي إن").
uint32_t AttributionScan::TitleHolderEnd(uint32_t after, uint32_t np_end, uint32_t limit) const {
  if (np_end <= after || np_end + 1 >= limit) return np_end;
  const std::string_view prep = clauses_.N(np_end);
  // An envoy is sent to his place, which is his title's: "مبعوث الأمم المتحدة
  // إلى اليمن اسماعيل ولد الشيخ أحمد"; unnamed, "المبعوث الأممي إلى سوريا".
  const std::string_view head = StripArticle(clauses_.N(after));
  const bool envoy =
      prep == "الي" && (head == "مبعوث" || head == "موفد") && IsWord(toks_[np_end + 1]);
  if (prep != "في" && prep != "لدي" && !envoy) return np_end;
  // (Unnamed, only to a place the tagger named: "ودعا المبعوث الأممي إلى
  // التمسك بمبدأ …" calls for something.)
  const uint32_t unnamed_end = envoy && entity_tokens_[np_end + 1] ? np_end + 2 : np_end;
  if (person_end_.empty()) return unnamed_end;
  // (A place or a body named inside the title does not name its holder:
  // "المدير الإقليمي للحملة الوطنية السعودية … في سورية د. بدر السمحان".)
  if (!envoy) {
    for (uint32_t k = after; k < np_end; ++k)
      if (person_end_[k] != 0) return np_end;  // already named
  }
  // (An unnamed "source" is never followed by its own name.)
  const SourceKind kind = ClassifySource(doc_, after, np_end);
  if (kind != SourceKind::kPerson && kind != SourceKind::kAnonymous) return np_end;
  if (head == "مصدر" || head == "مصادر") return np_end;
  // The place: one to four words, then the name. A name right after a noun
  // without the article is that noun's ("مصدر في مكتب بوينار"), not the
  // holder's: the place must end in a definite word, a name, or a name in
  // marks ("في شركة "فاير آي" مانيش جوبتا").
  for (uint32_t k = np_end + 2; k < limit && k <= np_end + 7; ++k) {
    if (person_end_[k] != 0) {
      const std::string_view prev = clauses_.N(k - 1);
      if (!entity_tokens_[k - 1] && StripArticle(prev) == prev &&
          toks_[k - 1].kind != TokenKind::kQuote)
        return np_end;
      // (A name in marks, with its title, closes with its mark: "مدير
      // الخطوط السعودية في القصيم "إبراهيم القبي"؛ أن".)
      const uint32_t e = person_end_[k];
      const bool in_marks = e < limit && toks_[e].kind == TokenKind::kQuote &&
                            toks_[e].quote != 0 &&
                            doc_.quotes[toks_[e].quote - 1].close == toks_[e].span &&
                            doc_.quotes[toks_[e].quote - 1].open.start > toks_[np_end].span.start;
      return in_marks ? e + 1 : e;
    }
    if (toks_[k].kind == TokenKind::kQuote) continue;
    if (k > np_end + 5) break;
    if (!IsWord(toks_[k]) || kSpeakerStops.count(clauses_.N(k)) ||
        kComplementizers.count(clauses_.N(k)))
      break;
    CueMatch m;
    if (clauses_.IsCueAt(k, &m)) break;
  }
  return unnamed_end;
}

}  // namespace isnad

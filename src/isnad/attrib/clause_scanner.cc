#include "isnad/attrib/clause_scanner.h"

#include <algorithm>
#include <cstring>

#include "isnad/attrib/clause_words.h"
#include "isnad/attrib/source_kind.h"
#include "isnad/text/chars.h"
#include "isnad/tokenize/quotes.h"
#include "isnad/tokenize/sentences.h"

namespace isnad {

using namespace clause_words;  // the word lists this scanner is made of

bool ClauseScanner::IsMarkAfterLam(uint32_t j) const {
  return j > 0 && N(j - 1) == "ل" && IsOpeningMarkOfQuote(doc_, j);
}

uint32_t ClauseScanner::ToldInMarksEnd(uint32_t j) const {
  if (!IsMarkAfterLam(j)) return j;
  const Quote& q = doc_.quotes[T(j).quote - 1];
  return q.close.empty() || q.end_token - q.first_token > 4 ? j : q.end_token + 1;
}

std::string_view ClauseScanner::GluedPreposition(uint32_t k) const {
  const Token& t = T(k);
  if (t.word_count < 2) return {};
  uint32_t w = t.first_word;
  // After a conjunction: "ولهذه الغاية يقترح المشروع".
  if (t.word_count >= 3 && doc_.words[w].upos == Upos::CCONJ) ++w;
  const Word& first = doc_.words[w];
  return first.upos == Upos::ADP ? doc_.Form(first) : std::string_view();
}

bool ClauseScanner::IsFirstPersonSpeechAt(uint32_t i) const {
  static const Set kOthers = {"اتمني", "اظن", "اشكر", "ارجو", "اتوقع", "اود", "اطالب", "ادعو"};
  const std::string_view w = N(i);
  if (!IsWord(T(i)) || w.size() < 6 || !w.starts_with("ا") ||
      doc_.cps[T(i).span.start] != U'\u0623')
    return false;
  if (kOthers.count(w)) return true;
  // The third person: ي for the hamza's alif (on the stack: no allocation).
  char third[64];
  const std::string_view rest = w.substr(2);
  if (rest.size() + 2 > sizeof third) return false;
  std::memcpy(third, "ي", 2);
  std::memcpy(third + 2, rest.data(), rest.size());
  CueMatch m;
  return cues_.Find(std::string_view(third, rest.size() + 2), &m) && m.info.present;
}

bool ClauseScanner::IsNamingOneselfAt(uint32_t j) const {
  static const Set kRevealing = {"كشف", "الكشف", "ذكر", "الافصاح", "الاعلان", "اعلان", "افصاح"};
  if (j + 1 >= doc_.tokens.size() || !IsWord(T(j)) || !kRevealing.count(N(j))) return false;
  uint32_t k = j + 1;
  if (N(k) == "عن" && k + 1 < doc_.tokens.size()) ++k;
  const std::string_view w = N(k);
  return w.starts_with("اسم") || w.starts_with("هويت");
}

uint32_t ClauseScanner::AnonymityAsideEnd(uint32_t j, uint32_t limit) const {
  static const Set kAsking = {"رافضا",  "رافضة", "رافضين", "مفضلا", "مفضلة",
                              "مفضلين", "طالبا", "طالبة",  "طالبين"};
  if (j + 2 >= limit || !kAsking.count(N(j))) return j;
  uint32_t k = j + 1;
  if (N(k) == "عدم") ++k;
  if (!IsNamingOneselfAt(k)) return j;
  k += N(k + 1) == "عن" ? 3 : 2;
  return std::min(k, limit);
}

uint32_t ClauseScanner::ThatWhichSaidEnd(uint32_t j, uint32_t limit) const {
  if (j + 2 >= limit || !IsThisWhich(N(j)) || N(j + 1) != "ما") return j;
  if (kThatWhichSaidVerbs.count(N(j + 2))) return j + 3;
  if (j + 3 < limit && kThatWhichSaidToPronoun.count(N(j + 2)) && IsPrepositionOfThat(N(j + 3)))
    return j + 4;
  return j;
}

bool ClauseScanner::IsDanNoCondemnation(uint32_t i, const CueMatch& m) const {
  // "دان جاكسون"، "قرب ودان": دان (condemned) in a name the entity tagger
  // found, first word too, is the name, unless a source's title or body
  // follows it (the tagger runs "دان معالي رئيس …" into a name); "دانت لهم
  // الدنيا" (submitted to) governs ل.
  const std::string_view d = N(i).substr(m.has_conjunction ? 2 : 0);
  if (!d.starts_with("دان") || d.size() > 10) return false;
  // (Not فدان, an acre; nor bare after a noun: "مؤسسة دان التطوعية".)
  if (N(i).starts_with("ف")) return true;
  // (A headline's last word on the line before is no such noun: "…تدين
  // المالكي\n دانت رابطة العالم الإسلامي …".)
  if (!m.has_conjunction && i > 0 && T(i - 1).word_count > 0 &&
      doc_.words[T(i - 1).first_word].upos == Upos::NOUN &&
      !NewlineBetween(doc_, T(i - 1).span.end, T(i).span.start))
    return true;
  const size_t n = doc_.tokens.size();
  bool source_next = false;
  if (i + 1 < n && IsWord(T(i + 1))) {
    // (Two words: a title of address comes first, "معالي رئيس".)
    const uint32_t e = i + 2 < n && IsWord(T(i + 2)) ? i + 3 : i + 2;
    bool by_default = false;
    const SourceKind k = ClassifySource(doc_, i + 1, e, &by_default);
    source_next = !by_default && k != SourceKind::kUnknown;
  }
  return (entity_tokens_ != nullptr && (*entity_tokens_)[i] && !source_next) ||
         (i + 1 < n && GluedPreposition(i + 1) == "ل");
}

bool ClauseScanner::IsCueAt(uint32_t i, CueMatch* m) const {
  if (!IsWord(T(i)) || !cues_.Find(N(i), m)) return false;
  // After آل (family of) a cue's letters are a family name: "صالح آل طالب".
  if (i > 0 && N(i - 1) == "ال") return false;
  // مجددا right after a cue is the adverb "again" ("يؤكد مجددا على أن"), not
  // "renewing".
  if (CueMatch before; i > 0 && N(i) == "مجددا" && cues_.Find(N(i - 1), &before)) return false;
  if (IsPropagandistNoun(i)) return false;
  // A verb of telling never follows a preposition: "عن أبلغ التهاني" is the
  // superlative (deepest).
  if (m->info.addresses && i > 0 && !m->has_conjunction &&
      (N(i - 1) == "عن" || N(i - 1) == "من" || N(i - 1) == "في" || N(i - 1) == "علي" ||
       N(i - 1) == "الي"))
    return false;
  // Inside a name the tagger found, after its first word, a past verb's
  // letters are a name's: "المخرج والكاتب المسرحي أمين طالب"، "أبو طالب"،
  // "أنشول راي". (Not a verb with و / ف or in the present, nor a
  // participle, which the tagger sometimes runs a name into: "الشيخ شويل
  // قائلاً"، "فيقولان"; but any homograph: "نيكولا فيرون".)
  if (entity_tokens_ != nullptr && i > 0 && (*entity_tokens_)[i] && (*entity_tokens_)[i - 1] &&
      (m->info.ambiguous ||
       (!m->has_conjunction && !m->info.present && m->info.cls != CueClass::kParticiple)))
    return false;
  if (IsDanNoCondemnation(i, *m)) return false;
  // Normalization writes ى as ي: a form that the lexicon wants written with
  // one of them, written with the other, is no cue: the name يحيى (ويحيى) is
  // not يحيّي "greets", the noun نفي (denial) not the verb نفى.
  if (m->info.needs_hamza && doc_.Text(T(i).span).find(U'\u0623') == std::u32string_view::npos)
    return false;
  if (m->info.final_ya || m->info.final_alif_maqsura) {
    const std::u32string_view raw = doc_.Text(T(i).span);
    const char32_t other = m->info.final_ya ? U'\u0649' : U'\u064A';
    if (!raw.empty() && raw.back() == other) return false;
  }
  // نقل before a number or إلى is a transfer (نُقل), and must end no one's
  // content: "توفي 21 من كبار السن ونقل 66 آخرون إلى المستشفيات، بحسب ما
  // أعلنت وزارة الصحة".
  if (m->info.needs_that && i + 1 < doc_.tokens.size() &&
      (T(i + 1).kind == TokenKind::kNumber || N(i + 1) == "الي"))
    return false;
  // عبر is the verb (عبّر عن) only with عن ahead in its clause; else it is
  // the preposition (via, across), which must stop no phrase and no report
  // as a cue would ("وقال … عبر حسابه: …").
  // (Words and numbers may stand between: "وعبر الطفل جواد الذي لا يزيد عمره
  // على 12 عاما عن سعادته"; not a comma, after which عبر is more often
  // "via": "أعلنت الشركة عبر مدونتها الرسمية، أنها …", unless عن follows
  // it and عبر opens its clause with و or after من جانبه: "وعبر المهندس
  // خالد المديفر الرئيس التنفيذي لشركة معادن، عن فخر" (not "وأعلنت عبر
  // وسائل التواصل، عن").)
  if (m->info.needs_an) {
    const std::string_view side = i >= 2 && IsCommaToken(doc_, T(i - 1)) ? N(i - 2) : "";
    const bool opens = (m->has_conjunction && (i == 0 || !IsWord(T(i - 1)))) || side == "جانبه" ||
                       side == "جانبها" || side == "جهته" || side == "جهتها";
    for (uint32_t k = i + 1; k < doc_.tokens.size() && k <= i + 16; ++k) {
      if (opens && IsCommaToken(doc_, T(k)) && k > i + 1 && k + 1 < doc_.tokens.size() &&
          N(k + 1) == "عن")
        continue;
      if (!IsWord(T(k)) && T(k).kind != TokenKind::kNumber) break;
      if (N(k) == "عن") return IsExpressedAn(k);
    }
    return false;
  }
  return true;
}

bool ClauseScanner::IsPropagandistNoun(uint32_t i) const {
  if (N(i) != "داعية" || i + 1 >= doc_.tokens.size() || !IsWord(T(i + 1))) return false;
  const std::string_view next = N(i + 1);
  if (entity_tokens_ != nullptr && (*entity_tokens_)[i + 1]) return false;  // a name
  // (Whom it calls on may be a bare noun too, before what it calls them to:
  // "داعية أولياء الأمور إلى تشجيع الأطفال"، "داعية دول التكتل إلى …".)
  for (uint32_t k = i + 2; k < doc_.tokens.size() && k <= i + 4 && IsWord(T(k)); ++k)
    if (N(k) == "الي" || N(k) == "علي") return false;
  return next != "الله" && !next.starts_with("ال") && GluedPreposition(i + 1).empty() &&
         !kContentPrepositions.count(next) && !kComplementizers.count(next);
}

bool ClauseScanner::IsExpressedAn(uint32_t k) const {
  return N(k) == "عن" && k + 1 < doc_.tokens.size() && N(k + 1) != "طريق";
}

namespace {
// The mark that sets a blessing off: "- حفظه الله -"، "(صلى الله عليه وسلم)"،
// "ـ أيده الله ـ" (a lone tatweel).
bool IsBlessingMark(const Document& doc, const Token& t) {
  if (IsDash(doc, t)) return true;
  if (IsWord(t) || t.kind == TokenKind::kNumber || t.span.size() != 1) return false;
  const char32_t c = doc.cps[t.span.start];
  return c == '(' || c == ')' || c == '"' || c == U'\u00AB' || c == U'\u00BB' || IsComma(c);
}
// Words of praise right after God's name: الله تعالى، الله سبحانه، الله عز
// وجل.
bool IsPraiseOfGod(std::string_view n) { return n == "تعالي" || n == "سبحانه" || n == "عز"; }

// رحم الله / ورحم الله (may God have mercy on …): the name after الله is
// its object.
bool IsMercyVerb(std::string_view n) { return n == "رحم" || n == "ورحم" || n == "فرحم"; }
}  // namespace

uint32_t ClauseScanner::BlessingEnd(uint32_t i, uint32_t limit) const {
  uint32_t k = i;
  const bool marked = k < limit && IsBlessingMark(doc_, T(k));
  if (marked) ++k;
  // "عليه السلام"، "عليه الصلاة والسلام" (peace be upon him).
  if (k + 1 < limit && (N(k) == "عليه" || N(k) == "عليها" || N(k) == "عليهم")) {
    if (N(k + 1) == "السلام")
      k += 2;
    else if (k + 2 < limit && N(k + 1) == "الصلاة" && N(k + 2) == "والسلام")
      k += 3;
    else
      return i;
    if (marked && k < limit && IsBlessingMark(doc_, T(k))) ++k;
    return k;
  }
  if (k + 1 >= limit || !IsWord(T(k)) || !kBlessingVerbs.count(N(k)) || N(k + 1) != "الله")
    return i;
  k += 2;
  if (k < limit) {
    const std::string_view n = N(k);
    if (n == "عنه" || n == "عنها" || n == "عنهم" || n == "عنهما" || IsPraiseOfGod(n))
      ++k;
    else if (n == "عليه" && k + 1 < limit && N(k + 1) == "وسلم")
      k += 2;
  }
  if (marked && k < limit && IsBlessingMark(doc_, T(k))) ++k;
  return k;
}

uint32_t ClauseScanner::NounPhraseEnd(uint32_t i, uint32_t limit, uint32_t max_words) const {
  // "وحث سموه الموظفين على …": the title of address is the whole phrase.
  if (i < limit && IsPlainHonorific(N(i))) return i + 1;
  uint32_t j = i;
  while (j < limit && j < i + max_words) {
    const Token& t = T(j);
    // A quoted name right after its head: صحيفة «واشنطن بوست», وكالة "رويترز",
    // لمهرجان «عيدنا كدا»; or after the phrase, when more of the clause
    // follows it (no speech): وكالة الفضاء الأمريكية "ناسا" نجاح …، محترف
    // الهلال البرازيلي «ايلتون الميدا» على …
    if (j > i && IsOpeningMarkOfQuote(doc_, j)) {
      const Quote& q = doc_.quotes[t.quote - 1];
      std::string_view head = StripArticle(N(j - 1));
      if (head.size() > 2 && head.substr(0, 2) == "ل") head.remove_prefix(2);
      const uint32_t after = q.end_token + 1;
      const bool name_then_clause = after < limit && IsWord(T(after)) && !IsSpeechQuote(q, limit) &&
                                    !kComplementizers.count(N(after));
      // A person's title: after the definite title (العقيد "البقمي") the
      // quoted name is the person's and closes the phrase ("حثّ الدكتور
      // "العمّار" الجميع على"); after a title in construct it is what the
      // person heads, and the name may follow (مدير "فنون أبها" أحمد السروي).
      bool person_title = false;
      if (j <= i + 4) {  // (ليزا رايت مديرة «زيفير»)
        bool by_default = false;
        person_title =
            ClassifySource(doc_, j - 1, j, &by_default) == SourceKind::kPerson && !by_default;
      }
      if (!q.close.empty() && q.end_token - q.first_token <= 4) {
        // (Not the speech itself: "وقال الوزير «هذا خطأ»." ends there.)
        const bool more_follows = after < limit && (IsWord(T(after)) || IsColon(doc_, T(after)) ||
                                                    IsCommaToken(doc_, T(after)));
        if (person_title && more_follows && q.end_token - q.first_token <= 3) {
          if (StripArticle(N(j - 1)) != N(j - 1)) return after;
          j = after;
          continue;
        }
        if (kNamedHeads.count(head)) {
          j = after;
          continue;
        }
        if (name_then_clause) return after;  // the name closes the phrase
      }
    }
    // "د. خالد الزعاق"، "م. عبدالله": the period of a title's abbreviation.
    if (j > i && IsAbbreviationPeriod(doc_, j)) {
      ++j;
      continue;
    }
    // "الأمين العام لمنظمة الدول المصدرة للنفط (اوبك) عبدالله البدري": a
    // short aside in brackets before a name the tagger found is passed over,
    // and the name belongs to the phrase.
    if (j > i && IsPunctChar(doc_, t, '(') && entity_tokens_ != nullptr) {
      uint32_t k = j + 1;
      while (k < limit && k < j + 5 && !IsPunctChar(doc_, T(k), ')')) ++k;
      // (Not whom it was told: "آي (58 عاما) لرويترز".)
      if (k + 1 < limit && k < j + 5 && IsWord(T(k + 1)) && (*entity_tokens_)[k + 1] &&
          GluedPreposition(k + 1).empty()) {
        j = k + 1;
        continue;
      }
    }
    // (A percentage is one word: "45 ٪ من المشاركين".)
    if (j == i && PercentEnd(doc_, j) == j + 2) {
      j += 2;
      continue;
    }
    if (!IsWord(t) && t.kind != TokenKind::kNumber) break;
    std::string_view n = N(j);
    // "وقالت آنا رينولدز أمينة صندوق المجموعة لرويترز"، "المصدر للصحيفة":
    // after a person, ل before an outlet is whom the words were told (as
    // لوكالة، لصحيفة, kSpeakerStops; not "وكالة دوغان للأنباء"، "مؤسسة وجوه
    // للإعلام": a body's name, nor "استطلاع لرويترز").
    if (j > i && IsToldOutletAt(j)) {
      const SourceKind kind = ClassifySource(doc_, i, j);
      if (kind == SourceKind::kPerson || kind == SourceKind::kAnonymous ||
          kind == SourceKind::kWitness || kind == SourceKind::kGroup)
        break;
    }
    // "بيان صادر عن الوزارة" is one phrase.
    const bool issued_by = n == "عن" && j > i && StripArticle(N(j - 1)).substr(0, 8) == "صادر";
    // "عدد من الخبراء"، "الكثير من العلماء": after a quantifier that heads
    // the phrase, من and its noun belong to it (the noun says what the
    // source is).
    // (An adjective may come between: "عدد كبير من اليمنيين".)
    // (So after a share: "63٪ من المشاركين".)
    if ((j == i + 1 || (j == i + 2 && (IsWord(T(i + 1)) || PercentEnd(doc_, i) == j) &&
                        !kSpeakerStops.count(N(i + 1)))) &&
        n == "من" && j + 1 < limit && IsWord(T(j + 1)) &&
        (IsQuantifier(N(i)) || T(i).kind == TokenKind::kNumber)) {
      j += 2;
      continue;
    }
    // "المشرف على أعمال العيد بأمانة منطقة عسير المهندس …" is one title.
    // (Also with an adjective between: "المشرف الفني على الفعاليات سلطان النوة".)
    const bool supervisor_of =
        n == "علي" && j > i &&
        (StripArticle(N(j - 1)) == "مشرف" || (j > i + 1 && StripArticle(N(j - 2)) == "مشرف"));
    // After a name link (ابو، ام، بن، ابن، عبد), علي is the name (على
    // normalizes to it):
    // "أم علي العسيري"، "محمد بن علي".
    // So also where the entity tagger found علي in a name, or where it is
    // written with ي and a family name with the article follows ("الناطق
    // باسم المجلس علي الأحمدي"; the preposition is written على).
    const bool kunya = j > i && (IsNameLink(N(j - 1)) || IsAliName(j, limit));
    // "لاعب وسط الريال"، "خط الوسط": a midfielder, not "amid".
    const bool midfield =
        n == "وسط" && j > i && (StripArticle(N(j - 1)) == "لاعب" || N(j - 1) == "خط");
    // "مصدر في وزارة البيشمركة"، "مسؤول في الوزارة": an unnamed source's
    // place of work is part of the phrase (a definite institution, not where
    // or when the words were said: "قال مصدر في تصريح").
    // (So is the field of one who specializes in it: "خبير اقتصادي وآخر
    // مختص في قطاع الاتصالات".)
    const bool specialist_in = n == "في" && j > i && kSpecialistNouns.count(StripArticle(N(j - 1)));
    const bool source_in =
        n == "في" && j > i && j + 1 < limit && IsWord(T(j + 1)) &&
        ((j <= i + 2 && ClassifySource(doc_, i, i + 1) == SourceKind::kAnonymous &&
          (N(j + 1).substr(0, 4) == "ال" ||
           ClassifySource(doc_, j + 1, j + 2) == SourceKind::kOrganization)) ||
         specialist_in) &&
        !kSpeechEvents.count(StripArticle(N(j + 1))) && !kTimeAdverbs.count(N(j + 1)) &&
        !kTimeNouns.count(StripArticle(N(j + 1)));
    if (j > i && !issued_by && !supervisor_of && !kunya && !midfield && !source_in &&
        (kSpeakerStops.count(n) || kComplementizers.count(n)) && !InCnn(j))
      break;
    CueMatch m;
    if (j > i && IsCueAt(j, &m)) break;
    // "وقال المسؤول طالبا عدم ذكر اسمه: …": the aside of anonymity.
    if (j > i && AnonymityAsideEnd(j, limit) > j) break;
    // "أبي هريرة رضي الله عنه": the blessing closes the name.
    if (j > i && BlessingEnd(j, limit) > j) break;
    // God's name takes no genitive: "وصف الله المؤمنين" ends after it and
    // its praise (الله تعالى، الله سبحانه وتعالى، الله عز وجل); not after رحم
    // ("رحم الله أمير الدبلوماسية سعود الفيصل الذي قال", may God have mercy
    // on him), where the one named after it is who speaks. God and His praise
    // after the phrase are its object: "ودعت القيادة الله سبحانه أن …".
    if (n == "الله") {
      const bool praised = j + 1 < limit && IsPraiseOfGod(N(j + 1));
      if (j > i && praised) break;
      if (j == i && !(i > 0 && IsMercyVerb(N(i - 1)))) {
        uint32_t k = j + 1;
        if (praised) ++k;
        if (k < limit && (N(k) == "وتعالي" || N(k) == "وجل")) ++k;
        return k;
      }
    }
    // With the tagger's words: a verb or a subordinating word ends the
    // phrase ("وأضاف الأعرجي أهدرت الحكومة…"); not in a name the entity
    // tagger found, which the segmenter may read as ل + a verb (نادي ليستر
    // سيتي، نادي ليفربول).
    if (j > i && StartsClause(T(j)) && !(entity_tokens_ != nullptr && (*entity_tokens_)[j])) break;
    if (j > i && kSelfReferences.count(n)) break;  // "عن مسؤول قوله"
    // "وأدانت الأمانة العامة لهيئة كبار العلماء وبشدة العمل الإجرامي": an
    // adverb of manner after و is how, as without it (kSpeakerStops).
    if (j > i && n.size() > 2 && n.substr(0, 2) == "و" && kMannerAdverbs.count(n.substr(2))) break;
    // "ووصف وزير الأوقاف المصري هؤلاء الإرهابيين بأنهم": a demonstrative
    // after a definite word or a name opens the next phrase, the object (a
    // word in construct takes it: "رئيس هذه الجمعية"; so does a name the
    // tagger runs over it: "قائد هذه القوات اللواء فضل حسن").
    if (j > i && kDemonstratives.count(n) && !(entity_tokens_ != nullptr && (*entity_tokens_)[j]) &&
        (StripArticle(N(j - 1)) != N(j - 1) ||
         (entity_tokens_ != nullptr && (*entity_tokens_)[j - 1])))
      break;
    // A date is no part of a source: "قائد الكنيسة عام 1890"، "صحيفة «يديعوت
    // أحرونوت» بتاريخ 31 يناير".
    if (j > i && (n == "عام" || n == "بتاريخ") && j + 1 < limit && T(j + 1).kind == TokenKind::kNumber) break;
    // "أعرب الملك المفدى باسمه واسم شعب …" (on his behalf): no part of him.
    if (j > i && (n == "باسمه" || n == "باسمها" || n == "باسمهم")) break;
    // Nor is the occasion or the time: "أعرب المسيب بهذه المناسبة عن شكره"،
    // "وأعرب النسور بهذا الصدد"، "اعلن وزير الخارجية القطري اثر اللقاء". (Not
    // stops of the content: "ورحب الأهالي بهذه الخطوة"، "ويؤكد السلمي أثر
    // القرناء"; nor after what governs ب: "الدراسات المتعلقة بهذا الشأن".)
    if (j > i && (n == "اثر" || (OccasionEnd(j, limit) > j && !GovernsBi(N(j - 1))))) break;
    // "متحدث باسم الشرطة دون أن يذكر اسمه" (without naming): a circumstance.
    if (j > i && (n == "دون" || n == "بدون") && j + 1 < limit && kComplementizers.count(N(j + 1)))
      break;
    // What the verb reveals or asks for after its subject is no part of it:
    // "كشفت شركة «أستون مارتن» النقاب عن"، "طلب المسؤول عدم نشر اسمه".
    // (Bare أمل is a woman's name as well as "hope": "الإعلامية أمل صقر".)
    // (Nor "وجهة النظر", a viewpoint: "بحسب وجهة نظره".)
    if (j > i && n != "امل" && IsObjectNoun(n) && N(j - 1) != "وجهة") break;
    // After the speaker, سعادته is "his happiness" (right after the verb it
    // is "his excellency": "وقال سعادته"): "أكد المدرب سعادته بما حققه".
    if (j > i && (n == "سعادته" || n == "سعادتها" || n == "سعادتهم")) break;
    if (j > i && j + 1 < limit && IsDeclaredState(n, N(j + 1))) break;

    ++j;
  }
  return j;
}

uint32_t ClauseScanner::OccasionEnd(uint32_t j, uint32_t limit) const {
  if (j >= limit) return j;
  if (N(j) == "بالمناسبة") return j + 1;
  if ((N(j) == "بهذه" || N(j) == "بهذا") && j + 1 < limit &&
      kOccasionNouns.count(StripArticle(N(j + 1))))
    return j + 2;
  return j;
}

bool ClauseScanner::InCnn(uint32_t k) const {
  // (Not "لبي بي سي أن", BBC and the complementizer.)
  if (k == 0 || N(k) != "ان") return false;
  return (N(k - 1) == "سي" && k + 1 < doc_.tokens.size() && N(k + 1) == "ان") ||
         (k > 1 && N(k - 1) == "ان" && N(k - 2) == "سي");
}

bool ClauseScanner::StartsClause(const Token& t) const {
  if (t.word_count == 0) return false;
  for (uint32_t k = 0; k < t.word_count; ++k) {
    const Upos u = doc_.words[t.first_word + k].upos;
    if (u == Upos::CCONJ || u == Upos::ADP) continue;  // و، ف، ب… before the word
    return u == Upos::VERB || u == Upos::SCONJ || u == Upos::AUX;
  }
  return false;
}

bool ClauseScanner::IsVerb(const Token& t) const {
  for (uint32_t k = 0; k < t.word_count; ++k) {
    const Upos u = doc_.words[t.first_word + k].upos;
    if (u == Upos::CCONJ || u == Upos::ADP) continue;
    return u == Upos::VERB || u == Upos::AUX;
  }
  return false;
}

bool ClauseScanner::OpensWhatClause(uint32_t j, uint32_t limit) const {
  if (N(j) != "ما" || j + 1 >= limit || !IsWord(T(j + 1))) return false;
  const std::string_view next = N(j + 1);
  if (kStillVerbs.count(next)) return false;
  return IsVerb(T(j + 1)) || next == "يتم" || next == "تم";
}

bool ClauseScanner::HasTanweenFath(uint32_t i) const {
  for (const char32_t c : doc_.Text(T(i).span))
    if (c == U'\u064B') return true;
  return false;
}

bool ClauseScanner::HasTanween(uint32_t i) const {
  for (const char32_t c : doc_.Text(T(i).span))
    if (c >= U'\u064B' && c <= U'\u064D') return true;
  return false;
}

bool ClauseScanner::IsIndefiniteAccusative(uint32_t i) const {
  constexpr std::string_view kAlif = "ا";
  const Token& t = T(i);
  if (!IsWord(t) || (entity_tokens_ != nullptr && (*entity_tokens_)[i])) return false;
  const std::string_view n = N(i);
  if (n.size() < 6 || StripArticle(n) != n || n.substr(0, 4) == "ال") return false;
  if (HasTanweenFath(i)) return true;
  if (n.substr(n.size() - kAlif.size()) != kAlif) return false;
  if (kAccusativeObjects.count(n)) return true;
  if (IsPlaceInAlif(n)) return false;
  if (t.word_count == 0) return false;
  const Upos last = doc_.words[t.first_word + t.word_count - 1].upos;
  if (last == Upos::ADJ) return true;
  // م…ا, five to seven letters, not …يا (مقدونيا، موريتانيا).
  const size_t letters = n.size() / 2;
  return n.substr(0, 2) == "م" && letters >= 5 && letters <= 7 && n.substr(n.size() - 4) != "يا" &&
         (last == Upos::NOUN || last == Upos::X);
}

uint32_t ClauseScanner::ClauseStartBefore(uint32_t i, uint32_t begin) const {
  while (i > begin && T(i - 1).kind == TokenKind::kPunct) --i;  // "…، وفق ما أفادت"
  uint32_t k = i;
  while (k > begin && k + 30 > i) {
    const Token& t = T(k - 1);
    if (t.kind == TokenKind::kPunct && t.quote == T(i).quote) {
      const char32_t c = doc_.cps[t.span.start];
      if (c == ':' || IsSemicolon(c)) break;
    }
    // (Not a complementizer that a word of time, purpose or concession
    // governs: "من دون أن يسفر عن إصابات، كما أعلنت السلطات".)
    if (IsWord(t) && kComplementizers.count(N(k - 1)) && !(k >= 2 && IsNonReportGovernor(k - 2)))
      break;
    CueMatch m;
    // (A homograph that reports nothing here is a word of the clause:
    // "وزاد المؤشر العام 0.6 في المائة، بحسب …".)
    if (IsCueAt(k - 1, &m) && m.info.cls != CueClass::kAccording &&
        !(m.info.ambiguous && !ComplementizerFollows(k, i)))
      break;
    --k;
  }
  return k;
}

bool ClauseScanner::ComplementizerFollows(uint32_t j, uint32_t limit) const {
  for (uint32_t k = j; k < limit && k < j + 4; ++k)
    if (kComplementizers.count(N(k)) || IsColon(doc_, T(k)) || IsOpeningMarkOfQuote(doc_, k)) return true;
  return false;
}

bool ClauseScanner::IsSpeechQuote(const Quote& q, uint32_t limit) const {
  const uint32_t inner = q.end_token - q.first_token;
  if (inner >= 6) return true;
  if (inner < 2) return false;
  const uint32_t after = q.close.empty() ? q.end_token : q.end_token + 1;
  if (after >= doc_.tokens.size() || after >= limit) return true;
  // A name's head right before the marks: "بعنوان «…»"، "برنامج “أراب
  // آيدول”"، "ملعب “لوفتس رود”".
  if (q.first_token >= 2) {
    std::string_view head = StripArticle(N(q.first_token - 2));
    if (head.size() > 2 && (head.substr(0, 2) == "ب" || head.substr(0, 2) == "ل"))
      if (kNamedHeads.count(StripArticle(head.substr(2)))) return false;
    if (kNamedHeads.count(head)) return false;
  }
  const Token& t = T(after);
  // A short quotation, a comma, and a clause opened by أن further on: the
  // quotation is a name in the speaker's phrase ("وأكدت إدارة العلاقات
  // والإعلام بـ"صحة تبوك"، أنه تم …"، "وذكر "سعيد القحطاني"، أحد
  // المستأجرين، أنه حجز …").
  // (Not past another cue, whose clause that is: "أجابت بكلمتين «ليست
  // للبيع»، موضحة أنها …"; nor past "but": "ومضى يقول "سأجري محادثات حول
  // كل المواضيع"، إلا أنه أوضح …".)
  CueMatch m;
  if (IsCommaToken(doc_, t))
    for (uint32_t k = after + 1; k < limit && k < after + 12 && !IsClauseEndPunct(doc_, T(k)) &&
                                 !IsCueAt(k, &m) && !IsExceptBeforeThat(N(k)) && !IsBut(N(k));
         ++k)
      if (kComplementizers.count(N(k))) return false;
  if (t.kind == TokenKind::kPunct) return true;
  return IsCueAt(after, &m);
}

uint32_t ClauseScanner::TimePhraseEnd(uint32_t j, uint32_t limit) const {
  const std::string_view n = N(j);
  if ((n == "قبل" || n == "منذ") && j + 1 < limit) {
    uint32_t k = j + 1;
    if (T(k).kind == TokenKind::kNumber && k + 1 < limit) ++k;  // "قبل 3 أيام"
    if (IsWord(T(k)) && kTimeNouns.count(N(k))) return k + 1;
    // "قبل قليل" (a little while ago).
    if (n == "قبل" && k == j + 1 && N(k) == "قليل") return k + 1;
    return j;
  }
  // "في الوقت نفسه"، "في الوقت ذاته"، "في ذات الوقت": at the same time; "في
  // وقت سابق / لاحق": earlier, later.
  if (j + 1 < limit && ((n == "الوقت" && (N(j + 1) == "نفسه" || N(j + 1) == "ذاته")) ||
                        ((n == "ذات" || n == "نفس") && N(j + 1) == "الوقت") ||
                        (n == "وقت" && (N(j + 1) == "سابق" || N(j + 1) == "لاحق"))))
    return j + 2;
  // "العام الماضي"، "الأسبوع المقبل".
  if (j + 1 < limit && kTimeNouns.count(StripArticle(n)) && StripArticle(n) != n &&
      IsRelativeTime(N(j + 1)))
    return j + 2;
  return j;
}

uint32_t ClauseScanner::ReportCircumstancesEnd(uint32_t j, uint32_t limit) const {
  uint32_t k = j;
  CueMatch m;
  for (int phrases = 0; phrases < 3 && k < limit && IsWord(T(k)); ++phrases) {
    const std::string_view w = N(k);
    if (const uint32_t t = TimePhraseEnd(k, limit); t > k) {
      k = t;
    } else if (kTimeAdverbs.count(w) && w != "فيها" && w != "فيه") {
      ++k;
    } else if (w == "في" || w == "خلال" || w == "عبر" || w == "امام") {
      uint32_t e = k + 1;
      while (e < limit && e < k + 4 && IsWord(T(e)) && !kComplementizers.count(N(e)) &&
             !IsVerb(T(e)) && !IsCueAt(e, &m) && !kTimeAdverbs.count(N(e)))
        ++e;
      if (e == k + 1) break;
      k = e;
    } else {
      break;
    }
  }
  if (k > j && k < limit && IsCommaToken(doc_, T(k))) ++k;
  return k;
}

uint32_t ClauseScanner::SkipToldInMarks(uint32_t c, uint32_t limit) const {
  while (c < limit && T(c).kind == TokenKind::kPunct) ++c;
  if (c + 1 < limit && !IsMarkAfterLam(c) && IsMarkAfterLam(c + 1)) ++c;  // the لـ token itself
  if (c < limit && IsMarkAfterLam(c)) {
    c = ToldInMarksEnd(c);
    while (c < limit && T(c).kind == TokenKind::kPunct) ++c;
  }
  return c;
}

bool ClauseScanner::IsAliName(uint32_t j, uint32_t limit) const {
  return N(j) == "علي" && ((entity_tokens_ != nullptr && (*entity_tokens_)[j]) ||
                           WrittenAliBeforeFamilyName(j, limit));
}

bool ClauseScanner::WrittenAliBeforeFamilyName(uint32_t j, uint32_t limit) const {
  const std::u32string_view text = doc_.Text(T(j).span);
  if (text.size() != 3 || text[2] != U'\u064A' || j + 1 >= limit || !IsWord(T(j + 1))) return false;
  const std::string_view next = N(j + 1);
  return next.size() > 8 && next.substr(0, 4) == "ال";
}

bool ClauseScanner::IsKanaAt(uint32_t j) const {
  return IsKana(N(j)) && doc_.Text(T(j).span).find(U'\u0623') == std::u32string_view::npos;
}

// "سيكون مطالبا بدفع"، "فهي مطالبة بتلبية"، "فإن وزارة التعليم مطالبة
// بالتأكد": مطالَب after a verb of being, a pronoun, or as the predicate of
// إنّ's noun is "required to", a passive: no one demands anything. (The
// circumstance "…، مطالبا بـ" follows a pause or a whole clause.)
bool ClauseScanner::IsRequiredParticipleAt(uint32_t i, uint32_t begin) const {
  std::string_view w = N(i);
  if (w.starts_with("و") || w.starts_with("ف")) w.remove_prefix(2);
  if (!w.starts_with("مطالب") || i == begin || !IsWord(T(i - 1))) return false;
  if (kBeingBeforePredicate.count(N(i - 1))) return true;
  // The noun of إنّ before it, a few words back with no verb between.
  for (uint32_t k = i - 1; k > begin && k + 5 > i; --k) {
    const std::string_view p = N(k - 1);
    if (p == "ان" || p == "فان" || p == "وان" || p == "لان") return true;
    if (!IsWord(T(k - 1)) || IsVerb(T(k - 1))) break;
  }
  return false;
}

bool ClauseScanner::IsCountedAt(uint32_t j) const {
  if (j == 0) return false;
  const std::string_view n = N(j - 1);
  return n == "الف" || n == "الاف" || n == "مليون" || n == "ملايين" || n == "مئات" || n == "عشرات";
}

bool ClauseScanner::IsToldOutletAt(uint32_t j) const {
  if (GluedPreposition(j) != "ل" || !IsWord(T(j))) return false;
  // (A named outlet, or a medium: للصحيفة، للإذاعة، للتلفزيون، لوسائل،
  // لمراسل. Narrower than source_kind's media heads on purpose: للأنباء،
  // للإعلام، للأخبار name a body's remit, "مؤسسة وجوه للإعلام".)
  if (entity_tokens_ != nullptr && (*entity_tokens_)[j])
    return ClassifySource(doc_, j, j + 1) == SourceKind::kMedia;
  std::string_view w = N(j);
  w.remove_prefix(std::string_view("ل").size());
  w = StripArticle(w);
  return w == "صحيفة" || w == "اذاعة" || w == "تلفزيون" || w == "وسائل" || w == "قناة" ||
         w == "مراسل" || w == "رويترز";
}

}  // namespace isnad

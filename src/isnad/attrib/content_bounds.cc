// ClauseScanner (clause_scanner.h), the content of a report: where it starts
// after its cue (past whom the words were told, occasions, times, a colon or
// marks) and where an indirect or bracketed report ends. The rest of the
// scanner, the phrases around the cue, is clause_scanner.cc.
#include <algorithm>

#include "isnad/attrib/clause_scanner.h"
#include "isnad/attrib/clause_words.h"
#include "isnad/attrib/source_kind.h"
#include "isnad/text/chars.h"
#include "isnad/tokenize/sentences.h"

namespace isnad {

using namespace clause_words;  // the word lists this scanner is made of

uint32_t ClauseScanner::IndirectContentEnd(uint32_t start, uint32_t limit) const {
  // No report runs longer than kMaxContentTokens: a text with no
  // punctuation must not make every cue scan to its end.
  limit = std::min(limit, start + kMaxContentTokens);
  // (Not when the content opens right inside the bracket: "وبحسب شركة الأمن
  // الإلكتروني (زيروفوكس)، يبدو أن …" names the source there.)
  int open_brackets = start > 0 && IsPunctChar(doc_, T(start - 1), '(') ? 1 : 0;
  // A noun phrase reported (no complementizer, colon or mark before it:
  // "رحب فيها بالحضور") ends where the subject acts again after a comma
  // ("…، وتحدث عن إنجازات المحافظة"): a noun phrase takes no clause of its
  // own, except a relative one ("التفجير الذي استهدف …، وأسفر عن …").
  // (It opens with a noun: "ووفقا للتقرير تراجع حجم الإنتاج …، واستقر" is a
  // clause.)
  bool noun_phrase = start > 0 && start < limit && IsWord(T(start - 1)) && IsWord(T(start)) &&
                     !kComplementizers.count(N(start - 1));
  if (noun_phrase) {
    const Token& s0 = T(start);
    const Upos u = doc_.words[s0.first_word + s0.word_count - 1].upos;
    noun_phrase = u == Upos::NOUN || u == Upos::PROPN || u == Upos::ADJ || u == Upos::X;
  }
  for (uint32_t j = start; j < limit; ++j) {
    const Token& t = T(j);
    if (noun_phrase && IsRelativePronoun(N(j))) noun_phrase = false;
    if (noun_phrase && j > start) {
      // (A past verb: a present one goes on describing, "…، وترفض أي
      // تبريرات"، "…، ويتبنى أفكارا"; not inside a quotation; a verb alone,
      // which a name or a noun with a pronoun only looks like: "مريم،
      // وحديش زل ألم"، "إلى أخيه …، وأخيه …".)
      if (IsCommaToken(doc_, t) && t.quote == 0 && j + 1 < limit && T(j + 1).word_count == 2 &&
          doc_.words[T(j + 1).first_word].upos == Upos::CCONJ &&
          doc_.words[T(j + 1).first_word + 1].upos == Upos::VERB &&
          !(entity_tokens_ != nullptr && (*entity_tokens_)[j + 1])) {
        const std::string_view verb = N(j + 1).substr(2);  // past the conjunction
        if (!verb.starts_with("ي") && !verb.starts_with("ن") &&
            (!verb.starts_with("ت") || kPastVerbsInTa.count(verb)))
          return j;
      }
    }
    if (t.kind == TokenKind::kPunct && IsSentenceFinal(doc_.cps[t.span.start]) && t.quote == 0 &&
        !IsAbbreviationPeriod(doc_, j))
      return j;
    // A bracket that closes one opened before the content ends it: "(آخر
    // الإحصاءات تقول إن هناك 600 ألماني …)، بيد أن …".
    if (IsPunctChar(doc_, t, '(')) ++open_brackets;
    if (IsPunctChar(doc_, t, ')') && open_brackets-- == 0) return j;
    // So does a new topic after a comma that a report follows: "…، وحول
    // اختلاف درجات الحرارة …، قال إن …".
    if (IsCommaToken(doc_, t) && j + 2 < limit && IsTopicOpener(N(j + 1))) {
      CueMatch m;
      for (uint32_t k = j + 2; k < limit && k < j + 14; ++k) {
        if (T(k).kind == TokenKind::kPunct && IsSentenceFinal(doc_.cps[T(k).span.start])) break;
        if (IsCueAt(k, &m) && m.info.cls != CueClass::kAccording) return j;
      }
    }
    // "…، وهو ما أكده المتحدث": another source vouches for what was said.
    // "…، جاء ذلك خلال …": the outlet says where it was said.
    // (With حيث before it: "…، حيث جاء هذا …".)
    if (j > start &&
        (ThatWhichSaidEnd(j, limit) > j || (j + 1 < limit && IsOutletFrame(N(j), N(j + 1)))))
      return j > start + 1 && N(j - 1) == "حيث" ? j - 1 : j;
    // After a comma, a participle of what the speaker does next ends what he
    // said, at the comma: "…، سائلا المولى أن …"، "…، مؤيدا الإجراءات …" (an
    // ambiguous participle cue, which reports only with a complementizer
    // close; or one of kActParticiples, no cue).
    const bool after_comma =
        j > start + 1 && IsCommaToken(doc_, T(j - 1)) && T(j - 1).quote == 0 && IsWord(t);
    if (after_comma && kActParticiples.count(N(j))) return j - 1;
    CueMatch m;
    if (j > start && IsCueAt(j, &m)) {
      if (after_comma && m.info.cls == CueClass::kParticiple && m.info.ambiguous) return j - 1;
      // (Nor نقل before عن, the outlet's next report: "…، ونقلت عن شهود
      // عيان قولهم …".)
      const bool reported_from = m.info.needs_that && j + 1 < limit && N(j + 1) == "عن";
      if (m.info.ambiguous && !reported_from && !ComplementizerFollows(j + 1, limit)) continue;
      if (m.info.cls == CueClass::kParticiple && IsRequiredParticipleAt(j, start)) continue;
      // A verb that reports only with its subject after it (CueInfo::
      // needs_that) goes on with the content without one: "تواصلت مع آباء
      // شخصيا ووجدت أن …" (I found).
      if (m.info.needs_that && !reported_from && j + 1 < limit &&
          (!IsWord(T(j + 1)) || kComplementizers.count(N(j + 1))))
        continue;
      if (kConnectors.count(N(j - 1)) && m.info.cls != CueClass::kAccording) return j - 1;
      // "…، في حين أكد مسؤول أمني …"، "فيما أكد الناصر أن"، "في الوقت الذي
      // يؤكد فيه النادي أن": a report set against this one ends it.
      if (m.info.cls != CueClass::kAccording && !m.info.ambiguous) {
        if (N(j - 1) == "بينما" || N(j - 1) == "فيما") return j - 1;
        if (j > start + 1 && N(j - 1) == "حين" && N(j - 2) == "في") return j - 2;
        // (So "في الوقت الذي أكدت فيه مصادر …".)
        if (j > start + 2 && N(j - 1) == "الذي" && N(j - 2) == "الوقت" && N(j - 3) == "في")
          return j - 3;
      }
      if (m.info.cls == CueClass::kParticiple) return j;
      // After a comma, a verb of report with no conjunction, or after وقد,
      // opens the outlet's next report: "…، رأت كلينتون أن …"، "…، شدد على
      // ان …"، "…، يعلن المجلس وقوفه …"، "…، وقد أكد المرجع الشيعي …". (A
      // present form with its source named right after it only: "…، يرى
      // فريق آخر أنها …"; "…، تعتبر تجسيداً لعلاقة …" is "is considered",
      // "…، تبين أنه …" "it turned out", the content going on.)
      bool named_after = true;
      if (m.info.present) {
        bool by_default = true;
        if (j + 1 < limit && IsWord(T(j + 1))) ClassifySource(doc_, j + 1, j + 2, &by_default);
        named_after = j + 1 < limit && IsWord(T(j + 1)) &&
                      (!by_default || (entity_tokens_ != nullptr && (*entity_tokens_)[j + 1]));
      }
      // (Not scripture the speaker cites: "…، قال رسول الله صلى الله عليه
      // وسلم: …"، "…، قال الله تعالى: …" are his argument.)
      const std::string_view cited = j + 1 < limit ? N(j + 1) : std::string_view();
      const bool scripture = cited == "الله" || cited == "تعالي" || cited == "رسول" ||
                             cited == "النبي" || cited == "الرسول";
      if (m.info.cls != CueClass::kAccording && m.info.cls != CueClass::kImpersonal &&
          named_after && !scripture) {
        if (after_comma && !m.has_conjunction) return j - 1;
        if (j > start + 2 && N(j - 1) == "وقد" && IsCommaToken(doc_, T(j - 2)) &&
            T(j - 2).quote == 0)
          return j - 2;
      }
      // A new coordinated report (وأضاف، وأشار الى أن، كما قال) ends this one.
      if (m.info.cls != CueClass::kAccording && m.info.cls != CueClass::kImpersonal &&
          m.has_conjunction)
        return j;
    }
  }
  return limit;
}

uint32_t ClauseScanner::QuotationRunOnEnd(uint32_t start, uint32_t end) const {
  // How far past its sentence a quotation may carry the content (tokens).
  constexpr uint32_t kMaxQuoteRunOn = 120;
  for (uint32_t k = start; k + 1 < end; ++k) {
    if (!IsOpeningMarkOfQuote(doc_, k) || !IsWord(T(k + 1))) continue;
    const Quote& q = doc_.quotes[T(k).quote - 1];
    if (q.end_token < end) {  // closed inside: the next one may cross
      k = q.end_token;
      continue;
    }
    if (q.close.empty() || q.end_token >= end + kMaxQuoteRunOn) return end;
    // (Marks the right way round only: a stray » that the quote matcher
    // took as opening pairs with the next «, and the words between are
    // nobody's quotation.)
    if (IsClosingQuote(doc_.cps[q.open.start]) || IsOpeningQuote(doc_.cps[q.close.start]))
      return end;
    // (Nor over the outlet's next reports: marks that pair far apart,
    // "«تخصيص 68% … وأشاد المدير العام … وقال السيد الحربش: «…»"، are an
    // unclosed quotation, not one long one.)
    for (uint32_t j = end; j < q.end_token; ++j) {
      CueMatch m;
      if (IsCueAt(j, &m) && !m.info.ambiguous &&
          (m.has_conjunction || m.info.cls == CueClass::kParticiple))
        return end;
    }
    return q.end_token + 1;
  }
  return end;
}

uint32_t ClauseScanner::BracketedSpeechEnd(uint32_t start, uint32_t limit) const {
  if (start == 0 || start >= limit || !IsPunctChar(doc_, T(start), '(')) return start;
  if (!IsColon(doc_, T(start - 1)) && !kComplementizers.count(N(start - 1))) return start;
  uint32_t words = 0;
  for (uint32_t k = start + 1; k < limit; ++k) {
    if (IsPunctChar(doc_, T(k), '(')) return start;
    if (IsPunctChar(doc_, T(k), ')')) {
      if (words < 3 || (k + 1 < limit && IsColon(doc_, T(k + 1)))) return start;
      return k;
    }
    if (IsWord(T(k))) ++words;
  }
  return start;
}

Span ClauseScanner::TrimmedSpan(uint32_t b, uint32_t e) const {
  const uint32_t first = b;
  const auto skip_marks = [&] {
    while (b < e && !IsWord(T(b)) && T(b).kind != TokenKind::kNumber &&
           T(b).kind != TokenKind::kQuote && T(b).kind != TokenKind::kDate)
      ++b;
  };
  skip_marks();
  // "أكد الملك - أيده الله - عمق العلاقات": what is said starts after the
  // blessing.
  if (const uint32_t past = BlessingEnd(b, e); past > b) {
    b = past;
    skip_marks();
  }
  while (e > b && (T(e - 1).kind == TokenKind::kPunct || T(e - 1).kind == TokenKind::kSymbol)) --e;
  // A lone closing quote at the end whose opening is outside: drop it.
  if (e > b && T(e - 1).kind == TokenKind::kQuote) {
    const Token& q = T(e - 1);
    if (q.quote == 0 || doc_.quotes[q.quote - 1].open.start < T(b).span.start) --e;
  }
  // An opening bracket closed inside the span stays: "(السعوديون) يريدون".
  if (b > first && b < e && IsPunctChar(doc_, T(b - 1), '(')) {
    for (uint32_t k = b; k < e; ++k)
      if (IsPunctChar(doc_, T(k), ')')) {
        --b;
        break;
      }
  }
  if (e <= b) return {};
  return {T(b).span.start, T(e - 1).span.end};
}
bool ClauseScanner::QuoteIsWholeClause(uint32_t j, uint32_t limit) const {
  if (j >= limit || !IsOpeningMarkOfQuote(doc_, j) || IsMarkAfterLam(j)) return false;
  const Quote& q = doc_.quotes[T(j).quote - 1];
  if (q.close.empty() || q.end_token - q.first_token < 3) return false;
  // The clause must end with the quotation: a word after the closing mark
  // ("أن «جبهة النصرة» أعلنت") makes the marks a name or scare quotes.
  const uint32_t after = q.end_token + 1;
  // (The outlet's gloss after it is no part of it: "… وحلفائهم” أي القوات
  // الموالية للرئيس السابق".)
  return after >= doc_.tokens.size() || after >= limit ||
         (!IsWord(T(after)) && T(after).kind != TokenKind::kNumber) || N(after) == "اي";
}

uint32_t ClauseScanner::AfterOccasionOfSpeech(uint32_t j, uint32_t limit) const {
  const bool via = N(j) == "عبر";
  if (!(N(j) == "في" || N(j) == "خلال" || via) || j + 1 >= limit) return j;
  const std::string_view event = StripArticle(N(j + 1));
  // "عبر موقعها على تويتر، إلى …"، "عبر بيان": the channel, as a speech event.
  if (via && !kSpeechEvents.count(event) && !IsListedWithPossessive(kSpeechEvents, event) &&
      !IsListedWithPossessive(kChannelsOfSpeech, event))
    return j;
  // Another occasion (اجتماع، زيارة …) is passed over only up to a comma,
  // a complementizer or the preposition of the content (على، عن), in 8
  // words: after it إلى is where one went ("خلال زيارته إلى باريس"), and
  // a noun may well be its own ("خلال الاجتماع من المجتمعين إبداء …").
  const bool occasion =
      !via && !kSpeechEvents.count(event) && !IsListedWithPossessive(kSpeechEvents, event);
  if (occasion && !IsListedWithPossessive(kOccasionsOfSpeech, event)) return j;
  for (uint32_t k = j + 2; k < limit && k < j + (occasion ? 8 : 12); ++k) {
    if (IsCommaToken(doc_, T(k))) return k + 1;
    // An aside in brackets is passed over: "(د. ب. أ)".
    if (IsPunctChar(doc_, T(k), '(')) {
      uint32_t c = k + 1;
      while (c < limit && c < k + 10 && !IsPunctChar(doc_, T(c), ')')) ++c;
      if (c < limit && c < k + 10) {
        k = c;
        continue;
      }
    }
    // What opens speech ends the phrase too: "وقال المرصد في بيان إن …".
    if (IsColon(doc_, T(k)) || IsClauseEndPunct(doc_, T(k)) || kComplementizers.count(N(k)) ||
        (IsOpeningMarkOfQuote(doc_, k) && !IsShortNameInMarks(k, limit)))
      return k;
    const std::string_view n = N(k);
    // (Not "على هامش القمة", "on the sidelines"; not إلى before a short
    // name in marks, whom it was told: "في تصريح إلى «الوطن»".)
    // (Nor on what platform: "في تغريدته على «تويتر»".)
    // (Nor after a channel: "عبر موقعها على تويتر".)
    if (n == "عن" || (n == "علي" && !via &&
                      !(k + 1 < limit &&
                        (StripArticle(N(k + 1)) == "هامش" || IsShortNameInMarks(k + 1, limit)))))
      return k;
    if (occasion) continue;
    // (Nor before people, whom one spoke to: "خلال حديثه إلى أعضاء الحركة".)
    if (n == "الي" && !IsShortNameInMarks(k + 1, limit) &&
        !(k + 1 < limit && IsWord(T(k + 1)) &&
          (IsPersonNoun(StripArticle(N(k + 1))) || kPeopleNouns.count(StripArticle(N(k + 1))) ||
           IsPluralOfPeople(doc_, k + 1, true))))
      return k;
    // (The speech itself goes on the phrase: "في ختام كلمته عن …".)
    if ((kReportedNouns.count(StripArticle(n)) || IsObjectNoun(n)) &&
        !IsListedWithPossessive(kSpeechEvents, StripArticle(n)))
      return k;
  }
  return j;
}

bool ClauseScanner::IsShortNameInMarks(uint32_t j, uint32_t limit) const {
  if (j >= limit || !IsOpeningMarkOfQuote(doc_, j)) return false;
  const Quote& q = doc_.quotes[T(j).quote - 1];
  return !q.close.empty() && q.end_token - q.first_token <= 3;
}

bool ClauseScanner::IsNonReportGovernor(uint32_t k) const {
  const std::string_view n = N(k);
  if (kNonReportGovernors.count(n)) return true;
  // رغم / بالرغم / على الرغم + من.
  return n == "من" && k > 0 && (N(k - 1) == "رغم" || N(k - 1) == "بالرغم" || N(k - 1) == "الرغم");
}

uint32_t ClauseScanner::AsideBeforePreposition(uint32_t opener, uint32_t limit,
                                               bool takes_min) const {
  auto governed = [&](uint32_t k) {
    const std::string_view n = N(k);
    return n == "علي" || n == "الي" || n == "عن" ||
           (takes_min && n == "من" && !(k + 1 < limit && N(k + 1) == "خلال"));
  };
  // (Or between dashes: "حذّر د. توفيق السويلم -رئيس الجمعية الخيرية- من".)
  const bool dash = IsDash(doc_, T(opener));
  auto closes = [&](uint32_t k) { return dash ? IsDash(doc_, T(k)) : IsCommaToken(doc_, T(k)); };
  // (A comma right before the preposition: "شدد الخبير، على ضرورة …،
  // إلى جانب …" is no aside.)
  if (!dash && opener + 1 < limit && governed(opener + 1)) return opener + 1;
  for (uint32_t k = opener + 1; k < limit && k < opener + 16; ++k) {
    if (closes(k)) {
      if (k == opener + 1 || k + 1 >= limit) return opener;
      if (governed(k + 1)) return k + 1;
      if (dash) return opener;
      continue;  // "، أمس، في المحكمة …، عن"
    }
    CueMatch m;
    if (!(IsWord(T(k)) || T(k).kind == TokenKind::kNumber || T(k).kind == TokenKind::kQuote ||
          IsPunctChar(doc_, T(k), '(') || IsPunctChar(doc_, T(k), ')')) ||
        kComplementizers.count(N(k)) || IsCueAt(k, &m))
      return opener;
  }
  return opener;
}

uint32_t ClauseScanner::RelativeAsideEnd(uint32_t j, uint32_t limit) const {
  if (j == 0 || !IsSingularRelative(N(j)) || !IsCommaToken(doc_, T(j - 1))) return j;
  uint32_t k = j + 1;
  while (k < limit && k < j + 24 && !IsCommaToken(doc_, T(k)) && !IsClauseEndPunct(doc_, T(k))) ++k;
  return k + 1 < limit && k < j + 24 && IsCommaToken(doc_, T(k)) && kComplementizers.count(N(k + 1))
             ? k
             : j;
}

bool ClauseScanner::FindContentStart(uint32_t i, uint32_t limit, CueClass cls, uint32_t* start,
                                     bool* quoted, bool np_fallback, const CueInfo* verb) const {
  // Speech may open after a long circumstance: "وقال كيري في كلمة خلال توقف
  // في سنغافورة قبل توجهه إلى ماليزيا … (آسيان) «…»" (22 tokens).
  const uint32_t window = cls == CueClass::kStance ? 4 : 26;
  // A noun phrase right after the speaker (or after على / إلى, and after a
  // time adverb: "كشف الوزير أمس عن خطة") is the content of verbs that
  // report one, when no clause follows.
  uint32_t fallback = UINT32_MAX;
  if (np_fallback) {
    uint32_t j = i;
    // (Not أول, also "first": كشفت الشركة أول أجهزتها.)
    while (j < limit) {
      // "أعلنا في بيان مشترك صدر عنهما على هامش القمة أهمية …".
      if (const uint32_t r = AfterOccasionOfSpeech(j, limit); r != j) {
        j = r;
        continue;
      }
      // "وأوضح التقرير الذي حصلت «عين اليوم» على نسخة منه ارتفاع …": the
      // paper's copy of the report is passed over.
      if (IsSingularRelative(N(j))) {
        uint32_t k = j + 1;
        while (k < limit && k < j + 10 && N(k) != "منه" && N(k) != "منها" &&
               !IsClauseEndPunct(doc_, T(k)))
          ++k;
        if (k < limit && k < j + 10 && (N(k) == "منه" || N(k) == "منها") && N(k - 1) == "نسخة") {
          j = k + 1;
          if (j < limit && IsCommaToken(doc_, T(j))) ++j;
          continue;
        }
      }
      if (IsMarkAfterLam(j)) {
        // Whom it was told, in marks, and a comma: "أكدت مصادر لـ«الشرق
        // الأوسط»، تلقي …".
        const uint32_t told_end = ToldInMarksEnd(j);
        if (told_end == j) break;
        j = told_end;
        if (j < limit && IsCommaToken(doc_, T(j))) ++j;
        continue;
      }
      // The commas around a time adverb: "أعلنت القيادة في بيان لها، أمس، استشهاد …".
      if (IsCommaToken(doc_, T(j)) && j > i &&
          (kTimeAdverbs.count(N(j - 1)) || (j + 1 < limit && kTimeAdverbs.count(N(j + 1))))) {
        ++j;
        continue;
      }
      // So is a comma before عن: "أعلنت الشركة الماليزية المشغلة لقطار
      // المشاعر …، عن فتح باب التقديم".
      if (IsCommaToken(doc_, T(j)) && j + 1 < limit && N(j + 1) == "عن") {
        ++j;
        continue;
      }
      // An aside between commas right after the speaker, before على / إلى /
      // عن: "وأشارت الدكتورة ناهد مصطفى، نائبة رئيس الجامعة، إلى الدعم"،
      // "كشفت الشرطة الإسرائيلية، أمس، في المحكمة العسكرية في اللد، عن
      // تقديم …" (words only between, no cue and no complementizer).
      if (j == i && (IsCommaToken(doc_, T(j)) || IsDash(doc_, T(j)))) {
        if (const uint32_t e = AsideBeforePreposition(j, limit, verb != nullptr && verb->takes_min);
            e != j) {
          j = e;
          continue;
        }
      }
      // A short aside in brackets, and a comma after it: "أعلن الاتحاد الدولي
      // للنقل الجوي (أياتا) عن نتائج …"، "أكدت الجزائر مجددا، أمس (الأحد)،
      // التزامها …".
      if (IsPunctChar(doc_, T(j), '(')) {
        uint32_t c = j + 1;
        while (c < limit && c < j + 6 && !IsPunctChar(doc_, T(c), ')') &&
               !IsClauseEndPunct(doc_, T(c)))
          ++c;
        if (c < limit && c < j + 6 && IsPunctChar(doc_, T(c), ')')) {
          j = c + 1;
          if (j < limit && IsCommaToken(doc_, T(j))) ++j;
          continue;
        }
      }
      // A number after عن is what is announced: "أعلنت الغرفة عن 413 وظيفة".
      if (T(j).kind == TokenKind::kNumber && j > i && N(j - 1) == "عن") {
        fallback = j;
        break;
      }
      if (!IsWord(T(j))) break;
      // (خلال before the occasion of a verb that reports after عن: "كشفت
      // شركة هواوي … خلال معرض CES2014 بمدينة لاس فيغاس، عن جهاز".)
      if (kContentPrepositions.count(N(j)) || kMannerAdverbs.count(N(j)) ||
          (kTimeAdverbs.count(N(j)) && N(j) != "اول") ||
          (N(j) == "خلال" && verb != nullptr && verb->takes_an)) {
        ++j;
      } else if (const uint32_t e = TimePhraseEnd(j, limit); e > j) {
        j = e;  // "أعلنت الشركة قبل عام اعتزامها …"
      } else {
        break;
      }
    }
    // (إضافة ends a speaker, "in addition to", but after عن it is what is
    // announced: "أعلنت الخطوط السعودية عن إضافة 3 آلاف مقعد".)
    const bool addition = j > i && j < limit && (N(j) == "اضافة" || N(j) == "بالاضافة") &&
                          kContentPrepositions.count(N(j - 1));
    // (ما stops a speaker's phrase, but "نفى الوزير ما يتم تداوله" denies
    // what it opens.)
    if (j < limit && IsWord(T(j)) &&
        (!kSpeakerStops.count(N(j)) || addition || OpensWhatClause(j, limit)) &&
        !kComplementizers.count(N(j)))
      fallback = j;
    // "كشفت اللجنة المنظمة … في طوكيو عام 2020 عن الشعار": after في, a
    // place or a time and then عن, what is announced follows عن (not after
    // other verbs: "وأكدتا حق الشعب الفلسطيني في الدفاع عن نفسه").
    // "حذرت الوزارة المستهلكين من شراء الزعتر": what one warns of follows
    // من, after whom one warns.
    // (Not past a من right after the speaker, which opened it already; nor
    // past a comma or a topic: "حذر رئيس بلدية روما من مغبة السعي … من خلال"،
    // "حذرت الاستخبارات قوات الأمن بشأن عبور سبعة من مسلحي داعش".)
    std::string_view governed;
    bool past_commas = false;
    if (verb != nullptr && verb->takes_min && (j == i || N(j - 1) != "من")) governed = "من";
    if (verb != nullptr && verb->takes_an && j > i && (N(j - 1) == "في" || N(j - 1) == "خلال")) {
      governed = "عن";
      past_commas = true;  // "خلال معرض CES2014 بمدينة لاس فيغاس، عن"
    }
    if (!governed.empty() && fallback == j) {
      for (uint32_t k = j + 1;
           k < limit && k < j + 8 &&
           ((IsWord(T(k)) && !(governed == "من" && kTopicPrepositions.count(N(k)))) ||
            T(k).kind == TokenKind::kNumber || T(k).kind == TokenKind::kLatin ||
            (past_commas && IsCommaToken(doc_, T(k))));
           ++k)
        if (N(k) == governed) {
          if (k + 1 < limit && IsWord(T(k + 1))) fallback = k + 1;
          break;
        }
    }
  }
  auto use_fallback = [&]() {
    if (fallback == UINT32_MAX) return false;
    *start = fallback;
    *quoted = false;
    return true;
  };
  uint32_t window_end = i + window;  // moved on past an occasion of speech
  bool in_circumstance = false;  // inside "دون أن يذكر …", "بعد أن تبين …"
  for (uint32_t j = i; j < limit && j < window_end; ++j) {
    // Where the words were said is passed over, a cue in it too: "ودعا
    // مصدر عسكري في تصريح لـ«الشرق الأوسط»، إلى «الاستفادة …»"، "أكد في
    // كلمة خلال مؤتمر للتعايش بين الشباب إلى أن …".
    if (const uint32_t r = AfterOccasionOfSpeech(j, limit); r != j) {
      window_end = std::max(window_end, r + window);
      j = r - 1;
      continue;
    }
    const Token& t = T(j);
    if (IsOpeningMarkOfQuote(doc_, j)) {
      const Quote& q = doc_.quotes[t.quote - 1];
      // A short quoted name before a colon ("وقال محمد العبار، رئيس مجلس
      // إدارة «إعمار مولز»: «يمثل …»") is part of the speaker's description:
      // the speech follows the colon.
      // (Or a short description: "يقول فهد الغانمي «موظف في منتجع سياحي
      // بأبحر»: إن …".)
      const bool name_before_colon = !q.close.empty() && q.end_token - q.first_token <= 6 &&
                                     q.end_token + 1 < limit && IsColon(doc_, T(q.end_token + 1));
      // "قال لـ«الشرق الأوسط»": the quoted name after ل is who was told.
      if (!IsMarkAfterLam(j) && !name_before_colon && IsSpeechQuote(q, limit)) {
        *start = j;
        *quoted = true;
        return true;
      }
      // A stance verb's content may open with a short quotation after عن:
      // "وأعرب الرئيس عن «استيائه» من الهجوم" (right after the verb it is
      // more often a name: "ويتهم الاتحاد الأوروبي «جازبروم» بأنها").
      if (cls == CueClass::kStance && j > i && N(j - 1) == "عن" && q.end_token > q.first_token) {
        *start = q.first_token;
        *quoted = false;
        return true;
      }
      // Any other quoted name is passed over whole, not entered ("وأعرب عدد
      // من العائدين لـ«الشرق الأوسط» عن فرحتهم"), and the window grows by it.
      if (!q.close.empty() && q.end_token > j && q.end_token < limit) {
        window_end += q.end_token - j;
        j = q.end_token;
      }
      continue;
    }
    if (t.kind == TokenKind::kQuote) continue;
    // The circumstance ends at a comma: "بعد أن أبلغته الصحيفة بالتفاصيل،
    // أن هذا الأمر غير مقبول".
    if (IsPunctChar(doc_, t, u'،') || IsPunctChar(doc_, t, ',')) in_circumstance = false;
    // A short aside in brackets is passed over: "لشبكة (إن.بي.سي) الأمريكية:".
    if (IsPunctChar(doc_, t, '(')) {
      uint32_t k = j + 1;
      while (k < limit && k < j + 10 && !IsPunctChar(doc_, T(k), ')')) ++k;
      if (k < limit && k < j + 10) {
        j = k;
        continue;
      }
    }
    std::string_view n = N(j);
    if (kComplementizers.count(n) && j + 1 < limit && !InCnn(j)) {
      // "رغم أن"، "بعد أن"، "منذ أن": the clause is a circumstance, not what
      // the cue reports ("نفى المركز المفاوضات، في وقت فضل الأهلي الصمت رغم
      // أن عنده ما يقوله"); the speech may still follow it ("قال خامنئي بعد
      // أن أم صلاة العيد «…»").
      // Nor is a clause that a circumstance's verb opens ("وغرد بعد أن تبين
      // بأن التصويت سار …: «…»").
      if (j > i && IsNonReportGovernor(j - 1)) continue;
      if (in_circumstance) continue;
      *start = j + 1;
      *quoted = QuoteIsWholeClause(j + 1, limit);
      return true;
    }
    if (IsColon(doc_, t) && j + 1 < limit) {
      // "وأضاف: إن «…»": the complementizer after the colon is left out too.
      *start = j + 1 + (j + 2 < limit && kComplementizers.count(N(j + 1)) ? 1 : 0);
      *quoted = IsOpeningMarkOfQuote(doc_, *start) &&
                (*start == j + 1 || QuoteIsWholeClause(*start, limit));
      return true;
    }
    // A semicolon right after the speaker, before a complementizer, is a
    // writer's comma: "وأكّد اللواء الغامدي؛ أن رجال الأمن …".
    // (Not after a homograph: "بعد نحو ٣ أشهر من نشر التقرير؛ أن" is the
    // publishing, and the complementizer another verb's.)
    if (j == i && j + 2 < limit && IsClauseEndPunct(doc_, t) &&
        IsSemicolon(doc_.cps[t.span.start]) && kComplementizers.count(N(j + 1)) &&
        verb != nullptr && !verb->ambiguous)
      continue;
    if (IsClauseEndPunct(doc_, t)) return use_fallback();
    // "وقال المسؤول، رافضا كشف هويته، إن …": the unnamed source's aside is
    // passed over.
    if (const uint32_t e = AnonymityAsideEnd(j, limit); e > j) {
      if (fallback == j) fallback = e < limit && IsCommaToken(doc_, T(e)) ? e + 1 : e;
      window_end = std::max(window_end, e + window);
      j = e - 1;
      continue;
    }
    CueMatch m;
    // "وأضاف المواطن قائلا: …": the participle only introduces the speech.
    // But after a noun phrase and a comma it reports on its own: "أعلن
    // الوزير بدء مرحلة الإعمار، قائلا إن …" announced the phase.
    if (j > i && (N(j) == "قائلا" || N(j) == "قائلة" || N(j) == "قائلين")) {
      in_circumstance = false;
      if (fallback < j - 1 && IsCommaToken(doc_, T(j - 1))) return use_fallback();
      fallback = UINT32_MAX;
      continue;
    }
    // A credit right after the speaker, up to its comma, is passed over with
    // the verb it holds: "وأوضحت الوزارة وفقاً لما ذكرت صحيفة “المدينة”، أن …";
    // up to a complementizer before any comma, which opens what the speaker
    // said: "وقال متعب بحسب صحيفة مكة إن أمين المنطقة الدكتور خالد طاهر، وجه
    // …" (not the بان of a name: "بحسب الأمين العام بان كي مون").
    if (IsCueAt(j, &m) && m.info.cls == CueClass::kAccording && j <= i + 1) {
      uint32_t c = j + 1;
      while (
          c < limit && c < j + 12 && !IsCommaToken(doc_, T(c)) &&
          !(kComplementizers.count(N(c)) && !(entity_tokens_ != nullptr && (*entity_tokens_)[c])))
        ++c;
      if (c < limit && c < j + 12) {
        if (fallback == j) fallback = UINT32_MAX;
        window_end = std::max(window_end, c + 1 + window);
        j = IsCommaToken(doc_, T(c)) ? c : c - 1;
        continue;
      }
    }
    // A relative clause between commas about the speaker, before the
    // complementizer, is passed over whole (a complementizer in it is its
    // own verb's): "وأوضحت الدراسة، التي وصفت المشروع بأنه …، أن …".
    if (const uint32_t k = RelativeAsideEnd(j, limit); j > i && k > j) {
      window_end = std::max(window_end, k + 1 + window);
      j = k;
      continue;
    }
    // (A verb of a relative clause about the speaker is none: "وذكرت صحيفة
    // "ذا ناشيونال"، التي تصدر بالإنجليزية، أن …".)
    // (Nor the verb of a circumstance: "وقال متحدث دون أن يذكر اسمه «…»";
    // nor naming oneself: "وأوضح المصدر - الذي فضل عدم ذكر اسمه - أن …".)
    // (Nor a counted noun: "لمساعدة أكثر من 200 ألف طالب".)
    if (j > i && IsCueAt(j, &m) && m.info.cls != CueClass::kAccording &&
        !IsSingularRelative(N(j - 1)) && !IsCountedAt(j) &&
        !(j + 1 < limit && N(j + 1).substr(0, 6) == "اسم") &&
        !(j > i + 1 && kComplementizers.count(N(j - 1)) && IsNonReportGovernor(j - 2)))
      return use_fallback();
    // (Only a verb that takes a clause of its own: "بعد أن زار ثلاث جزر
    // يونانية بأن على الدول …" goes on with what was said.)
    if (j > i + 1 && kComplementizers.count(N(j - 1)) && IsNonReportGovernor(j - 2) && IsVerb(t) &&
        (IsCueAt(j, &m) || kClauseTakingVerbs.count(N(j))))
      in_circumstance = true;
    // (A stance verb's window grows by the time and the comma before its
    // preposition: "أعرب الرئيس محمود عباس أمس الاثنين، عن دعمه"; not by
    // اول, also "first": "ودعا البابا أول وثيقة بابوية".)
    if (cls == CueClass::kStance &&
        (IsCommaToken(doc_, t) || (IsWord(t) && kTimeAdverbs.count(n) && n != "اول"))) {
      ++window_end;
      continue;
    }
    if (cls == CueClass::kStance && IsWord(t)) {
      // "باسمه واسم شعب وحكومة المملكة عن أصدق التهاني": on whose behalf is
      // passed over, up to عن / على.
      if (n == "باسمه" || n == "باسمها" || n == "باسمهم" || n == "باسميهما") {
        uint32_t k = j + 1;
        while (k < limit && k < j + 12 && IsWord(T(k)) && N(k) != "عن" && N(k) != "علي") ++k;
        if (k < limit && (N(k) == "عن" || N(k) == "علي")) {
          window_end = std::max(window_end, k + window);
          j = k;
          continue;
        }
      }
      // The occasion and the time are passed over: "وأشاد الملك المفدى بهذه
      // المناسبة بتميز العلاقات"، "وأعرب النسور بهذا الصدد عن ثقته"، "مؤكدا في
      // الوقت ذاته الحاجة إلى …".
      if (const uint32_t e = std::max(TimePhraseEnd(j, limit), OccasionEnd(j, limit)); e > j) {
        window_end = std::max(window_end, e + window);
        j = e - 1;
        continue;
      }
      // Stance verbs: the noun phrase right after (a separate preposition
      // is left out).
      if (kContentPrepositions.count(n)) continue;
      // (But "بما" opens what is praised: "أشاد بما حققته الأجهزة".)
      if (kSpeakerStops.count(n) && n != "بما") continue;
      *start = j;
      *quoted = false;
      return true;
    }
  }
  return use_fallback();
}
}  // namespace isnad

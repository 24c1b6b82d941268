// The fixed phrases of attribution, which the cue lexicon does not hold
// (AttributionScan, attribution_scan.h; the headline "X: Y" is
// headline_lines.cc): من المتوقع أن,
// جاء في, نقل … عن (an outlet and its source, one report nested in the
// other), على حد قوله; and the cue loop (ScanCues), which tries the phrases
// at every word before the cues of the lexicon (IsReportingCue: whether one
// reports here). The phrases and IsReportingCue are inline, here with the
// loop, for that reason: as calls, they made the stage about 8% slower.
#include <algorithm>

#include "isnad/attrib/attribution_scan.h"
#include "isnad/attrib/source_kind.h"
#include "isnad/tokenize/quotes.h"

namespace isnad {

using namespace clause_words;  // the word lists of attribution (clause_words.h)

// "(و)من المتوقع أن": impersonal, the cue is both words. Whether the words
// at *pos are these; *pos is then at the second.
inline bool AttributionScan::ScanExpected(uint32_t* pos) {
  const uint32_t i = *pos;
  if (!((clauses_.N(i) == "من" || clauses_.N(i) == "ومن") && i + 1 < n_ &&
        clauses_.N(i + 1) == "المتوقع"))
    return false;
  Found x;
  x.cls = CueClass::kImpersonal;
  x.cue_first = i;
  x.cue_end = i + 2;
  uint32_t start;
  bool quoted;
  const uint32_t limit = SentenceLimit(i);
  if (clauses_.FindContentStart(i + 2, limit, CueClass::kSpeech, &start, &quoted)) {
    x.a.cue = {toks_[i].span.start, toks_[i + 1].span.end};
    SetContent(clauses_, start, quoted, limit, &x);
    if (!x.a.content.empty()) found_.push_back(x);
  }
  *pos = i + 1;
  return true;
}

// "وجاء في البيان أن …", "جاء في تقرير للوزارة: …": the document is the source.
// Whether such a report starts at token i.
inline bool AttributionScan::ScanJaaFi(uint32_t i) {
  if (!((clauses_.N(i) == "جاء" || clauses_.N(i) == "وجاء") && i + 2 < n_)) return false;
  if (clauses_.N(i + 1) == "فيه" || clauses_.N(i + 1) == "فيها") return SaidInIt(i);
  if (clauses_.N(i + 1) != "في" || !IsWord(toks_[i + 2])) return false;
  const uint32_t limit = SentenceLimit(i);
  Found x;
  x.cls = CueClass::kSpeech;
  x.cue_first = i;
  x.cue_end = i + 1;
  x.spk_first = i + 2;
  x.spk_end = clauses_.NounPhraseEnd(i + 2, limit);
  x.explicit_speaker = true;
  uint32_t start;
  bool quoted;
  if (!clauses_.FindContentStart(x.spk_end, limit, CueClass::kSpeech, &start, &quoted))
    return false;
  x.a.cue = toks_[i].span;
  SetContent(clauses_, start, quoted, limit, &x);
  if (x.a.content.empty()) return false;
  found_.push_back(x);
  return true;
}

// "وبعث الجبر خطاب تهنئة جاء فيه: «يسعدني …»"، "وأصدرت الوزارة بيانا جاء
// فيه أن …": جاء فيه after a speech event (a word may follow the noun) tells
// what it said. Who gave it speaks: the subject between the verb before the
// noun and the noun, else the one already speaking; a report whose content
// opened at the noun ("أصدرت … بيانا") takes what it said as its content.
bool AttributionScan::SaidInIt(uint32_t i) {
  uint32_t noun = i;
  for (uint32_t k = i; k > 0 && k + 2 >= i; --k) {
    const std::string_view w = StripArticle(clauses_.N(k - 1));
    const std::string_view base = AccusativeBase(clauses_.N(k - 1));
    if (IsWord(toks_[k - 1]) &&
        (kSpeechEvents.count(w) || (!base.empty() && kSpeechEvents.count(base)))) {
      noun = k - 1;
      break;
    }
  }
  if (noun == i) return false;
  const uint32_t limit = SentenceLimit(i);
  uint32_t start;
  bool quoted;
  if (!clauses_.FindContentStart(i + 2, limit, CueClass::kSpeech, &start, &quoted)) return false;
  if (!found_.empty() && found_.back().a.content.start >= toks_[noun].span.start &&
      found_.back().a.content.start <= toks_[i].span.start &&
      found_.back().a.content.end >= toks_[i].span.end) {
    SetContent(clauses_, start, quoted, limit, &found_.back());
    return true;
  }
  Found x;
  x.cls = CueClass::kSpeech;
  x.cue_first = i;
  x.cue_end = i + 2;
  const uint32_t begin = SentenceBegin(i);
  // (Past a dash aside and the comma before جاء: "ألقى خادم الحرمين
  // الشريفين الملك سلمان ـ حفظه الله ـ كلمة، جاء فيها:".)
  auto dash = [&](uint32_t k) {
    const char32_t c = doc_.cps[toks_[k].span.start];
    return toks_[k].span.size() == 1 && (c == U'-' || c == U'\u0640' || c == U'\u2013');
  };
  uint32_t v = noun, aside = noun;
  while (v > begin && v + 20 > noun && (IsWord(toks_[v - 1]) || dash(v - 1)) &&
         !clauses_.IsVerb(toks_[v - 1])) {
    if (dash(v - 1)) aside = v - 1;
    --v;
  }
  if (v > begin && v < noun && clauses_.IsVerb(toks_[v - 1])) {
    x.spk_first = v;
    x.spk_end = aside;
    while (x.spk_end > x.spk_first && dash(x.spk_end - 1)) --x.spk_end;
    x.explicit_speaker =
        x.spk_end > x.spk_first && NarrowToSource(clauses_, &x.spk_first, &x.spk_end);
  }
  x.implicit = !x.explicit_speaker;
  x.a.cue = {toks_[i].span.start, toks_[i + 1].span.end};
  SetContent(clauses_, start, quoted, limit, &x);
  if (x.a.content.empty()) return false;
  found_.push_back(x);
  return true;
}

// "نقلت وكالة رويترز عن مسؤول قوله إن …": the outlet reports that the
// source said; two attributions, the source's nested in the outlet's.
// Whether they start at token *pos; *pos is then at the inner cue.
inline bool AttributionScan::ScanNaqalAn(uint32_t* pos) {
  const uint32_t i = *pos;
  if (!((clauses_.N(i) == "نقل" || clauses_.N(i) == "نقلت" || clauses_.N(i) == "ونقل" ||
         clauses_.N(i) == "ونقلت" || clauses_.N(i) == "فيما_نقل") &&
        i + 3 < n_))
    return false;
  const uint32_t limit = SentenceLimit(i);
  // (The outlet may be left out, the one already speaking: "ونقلت عن شهود
  // عيان قولهم".)
  const uint32_t np_end = clauses_.N(i + 1) == "عن" ? i + 1 : clauses_.NounPhraseEnd(i + 1, limit);
  // The "عن" before the source, past when and where ("ونقلت وكالة أنباء
  // الجمهورية الإسلامية اليوم السبت عن ظريف").
  uint32_t an = np_end;
  if (an < limit && clauses_.N(an) != "عن") an = clauses_.ReportCircumstancesEnd(an, limit);
  if (!(an < limit && clauses_.N(an) == "عن" && an + 1 < limit && IsWord(toks_[an + 1])))
    return false;
  const uint32_t src_end = clauses_.NounPhraseEnd(an + 1, limit);
  uint32_t after = src_end;
  const bool says = after < limit && kSelfReferences.count(clauses_.N(after));
  if (says) ++after;
  uint32_t start;
  bool quoted;
  // After "قوله" the words themselves may follow with no إن.
  if (!clauses_.FindContentStart(after, limit, CueClass::kSpeech, &start, &quoted,
                                 /*np_fallback=*/says))
    return false;
  Found outer;
  outer.cls = CueClass::kSpeech;
  outer.cue_first = i;
  outer.cue_end = i + 1;
  outer.spk_first = i + 1;
  outer.spk_end = np_end;
  // (Past an adverb of time: "نقلت امس تقارير عن …".)
  while (outer.spk_first + 1 < np_end && kTimeAdverbs.count(clauses_.N(outer.spk_first)))
    ++outer.spk_first;
  outer.explicit_speaker = np_end > i + 1;
  outer.implicit = !outer.explicit_speaker;
  outer.a.cue = toks_[i].span;
  SetContent(clauses_, start, quoted, limit, &outer);
  if (outer.a.content.empty()) return false;
  Found inner = outer;
  inner.cue_first = says ? src_end : an;
  inner.cue_end = inner.cue_first + 1;
  inner.a.cue = toks_[inner.cue_first].span;
  inner.spk_first = an + 1;
  inner.spk_end = src_end;
  inner.explicit_speaker = true;
  inner.implicit = false;
  inner.parent_cue = outer.a.cue.start;
  if (outer.explicit_speaker) named_sources_.insert(StripArticle(clauses_.N(np_end - 1)));
  named_sources_.insert(StripArticle(clauses_.N(src_end - 1)));
  found_.push_back(outer);
  found_.push_back(inner);
  *pos = inner.cue_end - 1;
  return true;
}

// "على حد قوله / تعبيره": the speaker already speaking vouches for the
// clause before. Whether the words at *pos are these; *pos is then at the
// last.
inline bool AttributionScan::ScanAlaHadd(uint32_t* pos) {
  const uint32_t i = *pos;
  if (!(clauses_.N(i) == "علي" && i + 2 < n_ && clauses_.N(i + 1) == "حد" &&
        kSelfReferences.count(clauses_.N(i + 2))))
    return false;
  Found x;
  x.cls = CueClass::kAccording;
  x.cue_first = i;
  x.cue_end = i + 3;
  x.implicit = true;
  const uint32_t begin = SentenceBegin(i);
  x.a.cue = {toks_[i].span.start, toks_[i + 2].span.end};
  x.a.content = clauses_.TrimmedSpan(begin, i);
  // The clause before: back to the nearest complementizer.
  for (uint32_t k = i; k-- > begin;)
    if (kComplementizers.count(clauses_.N(k))) {
      x.a.content = clauses_.TrimmedSpan(k + 1, i);
      break;
    }
  // Right after a quotation (a comma or dash between), the phrase vouched
  // for is the quotation, his words: "التي «تعمدت القضاء على هذه الخدمات»
  // على حد قوله" (the guideline's example), "وقال "ما حصل عليه الطرف الآخر
  // لا يعد تنازلًا"، على حد تعبيره" (not "وقال …" with it).
  uint32_t k = i;
  while (k > begin && (IsCommaToken(doc_, toks_[k - 1]) || IsDash(doc_, toks_[k - 1]))) --k;
  if (k > 0 && IsClosingMarkOfQuote(doc_, k - 1)) {
    const Quote& q = doc_.quotes[toks_[k - 1].quote - 1];
    if (q.end_token > q.first_token && !q.inner.empty()) {
      x.a.content = q.inner;
      x.a.direct = true;
    }
  }
  if (!x.a.content.empty()) found_.push_back(x);
  *pos = i + 2;
  return true;
}

// "نتيجة ما وصفه بـ«الحرب الظالمة …»"، "وحذر مما وصفه بالتدخل الإيراني":
// what the one speaking called it is his words, a report of its own (the
// guideline's cue «وصفه»); the speaker is carried. Whether one starts at *pos.
inline bool AttributionScan::ScanWhatXCalled(uint32_t* pos) {
  const uint32_t i = *pos;
  if (!(i > 0 && i + 1 < n_ && kWhatCalledVerbs.count(clauses_.N(i)) &&
        IsWhatBeforeCalled(clauses_.N(i - 1))))
    return false;
  const uint32_t limit = SentenceLimit(i);
  uint32_t j = i + 1;
  if (j < limit && IsSeparateBi(clauses_.N(j))) ++j;
  Found x;
  x.cls = CueClass::kSpeech;
  x.cue_first = i;
  x.cue_end = i + 1;
  x.implicit = true;
  x.a.cue = toks_[i].span;
  if (j < limit && IsOpeningMarkOfQuote(doc_, j)) {
    const Quote& q = doc_.quotes[toks_[j].quote - 1];
    if (q.close.empty() || q.end_token <= q.first_token) return false;
    x.a.content = Span{toks_[q.first_token].span.start, q.inner.end};
    x.a.direct = true;  // his words, in marks
  } else if (j == i + 1 && j < limit && clauses_.GluedPreposition(j) == "ب") {
    // "بالتدخل الإيراني في شؤون المنطقة": the phrase after ب, to the
    // next punctuation.
    uint32_t e = j;
    while (e < limit && e < j + 12 && IsWord(toks_[e])) ++e;
    x.a.content = clauses_.TrimmedSpan(j, e);
  } else {
    return false;
  }
  if (x.a.content.empty()) return false;
  // "وحذر الوزير مما وصفه …": the subject of the verb before ما is the one
  // who called it so (else the speaker is carried).
  const uint32_t begin = SentenceBegin(i);
  for (uint32_t v = i - 1; v-- > begin && v + 6 > i;) {
    CueMatch vm;
    if (!IsWord(toks_[v]) || !clauses_.IsCueAt(v, &vm) || vm.info.cls == CueClass::kAccording ||
        vm.info.plural)
      continue;
    // (After a participle the speaker is the clause's, carried: "مؤكدة عدم
    // قبولها لما وصفته …"; an object noun is no subject.)
    if (vm.info.cls == CueClass::kParticiple) break;
    const uint32_t np_end = std::min(clauses_.NounPhraseEnd(v + 1, i - 1), i - 1);
    if (np_end > v + 1 && np_end == i - 1 && !IsObjectNoun(clauses_.N(v + 1))) {
      x.spk_first = v + 1;
      x.spk_end = np_end;
      x.explicit_speaker = true;
      x.implicit = false;
    }
    break;
  }
  found_.push_back(x);
  *pos = i;
  return true;
}

// "…، وهو ما أكده وزير الخارجية"، "وهو ما نفته المصادر"، "وهذا ما أشار إليه
// التقرير": a source named after the verb vouches for (or denies) the clause
// before, back to its complementizer or the sentence's start; when the
// sentence opens with the phrase, the sentence before. (Or for the clause
// after it, when a complementizer follows the source: "وهذا ما قاله متخصصون
// كثيرا، أن هناك فجوة …".) With no source named after the verb (a pronoun,
// "وهو ما أكدته هي نفسها"; nothing, "وهذا ما أكد وجوده") it is no report.
// Whether one starts at *pos.
inline bool AttributionScan::ScanThatWhichSaid(uint32_t* pos) {
  const uint32_t i = *pos;
  if (!IsThisWhich(clauses_.N(i))) return false;
  const uint32_t limit = SentenceLimit(i);
  const uint32_t cue_end = clauses_.ThatWhichSaidEnd(i, limit);
  if (cue_end == i) return false;
  *pos = cue_end - 1;
  uint32_t after = clauses_.BlessingEnd(cue_end, limit);
  if (after >= limit) return true;
  Found x;
  x.cls = CueClass::kSpeech;
  x.cue_first = i + 2;
  x.cue_end = cue_end;
  x.a.cue = {toks_[i + 2].span.start, toks_[cue_end - 1].span.end};
  uint32_t content_from = limit;
  if (IsOpeningMarkOfQuote(doc_, after)) {
    TakeSpeakerInMarks(after, limit, x, &content_from);
    // (A name in marks that the content does not follow: "وهو ما أكدته
    // "سوني" مؤخرا".)
    const Quote& q = doc_.quotes[toks_[after].quote - 1];
    if (!x.explicit_speaker && !q.close.empty() && q.end_token > q.first_token &&
        q.end_token <= q.first_token + 4 && !clauses_.IsSpeechQuote(q, limit)) {
      x.spk_first = q.first_token;
      x.spk_end = q.end_token;
      x.explicit_speaker = true;
      content_from = q.end_token + 1;
    }
  } else if (IsWord(toks_[after]) && !kSpeakerStops.count(clauses_.N(after)) &&
             !kPronounObjects.count(clauses_.N(after)) &&
             !kNotSourceWords.count(clauses_.N(after)) &&
             !kNoSourceWords.count(clauses_.N(after)) && !kTimeAdverbs.count(clauses_.N(after)) &&
             clauses_.GluedPreposition(after).empty() && !clauses_.IsIndefiniteAccusative(after) &&
             !VerbAt(after, /*clause=*/true)) {
    TakeSpeakerAfter(after, TitleHolderEnd(after, SpeakerPhraseEnd(after, limit), limit), limit, x,
                     &content_from);
  }
  if (!x.explicit_speaker) return true;
  // After the present (يؤكده، تنفيه) or a verb of evidence (أثبته، أظهرته),
  // a thing the lexicon does not know as a source, with no name in it, is
  // evidence the outlet cites, no one vouching: "وهو ما أثبته التاريخ"،
  // "وهو ما يؤكده هذا التقاطر المتلاحق للساسة". (After the past of speech it
  // is mostly someone: "هذا ما قاله محام".)
  if (const std::string_view v = clauses_.N(i + 2); v == "يؤكده" || v == "تؤكده" || v == "ينفيه" ||
                                                    v == "تنفيه" || v.starts_with("اثبت") ||
                                                    v.starts_with("اظهر")) {
    uint32_t h = x.spk_first;
    if (h + 2 < x.spk_end && IsQuantifier(clauses_.N(h)) && clauses_.N(h + 1) == "من") h += 2;
    if (!HasNameIn(x.spk_first, x.spk_end) && IsThingNoSource(h, x.spk_end)) return true;
  }
  // The clause after, when a complementizer follows the source's phrase
  // (its words may run on past the phrase taken: "متخصصون في الشؤون
  // الاقتصادية كثيراً، أن"), before any verb.
  for (uint32_t k = x.spk_end; k < limit && k < x.spk_end + 8; ++k) {
    if (kComplementizers.count(clauses_.N(k))) {
      x.a.content = clauses_.TrimmedSpan(k + 1, clauses_.IndirectContentEnd(k + 1, limit));
      if (!x.a.content.empty()) found_.push_back(x);
      return true;
    }
    CueMatch m;
    if (clauses_.IsVerb(toks_[k]) || clauses_.IsCueAt(k, &m) || IsOpeningMarkOfQuote(doc_, k))
      break;
  }
  // The clause before.
  uint32_t begin = SentenceBegin(i);
  // (Past a comma or a dash; a quotation's closing mark stays.)
  auto pause = [&](uint32_t k) {
    return !IsWord(toks_[k]) && !IsClosingMarkOfQuote(doc_, k) &&
           (IsCommaToken(doc_, toks_[k]) || IsDash(doc_, toks_[k]));
  };
  uint32_t end = i;
  while (end > begin && pause(end - 1)) --end;
  if (end == begin && begin > 0) {
    end = begin;
    while (end > 0 && !IsWord(toks_[end - 1]) && !IsClosingMarkOfQuote(doc_, end - 1))
      --end;  // (the period)
    if (end == 0) return true;
    begin = SentenceBegin(end - 1);
  }
  uint32_t from = begin;
  for (uint32_t k = end; k-- > begin;)
    if (kComplementizers.count(clauses_.N(k))) {
      from = k + 1;
      break;
    }
  // (A quotation right before: the words in it.)
  if (end > 0 && IsClosingMarkOfQuote(doc_, end - 1)) {
    const Quote& q = doc_.quotes[toks_[end - 1].quote - 1];
    if (q.end_token > q.first_token && !q.inner.empty() && q.first_token >= begin) {
      x.a.content = q.inner;
      x.a.direct = true;
    }
  }
  if (x.a.content.empty()) x.a.content = clauses_.TrimmedSpan(from, end);
  if (!x.a.content.empty()) found_.push_back(x);
  return true;
}

// Whether the cue word at token i, a masculine past form of a verb whose
// past opens with hamzat al-wasl (افتعل، استفعل), is written with a hamza:
// then it is the first person present ("أعتقد" I think), not the past.
bool AttributionScan::IsFirstPersonOfWaslVerb(uint32_t i, const CueMatch& m) const {
  if (m.info.gender != CueGender::kMasculine || m.info.present ||
      m.info.cls == CueClass::kParticiple)
    return false;
  std::string_view form = clauses_.N(i);
  if (m.has_conjunction) form.remove_prefix(2);  // و or ف
  // افتعل / استفعل: ت second or third (اتهم، اعتقد، استنكر); two bytes a letter.
  if (form.size() < 8 || form.substr(0, 2) != "ا" ||
      (form.substr(2, 2) != "ت" && form.substr(4, 2) != "ت"))
    return false;
  const std::u32string_view text = doc_.Text(toks_[i].span);
  const size_t first = m.has_conjunction ? 1 : 0;
  return text.size() > first && text[first] == U'\u0623';  // أ
}

// "دفعوا ثمنا باهظا", "الأكثر طلبا", "لم تتلق طلبا", "كان طالبا في الثانوية",
// "لـ «37» طالبا": a homograph of a stance verb and a noun, written with the
// accusative's alif, is the noun (a price, a request, a student). The verbs'
// forms with that alif ("we" or the dual: ثمنا، طلبا) hardly occur in news;
// طالبا is also the participle "asking" ("وروى جندي طالبا عدم ذكر اسمه"), so
// it is the noun only after a number, a form of كان or ما زال, or before في.
bool AttributionScan::IsAccusativeNounHomograph(uint32_t i) const {
  const std::string_view base = AccusativeBase(clauses_.N(i));
  if (base.empty() || !kNounHomographs.count(base)) return false;
  if (base != "طالب") return true;
  uint32_t p = i;
  while (p > 0 &&
         (toks_[p - 1].kind == TokenKind::kQuote || toks_[p - 1].kind == TokenKind::kPunct))
    --p;
  if (p > 0) {
    const std::string_view prev = clauses_.N(p - 1);
    if (toks_[p - 1].kind == TokenKind::kNumber || IsKana(prev) || kStillVerbs.count(prev))
      return true;
  }
  return i + 1 < n_ && clauses_.N(i + 1) == "في";
}

// Whether the cue word at token i reports here, or is a noun or the
// outlet's own words.
inline bool AttributionScan::IsReportingCue(uint32_t i, const CueMatch& m) const {
  // A verb never has tanween: "حيًا" is a noun (a quarter), not حيّا, and
  // "جُدَدٌ" (streaks) is no جدّد (participles and وفقًا do take it).
  if (m.info.cls != CueClass::kParticiple && m.info.cls != CueClass::kAccording &&
      clauses_.HasTanween(i))
    return false;
  // "على طلب الوزارة", "بأي ثمن", "400 طالب": a bare homograph of a stance
  // verb after a word that governs a noun is the noun (a request, a price,
  // a student), no report.
  if (i > 0 && kNounHomographs.count(clauses_.N(i)) &&
      (kNounGovernors.count(clauses_.N(i - 1)) ||
       (clauses_.N(i) == "طالب" && toks_[i - 1].kind == TokenKind::kNumber) ||
       clauses_.N(i - 1).find("دفع") != std::string_view::npos))  // "يدفع ثمن ذلك"
    return false;
  if (IsAccusativeNounHomograph(i)) return false;
  // "رافضا كشف هويته"، "كشف هويته": an unnamed source's anonymity, no report.
  if (clauses_.AnonymityAsideEnd(i, n_) > i || clauses_.IsNamingOneselfAt(i)) return false;
  const std::string_view w = clauses_.N(i);
  // A participle that agrees with the bare noun right before it, and governs
  // nothing after it (a pause, or في، من، ل …), is its adjective: "منشأة
  // معلنة للجميع"، "أول حالة مؤكدة في المنطقة"، "حضورا لافتا من الأهالي".
  // (Not "أكثر راحة موضحة أهمية …"، "ليلا مبينا أن …": what follows is what
  // is said.)
  if (m.info.cls == CueClass::kParticiple && i > 0 && IsWord(toks_[i - 1]) &&
      !OpensWithConjunction(i) &&
      (i + 1 >= n_ ||
       (!IsWord(toks_[i + 1]) && !(doc_.cps[toks_[i + 1].span.start] >= 0x064B &&
                                   doc_.cps[toks_[i + 1].span.start] <= 0x0652)) ||
       clauses_.N(i + 1) == "في" || clauses_.N(i + 1) == "من" || clauses_.N(i + 1) == "منذ" ||
       clauses_.N(i + 1) == "خلال" || clauses_.GluedPreposition(i + 1) == "ل")) {
    const std::string_view prev = clauses_.N(i - 1);
    const Token& p = toks_[i - 1];
    const bool bare_noun = p.word_count == 1 && doc_.words[p.first_word].upos == Upos::NOUN &&
                           StripArticle(prev) == prev && prev.size() > 4;
    if (bare_noun &&
        ((w.ends_with("ة") && prev.ends_with("ة")) ||
         (w.ends_with("ا") && prev.ends_with("ا") && clauses_.IsIndefiniteAccusative(i - 1))))
      return false;
  }
  // "وأكد الوزراء مجددا أن …": right before a complementizer, مجددا is "again".
  if ((w == "مجددا" || w == "مجددة") && i + 1 < n_ && kComplementizers.count(clauses_.N(i + 1)))
    return false;
  // After يمكن / تم / دون a past form is the verbal noun: "لا يمكن وصف حالة
  // الشركات"، "تم نشر الصور"، "دون ذكر التفاصيل" (the verb would be a
  // present: يمكن أن يصف).
  if (i > 0 && !m.info.present && !m.has_conjunction &&
      (m.info.cls == CueClass::kSpeech || m.info.cls == CueClass::kStance) &&
      kVerbalNounGovernors.count(clauses_.N(i - 1)))
    return false;
  // Right after a preposition a cue word is its verbal noun: "عجزوا عن وصف
  // تلك الأيام"، "في نقل الخبر"، "حول طلب". (Not علي, also the name, nor
  // من, also "whoever": "من قال إن …"; nor a present tense, which no verbal
  // noun spells: "وبادر إليّ يقول" normalizes إليّ as إلى.)
  if (m.info.cls != CueClass::kAccording && i > 0 && IsWord(toks_[i - 1]) &&
      kPrepositionsBeforeNouns.count(clauses_.N(i - 1)) && w.substr(0, 2) != "ي")
    return false;
  // "متحفظا على ذكر اسمه": the verbal noun, no report; "تبين أن …" (it
  // turned out that): the outlet's own account.
  if ((w == "ذكر" || w == "وذكر") && i + 1 < n_ && clauses_.N(i + 1).substr(0, 6) == "اسم")
    return false;
  if ((w == "تبين" || w == "وتبين") && i + 1 < n_ && kComplementizers.count(clauses_.N(i + 1)))
    return false;
  // "جورج طالب في كلية القانون": a student.
  if ((w == "طالب" || w == "وطالب") && i + 2 < n_ && clauses_.N(i + 1) == "في" &&
      kPlacesOfStudy.count(StripArticle(clauses_.N(i + 2))))
    return false;
  // "رئيس النادي طالب الدكتوراه في …": a doctoral student; "طالب بريطاني
  // يفصل 45 مرة": a student and his nationality (a relative adjective
  // without the article).
  if (w == "طالب" && i + 1 < n_ && kDegrees.count(clauses_.N(i + 1))) return false;
  if (w == "طالب" && i + 1 < n_ && IsWord(toks_[i + 1])) {
    const std::string_view next = clauses_.N(i + 1);
    const Token& t = toks_[i + 1];
    if (StripArticle(next) == next && next.size() > 6 && next.ends_with("ي") &&
        !entity_tokens_[i + 1] && t.word_count == 1 && doc_.words[t.first_word].upos == Upos::ADJ)
      return false;
  }
  // "وهو طالب في العشرين من عمره": after a pronoun, the noun (the verb
  // would be يطالب there).
  if (w == "طالب" && i > 0 &&
      (clauses_.N(i - 1) == "هو" || clauses_.N(i - 1) == "وهو" || clauses_.N(i - 1) == "فهو"))
    return false;
  // Without و or ف and after a word, حيا is "alive" or "a quarter" and يحيي
  // the name يحيى ("يحبون أكله حيا"، "قصفت طائرات النظام حيا سكنيا"، "سالم بن
  // يحيي الخالدي"), not حيّا (greeted): that opens its clause ("وحيا العبادي
  // المتظاهرين").
  if (!m.has_conjunction && i > 0 && IsWord(toks_[i - 1]) &&
      (w == "حيا" || w == "حيت" || w == "حيوا" || w == "يحيي" || w == "تحيي"))
    return false;
  // "يغرد خارج السرب" (goes his own way), no tweet.
  if (i + 1 < n_ && clauses_.N(i + 1) == "خارج" && w.find("غرد") != std::string_view::npos)
    return false;
  // كتبا is mostly "books" ("كتباً شيعية وكتبا سنية"), "they both wrote" only
  // right before what they wrote.
  if ((w == "كتبا" || w == "وكتبا" || w == "فكتبا") &&
      !(i + 1 < n_ && (kComplementizers.count(clauses_.N(i + 1)) || IsColon(doc_, toks_[i + 1]))))
    return false;
  // "وأعتقد أن …", "أعتبر أن …": written with a hamza, the form of a verb
  // whose past opens with hamzat al-wasl (اعتقد، اعتبر، استنكر) is "I think",
  // the writer's or the quoted speaker's own view, no report.
  if (IsFirstPersonOfWaslVerb(i, m)) return false;
  // "تعتبر من أبرز فعاليات العيد"، "يعتبر بمثابة بطل": the present of
  // اعتبر before من، بمثابة or a superlative is "is considered", no report.
  // So before an indefinite accusative: "كل هذا يعتبر منطقيا".
  if ((w == "يعتبر" || w == "تعتبر" || w == "ويعتبر" || w == "وتعتبر") && i + 1 < n_ &&
      (kConsideredAs.count(clauses_.N(i + 1)) || clauses_.IsIndefiniteAccusative(i + 1)))
    return false;
  // "لا بد من كشف فساد هذه الكتب"، "مزيد من نشر": the verbal noun after من.
  if (m.info.cls != CueClass::kAccording && i > 1 && clauses_.N(i - 1) == "من" &&
      (clauses_.N(i - 2) == "بد" || clauses_.N(i - 2) == "لابد" || clauses_.N(i - 2) == "فلابد" ||
       clauses_.N(i - 2) == "ولابد" || StripArticle(clauses_.N(i - 2)) == "مزيد"))
    return false;
  // "أبدى السكان قدرة كبيرة على التحمل": a quality shown, no report.
  if (w.find("بد") != std::string_view::npos) {
    uint32_t k = i + 1;
    // (Past the subject: up to three words; not past an attitude with its
    // pronoun: "مبديا ثقته في قدرة المدرب".)
    while (k < n_ && k < i + 4 && IsWord(toks_[k]) && !kShownQualities.count(clauses_.N(k)) &&
           PossessiveSuffix(clauses_.N(k)).empty())
      ++k;
    if (k < n_ && k < i + 4 && kShownQualities.count(clauses_.N(k))) return false;
  }
  // "طلب رسمي": the noun (a request), not the verb (but "طلب رسميا": the
  // verb and its adverb).
  if ((w == "طلب" || w == "وطلب") && i + 1 < n_ && clauses_.N(i + 1) == "رسمي") return false;
  // "يذكر أن …", "ويذكر أن …": the outlet's own background, no report.
  if ((clauses_.N(i) == "يذكر" || clauses_.N(i) == "ويذكر") && i + 1 < n_ &&
      kComplementizers.count(clauses_.N(i + 1)))
    return false;
  return true;
}

bool AttributionScan::WhatIsSaid(uint32_t i, const CueMatch& m) const {
  if (!m.info.passive_only || i < 1 || clauses_.N(i - 1) != "ما") return false;
  if (i >= 2 && (clauses_.N(i - 2) == "اقل" || clauses_.N(i - 2) == "واقل")) return false;
  uint32_t c = i + 1;
  if (c + 1 < n_ && clauses_.N(c) == "عن") ++c;
  return c < n_ && kComplementizers.count(clauses_.N(c));
}

// The reports of the fixed phrases and of the cues of the lexicon, in text
// order.
// "بتهمة الخيانة"، "للاشتباه في ضلوعه بعملية القتل"، "لاتهامهن بممارسة
// السحر": a charge or a suspicion is a report with no source (attribution.md:
// passive and impersonal reports, nested under the statement that holds
// them). The content is what one is charged with, up to a pause or another
// verb, at most 15 tokens.
inline bool AttributionScan::ScanCharge(uint32_t* pos) {
  const uint32_t i = *pos;
  const std::string_view w = clauses_.N(i);
  // (Asked at every word: all the words begin with ب or ل, which turns most
  // words away with one test.)
  if (!(w.starts_with("ب") || w.starts_with("ل"))) return false;
  if (!(w == "بتهمة" || w == "بتهم" || w == "للاشتباه" || w == "لاتهامه" || w == "لاتهامها" ||
        w == "لاتهامهم" || w == "لاتهامهن"))
    return false;
  const uint32_t limit = SentenceLimit(i);
  // (Not a hypothetical charge: "وإذا ما أدين الثلاثة بتهمة …".)
  for (uint32_t k = i; k > 0 && k + 6 > i && IsWord(toks_[k - 1]); --k) {
    const std::string_view c = clauses_.N(k - 1);
    if (IsIdha(c) || c == "لو" || c == "ولو") return true;
  }
  uint32_t start = i + 1;
  if (w == "للاشتباه" && start < limit && (clauses_.N(start) == "في" || clauses_.N(start) == "ب"))
    ++start;
  uint32_t end = start;
  CueMatch mm;
  while (end < limit && end < start + 15 && IsWord(toks_[end]) &&
         !kComplementizers.count(clauses_.N(end)) && !clauses_.IsCueAt(end, &mm) &&
         !(end > start + 1 && clauses_.IsVerb(toks_[end])))
    ++end;
  // (Not "للاشتباه به": whom one suspects, not of what.)
  if (end > start && !kPronounObjects.count(clauses_.N(start))) {
    Found x;
    x.cls = CueClass::kImpersonal;
    x.cue_first = i;
    x.cue_end = i + 1;
    x.a.cue = toks_[i].span;
    x.a.content = clauses_.TrimmedSpan(start, end);
    if (!x.a.content.empty()) found_.push_back(x);
  }
  return true;
}

void AttributionScan::ScanCues() {
  // (The headline's cue, when it took the verb after its colon, is done.)
  const uint32_t headline_cue =
      found_.empty() || found_.front().cue_first >= doc_.sentences[0].end_token
          ? UINT32_MAX
          : found_.front().cue_first;
  for (uint32_t i = 0; i < n_; ++i) {
    if (!IsWord(toks_[i]) || i == headline_cue) continue;
    if (ScanExpected(&i) || ScanCharge(&i) || ScanJaaFi(i) || ScanNaqalAn(&i) || ScanAlaHadd(&i) ||
        ScanWhatXCalled(&i) || ScanThatWhichSaid(&i))
      continue;
    CueMatch m;
    if (!clauses_.IsCueAt(i, &m) || !IsReportingCue(i, m)) continue;
    // "يهتفون بـ«حيا الله الأبطال»": a blessing (God greet) reports nothing.
    if (clauses_.BlessingEnd(i, n_) > i) continue;
    const uint32_t limit = SentenceLimit(i);
    const uint32_t begin = SentenceBegin(i);
    // Negated or hypothetical reports are no attributions. (Before a passive
    // with its complementizer, ما is "what": "ما يُقال بأن …"، "ما أشيع عن أن
    // …" are reports with no source; not "أقل ما يقال عنها إنها", the
    // writer's own "the least one can say".)
    // (So is a future or a possible one: "سوف يؤكد الخبراء"، "قد تتهم بأنك"؛
    // قد before a past verb is "has": "وكانت الحركة قد أعلنت".)
    const std::string_view before = i > begin ? clauses_.N(i - 1) : std::string_view();
    const bool hypothetical =
        before == "سوف" || ((before == "قد" || before == "ربما") && m.info.present);
    if (i > begin && (kNegations.count(before) || kConditionals.count(before) || hypothetical) &&
        m.info.cls != CueClass::kAccording && !WhatIsSaid(i, m))
      continue;
    Found x;
    x.cls = m.info.cls;
    x.cue_first = i;
    x.cue_end = i + 1;
    if (m.info.cls == CueClass::kAccording) {
      if (ScanAccording(i, begin, limit, x)) i = x.cue_end - 1;
    } else if (m.info.cls == CueClass::kImpersonal && !NamedSubjectAfter(i, m, limit)) {
      ScanImpersonalCue(i, limit, x);
    } else if (m.info.cls == CueClass::kImpersonal) {
      // "ويعتقد تيري أن …"، "يتوقع محللون أن …": with its subject named after
      // it the verb is active, a report of that source.
      CueMatch active = m;
      active.info.cls = CueClass::kSpeech;
      active.info.present = true;
      x.cls = CueClass::kSpeech;
      ScanVerbCue(i, active, begin, limit, x);
    } else {
      ScanVerbCue(i, m, begin, limit, x);
    }
  }
}

}  // namespace isnad

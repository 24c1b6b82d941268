// The cue verbs and participles (AttributionScan, attribution_scan.h), the
// main path: whether a cue word is a verb that reports, its speaker (found
// after the verb by speaker_after_verb.cc, before it by
// speaker_before_verb.cc, or none, to be carried over from the one already
// speaking by ResolveSpeakers, speaker_resolution.cc), then its content
// (verb_content.cc). Where a verb reports nothing is verb_no_report.cc;
// reports whose content stands before the verb, content_before_cue.cc.
#include <algorithm>
#include <string_view>

#include "isnad/attrib/attribution_scan.h"
#include "isnad/attrib/source_kind.h"
#include "isnad/text/chars.h"

namespace isnad {

using namespace clause_words;  // the word lists of attribution (clause_words.h)

namespace {

// Forms of دعا (called on, prayed), whose object after it may be God.
bool IsCallVerb(std::string_view n) {
  return n == "دعا" || n == "ودعا" || n == "فدعا" || n == "دعت" || n == "ودعت" || n == "يدعو" ||
         n == "تدعو";
}

// Verbs of giving a speech or a statement, which the segmenter may not tag
// as verbs: ألقى كلمة، ارتجل كلمة، أصدر بيانا، وجه رسالة، بعث برقية.
const Set kGivingVerbs = {"القي",   "والقي", "ارتجل", "وارتجل", "اصدر",  "واصدر", "اصدرت",
                          "واصدرت", "وجه",   "ووجه",  "وجهت",   "بعث",   "وبعث",  "كتب",
                          "وكتب",   "نشر",   "ونشر",  "نشرت",   "ونشرت", "القت",  "والقت"};

// A pronoun after a verb that stands for a person named before الذي / التي
// when someone else is the subject: "الذي قال عنه"، "التي أعلن فيها"، "الذي
// قال له".
const Set kResumptiveAfterVerb = {"عنه",   "عنها",   "فيه",  "فيها",  "له", "لها",
                                  "خلاله", "خلالها", "عليه", "عليها", "به", "بها"};

// Whether a verb of gender g can have the relative pronoun rel (الذي، التي,
// with or without و) as its subject.
bool RelativeAgreesWith(std::string_view rel, CueGender g) {
  if (rel.starts_with("و")) rel.remove_prefix(std::string_view("و").size());
  if (g == CueGender::kAny) return true;
  return (rel == "التي") == (g == CueGender::kFeminine);
}

}  // namespace

// Whether نشر / أصدر at token i is the verb, not the verbal noun ("لمنع نشر
// الصور"): feminine, after و or ف, or after قد or كان.
bool AttributionScan::PublishesAsVerb(uint32_t i, const CueMatch& m) const {
  if (m.info.gender == CueGender::kFeminine || m.has_conjunction) return true;
  if (i == 0) return false;
  const std::string_view prev = clauses_.N(i - 1);
  return prev == "قد" || IsKana(prev);
}

// Adds the report and the other sources on its cue, with its cue and content.
void AttributionScan::AddReport(const Found& x) {
  found_.push_back(x);
  for (Found& c : co_speakers_) {
    c.a.cue = x.a.cue;
    c.a.content = x.a.content;
    c.a.direct = x.a.direct;
    found_.push_back(c);
  }
  co_speakers_.clear();
}

// "ألقى وزير الزراعة كلمة قال فيها …"، "وأصدرت بيانا ذكرت فيه أن …"،
// "بيانا أعلنت فيه استهداف …": a verb right after a speech event (kSpeechEvents,
// the accusative too) and followed by في + its pronoun tells what the event
// said. Its speaker is who gave it: the subject between the verb before the
// noun and the noun, else the one already speaking (carried); the noun after
// فيه is what was said, never the speaker. Whether the pattern holds.
bool AttributionScan::SaidInTheStatement(uint32_t i, const CueMatch& m, uint32_t begin,
                                         uint32_t limit, Found& x, VerbSpeaker* speaker) const {
  if (m.info.cls == CueClass::kParticiple || m.has_conjunction || i <= begin + 1 || i + 2 >= limit)
    return false;
  const std::string_view pronoun = clauses_.N(i + 1);
  if (pronoun != "فيه" && pronoun != "فيها") return false;
  const std::string_view noun = clauses_.N(i - 1);
  const std::string_view base = AccusativeBase(noun);
  if (!kSpeechEvents.count(noun) && (base.empty() || !kSpeechEvents.count(base))) return false;
  // The verb that gave the speech (ألقى، أصدر، ارتجل …), at most 16 words
  // back; without it the pattern is left to the other rules.
  uint32_t v = i - 1;
  while (v > begin && v + 16 > i && IsWord(toks_[v - 1]) && !clauses_.IsVerb(toks_[v - 1]) &&
         !kGivingVerbs.count(clauses_.N(v - 1)))
    --v;
  if (v == begin || v + 16 <= i || !IsWord(toks_[v - 1])) return false;
  if (v < i - 1) {
    x.spk_first = v;
    x.spk_end = i - 1;
    if (!NarrowToSource(clauses_, &x.spk_first, &x.spk_end)) return false;
    x.explicit_speaker = true;
  }
  x.implicit = !x.explicit_speaker;
  *speaker = VerbSpeaker{i + 2, false, false, i + 2};
  return true;
}

// The speaker of the cue verb or participle at token i, in x, and what the
// words around the verb say of it; false when they make it no report.
bool AttributionScan::FindVerbSpeaker(uint32_t i, const CueMatch& m, uint32_t begin, uint32_t limit,
                                      Found& x, VerbSpeaker* speaker) {
  // "أي شيء يذكر"، "بدون مقابل يذكر"، "بشكل يؤكد": the verb describes the
  // indefinite noun before it (a relative clause without الذي).
  if (i > begin && kDescribedNouns.count(clauses_.N(i - 1))) return false;
  // "مما يشير إلى …"، "مما تطلب معه إجراء عملية": a consequence, no report.
  if (i > begin && clauses_.N(i - 1) == "مما") return false;
  // "…، الأمر الذي يدعو هذه المنظمات أن تسارع"، "الأمر الذي يؤكد أن": in the
  // present the fact before is the subject, the phrase after the verb its
  // object: no report. (In the past the fact is what someone said of it:
  // "وهو الأمر الذي نفى عدد من قيادات اللجنة أن يكون …".)
  if (m.info.present && i > begin + 1 && clauses_.N(i - 1) == "الذي" &&
      (clauses_.N(i - 2) == "الامر" || clauses_.N(i - 2) == "الشيء"))
    return false;

  if (SaidInTheStatement(i, m, begin, limit, x, speaker)) return true;
  // Verbs and participles: is there a speaker noun phrase right after
  // (past any adverb of time)?
  const uint32_t after = m.info.cls != CueClass::kParticiple ? SubjectSlotAfter(i, limit) : i + 1;
  bool object_noun = false;  // the phrase after the verb is its object (kObjectNouns)
  // (A share of people is a subject too: "وقال 63٪ من الذين شملهم الاستطلاع"،
  // "في حين قال 34% إنهم".)
  const uint32_t percent_end = PercentEnd(doc_, after);
  const uint32_t number_end = percent_end > after                       ? percent_end
                              : toks_[after].kind == TokenKind::kNumber ? after + 1
                                                                        : after;
  const bool share =
      number_end > after && number_end + 1 < limit &&
      (percent_end > after || (clauses_.N(number_end) == "من" && IsWord(toks_[number_end + 1])));
  bool has_np = m.info.cls != CueClass::kParticiple && after < limit &&
                (IsWord(toks_[after]) || share) && SubjectAfterVerb(after, m, limit, &object_noun);
  if (OpensWithSubject(i, m, begin)) has_np = false;
  if (has_np && ClauseOpensWithSubject(i, m, begin)) has_np = false;
  // "المدرب السويسري كريستيان غروس، الذي أوصى مسيري النادي"، "يونكر، رئيس
  // المفوضية الأوروبية الذي دعا اليونانيين": after a person named before
  // الذي / التي the verb's subject is that person, and the phrase after it
  // its object; not when a pronoun after the verb stands for the person
  // ("الذي قال عنه المدرب"، "التي أعلن فيها البغدادي": someone else
  // speaks), nor when the phrase after the verb is someone of his ("ميسي
  // الذي يعتبر أنصاره الأرجنتينيون أنه …"), nor when the verb does not
  // agree with the pronoun.
  if (uint32_t name_first = 0; has_np && !m.has_conjunction &&
                               PersonBeforeRelative(i, begin, &name_first) &&
                               !kResumptiveAfterVerb.count(clauses_.N(i + 1)) &&
                               PossessiveSuffix(clauses_.N(after)).empty() &&
                               RelativeAgreesWith(clauses_.N(i - 1), m.info.gender))
    has_np = false;
  // "ودعا الله سبحانه وتعالى أن يرحمهما": God is whom one prays to.
  if (has_np && clauses_.N(after) == "الله" && IsCallVerb(clauses_.N(i))) has_np = false;
  // A verb before its subject is singular: the noun after a plural form is
  // its object ("ووصفوا النص بأنه"، "وطالبوا الحكومة بتحمل مسؤولياتها"،
  // "يهنئون القيادة"); the subject is before the verb, or carried.
  if (m.info.plural) has_np = false;
  uint32_t content_from = after;
  bool pronoun_subject = false;
  // "قال ترامب إنه يؤيد الاستعانة بقوات برية"، "أنها «تدين الهجمات»": after
  // "that he / she" the verb's subject is that pronoun (the one whose words
  // hold it), and the noun after the verb is what it reports.
  if (m.info.cls != CueClass::kParticiple && PronounComplementizerBefore(i, begin)) {
    has_np = false;
    pronoun_subject = true;
  }
  // "لكنه نفى ضلوعه في …": after "but he" the pronoun is the subject, and
  // the phrase after the verb what it reports.
  if (m.info.cls != CueClass::kParticiple && !has_np && !m.has_conjunction && ButPronounBefore(i))
    pronoun_subject = true;

  if (!has_np && m.info.cls != CueClass::kParticiple && after < limit && IsOpeningMarkOfQuote(doc_, after))
    TakeSpeakerInMarks(after, limit, x, &content_from);
  // "وقال (مارك كيبلينغ) مدير الشركة إن …"، "أكد (الفيفا) بالفعل أن": a
  // name in brackets right after the verb, of one to four words, is its
  // subject.
  if (!has_np && !x.explicit_speaker && m.info.cls != CueClass::kParticiple && after == i + 1 &&
      after + 2 < limit && IsPunctChar(doc_, toks_[after], '(')) {
    uint32_t close = after + 1;
    while (close < limit && close < after + 6 && IsWord(toks_[close])) ++close;
    if (close > after + 1 && close < limit && IsPunctChar(doc_, toks_[close], ')') &&
        !kComplementizers.count(clauses_.N(after + 1)) &&
        !kSpeakerStops.count(clauses_.N(after + 1)) && !kTimeAdverbs.count(clauses_.N(after + 1)) &&
        clauses_.GluedPreposition(after + 1).empty()) {
      x.spk_first = after + 1;
      x.spk_end = close;
      x.explicit_speaker = true;
      content_from = close + 1;
    }
  }
  // "وكانت حركة «الشباب» المتطرفة قد أعلنت": the subject before a past
  // verb stands before قد (before a present one, قد is "may": "إشارات
  // لاسلكية قد توضح").
  const uint32_t svo_end = !m.info.present && i > begin + 1 && clauses_.N(i - 1) == "قد" &&
                                   toks_[i - 2].kind != TokenKind::kPunct
                               ? i - 1
                               : i;
  // "وكانت صحيفة الصن قد نشرت الجمعة الماضية مقطع فيديو": a word before قد
  // (other than كان itself) is the subject; what follows the verb is not.
  if (has_np && svo_end + 1 == i && svo_end > begin + 1 && !IsKana(clauses_.N(svo_end - 1)) &&
      (IsWord(toks_[svo_end - 1]) || toks_[svo_end - 1].kind == TokenKind::kQuote))
    has_np = false;
  uint32_t called_on = limit;  // where whom they call on starts, if found
  const uint32_t np_end = has_np ? SubjectAfterVerbEnd(i, m, after, limit, &called_on) : after;
  const bool object_np = has_np && m.info.cls == CueClass::kStance && !named_sources_.empty() &&
                         IsStanceObject(after, np_end, limit);
  uint32_t prophet = 0, prophet_end = 0;
  if (object_np) {
    content_from = after;
  } else if (has_np) {
    TakeSpeakerAfter(after, np_end, limit, x, &content_from);
    // (An outlet in marks after the subject of a verb of telling is whom it
    // addresses: "وأبلغ مصدر أمني «عكاظ» أن".)
    if (m.info.addresses && x.spk_end > np_end && IsOpeningMarkOfQuote(doc_, np_end))
      x.spk_end = content_from = np_end;
    // Whom دعا، حث call on is no part of what they call for, which follows
    // إلى، على or a complementizer: "الأندية المحترفة إلى الالتزام". (Before
    // ب, as after طالب, the annotators keep it: "وطالب المواطن الجهات
    // المعنية بسرعة التحرك".)
    if (called_on == content_from)
      for (uint32_t k = called_on + 1; k < limit && k < called_on + 6 && IsWord(toks_[k]); ++k) {
        const std::string_view w = clauses_.N(k);
        if (w == "الي" || w == "علي" || kComplementizers.count(w)) {
          content_from = k;
          break;
        }
        if (!clauses_.GluedPreposition(k).empty()) break;
      }
  } else if (after > i + 1 && clauses_.N(i + 1) == "عليه" &&
             ProphetBefore(i, &prophet, &prophet_end)) {
    // "قال عليه الصلاة والسلام": the blessing names the Prophet, the latest
    // mention of whom is the speaker.
    x.spk_first = prophet;
    x.spk_end = prophet_end;
    x.explicit_speaker = true;
  } else if (uint32_t name_first = 0; m.info.cls != CueClass::kParticiple && !m.has_conjunction &&
                                      PersonBeforeRelative(svo_end, begin, &name_first)) {
    // "… الجوهرة الفرم، التي أعربت عن شكرها": a person named right before
    // الذي / التي is the subject of the relative clause.
    x.spk_first = name_first;
    x.spk_end = person_end_[name_first];
    x.explicit_speaker = true;
  } else if (uint32_t subject_first = 0, subject_end = 0;
             m.info.cls != CueClass::kParticiple && !m.has_conjunction &&
             FrontedSubjectWithApposition(svo_end, begin, &subject_first, &subject_end)) {
    x.spk_first = subject_first;
    x.spk_end = subject_end;
    x.explicit_speaker = true;
    x.speaker_after_wa = ConjunctionBeforeSource(subject_first);
  } else if (uint32_t topic_first = 0, topic_end = 0;
             AmmaTopicBefore(i, m, begin, &topic_first, &topic_end)) {
    // "أما المواطنان علي محمد الأسمري وعبدالرحمن ناصر الأسمري فقالا إن …":
    // the topic after أما is the subject of the verb after ف.
    x.spk_first = topic_first;
    x.spk_end = topic_end;
    x.explicit_speaker = true;
  } else if (m.info.cls != CueClass::kParticiple && !m.has_conjunction && svo_end > begin &&
             (IsWord(toks_[svo_end - 1]) || toks_[svo_end - 1].kind == TokenKind::kQuote ||
              KanaSubjectStart(svo_end, begin) < svo_end) &&
             !kSpeakerStops.count(clauses_.N(svo_end - 1)) &&
             !kClauseOpeners.count(clauses_.N(svo_end - 1))) {
    // (The comma that closes a name between commas is no part of it.)
    const uint32_t subject_end = IsCommaToken(doc_, toks_[svo_end - 1]) ? svo_end - 1 : svo_end;
    if (!TakeSpeakerBefore(subject_end, m, begin, x, &pronoun_subject)) return false;
  }
  if (!JudgedContentFrom(i, m, begin, limit, object_np || has_np, &content_from)) return false;
  // (هذا or ذلك alone as the subject, "ويشير هذا إلى أن", infers from a
  // fact: no report.)
  if (x.explicit_speaker && x.spk_end == x.spk_first + 1 && IsThisOrThat(clauses_.N(x.spk_first)))
    return false;
  if (x.explicit_speaker && !NarrowToSource(clauses_, &x.spk_first, &x.spk_end))
    x.explicit_speaker = false;
  if (!x.explicit_speaker) x.implicit = true;
  // "لافتاً النظر إلى أن …"، "ولفت الصفيان النظر إلى أهمية …": the
  // attention drawn is the verb's fixed object, and the content follows
  // إلى. (As the phrase after the verb it is no speaker: "ولفت الانتباه
  // إلى …"; a thing that draws attention reports nothing: "مبادرة شجاعة
  // تلفت الانتباه إلى الحاجة …", a source of a known kind or a name does.)
  uint32_t slot = after;
  bool attention_drawn = false;
  if (m.info.np_after_ila) {
    if (x.explicit_speaker && x.spk_first > i && x.spk_end == x.spk_first + 1 &&
        AttentionDrawnAt(x.spk_first, limit)) {
      x.explicit_speaker = false;
      x.implicit = true;
      slot = content_from = x.spk_first + 1;
      object_noun = false;
      attention_drawn = true;
    } else if (content_from < limit && AttentionDrawnAt(content_from, limit)) {
      if (x.explicit_speaker && x.spk_first < i) {
        bool by_default = false;
        ClassifySource(doc_, x.spk_first, x.spk_end, &by_default);
        if (by_default && !HasNameIn(x.spk_first, x.spk_end)) return false;
      }
      if (slot == content_from) ++slot;
      ++content_from;
      object_noun = false;
      attention_drawn = true;
    }
  }
  // "طلب عدم الكشف عن اسمه", "دعت الحاجة": a verb that does not report a
  // noun phrase, with its object after it and no subject before it,
  // reports nothing.
  if (object_noun && !x.explicit_speaker && !m.info.np_content) return false;
  if (x.explicit_speaker && HasInanimateHead(x)) return false;
  // "وأكد العبادي ضرورة …": when the phrase after the verb starts with a
  // source already named in the article, that name alone is the speaker
  // and the rest may be what is reported.
  if (has_np && m.info.np_content && x.spk_end > x.spk_first + 1 &&
      !clauses_.ComplementizerFollows(x.spk_end, std::min(limit, x.spk_end + 3))) {
    if (named_sources_.count(StripArticle(clauses_.N(x.spk_first)))) {
      x.spk_end = x.spk_first + 1;
      content_from = x.spk_end;
    }
  }
  // "وعلمت «عكاظ» من مصادر موثوقة أن …": the source the outlet learned from
  // is the speaker.
  if (m.info.learns_from && x.explicit_speaker && x.spk_first > i && content_from + 1 < limit &&
      clauses_.N(content_from) == "من") {
    const uint32_t k = content_from + 1;
    uint32_t end = k;
    while (end < limit && end < k + 8 && IsWord(toks_[end]) &&
           !kComplementizers.count(clauses_.N(end)))
      ++end;
    bool by_default = false;
    ClassifySource(doc_, k, end, &by_default);
    if (end > k && !by_default) {
      x.spk_first = k;
      x.spk_end = end;
      content_from = end < limit && IsCommaToken(doc_, toks_[end]) ? end + 1 : end;
    }
  }
  *speaker = VerbSpeaker{slot, object_noun, pronoun_subject, content_from, attention_drawn};
  return true;
}

bool AttributionScan::AmmaTopicBefore(uint32_t i, const CueMatch& m, uint32_t begin,
                                      uint32_t* first, uint32_t* end) const {
  // The verb opens with ف ("فقالا") or follows فقد ("وأما الداخلية
  // البريطانية، فقد أشارت إلى أن"); the topic ends before either.
  if (i > begin && clauses_.N(i - 1) == "فقد") {
    --i;
  } else if (!(m.has_conjunction && clauses_.N(i).starts_with("ف"))) {
    return false;
  }
  for (uint32_t k = i; k > begin && k + 12 > i; --k) {
    const uint32_t a = k - 1;
    if (IsClauseEndPunct(doc_, toks_[a]) || clauses_.IsVerb(toks_[a])) return false;
    if (clauses_.N(a) != "اما" && clauses_.N(a) != "واما") continue;
    uint32_t e = i;
    if (e > a + 1 && IsCommaToken(doc_, toks_[e - 1])) --e;
    if (e <= a + 1) return false;
    // (A topic that is a place or a matter is no speaker: "أما في الموضوع
    // السوري، فاعتقد"، "أما بالنسبة للأسعار فيقول".)
    const std::string_view w = clauses_.N(a + 1);
    if (kContentPrepositions.count(w) || kTopicPrepositions.count(w) ||
        !clauses_.GluedPreposition(a + 1).empty() || w.starts_with("بالنسب"))
      return false;
    *first = a + 1;
    *end = e;
    return true;
  }
  return false;
}

// طلب with its phrase after it: a request only when that phrase is a source
// the lexicon knows or a name ("طلب رئيس الوزراء الهندي نارندرا مودي"،
// "وطلبت الوزارة من المعينين"), else the phrase is what is asked for
// ("طلبت الدواء"، "وطلب العودة"، "يطلب زيادة في راتبه"); and the bare form
// after a word that opens no clause is the noun in a construct ("مع طلب
// العميل"، "حسب طلب الجهاز الفني"، "لتلبية طلب الجماهير").
bool AttributionScan::IsRequestNoSource(uint32_t i, const CueMatch& m, uint32_t begin,
                                        const Found& x) const {
  if (!x.explicit_speaker || x.spk_first <= i) return false;
  // (After a preposition, a noun or a number, as the tagger reads the word
  // before; not after a name: "مع حطين طلب مني أحمد الحلوي".)
  if (!m.has_conjunction && i > begin && IsWord(toks_[i - 1]) && toks_[i - 1].word_count == 1 &&
      !entity_tokens_[i - 1]) {
    const Upos u = doc_.words[toks_[i - 1].first_word].upos;
    const std::string_view prev = clauses_.N(i - 1);
    if ((u == Upos::ADP || u == Upos::NOUN || u == Upos::NUM) && !kConnectors.count(prev) &&
        !kClauseOpeners.count(prev) && !kTimeAdverbs.count(prev))
      return true;
  }
  // (A phrase with من after it may be who asks, of whom: "طلب المريض من
  // العامل"، "وطلبت المدينة من المسؤولين".)
  if (x.spk_end < n_ && clauses_.N(x.spk_end) == "من") return false;
  bool by_default = false;
  ClassifySource(doc_, x.spk_first, x.spk_end, &by_default);
  return by_default && !HasNameIn(x.spk_first, x.spk_end);
}

bool AttributionScan::PronounComplementizerBefore(uint32_t i, uint32_t begin) const {
  uint32_t k = i;
  if (k > begin && IsOpeningMarkOfQuote(doc_, k - 1)) --k;  // أنها «تدين
  if (k <= begin) return false;
  const std::string_view w = clauses_.N(k - 1);
  return w == "انه" || w == "انها" || w == "انهم" || w == "انهما" || w == "بانه" || w == "بانها" ||
         w == "بانهم";
}

// A cue verb or participle at token i: its speaker, after or before it,
// and its content.
void AttributionScan::ScanVerbCue(uint32_t i, const CueMatch& m, uint32_t begin, uint32_t limit, Found& x) {
  co_speakers_.clear();
  if (m.info.cls == CueClass::kParticiple &&
      (IsAdjectiveParticiple(i) || clauses_.IsRequiredParticipleAt(i, begin)))
    return;
  // "واستطرد مؤكداً أن …"، "وأردف مبيناً أن …": a participle right after the
  // verb that reported says how it was said; the two are one report, the
  // verb's.
  if (m.info.cls == CueClass::kParticiple && i > begin && !found_.empty() &&
      found_.back().a.cue == toks_[i - 1].span)
    return;
  // "عقب تذليل كل العقبات ومناشدة الأطراف المعنية": a feminine participle
  // joined by و to the word before it, with no pause, is a verbal noun in a
  // list (an appeal), not a report.
  if (m.info.cls == CueClass::kParticiple && m.has_conjunction && clauses_.N(i).ends_with("ة") &&
      i > 0 && IsWord(toks_[i - 1]))
    return;
  VerbSpeaker s;
  if (!FindVerbSpeaker(i, m, begin, limit, x, &s)) return;
  if (DescribesThingBefore(i, m, begin, x)) return;
  if (m.info.requests && IsRequestNoSource(i, m, begin, x)) return;
  // "…، كما أعلنت السلطات المحلية التي أكدت أنها …": after a comma, كما with
  // the verb and its subject, then a relative clause, vouches for the clause
  // before; the complementizer after belongs to the relative clause's verb.
  if (i > begin + 1 && clauses_.N(i - 1) == "كما" && IsCommaToken(doc_, toks_[i - 2]) &&
      x.explicit_speaker && x.spk_first > i && x.spk_end < limit &&
      IsSingularRelative(clauses_.N(x.spk_end))) {
    AddAsSaidReport(i, begin, x);
    return;
  }
  if (m.info.needs_an) {
    const uint32_t an = ExpressedAnAt(i, m, begin, limit, x, s);
    if (an >= limit) return;
    s.content_from = std::max(s.content_from, an);  // what is expressed follows عن
  }
  // "ونوه الدكتور باز ألدرين الذي يزور السعودية حاليا بجهود الأمير …": past
  // a relative clause that describes the subject, what the verb governs with
  // ب (up to 14 words, none a cue or a complementizer; not a place).
  if (m.info.takes_bi && x.explicit_speaker && x.spk_first > i && s.content_from < limit &&
      IsSingularRelative(clauses_.N(s.content_from))) {
    CueMatch mm;
    uint32_t end = s.content_from + 1;
    while (end < limit && end <= s.content_from + 14 && IsWord(toks_[end]) &&
           !clauses_.IsCueAt(end, &mm) && !kComplementizers.count(clauses_.N(end)))
      ++end;
    // (Not where it is: "التي أجريت … بالأطاولة بالرفع إلى …".)
    if (const uint32_t governed = GovernedWithBiStart(s.content_from, end); governed < end)
      s.content_from = governed;
  }
  if (AddSaidThisReport(i, begin, x)) return;
  // "وكشف النقاب أمس عن …" with no subject before it is the passive (كُشف):
  // a report with no source, not the speaker already speaking.
  const bool veil_lifted = s.object_noun && !x.explicit_speaker && !s.pronoun_subject &&
                           !m.has_conjunction && StripArticle(clauses_.N(s.after)) == "نقاب";
  uint32_t start;
  bool quoted;
  const CueClass scan_cls = ContentClass(m, s.after, limit);
  // (Also after على / إلى: "وأكد على ضرورة …", "كما شدد على أهمية …".)
  uint32_t noun_at = s.after;
  // (And after عن for a verb that takes it, with its subject named or a
  // report of the same sentence before it to carry the speaker from:
  // "وأشاد رئيس الجمعية بجهود الفريق، وكشف عن مواصلة التعاون".)
  const bool speaker_at_hand = x.explicit_speaker || s.pronoun_subject ||
                               (!found_.empty() && found_.back().cue_first >= begin);
  if (noun_at + 1 < limit && (clauses_.N(noun_at) == "علي" || clauses_.N(noun_at) == "الي" ||
                              (clauses_.N(noun_at) == "عن" && m.info.takes_an && speaker_at_hand)))
    ++noun_at;
  // (After the attention drawn, any noun after إلى: "لافتاً النظر إلى
  // المشاركة الدولية".)
  const bool reported_noun =
      noun_at < limit &&
      (ReportedNounAt(noun_at, i, m, x, s) ||
       (s.attention_drawn && noun_at > s.content_from && IsWord(toks_[noun_at]) &&
        clauses_.N(noun_at) != "من" && clauses_.N(noun_at) != "ما"));
  // "ونشرت الوزارة اليوم صورا التقطتها طائرات …": what a named source
  // publishes, within two words of it, is what it reports. Only with the
  // source named after the verb (not "حاولوا نشر صور", the verbal noun), and
  // not after a plural form: a verb before its subject is singular, so the
  // noun after "أصدروا" is its object (تصريحات), not a source.
  uint32_t published = limit;
  if (m.info.publishes && !m.info.plural && x.explicit_speaker)
    for (uint32_t j = s.content_from; j < limit && j < s.content_from + 3; ++j)
      if (IsWord(toks_[j]) && kPublishedObjects.count(StripArticle(clauses_.N(j)))) {
        published = j;
        break;
      }
  if (published < limit) {
    start = published;
    quoted = false;
  } else if (!clauses_.FindContentStart(
                 s.content_from, limit, scan_cls, &start, &quoted,
                 (m.info.np_content ||
                  (m.info.np_after_ila && s.content_from + 1 < limit &&
                   clauses_.N(s.content_from) == "الي" && !DrawsAttention(x, s))) &&
                     (x.explicit_speaker || s.pronoun_subject || reported_noun),
                 &m.info)) {
    // Quotes that open right after the sentence end (وقال: then a new
    // line) are handled by FindContentStart through the colon.
    start = m.info.np_content ? ContentAfterNamedSpeaker(x, limit) : limit;
    // "وأضاف على الرغم من هبوط نسب الضرائب، قامت …"، "وقال ستظل بلادنا
    // عصية": after وقال / وأضاف / وتابع / وأردف with no subject of its own,
    // a clause that opens with a verb or with "despite" is what is said.
    if (start >= limit) start = BareClauseAfter(i, m, x, s, limit);
    if (start >= limit) {
      AddAsSaidReport(i, begin, x);
      return;
    }
    quoted = false;
  }
  // "وشدد على ضرورة أن يبدأ العمل فورا"، "مؤكدا أهمية أن تلتزم الشركات":
  // the necessity is what is said, not the act: the content opens at the
  // noun before أن (right after the verb, its subject, على or إلى).
  if (!quoted && start >= s.content_from + 2 && start <= s.content_from + 3 &&
      kComplementizers.count(clauses_.N(start - 1)) && kModalNouns.count(clauses_.N(start - 2)) &&
      (start - 2 == s.content_from || clauses_.N(start - 3) == "علي" ||
       clauses_.N(start - 3) == "الي"))
    start -= 2;
  // "نفى وزير التعليم عزام الدخيل ما يتم تداوله": what is denied or
  // confirmed after ما, only for a source the lexicon knows or a name (not
  // "كشف حساب لكل ما اقترفت"، "مستندات تؤكد ما ذهب إليه").
  // (Only a ما that no complementizer or colon opened: the noun phrase.)
  if (!quoted && clauses_.OpensWhatClause(start, limit) && start > 0 && IsWord(toks_[start - 1]) &&
      !kComplementizers.count(clauses_.N(start - 1))) {
    bool by_default = true;
    if (x.explicit_speaker) ClassifySource(doc_, x.spk_first, x.spk_end, &by_default);
    if (by_default && !(x.explicit_speaker && HasNameIn(x.spk_first, x.spk_end))) return;
  }
  if (m.info.ambiguous && !quoted && scan_cls != CueClass::kStance) {
    // Homographs need a complementizer right after the speaker or a
    // preposition (or whom it was told, in marks).
    // (An unnamed source's aside between is passed over: "وروى جندي طالبا
    // عدم ذكر اسمه أنه …".)
    uint32_t from = clauses_.AnonymityAsideEnd(s.content_from, limit);
    // (Past whom a verb of telling addresses, up to four words or marks:
    // "أبلغ مسؤول حكومي آخر وكالة أنباء "رويترز" بأن".)
    if (m.info.addresses)
      while (from < start && from < s.content_from + 4 && !clauses_.IsVerb(toks_[from]) &&
             (IsWord(toks_[from]) || toks_[from].kind == TokenKind::kQuote))
        ++from;
    if (start > from + 3 && start > clauses_.SkipToldInMarks(s.content_from, limit) + 1 &&
        start != clauses_.ReportCircumstancesEnd(s.content_from, limit) + 1 &&
        !AsideBeforeComplementizer(s.content_from, start) && !BetweenOpensReport(i, begin, start))
      return;
  }
  // (And a source of a known kind or a name: "نقل الرجل إلى …"، "نقل
  // مساعدات" are a transfer.)
  if (m.info.needs_that) {
    if (quoted || start == 0 || !kComplementizers.count(clauses_.N(start - 1)) ||
        !x.explicit_speaker)
      return;
    // (One who asks not to be named is a source: "وروى جندي طالبا عدم ذكر
    // اسمه أنه …".)
    bool by_default = false;
    ClassifySource(doc_, x.spk_first, x.spk_first + 1, &by_default);
    if (by_default && !entity_tokens_[x.spk_first] &&
        clauses_.AnonymityAsideEnd(s.content_from, limit) == s.content_from)
      return;
  }
  if (m.info.ambiguous && scan_cls == CueClass::kStance && !x.explicit_speaker && !s.pronoun_subject &&
      !m.has_conjunction)
    return;
  if (ReadsAsBetween(i, begin, limit, s.content_from, start, x)) return;
  x.a.cue = toks_[i].span;
  SetContent(clauses_, start, quoted, limit, &x);
  if (x.a.content.empty()) return;
  if (!x.a.direct && x.explicit_speaker) EndBeforeSpeakerActsAgain(start, x);
  // "وأوضحت الدراسة، التي وصفت المشروع بأنه من أهم المشروعات، أن …": a
  // report in a relative clause between commas ends with it.
  if (const uint32_t k = i > 0 ? clauses_.RelativeAsideEnd(i - 1, limit) : 0;
      !x.a.direct && k > start && toks_[k].span.end <= x.a.content.end)
    x.a.content = clauses_.TrimmedSpan(start, k);
  // A content that is a pronoun alone reports nothing: "مرحبة به".
  if (!quoted && x.a.content.start == toks_[start].span.start &&
      x.a.content.end == toks_[start].span.end && kPronounObjects.count(clauses_.N(start)))
    return;
  if (veil_lifted) x.cls = CueClass::kImpersonal, x.implicit = false;
  if (x.explicit_speaker) named_sources_.insert(StripArticle(clauses_.N(x.spk_end - 1)));
  AddReport(x);
}

}  // namespace isnad

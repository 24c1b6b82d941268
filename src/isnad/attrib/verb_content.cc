// Where a cue verb's content starts and ends (verb_cue.cc): the class of
// content to look for, what عبّر expresses after عن, the attention لفت
// draws, a noun phrase that is what the verb reports, a bare clause after
// وقال, what a verb that judges calls its object, and the end of a content
// where its speaker acts again.
#include <algorithm>
#include <string_view>

#include "isnad/attrib/attribution_scan.h"
#include "isnad/attrib/source_kind.h"
#include "isnad/text/chars.h"

namespace isnad {

using namespace clause_words;  // the word lists of attribution (clause_words.h)

// The class whose content to look for: a participle reports speech, or
// takes a noun phrase like a stance verb.
CueClass AttributionScan::ContentClass(const CueMatch& m, uint32_t after, uint32_t limit) const {
  CueClass scan_cls = m.info.cls == CueClass::kParticiple ? CueClass::kSpeech : m.info.cls;
  // Participles of stance verbs (داعيا، مشيدا) take a noun phrase too.
  if (m.info.cls == CueClass::kParticiple) {
    std::string_view nn = after < limit ? clauses_.N(after) : std::string_view();
    if (!kComplementizers.count(nn) && nn != "الي" && nn != "علي" &&
        !IsOpeningMarkOfQuote(doc_, after) && !(after < limit && IsColon(doc_, toks_[after])))
      scan_cls = CueClass::kStance;
    if (nn == "الي" && m.info.calls_for) scan_cls = CueClass::kStance;
  }
  return scan_cls;
}

// "وعبر المواطنون عن سعادتهم": عبّر (CueInfo::needs_an) reports only with عن
// after its subject (not "عن طريق", by way of: "عبر الحدود عن طريق البحر"
// crossed). The present with no subject named is mostly a thing that
// reflects ("تعبر عن خبثها"، "ويعبرون عن إمكاناتهم"): no one speaks. With no
// subject of its own and no pause before it, right after the clause another
// report of the sentence opened with a complementizer, what expresses is
// mostly the thing that clause speaks of: "وأشار الرئيس إلى أن مشروع القناة
// تخطى البعد الاقتصادي وعبّر عن عزة المصريين" (after a comma, or after words
// reported as a noun phrase, it goes on with the speaker: "…، وعبر عن سعادته").
// The token of that عن, after which what is expressed stands; `limit` when
// the verb expresses no report.
uint32_t AttributionScan::ExpressedAnAt(uint32_t i, const CueMatch& m, uint32_t begin,
                                        uint32_t limit, const Found& x,
                                        const VerbSpeaker& s) const {
  uint32_t an = x.explicit_speaker && x.spk_first > i ? x.spk_end : s.after;
  // (Past a comma after the speaker: "وعبر المهندس خالد المديفر، عن فخر".)
  if (an + 1 < limit && an > i + 1 && IsCommaToken(doc_, toks_[an]) &&
      clauses_.IsExpressedAn(an + 1))
    ++an;
  // (Past a time and its comma: "وعبر الرئيس أمس الاثنين، عن سعادته".)
  if (const uint32_t r = clauses_.ReportCircumstancesEnd(an, limit);
      r > an && r < limit && clauses_.IsExpressedAn(r))
    an = r;
  // (Past where and when it was said, or a relative clause that describes
  // the subject: "وعبر الرئيس هادي في الاجتماع عن سعادته"، "وعبر
  // الطفل جواد الذي لا يزيد عمره على 12 عاما عن سعادته"؛ at most 14 words
  // and numbers, none a cue or a complementizer.)
  if (an < limit &&
      (clauses_.N(an) == "في" || clauses_.N(an) == "خلال" || IsSingularRelative(clauses_.N(an)))) {
    CueMatch mm;
    for (uint32_t k = an + 1;
         k < limit && k <= an + 14 && (IsWord(toks_[k]) || toks_[k].kind == TokenKind::kNumber);
         ++k) {
      if (clauses_.IsExpressedAn(k)) {
        an = k;
        break;
      }
      if (kComplementizers.count(clauses_.N(k)) || clauses_.IsCueAt(k, &mm)) break;
    }
  }
  if (an + 1 >= limit || !clauses_.IsExpressedAn(an)) return limit;
  if (m.info.present && !x.explicit_speaker) return limit;
  if (!x.explicit_speaker && i > begin && IsWord(toks_[i - 1]) && !found_.empty() &&
      found_.back().cue_first >= begin) {
    const uint32_t c = FirstTokenFrom(found_.back().a.content.start);
    if (c > begin && c < i && kComplementizers.count(clauses_.N(c - 1))) return limit;
  }
  return an;
}

// النظر / الانتباه / الأنظار right before إلى at k: the attention that لفت
// draws.
bool AttributionScan::AttentionDrawnAt(uint32_t k, uint32_t limit) const {
  if (k + 1 >= limit || clauses_.N(k + 1) != "الي") return false;
  const std::string_view w = clauses_.N(k);
  return w == "النظر" || w == "الانتباه" || w == "الانظار";
}

// "لفت نظري إلى"، "وتلفت نظرك إلى أمور": the one whose attention is drawn
// (نظر، انتباه، الأنظار) is no speaker.
bool AttributionScan::DrawsAttention(const Found& x, const VerbSpeaker& s) const {
  const uint32_t first = x.explicit_speaker ? x.spk_first : s.after;
  if (first >= n_) return false;
  const std::string_view w = StripArticle(clauses_.N(first));
  return w.starts_with("نظر") || w.starts_with("انتباه") || w.starts_with("انظار");
}

bool AttributionScan::ReportedNounAt(uint32_t k, uint32_t i, const CueMatch& m, const Found& x,
                                     const VerbSpeaker& s) const {
  if (!IsWord(toks_[k])) return false;
  const std::string_view w = clauses_.N(k);
  if (kReportedNouns.count(StripArticle(w)) || IsObjectNoun(w)) return true;
  // A verbal noun of a derived verb the speaker's phrase was found to be
  // (SubjectAfterVerb), after a verb with و or a named subject.
  if (k == s.after)
    return s.object_noun && m.info.np_content && (m.has_conjunction || x.explicit_speaker) &&
           IsDerivedVerbalNounAt(k);
  // After إلى / على, any noun in the construct state, which is a verbal noun
  // or a quality more often than a thing: "مشيراً إلى اهتمام المسؤولين …
  // بنجاح المعرض"، "وأشار إلى عودة بعض مرافق الشرطة"; for a participle, a
  // verb after و or a named subject ("وهذا يشير إلى يقظة …" is a thing that
  // points).
  return (m.info.cls == CueClass::kParticiple || m.has_conjunction || s.after > i + 1 ||
          x.explicit_speaker) &&
         IsConstructNoun(k);
}

bool AttributionScan::IsConstructNoun(uint32_t i) const {
  const Token& t = toks_[i];
  const std::string_view w = clauses_.N(i);
  return t.word_count == 1 && doc_.words[t.first_word].upos == Upos::NOUN && StripArticle(w) == w &&
         !entity_tokens_[i] && i + 1 < n_ && IsWord(toks_[i + 1]);
}

uint32_t AttributionScan::BareClauseAfter(uint32_t i, const CueMatch& m, const Found& x,
                                          const VerbSpeaker& s, uint32_t limit) const {
  if (m.info.cls != CueClass::kSpeech || m.info.ambiguous) return limit;
  std::string_view verb = clauses_.N(i);
  if (m.has_conjunction) verb.remove_prefix(std::string_view("و").size());
  const bool says = verb.starts_with("قال") || verb == "يقول" || verb == "تقول";
  if (!(says || verb.starts_with("اضاف") || verb == "يضيف" || verb == "تضيف" ||
        verb.starts_with("تابع") || verb.starts_with("اردف")))
    return limit;
  // Right after the verb with و and no subject of its own, or after its
  // named subject and a comma: "وأضاف السلمي، هناك فعاليات أخرى"، "وتابع
  // الرئيس، لكن حماس حتى الآن ترفض".
  // (After the subject, only a past قال or a verb with و, not after كما, which
  // vouches for the clause before it; and a source of a known kind or a
  // name: "فقال أفسحي الطريق للكبار، فأبت" says the imperative.)
  uint32_t at = limit;
  if (!x.explicit_speaker && m.has_conjunction) {
    at = s.after;
  } else if (x.explicit_speaker && x.spk_first > i && x.spk_end + 1 < limit &&
             IsCommaToken(doc_, toks_[x.spk_end]) &&
             (m.has_conjunction || verb.starts_with("قال")) &&
             !(i > 0 && clauses_.N(i - 1) == "كما")) {
    bool by_default = false;
    ClassifySource(doc_, x.spk_first, x.spk_end, &by_default);
    if (!by_default || HasNameIn(x.spk_first, x.spk_end)) at = x.spk_end + 1;
  }
  if (at + 2 >= limit || !IsWord(toks_[at])) return limit;
  const std::string_view w = clauses_.N(at);
  const bool despite = w == "رغم" || w == "بالرغم" || (w == "علي" && clauses_.N(at + 1) == "الرغم");
  // "وقال نحن نحمل أمانة"، "وقال أنا سعيد"، "واضاف لا أعلم": a clause that
  // opens with "I", "we" or "you", with a negation or لقد, with هناك or
  // "but" (not لكنه, "but he", the outlet going on); right after a verb of
  // saying, with "this" before a definite noun ("ويضيف هذا الطريق بوضعه
  // الحالي شهد"; after أضاف or تابع it may be their subject: "وأضاف هذا
  // الفوز ثلاث نقاط").
  if (IsSpeakingPronounAt(doc_, at) ||
      ((IsNegationAt(doc_, at) || w == "لقد") && !entity_tokens_[at]) || w == "هناك" ||
      w == "هنالك" || w == "لكن" || w == "ولكن" ||
      (says && at == s.after && (w == "هذا" || w == "هذه") &&
       StripArticle(clauses_.N(at + 1)).size() < clauses_.N(at + 1).size()))
    return at;
  // (Not "وقال تعالى": God's praise, whose words follow.)
  CueMatch mm;
  if (!despite &&
      (!clauses_.IsVerb(toks_[at]) || clauses_.IsCueAt(at, &mm) || w == "تعالي" || w == "سبحانه"))
    return limit;
  return at;
}

// What a verb that judges (وصف، اعتبر: CueInfo::judges, object_pronoun)
// calls the thing it judges: *content_from moves to the complementizer بأن
// or past a ب written apart, within ten words of the object; false when a
// form with an object pronoun reports nothing there (a verbal noun, "as he
// put it", or no name given to the thing). `object_after`: the verb has its
// object (or its subject and object) after it.
bool AttributionScan::JudgedContentFrom(uint32_t i, const CueMatch& m, uint32_t begin,
                                        uint32_t limit, bool object_after,
                                        uint32_t* content_from) const {
  // "ووصف الوزير الاتفاق بأنه تاريخي": what a verb that judges calls its
  // object is the clause after the complementizer, without the object
  // (attribution.md: indirect speech is the clause after it). Only بأن: a
  // bare أن further on is another clause's ("بالمحطة المهمة … بعد أن").
  if ((m.info.judges && object_after) || m.info.object_pronoun) {
    CueMatch mm;
    for (uint32_t k = *content_from;
         k < limit && k < *content_from + 10 && IsWord(toks_[k]) && !clauses_.IsCueAt(k, &mm); ++k) {
      if (kComplementizers.count(clauses_.N(k)) && clauses_.N(k).starts_with("ب")) {
        *content_from = k;
        break;
      }
      // (Or ب written apart before what it is called: "ووصفت المقاومة هذا
      // التصرف ب«الإجراءات الإجرامية الممنهجة»".)
      if (IsSeparateBi(clauses_.N(k))) {
        *content_from = k + 1;
        break;
      }
    }
  }
  if (m.info.object_pronoun) {
    if (i > begin && clauses_.N(i - 1) == "كما") return false;
    // After a preposition or a noun of occasion the form is the verbal noun
    // with its possessor: "في معرض وصفه لنقاش الكونغرس"، "لم تعترض على
    // وصفها" (blind judgment of 22,001-23,000).
    if (i > begin && kBeforeVerbalNoun.count(clauses_.N(i - 1))) return false;
    const uint32_t c = *content_from;
    const bool called =
        c < limit && (kComplementizers.count(clauses_.N(c)) || IsOpeningMarkOfQuote(doc_, c) ||
                      (clauses_.GluedPreposition(c) == "ب" && !clauses_.N(c).starts_with("بشكل")) ||
                      IsSeparateBi(clauses_.N(c)));
    if (!called) return false;
  }
  return true;
}

// "وتابع بيرلو، في مقابلة مع صحيفة «لاغازيتا ديلو سبورت» الإيطالية، إن
// القرار …": an aside between commas right after the speaker (at token
// `from`), no verb, cue nor complementizer in it and at most 13 tokens, then
// the complementizer before the content at `start`.
bool AttributionScan::AsideBeforeComplementizer(uint32_t from, uint32_t start) const {
  if (start < from + 4 || start > from + 16 || !IsCommaToken(doc_, toks_[from]) ||
      !kComplementizers.count(clauses_.N(start - 1)) || !IsCommaToken(doc_, toks_[start - 2]))
    return false;
  // (A relative clause about the speaker has verbs of its own: "وتابع
  // حسيني، الذي لم يشر إلى بريفيك بالاسم، أن …".)
  if (clauses_.RelativeAsideEnd(from + 1, n_) == start - 2) return true;
  CueMatch mm;
  for (uint32_t k = from + 1; k + 2 < start; ++k) {
    const Token& t = toks_[k];
    const bool ok = IsWord(t) ? !clauses_.IsVerb(t) && !clauses_.IsCueAt(k, &mm) &&
                                    !kComplementizers.count(clauses_.N(k))
                              : t.kind == TokenKind::kQuote || t.kind == TokenKind::kNumber ||
                                    t.kind == TokenKind::kLatin;
    if (!ok) return false;
  }
  return true;
}

// "وأهاب الشدوي بالكتاب إلى …، واستعرض الشدوي في ورشة عمل …": the speaker
// named again as the subject of a new verb after a comma is the outlet
// narrating again; what was said ends before the comma. (A cue there ends it
// already; this is any other verb.)
void AttributionScan::EndBeforeSpeakerActsAgain(uint32_t start, Found& x) const {
  const std::string_view name = StripArticle(clauses_.N(x.spk_end - 1));
  if (name.size() < 6) return;
  for (uint32_t k = start + 1; k + 2 < n_ && toks_[k + 2].span.end <= x.a.content.end; ++k) {
    if (!IsCommaToken(doc_, toks_[k]) || !OpensWithConjunction(k + 1) ||
        !clauses_.IsVerb(toks_[k + 1]) || StripArticle(clauses_.N(k + 2)) != name)
      continue;
    const Span kept = clauses_.TrimmedSpan(start, k);
    if (!kept.empty() && kept.start >= x.a.content.start) x.a.content.end = kept.end;
    return;
  }
}

}  // namespace isnad

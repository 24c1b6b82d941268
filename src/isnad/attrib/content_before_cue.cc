// Reports whose content stands before their cue: "…، كما قالت X" (the clause
// before كما) and "أوضح ذلك X" (the sentence before). Called from
// ScanVerbCue (verb_cue.cc) when a verb reports nothing after it.
#include <algorithm>
#include <string_view>

#include "isnad/attrib/attribution_scan.h"
#include "isnad/attrib/source_kind.h"
#include "isnad/text/chars.h"

namespace isnad {

using namespace clause_words;  // the word lists of attribution (clause_words.h)

// "…، كما قالت مدعية المحكمة الجنائية الدولية" (as X said): when the cue at
// i reports nothing after it, the clause before كما is what X vouches for,
// as after بحسب; the cue is كما with the verb. Only a source the lexicon
// knows or a name: "كما أكد سقوط بعض القتلى" (also stressed) has its object
// there, not a source.
void AttributionScan::AddAsSaidReport(uint32_t i, uint32_t begin, Found& x) {
  if (!(i > begin + 1 && clauses_.N(i - 1) == "كما" && x.explicit_speaker)) return;
  bool unknown_source = false;
  ClassifySource(doc_, x.spk_first, x.spk_end, &unknown_source);
  if (unknown_source && !HasNameIn(x.spk_first, x.spk_end)) return;
  uint32_t e = i - 1;
  while (e > begin && toks_[e - 1].kind == TokenKind::kPunct) --e;
  const Span before = clauses_.TrimmedSpan(clauses_.ClauseStartBefore(e, begin), e);
  if (before.empty()) return;
  x.a.cue = {toks_[i - 1].span.start, toks_[i].span.end};
  x.a.content = before;
  x.a.direct = false;
  named_sources_.insert(StripArticle(clauses_.N(x.spk_end - 1)));
  AddReport(x);
}

// "أوضح ذلك مدير العلاقات العامة بالمركز حامد الدغماني"، "صرح بذلك المتحدث
// الرسمي": a verb that opens its sentence with ذلك / بذلك (this) before its
// named speaker says that the sentence before is the speaker's (the lede of
// the article, often a paragraph before).
bool AttributionScan::AddSaidThisReport(uint32_t i, uint32_t begin, Found& x) {
  if (i + 1 >= n_ || !IsThisSaid(clauses_.N(i + 1)) || !x.explicit_speaker || x.spk_first <= i + 1)
    return false;
  uint32_t v = begin;
  while (v < i && !IsWord(toks_[v])) ++v;
  if (v != i || sent_of_[begin] == 0) return false;
  const Sentence& prev = doc_.sentences[sent_of_[begin] - 1];
  const Span before = clauses_.TrimmedSpan(prev.first_token, begin);
  if (before.empty()) return false;
  x.a.cue = {toks_[i].span.start, toks_[i + 1].span.end};
  x.a.content = before;
  x.a.direct = false;
  AddReport(x);
  return true;
}

}  // namespace isnad

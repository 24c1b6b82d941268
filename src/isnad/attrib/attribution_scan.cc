// AttributionScan (attribution_scan.h): what its patterns share (the
// document's sentences joined across semicolons, the entity tagger's words,
// which tell a name from a verb, and the two steps every pattern fills a
// report with: NarrowToSource, SetContent), and the path of the impersonal
// cues of the lexicon (يعتقد أن), which need no speaker.
#include "isnad/attrib/attribution_scan.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "isnad/attrib/source_kind.h"
#include "isnad/text/chars.h"
#include "isnad/tokenize/quotes.h"

namespace isnad {

using namespace clause_words;  // the word lists of attribution (clause_words.h)

namespace {

// Sentences joined across semicolons: at most this many.
constexpr uint32_t kMaxJoinedSentences = 8;

// The sentence index of each token.
std::vector<uint32_t> SentenceOfToken(const Document& doc) {
  std::vector<uint32_t> s(doc.tokens.size(), 0);
  for (uint32_t k = 0; k < doc.sentences.size(); ++k)
    for (uint32_t t = doc.sentences[k].first_token; t < doc.sentences[k].end_token; ++t) s[t] = k;
  return s;
}

}  // namespace

bool NarrowToSource(const ClauseScanner& f, uint32_t* first, uint32_t* end) {
  // (And an adverb of time: "نقلت امس تقارير عن …".)
  while (*first < *end && (kNotSourceWords.count(f.N(*first)) ||
                           kPronounObjects.count(f.N(*first)) || kTimeAdverbs.count(f.N(*first))))
    ++*first;
  if (*first < *end && kNoSourceWords.count(f.N(*first))) return false;
  // Nor does a phrase that opens with من, إلى or أو: "وفق ما تلقوه من أوامر"،
  // "طبقا من الفواكه"، "يسأل أو يقترح"; but من before a verb is "those who"
  // ("حسب من توجه إلى المهرجان").
  if (*first < *end && (f.N(*first) == "الي" || f.N(*first) == "او" ||
                        (f.N(*first) == "من" && !(*first + 1 < f.doc().tokens.size() && f.IsVerb(f.T(*first + 1))))))
    return false;
  // A lone و، بـ or لـ at the end belongs to what follows: "القناة السابعة
  // و(موقع …)"، "إدارة العلاقات والإعلام بـ«…»".
  while (*end > *first + 1 &&
         (f.N(*end - 1) == "و" || f.N(*end - 1) == "بـ" || f.N(*end - 1) == "لـ"))
    --*end;
  // A demonstrative alone points at a fact, not a source ("ويشير هذا إلى").
  if (*end == *first + 1 && kDemonstratives.count(f.N(*first))) return false;
  for (uint32_t k = *first + 1; k < *end; ++k)
    if (kClauseBreaks.count(f.N(k))) {
      *end = k;
      break;
    }
  return *first < *end;
}

void SetContent(const ClauseScanner& f, uint32_t start, bool quoted, uint32_t limit, Found* out) {
  const Document& doc = f.doc();
  if (quoted) {
    const Quote& q = doc.quotes[f.T(start).quote - 1];
    uint32_t b = q.first_token;
    // An opening complementizer inside the marks is left out.
    if (b < q.end_token && (f.N(b) == "ان" || f.N(b) == "بان")) ++b;
    // The text inside the marks, as written (a final period included).
    out->a.content = b < q.end_token ? Span{doc.tokens[b].span.start, q.inner.end} : Span{};
    out->a.direct = true;
    // A quote followed by more of the clause (“…” وأن …) is mixed speech.
    uint32_t after = q.end_token + 1;
    if (after < doc.tokens.size() && after < limit && IsWord(f.T(after)) &&
        !doc.quotes[f.T(start).quote - 1].close.empty()) {
      CueMatch m;
      if (!f.IsCueAt(after, &m) && f.T(after).span.start < doc.tokens[limit - 1].span.end) {
        const uint32_t end = f.IndirectContentEnd(after, limit);
        // (Not the outlet's gloss: "…” أي القوات الموالية …".)
        if (end > after + 2 && !kSpeakerStops.count(f.N(after)) && f.N(after) != "اي") {
          out->a.content = f.TrimmedSpan(b, end);
          out->a.direct = false;
        }
      }
    }
    return;
  }
  const uint32_t bracket_end = f.BracketedSpeechEnd(start, limit);
  uint32_t end = bracket_end > start ? bracket_end : f.IndirectContentEnd(start, limit);
  if (end == limit && bracket_end <= start) end = f.QuotationRunOnEnd(start, end);
  out->a.content = f.TrimmedSpan(start, end);
  // Direct when the whole content stands inside one quotation.
  out->a.direct = false;
  if (!out->a.content.empty()) {
    const Token& first = f.T(start);
    if (first.quote != 0) {
      const Quote& q = doc.quotes[first.quote - 1];
      if (q.inner.Contains(out->a.content) && q.open.start >= doc.tokens[start].span.start) out->a.direct = true;
      // The content opens with the mark of a quotation that runs on past it
      // (its sentence ends first, or the mark is never closed): the words
      // are quoted, and the mark is no part of them.
      if (first.span == q.open && start + 1 < end && out->a.content.end <= q.inner.end) {
        out->a.content.start = doc.tokens[start + 1].span.start;
        out->a.direct = true;
      }
    }
  }
}

AttributionScan::AttributionScan(Document* doc, const CueLexicon& cues)
    : doc_(*doc),
      clauses_(*doc, cues),
      toks_(doc->tokens),
      n_(static_cast<uint32_t>(doc->tokens.size())),
      sent_of_(SentenceOfToken(*doc)) {
  MarkEntityTokens(doc_, &entity_tokens_);
  clauses_.SetEntityTokens(&entity_tokens_);
  for (const Entity& e : doc_.entities) {
    if (e.type == EntityType::kLoc) {
      for (const Span& m : e.mentions) {
        const uint32_t first = doc_.FirstTokenEndingAfter(m.start);
        if (first >= n_) continue;
        if (place_tokens_.empty()) place_tokens_.assign(n_, 0);
        place_tokens_[first] = 1;
        for (uint32_t k = first + 1; k < n_ && toks_[k].span.start < m.end; ++k)
          place_tokens_[k] = 2;
      }
    }
    if (e.type != EntityType::kPer) continue;
    for (const Span& m : e.mentions) {
      const uint32_t first = doc_.FirstTokenEndingAfter(m.start);
      uint32_t end = first;
      while (end < n_ && toks_[end].span.start < m.end) ++end;
      if (first < n_ && end > first) {
        if (person_end_.empty()) person_end_.assign(n_, 0);
        person_end_[first] = end;
      }
    }
  }
  entity_words_.reserve(static_cast<size_t>(std::count(entity_tokens_.begin(), entity_tokens_.end(), 1)));
  for (uint32_t k = 0; k < n_; ++k)
    if (entity_tokens_[k]) entity_words_.push_back(StripArticle(clauses_.N(k)));
  std::sort(entity_words_.begin(), entity_words_.end());
}

// Whether token k is a verb (the tagger's), not a name: it opens another
// clause ("clause": subordinating words too), so it is no source.
bool AttributionScan::VerbAt(uint32_t k, bool clause) const {
  if (entity_tokens_[k]) return false;
  if (!(clause ? clauses_.StartsClause(toks_[k]) : clauses_.IsVerb(toks_[k]))) return false;
  const std::string_view w = StripArticle(clauses_.N(k));
  return !std::binary_search(entity_words_.begin(), entity_words_.end(), w) && !named_sources_.count(w);
}

// A report runs over a semicolon (news Arabic puts ؛ inside sentences:
// "إن السفينة أغرقت؛ لأنها…"), so reports are read in sentences joined
// across semicolons.
bool AttributionScan::EndsInSemicolon(uint32_t k) const {
  const Sentence& s = doc_.sentences[k];
  const Token& last = toks_[s.end_token - 1];
  return last.kind == TokenKind::kPunct && IsSemicolon(doc_.cps[last.span.start]);
}

// The end of the (joined) sentence of token i.
uint32_t AttributionScan::SentenceLimit(uint32_t i) const {
  uint32_t k = sent_of_[i];
  const uint32_t first = k;
  while (k + 1 < doc_.sentences.size() && k < first + kMaxJoinedSentences && EndsInSemicolon(k) &&
         !NewlineBetween(doc_, doc_.sentences[k].span.end, doc_.sentences[k + 1].span.start))
    ++k;
  return doc_.sentences[k].end_token;
}

// The first token of the (joined) sentence of token i. A footer "رابط الخبر
// بصحيفة الوئام: <headline>" (the link of the story) is no part of the
// headline it repeats: for a token after its colon the sentence begins
// after the colon, so that "وزارة الداخلية تُحذر" keeps its subject.
uint32_t AttributionScan::SentenceBegin(uint32_t i) const {
  uint32_t k = sent_of_[i];
  const uint32_t last = k;
  while (k > 0 && k + kMaxJoinedSentences > last && EndsInSemicolon(k - 1) &&
         !NewlineBetween(doc_, doc_.sentences[k - 1].span.end, doc_.sentences[k].span.start))
    --k;
  const uint32_t first = doc_.sentences[k].first_token;
  if (const uint32_t after = StoryLinkEnd(first); after > first && i >= after) return after;
  return first;
}

uint32_t AttributionScan::FirstTokenFrom(uint32_t cp) const {
  const auto first = std::lower_bound(toks_.begin(), toks_.end(), cp,
                                      [](const Token& t, uint32_t v) { return t.span.start < v; });
  return static_cast<uint32_t>(first - toks_.begin());
}

uint32_t AttributionScan::StoryLinkEnd(uint32_t first) const {
  if (first + 2 >= n_ || clauses_.N(first) != "رابط" || clauses_.N(first + 1) != "الخبر")
    return first;
  for (uint32_t k = first + 2; k < n_ && k < first + 7; ++k)
    if (IsColon(doc_, toks_[k])) return k + 1 < n_ ? k + 1 : first;
  return first;
}

// An impersonal cue (يعتقد أن) at token i: a report with no speaker.
void AttributionScan::ScanImpersonalCue(uint32_t i, uint32_t limit, Found& x) {
  uint32_t start;
  bool quoted;
  if (!clauses_.FindContentStart(i + 1, limit, CueClass::kSpeech, &start, &quoted)) return;
  x.a.cue = toks_[i].span;
  SetContent(clauses_, start, quoted, limit, &x);
  if (x.a.content.empty()) return;
  found_.push_back(x);
}

}  // namespace isnad

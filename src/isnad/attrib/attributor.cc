#include "isnad/attrib/attributor.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "isnad/attrib/cue_lexicon.h"
#include "isnad/attrib/source_kind.h"
#include "isnad/attrib/speaker_entities.h"
#include "isnad/text/chars.h"

namespace isnad {
namespace {

using Set = std::unordered_set<std::string_view>;

// Complementizers that open indirect speech; the content starts after them.
const Set kComplementizers = {"ان",   "انه",   "انها",  "انهم", "انهما", "اننا", "انني",
                              "اني",  "بان",   "بانه",  "بانها", "بانهم", "بانهما", "باننا"};
// Words that end a speaker noun phrase: prepositions and adverbs of the
// clause, complementizers, relative pronouns.
const Set kSpeakerStops = {
    "في",   "خلال", "الي",  "علي",  "عن",    "مع",   "امام",  "اليوم", "امس",  "مساء",
    "صباح", "اثناء", "عقب", "بعد",  "قبل",   "حول",  "عبر",   "لدي",   "من",    "مؤخرا",
    "ايضا", "كذلك", "بدوره", "بدورها", "الذي", "التي", "الذين", "اللذين", "اللتين", "حيث",
    "الا",  "لكن",  "لكنه", "ولكن", "بينما", "فيما", "كما",  "حين",   "عندما", "اذ",
    "امس",  "صباحا", "مساءا", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة",
    "السبت", "الاحد", "يوم", "بشان", "ضمن", "وسط", "لوكالة", "لصحيفة", "لقناة", "لموقع",
    "اكثر", "اضافة", "بالاضافة", "نحو", "منذ", "ان", "لـ", "لما", "ما", "هو", "هي", "ذلك", "امام"};
// Separate-word prepositions left out of a stance verb's content.
const Set kContentPrepositions = {"الي", "علي", "عن", "ب", "من", "في", "ل", "لـ"};
const Set kNegations = {"لم", "لن", "لا", "ما", "ليس", "ولم", "ولا", "ولن", "غير", "عدم", "دون"};
const Set kConditionals = {"اذا", "لو", "ان", "حتي", "كي", "لكي"};
// Clause openers: a noun phrase before a verb starts after these.
const Set kClauseOpeners = {"و", "ثم", "حيث", "فيما", "بينما", "كما", "اذ", "وقد", "قد", "كان", "وكان"};

bool IsWord(const Token& t) { return t.kind == TokenKind::kWord || t.kind == TokenKind::kLatin; }

bool IsPunctChar(const Document& doc, const Token& t, char32_t c) {
  return (t.kind == TokenKind::kPunct || t.kind == TokenKind::kSymbol) && t.span.size() == 1 &&
         doc.cps[t.span.start] == c;
}

bool IsColon(const Document& doc, const Token& t) { return IsPunctChar(doc, t, ':'); }

bool IsClauseEndPunct(const Document& doc, const Token& t) {
  if (t.kind != TokenKind::kPunct) return false;
  const char32_t c = doc.cps[t.span.start];
  return IsSentenceFinal(c) || IsSemicolon(c);
}

bool IsOpeningMarkOfQuote(const Document& doc, uint32_t i) {
  const Token& t = doc.tokens[i];
  return t.kind == TokenKind::kQuote && t.quote != 0 && doc.quotes[t.quote - 1].open == t.span;
}

struct Found {
  Attribution a;
  uint32_t cue_first = 0, cue_end = 0;      // cue tokens
  uint32_t spk_first = 0, spk_end = 0;      // speaker tokens, when explicit
  bool explicit_speaker = false;
  bool implicit = false;                    // speaker to be carried over
  CueClass cls = CueClass::kSpeech;
};

class Finder {
 public:
  Finder(const Document& doc, const CueLexicon& cues) : doc_(doc), cues_(cues) {}

  std::string_view N(uint32_t i) const { return doc_.Norm(doc_.tokens[i]); }
  const Token& T(uint32_t i) const { return doc_.tokens[i]; }

  bool IsCueAt(uint32_t i, CueMatch* m) const {
    return IsWord(T(i)) && cues_.Find(N(i), m);
  }

  // The noun phrase starting at `i` (a speaker after a verb): up to a stop
  // word, punctuation, a quote, a cue or `limit`.
  uint32_t NounPhraseEnd(uint32_t i, uint32_t limit) const {
    uint32_t j = i;
    while (j < limit && j < i + 10) {
      const Token& t = T(j);
      if (!IsWord(t) && t.kind != TokenKind::kNumber) break;
      std::string_view n = N(j);
      if (j > i && (kSpeakerStops.count(n) || kComplementizers.count(n))) break;
      CueMatch m;
      if (j > i && IsCueAt(j, &m)) break;
      ++j;
    }
    return j;
  }

  // Where content starts after position `i` (exclusive end of cue or
  // speaker), within the sentence ending at `limit`: a complementizer, an
  // opening quote, a colon, or (for stance verbs) the noun phrase itself.
  // Returns false when the clause reports nothing.
  bool FindContentStart(uint32_t i, uint32_t limit, CueClass cls, uint32_t* start,
                        bool* quoted) const {
    const uint32_t window = cls == CueClass::kStance ? 4 : 18;
    for (uint32_t j = i; j < limit && j < i + window; ++j) {
      const Token& t = T(j);
      if (IsOpeningMarkOfQuote(doc_, j)) {
        const Quote& q = doc_.quotes[t.quote - 1];
        if (q.end_token - q.first_token >= 2) {
          *start = j;
          *quoted = true;
          return true;
        }
        continue;  // a quoted name
      }
      if (t.kind == TokenKind::kQuote) continue;
      std::string_view n = N(j);
      if (kComplementizers.count(n) && j + 1 < limit) {
        *start = j + 1;
        *quoted = false;
        return true;
      }
      if (IsColon(doc_, t) && j + 1 < limit) {
        *start = j + 1;
        *quoted = IsOpeningMarkOfQuote(doc_, j + 1);
        if (*quoted) *start = j + 1;
        return true;
      }
      if (IsClauseEndPunct(doc_, t)) return false;
      CueMatch m;
      if (j > i && IsCueAt(j, &m) && m.info.cls != CueClass::kAccording) return false;
      if (cls == CueClass::kStance && IsWord(t)) {
        // Stance verbs: the noun phrase right after (a separate preposition
        // is left out).
        if (kContentPrepositions.count(n)) continue;
        if (kSpeakerStops.count(n)) continue;
        *start = j;
        *quoted = false;
        return true;
      }
    }
    return false;
  }

  // End (token, exclusive) of indirect content starting at `start`: the
  // sentence end, or a later cue that continues the same speaker (مشيرا،
  // وأضاف أن), whichever comes first.
  uint32_t IndirectContentEnd(uint32_t start, uint32_t limit) const {
    for (uint32_t j = start; j < limit; ++j) {
      const Token& t = T(j);
      if (IsClauseEndPunct(doc_, t) && T(j).quote == 0) return j;
      CueMatch m;
      if (j > start && IsCueAt(j, &m)) {
        if (m.info.cls == CueClass::kParticiple) return j;
        if (m.has_conjunction && m.info.cls != CueClass::kAccording && j + 1 < limit &&
            (kComplementizers.count(N(j + 1)) || IsColon(doc_, T(j + 1)) ||
             IsOpeningMarkOfQuote(doc_, j + 1)))
          return j;
      }
    }
    return limit;
  }

  // Trims punctuation at both ends of tokens [b, e) and returns the span.
  Span TrimmedSpan(uint32_t b, uint32_t e) const {
    while (b < e && !IsWord(T(b)) && T(b).kind != TokenKind::kNumber && T(b).kind != TokenKind::kQuote &&
           T(b).kind != TokenKind::kDate)
      ++b;
    while (e > b && (T(e - 1).kind == TokenKind::kPunct || T(e - 1).kind == TokenKind::kSymbol)) --e;
    // A lone closing quote at the end whose opening is outside: drop it.
    if (e > b && T(e - 1).kind == TokenKind::kQuote) {
      const Token& q = T(e - 1);
      if (q.quote == 0 || doc_.quotes[q.quote - 1].open.start < T(b).span.start) --e;
    }
    if (e <= b) return {};
    return {T(b).span.start, T(e - 1).span.end};
  }

  const Document& doc_;
  const CueLexicon& cues_;
};

// Fills content, direct for an attribution whose content starts at token
// `start` (quoted when it is an opening mark) in a sentence ending at `limit`.
void SetContent(const Finder& f, uint32_t start, bool quoted, uint32_t limit, Found* out) {
  const Document& doc = f.doc_;
  if (quoted) {
    const Quote& q = doc.quotes[f.T(start).quote - 1];
    uint32_t b = q.first_token;
    // An opening complementizer inside the marks is left out.
    if (b < q.end_token && kComplementizers.count(f.N(b))) ++b;
    out->a.content = f.TrimmedSpan(b, q.end_token);
    out->a.direct = true;
    // A quote followed by more of the clause (“…” وأن …) is mixed speech.
    uint32_t after = q.end_token + 1;
    if (after < doc.tokens.size() && after < limit && IsWord(f.T(after)) &&
        !doc.quotes[f.T(start).quote - 1].close.empty()) {
      CueMatch m;
      if (!f.IsCueAt(after, &m) && f.T(after).span.start < doc.tokens[limit - 1].span.end) {
        const uint32_t end = f.IndirectContentEnd(after, limit);
        if (end > after + 2 && !kSpeakerStops.count(f.N(after))) {
          out->a.content = f.TrimmedSpan(b, end);
          out->a.direct = false;
        }
      }
    }
    return;
  }
  const uint32_t end = f.IndirectContentEnd(start, limit);
  out->a.content = f.TrimmedSpan(start, end);
  // Direct when the whole content stands inside one quotation.
  out->a.direct = false;
  if (!out->a.content.empty()) {
    const Token& first = f.T(start);
    if (first.quote != 0) {
      const Quote& q = doc.quotes[first.quote - 1];
      if (q.inner.Contains(out->a.content) && q.open.start >= doc.tokens[start].span.start) out->a.direct = true;
    }
  }
}

// The sentence index of each token.
std::vector<uint32_t> SentenceOfToken(const Document& doc) {
  std::vector<uint32_t> s(doc.tokens.size(), 0);
  for (uint32_t k = 0; k < doc.sentences.size(); ++k)
    for (uint32_t t = doc.sentences[k].first_token; t < doc.sentences[k].end_token; ++t) s[t] = k;
  return s;
}

}  // namespace

Attributor::Attributor() : cues_(CueLexicon::Default()) {}

void Attributor::Process(Document* doc) const {
  doc->attributions.clear();
  doc->entities.clear();
  Finder f(*doc, cues_);
  const auto& toks = doc->tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  std::vector<Found> found;
  if (n == 0 || doc->sentences.empty()) {
    doc->layers |= kLayerAttributions | kLayerEntities;
    return;
  }
  const std::vector<uint32_t> sent_of = SentenceOfToken(*doc);
  auto sentence_limit = [&](uint32_t i) { return doc->sentences[sent_of[i]].end_token; };
  auto sentence_begin = [&](uint32_t i) { return doc->sentences[sent_of[i]].first_token; };

  // Headline "X: Y": the first line of the article, a short source before a colon.
  {
    const Sentence& s0 = doc->sentences[0];
    for (uint32_t i = s0.first_token + 1; i < s0.end_token && i <= s0.first_token + 4; ++i) {
      if (!IsColon(*doc, toks[i])) continue;
      bool words = true;
      for (uint32_t k = s0.first_token; k < i; ++k) words &= IsWord(toks[k]) || toks[k].kind == TokenKind::kQuote;
      if (!words || i + 2 >= s0.end_token) break;
      Found x;
      x.a.cue = toks[i].span;
      x.cue_first = i;
      x.cue_end = i + 1;
      x.spk_first = s0.first_token;
      x.spk_end = i;
      x.explicit_speaker = true;
      x.a.content = f.TrimmedSpan(i + 1, s0.end_token);
      x.a.direct = false;
      found.push_back(x);
      break;
    }
  }

  for (uint32_t i = 0; i < n; ++i) {
    if (!IsWord(toks[i])) continue;
    CueMatch m;
    if (!f.IsCueAt(i, &m)) continue;
    const uint32_t limit = sentence_limit(i);
    const uint32_t begin = sentence_begin(i);
    // Negated or hypothetical reports are no attributions.
    if (i > begin && (kNegations.count(f.N(i - 1)) || kConditionals.count(f.N(i - 1))) &&
        m.info.cls != CueClass::kAccording)
      continue;
    Found x;
    x.cls = m.info.cls;
    x.cue_first = i;
    x.cue_end = i + 1;

    if (m.info.cls == CueClass::kAccording) {
      // بحسب X / وفق ما أفادت X / حسب ما أعلن X / نقلا عن X / حسب وصف X
      uint32_t j = i + 1;
      if (j < limit && (f.N(j) == "ما" || f.N(j) == "عن" || f.N(j) == "وصف")) ++j;
      if (j < limit && f.N(j - 1) == "ما") {
        CueMatch mm;
        if (j < limit && f.IsCueAt(j, &mm)) ++j;
      }
      x.cue_end = j;
      if (j >= limit || !IsWord(toks[j])) continue;
      x.spk_first = j;
      x.spk_end = f.NounPhraseEnd(j, limit);
      x.explicit_speaker = true;
      // Content: the clause after the source when the cue opens the
      // sentence, otherwise the clause before the cue.
      if (i <= begin + 1) {
        uint32_t c = x.spk_end;
        while (c < limit && toks[c].kind == TokenKind::kPunct) ++c;
        uint32_t start = c;
        bool quoted = false;
        if (c < limit) {
          CueMatch mm;
          // "وبحسب رويترز قال كيري …": the content is the whole report.
          x.a.content = f.TrimmedSpan(start, f.IndirectContentEnd(start, limit));
          (void)quoted;
          (void)mm;
        }
      } else {
        x.a.content = f.TrimmedSpan(begin, i);
      }
      if (x.a.content.empty()) continue;
      x.a.cue = {toks[i].span.start, toks[x.cue_end - 1].span.end};
      found.push_back(x);
      i = x.cue_end - 1;
      continue;
    }

    if (m.info.cls == CueClass::kImpersonal) {
      uint32_t start;
      bool quoted;
      if (!f.FindContentStart(i + 1, limit, CueClass::kSpeech, &start, &quoted)) continue;
      x.a.cue = toks[i].span;
      SetContent(f, start, quoted, limit, &x);
      if (x.a.content.empty()) continue;
      found.push_back(x);
      continue;
    }

    // Verbs and participles: is there a speaker noun phrase right after?
    uint32_t after = i + 1;
    bool has_np = false;
    if (m.info.cls != CueClass::kParticiple && after < limit && IsWord(toks[after])) {
      std::string_view nn = f.N(after);
      CueMatch mm;
      has_np = !kSpeakerStops.count(nn) && !kComplementizers.count(nn) && !kContentPrepositions.count(nn) &&
               !f.IsCueAt(after, &mm);
    }
    uint32_t content_from = after;
    if (has_np) {
      x.spk_first = after;
      x.spk_end = f.NounPhraseEnd(after, limit);
      x.explicit_speaker = true;
      content_from = x.spk_end;
    } else if (m.info.cls != CueClass::kParticiple && !m.has_conjunction && i > begin &&
               IsWord(toks[i - 1]) && !kSpeakerStops.count(f.N(i - 1)) &&
               !kClauseOpeners.count(f.N(i - 1))) {
      // SVO: the noun phrase before the verb, back to the clause start.
      uint32_t b = i;
      while (b > begin && b > i - 8 && IsWord(toks[b - 1])) {
        std::string_view p = f.N(b - 1);
        if (kSpeakerStops.count(p) || kComplementizers.count(p) || kClauseOpeners.count(p)) break;
        CueMatch mm;
        if (f.IsCueAt(b - 1, &mm)) break;
        --b;
      }
      if (b < i) {
        x.spk_first = b;
        x.spk_end = i;
        x.explicit_speaker = true;
      }
    }
    if (!x.explicit_speaker) x.implicit = true;

    uint32_t start;
    bool quoted;
    CueClass scan_cls = m.info.cls == CueClass::kParticiple ? CueClass::kSpeech : m.info.cls;
    // Participles of stance verbs (داعيا، مشيدا) take a noun phrase too.
    if (m.info.cls == CueClass::kParticiple) {
      std::string_view nn = after < limit ? f.N(after) : std::string_view();
      if (!kComplementizers.count(nn) && nn != "الي" && nn != "علي" && !IsOpeningMarkOfQuote(*doc, after) &&
          !(after < limit && IsColon(*doc, toks[after])))
        scan_cls = CueClass::kStance;
    }
    if (!f.FindContentStart(content_from, limit, scan_cls, &start, &quoted)) {
      // Quotes that open right after the sentence end (وقال: then a new
      // line) are handled by FindContentStart through the colon.
      continue;
    }
    if (m.info.ambiguous && !quoted && scan_cls != CueClass::kStance) {
      // Homographs need a complementizer right after the speaker or a preposition.
      if (start > content_from + 3) continue;
    }
    if (m.info.ambiguous && scan_cls == CueClass::kStance && !x.explicit_speaker && !m.has_conjunction) continue;
    x.a.cue = toks[i].span;
    SetContent(f, start, quoted, limit, &x);
    if (x.a.content.empty()) continue;
    found.push_back(x);
  }

  // Speakers: explicit spans and kinds; implicit ones carried from the
  // latest attribution that is not nested in another.
  std::sort(found.begin(), found.end(),
            [](const Found& a, const Found& b) { return a.a.cue.start < b.a.cue.start; });
  // Nesting first (implicit speakers skip nested reports).
  for (size_t b = 0; b < found.size(); ++b) {
    int32_t best = -1;
    uint32_t best_size = 0;
    for (size_t a = 0; a < found.size(); ++a) {
      if (a == b) continue;
      const Span& c = found[a].a.content;
      if (c.empty() || !c.Contains(found[b].a.cue)) continue;
      if (found[b].a.content.Contains(found[a].a.cue)) continue;
      if (best < 0 || c.size() < best_size) {
        best = static_cast<int32_t>(a);
        best_size = c.size();
      }
    }
    found[b].a.parent = best;
  }
  int32_t last_top = -1;
  for (size_t k = 0; k < found.size(); ++k) {
    Found& x = found[k];
    if (x.explicit_speaker) {
      x.a.has_speaker = true;
      x.a.speaker = {toks[x.spk_first].span.start, toks[x.spk_end - 1].span.end};
      x.a.kind = ClassifySource(*doc, x.spk_first, x.spk_end);
    } else if (x.implicit && x.cls != CueClass::kImpersonal) {
      // A participle inside another report's content belongs to that report's speaker.
      int32_t from = x.a.parent >= 0 ? x.a.parent : last_top;
      if (from >= 0 && found[from].a.has_speaker) {
        x.a.has_speaker = true;
        x.a.speaker = found[from].a.speaker;
        x.a.kind = found[from].a.kind;
        x.spk_first = found[from].spk_first;
        x.spk_end = found[from].spk_end;
        x.explicit_speaker = false;
        // A participle continues its governing report: not nested in it.
        if (x.a.parent == from) x.a.parent = found[from].a.parent;
      }
    }
    if (!x.a.has_speaker) x.a.kind = SourceKind::kUnknown;
    if (x.a.parent < 0 && x.a.has_speaker) last_top = static_cast<int32_t>(k);
  }
  doc->attributions.reserve(found.size());
  for (const Found& x : found) doc->attributions.push_back(x.a);
  LinkSpeakerEntities(doc);
  doc->layers |= kLayerAttributions | kLayerEntities;
}

}  // namespace isnad

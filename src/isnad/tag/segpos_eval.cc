#include "isnad/tag/segpos_eval.h"

#include <algorithm>
#include <vector>

#include "isnad/text/chars.h"
#include "isnad/text/normalize.h"
#include "isnad/text/utf8.h"

namespace isnad {
namespace {

struct EvalWord {
  uint32_t start, end;  // in non-space characters of the sentence
  bool multiword;
  std::u32string form;
  Upos upos;
};

std::u32string Decode(std::string_view s) {
  Utf8DecodeResult r;
  (void)DecodeUtf8(s, true, &r);
  return std::move(r.code_points);
}

std::u32string EvalForm(std::u32string_view s) {
  NormalizeOptions o;
  o.taa_marbuta_to_ha = true;
  std::u32string out;
  for (char32_t c : s) {
    char32_t n = NormalizeSimple(c, o);
    if (n == 0) continue;
    if (n >= 'A' && n <= 'Z') n += 32;
    out.push_back(n);
  }
  return out;
}

bool BeyondEnd(const std::vector<EvalWord>& w, size_t i, uint32_t end) {
  if (i >= w.size()) return true;
  if (w[i].multiword) return w[i].start >= end;
  return w[i].end > end;
}

uint32_t ExtendEnd(const EvalWord& w, uint32_t end) {
  return w.multiword && w.end > end ? w.end : end;
}

void AlignWords(const std::vector<EvalWord>& g, const std::vector<EvalWord>& s, SegPosScores* out) {
  auto aligned = [&](const EvalWord& a, const EvalWord& b) {
    out->aligned_words++;
    if (a.upos == b.upos) out->matched_upos++;
    out->confusion[static_cast<size_t>(a.upos)][static_cast<size_t>(b.upos)]++;
    if (out->errors != nullptr && a.upos != b.upos) {
      std::string line = std::string(UposName(a.upos)) + " " + UposName(b.upos) + " ";
      for (char32_t c : a.form) AppendUtf8(c, &line);
      out->errors->push_back(std::move(line));
    }
  };
  size_t gi = 0, si = 0;
  while (gi < g.size() && si < s.size()) {
    if (g[gi].multiword || s[si].multiword) {
      uint32_t mend;
      if (g[gi].multiword) {
        mend = g[gi].end;
        if (!s[si].multiword && s[si].start < g[gi].start) ++si;
      } else {
        mend = s[si].end;
        if (!g[gi].multiword && g[gi].start < s[si].start) ++gi;
      }
      size_t gs = gi, ss = si;
      while (!BeyondEnd(g, gi, mend) || !BeyondEnd(s, si, mend)) {
        if (gi < g.size() && (si >= s.size() || g[gi].start <= s[si].start)) {
          mend = ExtendEnd(g[gi], mend);
          ++gi;
        } else {
          mend = ExtendEnd(s[si], mend);
          ++si;
        }
      }
      if (si > ss && gi > gs) {
        size_t ng = gi - gs, ns = si - ss;
        std::vector<int> lcs((ng + 1) * (ns + 1), 0);
        auto L = [&](size_t a, size_t b) -> int& { return lcs[a * (ns + 1) + b]; };
        for (size_t a = ng; a-- > 0;) {
          for (size_t b = ns; b-- > 0;) {
            if (g[gs + a].form == s[ss + b].form) L(a, b) = 1 + L(a + 1, b + 1);
            L(a, b) = std::max({L(a, b), L(a + 1, b), L(a, b + 1)});
          }
        }
        size_t a = 0, b = 0;
        while (a < ng && b < ns) {
          if (g[gs + a].form == s[ss + b].form) {
            aligned(g[gs + a], s[ss + b]);
            ++a, ++b;
          } else if (L(a, b) == L(a + 1, b)) {
            ++a;
          } else {
            ++b;
          }
        }
      }
    } else {
      if (g[gi].start == s[si].start && g[gi].end == s[si].end) {
        aligned(g[gi], s[si]);
        ++gi, ++si;
      } else if (g[gi].start <= s[si].start) {
        ++gi;
      } else {
        ++si;
      }
    }
  }
}

}  // namespace

Status ScoreSentence(const ConlluSentence& gold, const Document& sys, uint32_t first_token,
                     uint32_t end_token, SegPosScores* scores) {
  std::vector<std::pair<uint32_t, uint32_t>> gtok, stok;
  std::vector<EvalWord> gw, sw;
  std::u32string gchars, schars;
  uint32_t pos = 0;
  for (const ConlluToken& t : gold.tokens) {
    uint32_t start = pos;
    for (char32_t c : Decode(t.form))
      if (!IsSpace(c)) gchars.push_back(c), ++pos;
    gtok.emplace_back(start, pos);
    for (const ConlluWord& w : t.words)
      gw.push_back({start, pos, t.multiword, EvalForm(Decode(w.form)), w.upos});
  }
  // Non-space index of every code point of the system text.
  if (first_token < end_token) {
    uint32_t base = sys.tokens[first_token].span.start;
    uint32_t last = sys.tokens[end_token - 1].span.end;
    std::vector<uint32_t> idx(last - base + 1);
    uint32_t n = 0;
    for (uint32_t k = base; k < last; ++k) {
      idx[k - base] = n;
      if (!IsSpace(sys.cps[k])) schars.push_back(sys.cps[k]), ++n;
    }
    idx[last - base] = n;
    for (uint32_t ti = first_token; ti < end_token; ++ti) {
      const Token& t = sys.tokens[ti];
      uint32_t a = idx[t.span.start - base], b = idx[t.span.end - base];
      stok.emplace_back(a, b);
      for (uint32_t k = 0; k < t.word_count; ++k) {
        const Word& w = sys.words[t.first_word + k];
        sw.push_back({a, b, t.word_count > 1, EvalForm(Decode(sys.Form(w))), w.upos});
      }
    }
  }
  if (gchars != schars)
    return Status::Error("the system text differs from the gold tokens (non-space characters)");
  scores->gold_tokens += gtok.size();
  scores->system_tokens += stok.size();
  scores->gold_words += gw.size();
  scores->system_words += sw.size();
  size_t i = 0, j = 0;
  while (i < gtok.size() && j < stok.size()) {
    if (gtok[i] == stok[j]) {
      scores->matched_tokens++;
      ++i, ++j;
    } else if (gtok[i].first < stok[j].first ||
               (gtok[i].first == stok[j].first && gtok[i].second < stok[j].second)) {
      ++i;
    } else {
      ++j;
    }
  }
  AlignWords(gw, sw, scores);
  return Status::Ok();
}

}  // namespace isnad

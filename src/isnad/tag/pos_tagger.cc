#include "isnad/tag/pos_tagger.h"

#include "isnad/io/corpus_words.h"
#include "isnad/tag/split_mix.h"


#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "isnad/tag/clitic_segmenter.h"
#include "isnad/text/chars.h"
#include "isnad/text/utf8.h"

namespace isnad {
namespace {

constexpr int kClasses = kUposCount - 1;  // Upos without kNone
constexpr int kBos = kClasses;            // tag history before the sentence

uint64_t DictKey(std::u32string_view form) { return FeatureHash(77).Add(form).value(); }
uint64_t AmbKey(std::u32string_view form) { return FeatureHash(78).Add(form).value(); }
uint64_t ProfileKey(std::u32string_view form) { return FeatureHash(79).Add(form).value(); }
uint64_t ClusterKey(std::u32string_view form) { return FeatureHash(80).Add(form).value(); }
uint64_t StemKey(std::u32string_view stem) { return FeatureHash(82).Add(stem).value(); }

// The word without the article and one inflection ending (ات ون ين ان ية ة ي ا),
// when at least two letters stay: المصريون → مصري, جديدا → جديد.
std::u32string_view StemOf(std::u32string_view x) {
  if (x.size() > 3 && x[0] == U'\u0627' && x[1] == U'\u0644') x.remove_prefix(2);
  static const std::u32string_view kEnds[] = {U"\u0627\u062A", U"\u0648\u0646", U"\u064A\u0646",
                                             U"\u0627\u0646", U"\u064A\u0629", U"\u0629",
                                             U"\u064A",        U"\u0627"};
  for (std::u32string_view e : kEnds)
    if (x.size() >= e.size() + 2 && x.substr(x.size() - e.size()) == e)
      return x.substr(0, x.size() - e.size());
  return x;
}


std::u32string NormalizedLetters(std::string_view utf8) {
  Utf8DecodeResult r;
  (void)DecodeUtf8(utf8, /*lenient=*/true, &r);
  std::u32string out;
  for (char32_t c : r.code_points)
    if (char32_t l = SegmentationLetter(c)) out.push_back(l);
  if (out.empty()) out = r.code_points;
  return out;
}

}  // namespace

TokenKind GuessTokenKind(std::u32string_view token) {
  bool digit = false, arabic = false, latin = false, punct = true, quote = true;
  for (char32_t c : token) {
    digit |= IsDigit(c);
    arabic |= IsArabicLetter(c);
    latin |= IsAsciiLetter(c);
    if (!IsQuoteMark(c)) quote = false;
    if (IsLetterOrMark(c) || IsDigit(c)) punct = false;
  }
  if (quote && !token.empty()) return TokenKind::kQuote;
  if (arabic) return TokenKind::kWord;
  if (digit) return TokenKind::kNumber;
  if (latin) return TokenKind::kLatin;
  if (punct) return TokenKind::kPunct;
  return TokenKind::kSymbol;
}

void PosTagger::Features(const TaggerWord* w, const WordInfo* info, size_t n, size_t i, int t1,
                         int t2, const uint8_t* first, std::vector<uint64_t>* out) {
  out->clear();
  // At most 80 features today: 70 push_back sites, two of them four times
  // and two three times (the prefix and suffix loops).
  constexpr size_t kExpectedFeatures = 80;
  FeatureWriter writer(out, kExpectedFeatures);
  FeatureWriter* f = &writer;
  const std::u32string_view kPad = U"\u0002";
  auto form = [&](long j) -> std::u32string_view {
    return j < 0 || j >= static_cast<long>(n) ? kPad : w[j].form;
  };
  const long ii = static_cast<long>(i);
  std::u32string_view x = w[i].form;
  auto pre = [](std::u32string_view s, size_t k) { return s.substr(0, std::min(k, s.size())); };
  auto suf = [](std::u32string_view s, size_t k) {
    return s.substr(s.size() - std::min(k, s.size()));
  };
  f->push_back(FeatureHash(1).value());
  f->push_back(FeatureHash(2).Add(x).value());
  for (size_t k = 1; k <= 4; ++k) {
    f->push_back(FeatureHash(2 + k).Add(pre(x, k)).value());
    f->push_back(FeatureHash(6 + k).Add(suf(x, k)).value());
  }
  if (x.size() > 5) {
    f->push_back(FeatureHash(60).Add(pre(x, 5)).value());
    f->push_back(FeatureHash(61).Add(suf(x, 5)).value());
  }
  // The stem after the article: its ends, with the article's presence.
  const bool al = x.size() > 3 && x[0] == U'\u0627' && x[1] == U'\u0644';
  std::u32string_view stem = al ? x.substr(2) : x;
  for (size_t k = 1; k <= 3; ++k) {
    f->push_back(FeatureHash(62).Add(static_cast<uint64_t>(k)).Add(suf(stem, k)).value());
    f->push_back(FeatureHash(63)
                     .Add(static_cast<uint64_t>(k + (al ? 8 : 0)))
                     .Add(pre(stem, k))
                     .value());
  }
  f->push_back(FeatureHash(64)
                   .Add(static_cast<uint64_t>(al))
                   .Add(static_cast<uint64_t>(std::min<size_t>(stem.size(), 9)))
                   .Add(suf(stem, 1))
                   .value());
  f->push_back(FeatureHash(11).Add(form(ii - 1)).value());
  f->push_back(FeatureHash(12).Add(form(ii + 1)).value());
  f->push_back(FeatureHash(13).Add(form(ii - 2)).value());
  f->push_back(FeatureHash(14).Add(form(ii + 2)).value());
  f->push_back(FeatureHash(15).Add(static_cast<uint64_t>(t1)).value());
  f->push_back(
      FeatureHash(16).Add(static_cast<uint64_t>(t1)).Add(static_cast<uint64_t>(t2)).value());
  f->push_back(FeatureHash(17).Add(static_cast<uint64_t>(t1)).Add(x).value());
  const TaggerWord& cw = w[i];
  uint64_t place = (static_cast<uint64_t>(std::min<int>(cw.index, 3)) << 8) |
                   static_cast<uint64_t>(std::min<int>(cw.count, 4)) |
                   (cw.index + 1 == cw.count ? 0x10000u : 0u);
  f->push_back(FeatureHash(18).Add(place).value());
  f->push_back(FeatureHash(19).Add(place).Add(x).value());
  if (cw.count > 1)
    f->push_back(FeatureHash(20).Add(cw.token).Add(static_cast<uint64_t>(cw.index)).value());
  f->push_back(FeatureHash(21)
                   .Add(static_cast<uint64_t>(cw.kind))
                   .Add(static_cast<uint64_t>(std::min<size_t>(x.size(), 10)))
                   .value());
  f->push_back(FeatureHash(22).Add(suf(form(ii - 1), 2)).value());
  f->push_back(FeatureHash(23).Add(pre(form(ii + 1), 2)).value());
  f->push_back(FeatureHash(24).Add(x).Add(form(ii + 1)).value());
  f->push_back(FeatureHash(25).Add(form(ii - 1)).Add(x).value());
  f->push_back(FeatureHash(26).Add(static_cast<uint64_t>(t1)).Add(suf(x, 2)).value());
  f->push_back(FeatureHash(27).Add(static_cast<uint64_t>(t1)).Add(place).value());
  f->push_back(FeatureHash(28).Add(suf(form(ii + 1), 2)).value());
  // Agreement with the words around: the article and ة on the previous word,
  // this one and the next (an adjective follows its noun in both), with the
  // previous tag.
  {
    auto marks = [&](long j) -> uint64_t {
      if (j < 0 || j >= static_cast<long>(n)) return 4;
      std::u32string_view y = w[j].form;
      bool d = y.size() > 3 && y[0] == U'\u0627' && y[1] == U'\u0644';
      bool t = !y.empty() && y.back() == U'\u0629';
      return (d ? 1u : 0u) | (t ? 2u : 0u);
    };
    uint64_t mm1 = marks(ii - 1), m0 = marks(ii), mp1 = marks(ii + 1);
    f->push_back(FeatureHash(29).Add(static_cast<uint64_t>(t1)).Add(mm1).Add(m0).value());
    f->push_back(FeatureHash(30).Add(m0).Add(mp1).Add(suf(x, 1)).value());
  }
  // The other words of the same token: the clitic before and the pronoun
  // after this word (ب before a noun, ه after a noun or a verb).
  if (cw.count > 1) {
    std::u32string_view before = cw.index > 0 ? form(ii - 1) : kPad;
    std::u32string_view after = cw.index + 1 < cw.count ? form(ii + 1) : kPad;
    f->push_back(FeatureHash(31).Add(before).Add(after).value());
    f->push_back(FeatureHash(32).Add(before).Add(after).Add(suf(x, 2)).value());
  }
  auto inf = [&](long j, uint32_t WordInfo::*field, uint32_t pad) -> uint64_t {
    return j < 0 || j >= static_cast<long>(n) ? pad : info[j].*field;
  };
  {
    uint64_t p0 = info[i].prof;
    uint64_t pm1 = inf(ii - 1, &WordInfo::prof, 1u << 20);
    uint64_t pp1 = inf(ii + 1, &WordInfo::prof, 1u << 20);
    f->push_back(FeatureHash(50).Add(p0).value());
    f->push_back(FeatureHash(51).Add(p0).Add(suf(x, 1)).value());
    f->push_back(FeatureHash(52).Add(p0).Add(static_cast<uint64_t>(t1)).value());
    f->push_back(FeatureHash(53).Add(p0).Add(pp1).value());
    f->push_back(FeatureHash(54).Add(pm1).Add(p0).value());
    f->push_back(FeatureHash(55).Add(p0 & 0x3Fu).Add(place).value());
  }
  {
    uint64_t c0 = info[i].cluster;
    uint64_t cm1 = inf(ii - 1, &WordInfo::cluster, 1u << 20) >> 3;
    uint64_t cp1 = inf(ii + 1, &WordInfo::cluster, 1u << 20) >> 3;
    f->push_back(FeatureHash(70).Add(c0).value());
    f->push_back(FeatureHash(71).Add(c0 >> 3).value());
    f->push_back(FeatureHash(72).Add(c0 >> 3).Add(static_cast<uint64_t>(t1)).value());
    f->push_back(FeatureHash(73).Add(c0 >> 3).Add(cp1).value());
    f->push_back(FeatureHash(74).Add(cm1).Add(c0 >> 3).value());
    f->push_back(FeatureHash(75).Add(cp1).value());
    f->push_back(FeatureHash(76).Add(cm1).value());
    f->push_back(FeatureHash(77).Add(c0).Add(place).value());
    f->push_back(FeatureHash(78).Add(c0 >> 3).Add(suf(x, 2)).value());
  }
  {
    uint64_t a0 = info[i].amb;
    uint64_t am1 = inf(ii - 1, &WordInfo::amb, 1u << 30);
    uint64_t ap1 = inf(ii + 1, &WordInfo::amb, 1u << 30);
    f->push_back(FeatureHash(40).Add(a0).value());
    f->push_back(FeatureHash(41).Add(a0).Add(am1).value());
    f->push_back(FeatureHash(42).Add(a0).Add(ap1).value());
    f->push_back(FeatureHash(43).Add(a0).Add(static_cast<uint64_t>(t1)).value());
    f->push_back(FeatureHash(44).Add(ap1).value());
    f->push_back(FeatureHash(45).Add(a0).Add(suf(x, 2)).value());
    f->push_back(FeatureHash(46).Add(a0).Add(place).value());
  }
  {  // The tags the word's stem took in training (for unknown words above all).
    uint64_t s0 = info[i].stem;
    uint64_t known = info[i].amb != 0;
    uint64_t cut = x.size() - StemOf(x).size();
    f->push_back(FeatureHash(116).Add(s0).Add(known).value());
    f->push_back(FeatureHash(117).Add(s0).Add(known).Add(cut).Add(suf(x, 1)).value());
    f->push_back(FeatureHash(118).Add(s0).Add(static_cast<uint64_t>(t1)).value());
    f->push_back(FeatureHash(119).Add(s0).Add(static_cast<uint64_t>(info[i].prof >> 4)).value());
  }
  if (first != nullptr) {
    auto pt = [&](long j) -> uint64_t {
      return j < 0 ? kClasses : j >= static_cast<long>(n) ? kClasses + 1 : first[j];
    };
    uint64_t p0 = pt(ii), pp1 = pt(ii + 1), pp2 = pt(ii + 2), pm1 = pt(ii - 1);
    uint64_t c0 = info[i].cluster >> 3;
    f->push_back(FeatureHash(80).Add(p0).value());
    f->push_back(FeatureHash(81).Add(pp1).value());
    f->push_back(FeatureHash(82).Add(pp2).value());
    f->push_back(FeatureHash(83).Add(pp1).Add(pp2).value());
    f->push_back(FeatureHash(84).Add(pm1).Add(pp1).value());
    f->push_back(FeatureHash(85).Add(p0).Add(x).value());
    f->push_back(FeatureHash(86).Add(pp1).Add(x).value());
    f->push_back(FeatureHash(87).Add(pp1).Add(suf(x, 2)).value());
    f->push_back(FeatureHash(88).Add(p0).Add(pp1).value());
    f->push_back(FeatureHash(89).Add(static_cast<uint64_t>(t1)).Add(pp1).value());
    f->push_back(FeatureHash(90).Add(pp1).Add(c0).value());
    f->push_back(FeatureHash(91).Add(pp1).Add(static_cast<uint64_t>(info[i].amb)).value());
    f->push_back(FeatureHash(92).Add(p0).Add(pp1).Add(static_cast<uint64_t>(t1)).value());
  }
}

int PosTagger::DictionaryTag(std::u32string_view form) const {
  if (dict_keys_.empty()) return -1;
  const ptrdiff_t k = dict_index_.Find(dict_keys_, DictKey(form));
  return k < 0 ? -1 : dict_tags_[k];
}

uint32_t PosTagger::Ambiguity(std::u32string_view form) const {
  const ptrdiff_t k = amb_index_.Find(amb_keys_, AmbKey(form));
  return k < 0 ? 0 : amb_tags_[k];
}

uint32_t PosTagger::StemAmbiguity(std::u32string_view form) const {
  const ptrdiff_t k = amb_index_.Find(amb_keys_, StemKey(StemOf(form)));
  return k < 0 ? 0 : amb_tags_[k];
}

uint32_t PosTagger::Profile(std::u32string_view form) const {
  const ptrdiff_t k = profile_index_.Find(profile_keys_, ProfileKey(form));
  return k < 0 ? 0 : profile_codes_[k];
}

uint32_t PosTagger::Cluster(std::u32string_view form) const {
  if (cluster_keys_.empty()) return 0;
  for (int pass = 0; pass < 2; ++pass) {
    const ptrdiff_t k = cluster_index_.Find(cluster_keys_, ClusterKey(form));
    if (k >= 0) return cluster_codes_[k];
    // An unseen word with the article: the class of its stem.
    if (form.size() <= 3 || form[0] != U'\u0627' || form[1] != U'\u0644') break;
    form = form.substr(2);
  }
  return 0;
}

void PosTagger::Lookup(const TaggerWord* w, size_t n, std::vector<WordInfo>* info) const {
  info->resize(n);
  for (size_t i = 0; i < n; ++i) (*info)[i] = LookupOne(w[i].form);
}

PosTagger::WordInfo PosTagger::LookupOne(std::u32string_view form) const {
  WordInfo d;
  d.amb = amb_keys_.empty() ? 0 : Ambiguity(form);
  d.prof = profile_keys_.empty() ? 0 : Profile(form);
  d.cluster = Cluster(form);
  d.stem = amb_keys_.empty() ? 0 : StemAmbiguity(form);
  return d;
}

PosTagger::WordInfo PosTagger::Describe(std::u32string_view form) const {
  WordInfo d = LookupOne(form);
  d.dict = DictionaryTag(form);
  return d;
}

// Reads the corpus and keeps, for every word seen corpus_min_count times, a
// code: frequency (log2, 4 bits), how often its form with / without ال
// occurs relative to it (2 bits) and how often it takes a pronoun suffix
// (2 bits).
Status PosTagger::BuildProfiles(const TaggerTrainOptions& options, std::string* log) {
  std::unordered_map<uint64_t, uint32_t> counts;
  std::vector<std::u32string> forms;  // distinct forms, for the second pass
  std::unordered_map<uint64_t, uint32_t> index;
  size_t lines = 0, words = 0;
  // The corpus as form indices, with marks for punctuation and article ends
  // (the contexts of the word classes).
  constexpr uint32_t kPunctMark = 0xFFFFFFFEu, kDocMark = 0xFFFFFFFFu;
  std::vector<uint32_t> seq;
  Status read = ForEachCorpusWord(
      options.corpus, SegmentationLetter,
      [&](std::u32string_view w, std::u32string_view) {
        uint64_t k = ProfileKey(w);
        if (counts[k]++ == 0) {
          index[k] = static_cast<uint32_t>(forms.size());
          forms.emplace_back(w);
        }
        seq.push_back(index[k]);
        ++words;
      },
      [&] {
        if (seq.empty() || seq.back() != kPunctMark) seq.push_back(kPunctMark);
      },
      [&] {
        ++lines;
        seq.push_back(kDocMark);
        return true;
      });
  if (!read.ok()) return read;
  auto count_of = [&](const std::u32string& s) -> double {
    auto it = counts.find(ProfileKey(s));
    return it == counts.end() ? 0.0 : it->second;
  };
  std::vector<std::pair<uint64_t, uint8_t>> codes;
  const std::u32string al = U"\u0627\u0644";
  for (const std::u32string& form : forms) {
    double n = count_of(form);
    if (n < options.corpus_min_count) continue;
    uint32_t freq = std::min<uint32_t>(15, static_cast<uint32_t>(std::log2(n)));
    double other;
    if (form.size() > 3 && form.compare(0, 2, al) == 0) {
      other = count_of(form.substr(2));
    } else {
      other = count_of(al + form);
    }
    double r = other / n;
    uint32_t al_code = other == 0 ? 0 : r < 0.1 ? 1 : r < 1 ? 2 : 3;
    std::u32string stem = form;
    if (!stem.empty() && stem.back() == U'\u0629') stem.back() = U'\u062A';
    double suffixed = count_of(stem + U"\u0647") + count_of(stem + U"\u0647\u0627") +
                      count_of(stem + U"\u0647\u0645");
    double rs = suffixed / n;
    uint32_t suf_code = suffixed == 0 ? 0 : rs < 0.05 ? 1 : rs < 0.5 ? 2 : 3;
    // freq >= 1 (corpus_min_count >= 2), so no code is 0, which means unknown.
    codes.emplace_back(ProfileKey(form),
                       static_cast<uint8_t>((freq << 4) | (al_code << 2) | suf_code));
  }
  std::sort(codes.begin(), codes.end());
  for (size_t k = 0; k < codes.size(); ++k) {
    if (k > 0 && codes[k].first == codes[k - 1].first) continue;
    profile_keys_.push_back(codes[k].first);
    profile_codes_.push_back(codes[k].second);
  }
  if (log)
    *log += "corpus " + options.corpus + ": " + std::to_string(lines) + " documents, " +
            std::to_string(words) + " words, " + std::to_string(profile_keys_.size()) +
            " word profiles\n";
  if (options.cluster_words <= 0 || options.cluster_coarse <= 1) return Status::Ok();

  // Word classes. Forms by frequency (ties by letters, for determinism).
  std::vector<uint32_t> fcount(forms.size());
  for (size_t k = 0; k < forms.size(); ++k) fcount[k] = counts[ProfileKey(forms[k])];
  std::vector<uint32_t> byfreq(forms.size());
  for (size_t k = 0; k < byfreq.size(); ++k) byfreq[k] = static_cast<uint32_t>(k);
  std::sort(byfreq.begin(), byfreq.end(), [&](uint32_t a, uint32_t b) {
    return fcount[a] != fcount[b] ? fcount[a] > fcount[b] : forms[a] < forms[b];
  });
  constexpr size_t kContexts = 250;  // the most frequent words, as contexts
  const size_t side = kContexts + 3;  // + other word, punctuation, article edge
  const size_t dims = 2 * side;
  size_t nv = 0;
  while (nv < byfreq.size() && nv < static_cast<size_t>(options.cluster_words) &&
         fcount[byfreq[nv]] >= 5)
    ++nv;
  std::vector<int32_t> row(forms.size(), -1), ctx(forms.size(), kContexts);
  for (size_t r = 0; r < nv; ++r) row[byfreq[r]] = static_cast<int32_t>(r);
  for (size_t r = 0; r < kContexts && r < byfreq.size(); ++r)
    ctx[byfreq[r]] = static_cast<int32_t>(r);
  auto ctx_of = [&](uint32_t id) -> size_t {
    return id == kPunctMark ? kContexts + 1 : id == kDocMark ? kContexts + 2 : ctx[id];
  };
  std::vector<float> vec(nv * dims, 0.f);
  for (size_t t = 0; t < seq.size(); ++t) {
    if (seq[t] >= kPunctMark || row[seq[t]] < 0) continue;
    float* v = &vec[static_cast<size_t>(row[seq[t]]) * dims];
    v[t > 0 ? ctx_of(seq[t - 1]) : kContexts + 2] += 1.f;
    v[side + (t + 1 < seq.size() ? ctx_of(seq[t + 1]) : kContexts + 2)] += 1.f;
  }
  seq = {};
  for (size_t r = 0; r < nv; ++r) {  // Hellinger: square roots of each side's distribution
    float* v = &vec[r * dims];
    for (size_t h = 0; h < 2; ++h) {
      double sum = 0;
      for (size_t d = 0; d < side; ++d) sum += v[h * side + d];
      for (size_t d = 0; d < side; ++d)
        v[h * side + d] = sum > 0 ? static_cast<float>(std::sqrt(v[h * side + d] / sum / 2)) : 0.f;
    }
  }
  auto dot = [&](const float* a, const float* b) {
    float acc = 0.f;
    for (size_t d = 0; d < dims; ++d) acc += a[d] * b[d];
    return acc;
  };
  SplitMix rng{options.seed ^ 0xC1057E5ull};
  // Spherical k-means over `members` (rows of vec) into k groups.
  auto kmeans = [&](const std::vector<uint32_t>& members, size_t k, int iters,
                    std::vector<uint32_t>* assign) {
    const size_t m = members.size();
    assign->assign(m, 0);
    if (k <= 1 || m <= k) {
      for (size_t j = 0; j < m; ++j) (*assign)[j] = static_cast<uint32_t>(k <= 1 ? 0 : j);
      return;
    }
    std::vector<float> cent(k * dims);
    std::vector<float> dist(m, 2.f);
    // k-means++ seeding.
    size_t pick = rng.Next() % m;
    for (size_t c = 0; c < k; ++c) {
      std::copy_n(&vec[members[pick] * dims], dims, &cent[c * dims]);
      double total = 0;
      for (size_t j = 0; j < m; ++j) {
        float d = 1.f - dot(&vec[members[j] * dims], &cent[c * dims]);
        dist[j] = std::min(dist[j], std::max(d, 0.f));
        total += dist[j];
      }
      double u = static_cast<double>(rng.Next() >> 11) / 9007199254740992.0 * total;
      pick = m - 1;
      for (size_t j = 0; j < m; ++j) {
        u -= dist[j];
        if (u <= 0) {
          pick = j;
          break;
        }
      }
    }
    for (int it = 0; it < iters; ++it) {
      for (size_t j = 0; j < m; ++j) {
        const float* v = &vec[members[j] * dims];
        float best = -2.f;
        for (size_t c = 0; c < k; ++c) {
          float d = dot(v, &cent[c * dims]);
          if (d > best) best = d, (*assign)[j] = static_cast<uint32_t>(c);
        }
      }
      std::vector<double> sum(k * dims, 0.0);
      for (size_t j = 0; j < m; ++j) {
        const float* v = &vec[members[j] * dims];
        double* s = &sum[(*assign)[j] * dims];
        for (size_t d = 0; d < dims; ++d) s[d] += v[d];
      }
      for (size_t c = 0; c < k; ++c) {
        double norm = 0;
        for (size_t d = 0; d < dims; ++d) norm += sum[c * dims + d] * sum[c * dims + d];
        if (norm <= 0) continue;  // empty cluster: keep its centre
        norm = std::sqrt(norm);
        for (size_t d = 0; d < dims; ++d)
          cent[c * dims + d] = static_cast<float>(sum[c * dims + d] / norm);
      }
    }
  };
  std::vector<uint32_t> all(nv), coarse;
  for (size_t r = 0; r < nv; ++r) all[r] = static_cast<uint32_t>(r);
  const size_t k1 = static_cast<size_t>(options.cluster_coarse);
  kmeans(all, k1, 10, &coarse);
  std::vector<uint16_t> code(nv, 0);
  for (size_t c = 0; c < k1; ++c) {
    std::vector<uint32_t> members, fine;
    for (size_t r = 0; r < nv; ++r)
      if (coarse[r] == c) members.push_back(static_cast<uint32_t>(r));
    kmeans(members, std::min<size_t>(8, members.size() / 8), 8, &fine);
    for (size_t j = 0; j < members.size(); ++j)
      code[members[j]] = static_cast<uint16_t>(c * 8 + fine[j] + 1);
  }
  std::vector<std::pair<uint64_t, uint16_t>> cl;
  for (size_t r = 0; r < nv; ++r) cl.emplace_back(ClusterKey(forms[byfreq[r]]), code[r]);
  std::sort(cl.begin(), cl.end());
  for (size_t k = 0; k < cl.size(); ++k) {
    if (k > 0 && cl[k].first == cl[k - 1].first) continue;
    cluster_keys_.push_back(cl[k].first);
    cluster_codes_.push_back(cl[k].second);
  }
  if (log)
    *log += "word classes: " + std::to_string(nv) + " words in " + std::to_string(k1) +
            " groups of up to 8\n";
  return Status::Ok();
}

void PosTagger::Decode(const LinearModel& model, const TaggerWord* words, const WordInfo* info,
                       size_t n, const uint8_t* first, Scratch* s, uint8_t* tags,
                       const int32_t* bias, int32_t* keep) const {
  s->scores.resize(kClasses);
  int t1 = kBos, t2 = kBos;
  for (size_t i = 0; i < n; ++i) {
    int best = info[i].dict != kDictUnset ? info[i].dict : DictionaryTag(words[i].form);
    if (best < 0) {
      Features(words, info, n, i, t1, t2, first, &s->features);
      if (bias != nullptr) {
        std::copy_n(bias + i * kClasses, kClasses, s->scores.begin());
      } else {
        std::fill(s->scores.begin(), s->scores.end(), 0);
      }
      model.Score(s->features.data(), s->features.size(), s->scores.data());
      if (keep != nullptr) std::copy_n(s->scores.begin(), kClasses, keep + i * kClasses);
      best = 0;
      for (int c = 1; c < kClasses; ++c)
        if (s->scores[c] > s->scores[best]) best = c;
    }
    tags[i] = static_cast<uint8_t>(best);
    t2 = t1;
    t1 = best;
  }
}

namespace {

// The sentence reversed, each word's place in its token mirrored, so that
// the model reads it as it would read a left-to-right sentence.
void ReverseSentence(const TaggerWord* w, const PosTagger::WordInfo* info, size_t n,
                     std::vector<TaggerWord>* rw, std::vector<PosTagger::WordInfo>* ri) {
  rw->resize(n);
  ri->resize(n);
  for (size_t i = 0; i < n; ++i) {
    TaggerWord t = w[n - 1 - i];
    t.index = static_cast<uint8_t>(t.count - 1 - t.index);
    (*rw)[i] = t;
    (*ri)[i] = info[n - 1 - i];
  }
}

}  // namespace

void PosTagger::ScoreRightToLeft(const TaggerWord* words, const WordInfo* info, size_t n,
                                 Scratch* s) const {
  ReverseSentence(words, info, n, &s->rwords, &s->rinfo);
  s->first.resize(n);
  s->rscores.assign(n * kClasses, 0);
  // Scores in reversed order, then put back in sentence order.
  Decode(model_r_, s->rwords.data(), s->rinfo.data(), n, nullptr, s, s->first.data(), nullptr,
         s->rscores.data());
  for (size_t i = 0, j = n; i + 1 < j; ++i, --j)
    std::swap_ranges(s->rscores.begin() + i * kClasses, s->rscores.begin() + (i + 1) * kClasses,
                     s->rscores.begin() + (j - 1) * kClasses);
}

void PosTagger::Tag(const TaggerWord* words, size_t n, Scratch* s, Upos* tags) const {
  Lookup(words, n, &s->info);
  TagDescribed(words, s->info.data(), n, s, tags);
}

void PosTagger::TagDescribed(const TaggerWord* words, const WordInfo* info, size_t n, Scratch* s,
                             Upos* tags) const {
  const int32_t* bias = nullptr;
  if (model_r_.num_classes() == kClasses) {
    ScoreRightToLeft(words, info, n, s);
    bias = s->rscores.data();
  }
  s->first.resize(n);
  Decode(model_, words, info, n, nullptr, s, s->first.data(), bias);
  if (model2_.num_classes() == kClasses) {
    uint8_t* out = reinterpret_cast<uint8_t*>(tags);
    static_assert(sizeof(Upos) == 1);
    Decode(model2_, words, info, n, s->first.data(), s, out);
    for (size_t i = 0; i < n; ++i) tags[i] = static_cast<Upos>(out[i] + 1);
  } else {
    for (size_t i = 0; i < n; ++i) tags[i] = static_cast<Upos>(s->first[i] + 1);
  }
}

template <typename Self, typename F>
void PosTagger::ForEachArray(Self& self, F&& f) {
  f("pos.dk", self.dict_keys_);
  f("pos.dt", self.dict_tags_);
  f("pos.ak", self.amb_keys_);
  f("pos.at", self.amb_tags_);
  f("pos.pk", self.profile_keys_);
  f("pos.pc", self.profile_codes_);
  f("pos.ck", self.cluster_keys_);
  f("pos.cc", self.cluster_codes_);
}

void PosTagger::Save(ModelWriter* out) const {
  ForEachArray(*this, ArrayWriter{out});
  model_.Save("pos.m", out);
  if (model2_.num_classes() != 0) model2_.Save("pos.s", out);
  if (model_r_.num_classes() != 0) model_r_.Save("pos.r", out);
}

Status PosTagger::Load(const ModelReader& in) {
  Status st;
  ForEachArray(*this, ArrayReader{in, &st});
  if (st.ok()) st = model_.Load("pos.m", in);
  std::string_view unused;
  if (st.ok() && in.Section("pos.sn", &unused).ok()) st = model2_.Load("pos.s", in);
  if (st.ok() && in.Section("pos.rn", &unused).ok()) st = model_r_.Load("pos.r", in);
  if (!st.ok()) return st;
  bool ok = model_.num_classes() == kClasses && dict_keys_.size() == dict_tags_.size() &&
            amb_keys_.size() == amb_tags_.size() && profile_keys_.size() == profile_codes_.size() &&
            cluster_keys_.size() == cluster_codes_.size() &&
            (model2_.num_classes() == 0 || model2_.num_classes() == kClasses) &&
            (model_r_.num_classes() == 0 || model_r_.num_classes() == kClasses);
  for (uint8_t t : dict_tags_) ok = ok && t < kClasses;
  if (!ok) return Status::Error(in.path() + ": inconsistent POS tagger model");
  dict_index_.Build(dict_keys_);
  amb_index_.Build(amb_keys_);
  profile_index_.Build(profile_keys_);
  cluster_index_.Build(cluster_keys_);
  return Status::Ok();
}

Status PosTagger::Train(const std::vector<ConlluSentence>& train, const TaggerTrainOptions& options,
                        PosTagger* out, std::string* log) {
  struct Sent {
    std::vector<std::u32string> forms, tokens;
    std::vector<TaggerWord> words;
    std::vector<int> gold;
    std::vector<WordInfo> info;  // ambiguity classes jackknifed
    std::vector<uint8_t> first;  // jackknifed first-pass tags
  };
  std::vector<Sent> sents;
  // Gold words and tags of each kept sentence (for the counts) when the
  // tagger learns on predicted segmentation.
  std::vector<std::pair<std::vector<std::u32string>, std::vector<int>>> gold_of;
  std::unordered_map<std::u32string, std::vector<int>> counts;
  const auto* segmented = options.segmented;
  if (segmented != nullptr && segmented->size() != train.size()) segmented = nullptr;
  for (size_t sidx = 0; sidx < train.size(); ++sidx) {
    const ConlluSentence& cs = train[sidx];
    Sent s;
    for (const ConlluToken& tok : cs.tokens) {
      for (const ConlluWord& w : tok.words) {
        if (w.upos == Upos::kNone) continue;
        s.forms.push_back(NormalizedLetters(w.form));
        s.tokens.push_back(NormalizedLetters(tok.form));
        s.gold.push_back(static_cast<int>(w.upos) - 1);
      }
    }
    size_t k = 0;
    for (const ConlluToken& tok : cs.tokens) {
      Utf8DecodeResult r;
      (void)DecodeUtf8(tok.form, true, &r);
      TokenKind kind = GuessTokenKind(r.code_points);
      size_t nw = 0;
      for (const ConlluWord& w : tok.words) nw += w.upos != Upos::kNone;
      for (size_t j = 0; j < nw; ++j, ++k) {
        TaggerWord tw;
        tw.index = static_cast<uint8_t>(std::min<size_t>(j, 255));
        tw.count = static_cast<uint8_t>(std::min<size_t>(nw, 255));
        tw.kind = kind;
        s.words.push_back(tw);
      }
    }
    for (size_t i = 0; i < s.words.size(); ++i) {
      s.words[i].form = s.forms[i];
      s.words[i].token = s.tokens[i];
      auto& c = counts[s.forms[i]];
      if (c.empty()) c.assign(kClasses, 0);
      c[s.gold[i]]++;
    }
    if (s.words.empty()) continue;
    if (segmented != nullptr && (*segmented)[sidx].size() == cs.tokens.size()) {
      // The predicted words, each with the tag of the gold word of its token
      // with the same letters (in order; longest common subsequence), or -1.
      Sent p;
      size_t g = 0;  // first gold word of the token
      for (size_t ti = 0; ti < cs.tokens.size(); ++ti) {
        const ConlluToken& tok = cs.tokens[ti];
        size_t ng = 0;
        for (const ConlluWord& w : tok.words) ng += w.upos != Upos::kNone;
        const auto& pw = (*segmented)[sidx][ti];
        std::u32string token = NormalizedLetters(tok.form);
        Utf8DecodeResult r;
        (void)DecodeUtf8(tok.form, true, &r);
        TokenKind kind = GuessTokenKind(r.code_points);
        const size_t np = pw.empty() ? 1 : pw.size();
        std::vector<std::u32string> forms(np);
        for (size_t k = 0; k < np; ++k)
          forms[k] = pw.empty() ? token : NormalizedLetters(pw[k]);
        std::vector<int> tags(np, -1);
        std::vector<int> lcs((ng + 1) * (np + 1), 0);
        auto L = [&](size_t a, size_t b) -> int& { return lcs[a * (np + 1) + b]; };
        for (size_t a = ng; a-- > 0;)
          for (size_t b = np; b-- > 0;) {
            if (s.forms[g + a] == forms[b]) L(a, b) = 1 + L(a + 1, b + 1);
            L(a, b) = std::max({L(a, b), L(a + 1, b), L(a, b + 1)});
          }
        for (size_t a = 0, b = 0; a < ng && b < np;) {
          if (s.forms[g + a] == forms[b]) {
            tags[b] = s.gold[g + a];
            ++a, ++b;
          } else if (L(a, b) == L(a + 1, b)) {
            ++a;
          } else {
            ++b;
          }
        }
        for (size_t k = 0; k < np; ++k) {
          p.forms.push_back(std::move(forms[k]));
          p.tokens.push_back(token);
          p.gold.push_back(tags[k]);
          TaggerWord tw;
          tw.index = static_cast<uint8_t>(std::min<size_t>(k, 255));
          tw.count = static_cast<uint8_t>(std::min<size_t>(np, 255));
          tw.kind = kind;
          p.words.push_back(tw);
        }
        g += ng;
      }
      gold_of.emplace_back(std::move(s.forms), std::move(s.gold));
      sents.push_back(std::move(p));
    } else {
      if (segmented != nullptr) gold_of.emplace_back(s.forms, s.gold);
      sents.push_back(std::move(s));
    }
  }
  // The views point into the strings of each Sent; fix them after the moves.
  for (Sent& s : sents)
    for (size_t i = 0; i < s.words.size(); ++i)
      s.words[i].form = s.forms[i], s.words[i].token = s.tokens[i];

  PosTagger tagger;
  if (!options.corpus.empty() && options.corpus_min_count >= 2) {
    Status st = tagger.BuildProfiles(options, log);
    if (!st.ok()) return st;
  }
  for (Sent& s : sents) tagger.Lookup(s.words.data(), s.words.size(), &s.info);
  std::vector<std::pair<uint64_t, uint8_t>> dict;
  for (const auto& [form, c] : counts) {
    int total = 0, best = 0;
    for (int k = 0; k < kClasses; ++k) {
      total += c[k];
      if (c[k] > c[best]) best = k;
    }
    if (total >= options.dict_min_count && c[best] >= options.dict_min_share * total)
      dict.emplace_back(DictKey(form), static_cast<uint8_t>(best));
  }
  // The same counts by stem (StemOf), kept under a marked key.
  std::unordered_map<std::u32string, std::vector<int>> stem_counts;
  for (const auto& [form, c] : counts) {
    auto& sc = stem_counts[std::u32string(StemOf(form))];
    if (sc.empty()) sc.assign(kClasses, 0);
    for (int k = 0; k < kClasses; ++k) sc[k] += c[k];
  }
  constexpr int kFolds = 10;
  std::vector<std::unordered_map<std::u32string, std::vector<int>>> fold_counts(kFolds);
  std::vector<std::unordered_map<std::u32string, std::vector<int>>> fold_stem_counts(kFolds);
  for (size_t si = 0; si < sents.size(); ++si) {
    auto& fc = fold_counts[si % kFolds];
    const auto& forms = segmented ? gold_of[si].first : sents[si].forms;
    const auto& gold = segmented ? gold_of[si].second : sents[si].gold;
    for (size_t i = 0; i < forms.size(); ++i) {
      auto& c = fc[forms[i]];
      if (c.empty()) c.assign(kClasses, 0);
      c[gold[i]]++;
      auto& sc = fold_stem_counts[si % kFolds][std::u32string(StemOf(forms[i]))];
      if (sc.empty()) sc.assign(kClasses, 0);
      sc[gold[i]]++;
    }
  }
  auto mask_of = [&](const std::vector<int>& c, const std::vector<int>* minus) -> uint32_t {
    int total = 0;
    int cc[kClasses];
    for (int k = 0; k < kClasses; ++k) total += cc[k] = c[k] - (minus ? (*minus)[k] : 0);
    if (total < options.ambiguity_min_count) return 0;
    uint32_t mask = 0;
    for (int k = 0; k < kClasses; ++k)
      if (cc[k] > 0 && cc[k] >= 0.05 * total) mask |= 1u << k;
    return mask;
  };
  for (size_t si = 0; si < sents.size(); ++si) {
    Sent& s = sents[si];
    const auto& fc = fold_counts[si % kFolds];
    for (size_t i = 0; i < s.words.size(); ++i) {
      auto c = counts.find(s.forms[i]);
      auto own = fc.find(s.forms[i]);
      s.info[i].amb = c == counts.end() ? 0
                                        : mask_of(c->second, own == fc.end() ? nullptr : &own->second);
      std::u32string stem(StemOf(s.forms[i]));
      auto sc = stem_counts.find(stem);
      auto sown = fold_stem_counts[si % kFolds].find(stem);
      s.info[i].stem =
          sc == stem_counts.end()
              ? 0
              : mask_of(sc->second,
                        sown == fold_stem_counts[si % kFolds].end() ? nullptr : &sown->second);
    }
  }
  std::vector<std::pair<uint64_t, uint32_t>> amb;
  for (const auto& [form, c] : counts) {
    uint32_t mask = mask_of(c, nullptr);
    if (mask != 0) amb.emplace_back(AmbKey(form), mask);
  }
  for (const auto& [stem, c] : stem_counts) {
    uint32_t mask = mask_of(c, nullptr);
    if (mask != 0) amb.emplace_back(StemKey(stem), mask);
  }
  std::sort(amb.begin(), amb.end());
  for (size_t k = 0; k < amb.size(); ++k) {
    if (k > 0 && amb[k].first == amb[k - 1].first) continue;
    tagger.amb_keys_.push_back(amb[k].first);
    tagger.amb_tags_.push_back(amb[k].second);
  }
  std::sort(dict.begin(), dict.end());
  for (size_t k = 0; k < dict.size(); ++k) {
    if (k > 0 && dict[k].first == dict[k - 1].first) continue;
    tagger.dict_keys_.push_back(dict[k].first);
    tagger.dict_tags_.push_back(dict[k].second);
  }

  // One pass of the tagger trained on the sentences `ids` (with first-pass
  // tags when `stacked`).
  auto train_one = [&](PerceptronTrainer& trainer, const std::vector<size_t>& ids, int epochs,
                       bool stacked, uint64_t seed) {
    std::vector<float> scores(kClasses);
    std::vector<uint64_t> feats;
    std::vector<size_t> order = ids;
    SplitMix rng{seed};
    SplitMix explore{seed ^ 0xE8A1ull};
    for (int epoch = 0; epoch < epochs; ++epoch) {
      Shuffle(&order, &rng);
      size_t errors = 0, total = 0;
      for (size_t idx : order) {
        const Sent& s = sents[idx];
        const bool gold_hist =
            options.gold_history > 0.f &&
            static_cast<double>(explore.Next() >> 11) / 9007199254740992.0 < options.gold_history;
        int t1 = kBos, t2 = kBos;
        for (size_t i = 0; i < s.words.size(); ++i) {
          Features(s.words.data(), s.info.data(), s.words.size(), i, t1, t2,
                   stacked ? s.first.data() : nullptr, &feats);
          std::fill(scores.begin(), scores.end(), 0.f);
          trainer.Score(feats.data(), feats.size(), scores.data());
          int best = 0;
          for (int c = 1; c < kClasses; ++c)
            if (scores[c] > scores[best]) best = c;
          const int g = s.gold[i];
          if (g >= 0) {  // -1: a predicted word without a gold match
            if (options.update_rule == 1) {
              int other = g == 0 ? 1 : 0;
              for (int c = 0; c < kClasses; ++c)
                if (c != g && scores[c] > scores[other]) other = c;
              float loss = 1.f - (scores[g] - scores[other]);
              float step = 0.f;
              if (loss > 0.f)
                step = std::min(options.pa_cap, loss / (2.f * static_cast<float>(feats.size())));
              trainer.UpdateBy(feats.data(), feats.size(), g, other, step);
            } else {
              trainer.Update(feats.data(), feats.size(), g, best);
            }
            errors += best != g;
            ++total;
          }
          const int prev = gold_hist && g >= 0 ? g : best;
          t2 = t1;
          t1 = prev;
        }
      }
      if (log)
        *log += std::string(stacked ? "second pass" : "tagger") + " epoch " +
                std::to_string(epoch + 1) + ": " + std::to_string(errors) + " errors of " +
                std::to_string(total) + " words\n";
    }
  };
  auto train_pass = [&](const std::vector<size_t>& ids, int epochs, bool stacked,
                        uint64_t seed) -> LinearModel {
    if (options.seed_average <= 1) {
      PerceptronTrainer trainer(kClasses);
      train_one(trainer, ids, epochs, stacked, seed);
      return trainer.Finalize(options.prune);
    }
    std::vector<PerceptronTrainer> trainers;
    for (int k = 0; k < options.seed_average; ++k) {
      trainers.emplace_back(kClasses);
      train_one(trainers.back(), ids, epochs, stacked, seed + 1000 * static_cast<uint64_t>(k));
    }
    std::vector<const PerceptronTrainer*> ptrs;
    for (const PerceptronTrainer& t : trainers) ptrs.push_back(&t);
    return PerceptronTrainer::FinalizeMean(ptrs.data(), ptrs.size(), options.prune);
  };
  std::vector<size_t> all(sents.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  const uint64_t seed = options.seed ^ 0x5eedull;
  if (options.passes >= 2 && options.stack_folds >= 2) {
    const size_t folds = static_cast<size_t>(options.stack_folds);
    Scratch scratch;
    for (size_t k = 0; k < folds; ++k) {
      std::vector<size_t> rest;
      for (size_t i = 0; i < sents.size(); ++i)
        if (i % folds != k) rest.push_back(i);
      std::string* keep = log;
      log = nullptr;
      LinearModel m = train_pass(rest, options.epochs, false, seed + 1 + k);
      log = keep;
      size_t errors = 0, total = 0;
      for (size_t i = k; i < sents.size(); i += folds) {
        Sent& s = sents[i];
        s.first.resize(s.words.size());
        tagger.Decode(m, s.words.data(), s.info.data(), s.words.size(), nullptr, &scratch,
                      s.first.data());
        for (size_t j = 0; j < s.words.size(); ++j) errors += s.first[j] != s.gold[j];
        total += s.words.size();
      }
      if (log)
        *log += "first pass, fold " + std::to_string(k + 1) + ": " + std::to_string(errors) +
                " errors of " + std::to_string(total) + " held-out words\n";
    }
  }
  tagger.model_ = train_pass(all, options.epochs, false, seed);
  if (options.right_to_left) {
    // The same sentences reversed, for the right-to-left model.
    std::vector<Sent> fwd = std::move(sents);
    sents.clear();
    for (const Sent& f : fwd) {
      Sent r;
      size_t n = f.words.size();
      r.forms.assign(f.forms.rbegin(), f.forms.rend());
      r.tokens.assign(f.tokens.rbegin(), f.tokens.rend());
      r.gold.assign(f.gold.rbegin(), f.gold.rend());
      ReverseSentence(f.words.data(), f.info.data(), n, &r.words, &r.info);
      sents.push_back(std::move(r));
    }
    for (Sent& r : sents)
      for (size_t i = 0; i < r.words.size(); ++i)
        r.words[i].form = r.forms[i], r.words[i].token = r.tokens[i];
    tagger.model_r_ = train_pass(all, options.epochs, false, seed + 200);
    sents = std::move(fwd);
  }
  if (options.passes >= 2 && options.stack_folds >= 2)
    tagger.model2_ = train_pass(all, options.epochs, true, seed + 100);
  if (log)
    *log += "tagger: " + std::to_string(tagger.dict_keys_.size()) + " dictionary words, " +
            std::to_string(tagger.model_.num_features()) + " + " +
            std::to_string(tagger.model2_.num_features()) + " features\n";
  *out = std::move(tagger);
  return Status::Ok();
}

}  // namespace isnad

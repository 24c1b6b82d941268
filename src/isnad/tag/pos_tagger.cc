#include "isnad/tag/pos_tagger.h"

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
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

struct SplitMix {
  uint64_t s;
  uint64_t Next() {
    uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
};

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

void PosTagger::Features(const TaggerWord* w, const uint32_t* amb, const uint32_t* prof, size_t n,
                         size_t i, int t1, int t2, std::vector<uint64_t>* f) const {
  f->clear();
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
  if (prof != nullptr) {
    uint64_t p0 = prof[i];
    uint64_t pm1 = ii > 0 ? prof[i - 1] : 1u << 20;
    uint64_t pp1 = i + 1 < n ? prof[i + 1] : 1u << 20;
    f->push_back(FeatureHash(50).Add(p0).value());
    f->push_back(FeatureHash(51).Add(p0).Add(suf(x, 1)).value());
    f->push_back(FeatureHash(52).Add(p0).Add(static_cast<uint64_t>(t1)).value());
    f->push_back(FeatureHash(53).Add(p0).Add(pp1).value());
    f->push_back(FeatureHash(54).Add(pm1).Add(p0).value());
    f->push_back(FeatureHash(55).Add(p0 & 0x3Fu).Add(place).value());
  }
  if (amb != nullptr) {
    uint64_t a0 = amb[i];
    uint64_t am1 = ii > 0 ? amb[i - 1] : 1u << 30;
    uint64_t ap1 = i + 1 < n ? amb[i + 1] : 1u << 30;
    f->push_back(FeatureHash(40).Add(a0).value());
    f->push_back(FeatureHash(41).Add(a0).Add(am1).value());
    f->push_back(FeatureHash(42).Add(a0).Add(ap1).value());
    f->push_back(FeatureHash(43).Add(a0).Add(static_cast<uint64_t>(t1)).value());
    f->push_back(FeatureHash(44).Add(ap1).value());
    f->push_back(FeatureHash(45).Add(a0).Add(suf(x, 2)).value());
    f->push_back(FeatureHash(46).Add(a0).Add(place).value());
  }
}

int PosTagger::DictionaryTag(std::u32string_view form) const {
  if (dict_keys_.empty()) return -1;
  uint64_t key = DictKey(form);
  auto it = std::lower_bound(dict_keys_.begin(), dict_keys_.end(), key);
  if (it == dict_keys_.end() || *it != key) return -1;
  return dict_tags_[static_cast<size_t>(it - dict_keys_.begin())];
}

uint32_t PosTagger::Ambiguity(std::u32string_view form) const {
  uint64_t key = AmbKey(form);
  auto it = std::lower_bound(amb_keys_.begin(), amb_keys_.end(), key);
  if (it == amb_keys_.end() || *it != key) return 0;
  return amb_tags_[static_cast<size_t>(it - amb_keys_.begin())];
}

uint32_t PosTagger::Profile(std::u32string_view form) const {
  uint64_t key = ProfileKey(form);
  auto it = std::lower_bound(profile_keys_.begin(), profile_keys_.end(), key);
  if (it == profile_keys_.end() || *it != key) return 0;
  return profile_codes_[static_cast<size_t>(it - profile_keys_.begin())];
}

// Reads the corpus and keeps, for every word seen corpus_min_count times, a
// code: frequency (log2, 4 bits), how often its form with / without ال
// occurs relative to it (2 bits) and how often it takes a pronoun suffix
// (2 bits).
Status PosTagger::BuildProfiles(const TaggerTrainOptions& options, std::string* log) {
  gzFile f = gzopen(options.corpus.c_str(), "rb");
  if (f == nullptr) return Status::Error(options.corpus + ": cannot open corpus");
  std::unordered_map<uint64_t, uint32_t> counts;
  std::vector<std::u32string> forms;  // distinct forms, for the second pass
  std::unordered_map<uint64_t, uint32_t> index;
  std::string line;
  std::vector<char> buf(1 << 16);
  size_t lines = 0, words = 0;
  std::u32string w;
  auto flush = [&]() {
    if (w.empty()) return;
    uint64_t k = ProfileKey(w);
    if (counts[k]++ == 0) {
      index[k] = static_cast<uint32_t>(forms.size());
      forms.push_back(w);
    }
    ++words;
    w.clear();
  };
  while (gzgets(f, buf.data(), static_cast<int>(buf.size())) != nullptr) {
    line += buf.data();
    if (line.empty() || line.back() != '\n') continue;
    ++lines;
    auto j = nlohmann::json::parse(line, nullptr, false);
    line.clear();
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) continue;
    Utf8DecodeResult r;
    (void)DecodeUtf8(j["text"].get_ref<const std::string&>(), true, &r);
    for (char32_t c : r.code_points) {
      char32_t l = SegmentationLetter(c);
      if (l == 0) continue;
      if (IsArabicLetter(l)) {
        w.push_back(l);
      } else {
        flush();
      }
    }
    flush();
  }
  gzclose(f);
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
  return Status::Ok();
}

void PosTagger::Tag(const TaggerWord* words, size_t n, Scratch* s, Upos* tags) const {
  s->scores.resize(kClasses);
  const uint32_t* amb = nullptr;
  if (!amb_keys_.empty()) {
    s->ambiguity.resize(n);
    for (size_t i = 0; i < n; ++i) s->ambiguity[i] = Ambiguity(words[i].form);
    amb = s->ambiguity.data();
  }
  const uint32_t* prof = nullptr;
  if (!profile_keys_.empty()) {
    s->profile.resize(n);
    for (size_t i = 0; i < n; ++i) s->profile[i] = Profile(words[i].form);
    prof = s->profile.data();
  }
  int t1 = kBos, t2 = kBos;
  for (size_t i = 0; i < n; ++i) {
    int best = DictionaryTag(words[i].form);
    if (best < 0) {
      Features(words, amb, prof, n, i, t1, t2, &s->features);
      std::fill(s->scores.begin(), s->scores.end(), 0);
      model_.Score(s->features.data(), s->features.size(), s->scores.data());
      best = 0;
      for (int c = 1; c < kClasses; ++c)
        if (s->scores[c] > s->scores[best]) best = c;
    }
    tags[i] = static_cast<Upos>(best + 1);
    t2 = t1;
    t1 = best;
  }
}

void PosTagger::Save(ModelWriter* out) const {
  out->AddArray("pos.dk", dict_keys_);
  out->AddArray("pos.dt", dict_tags_);
  out->AddArray("pos.ak", amb_keys_);
  out->AddArray("pos.at", amb_tags_);
  out->AddArray("pos.pk", profile_keys_);
  out->AddArray("pos.pc", profile_codes_);
  model_.Save("pos.m", out);
}

Status PosTagger::Load(const ModelReader& in) {
  Status st = in.Array("pos.dk", &dict_keys_);
  if (st.ok()) st = in.Array("pos.dt", &dict_tags_);
  if (st.ok()) st = in.Array("pos.ak", &amb_keys_);
  if (st.ok()) st = in.Array("pos.at", &amb_tags_);
  if (st.ok()) st = in.Array("pos.pk", &profile_keys_);
  if (st.ok()) st = in.Array("pos.pc", &profile_codes_);
  if (st.ok()) st = model_.Load("pos.m", in);
  if (!st.ok()) return st;
  bool ok = model_.num_classes() == kClasses && dict_keys_.size() == dict_tags_.size() &&
            amb_keys_.size() == amb_tags_.size() && profile_keys_.size() == profile_codes_.size();
  for (uint8_t t : dict_tags_) ok = ok && t < kClasses;
  if (!ok) return Status::Error(in.path() + ": inconsistent POS tagger model");
  return Status::Ok();
}

Status PosTagger::Train(const std::vector<ConlluSentence>& train, const TaggerTrainOptions& options,
                        PosTagger* out, std::string* log) {
  struct Sent {
    std::vector<std::u32string> forms, tokens;
    std::vector<TaggerWord> words;
    std::vector<int> gold;
    std::vector<uint32_t> amb;  // jackknifed ambiguity classes
    std::vector<uint32_t> prof;
  };
  std::vector<Sent> sents;
  std::unordered_map<std::u32string, std::vector<int>> counts;
  for (const ConlluSentence& cs : train) {
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
    if (!s.words.empty()) sents.push_back(std::move(s));
  }
  // The views point into the strings of each Sent; fix them after the moves.
  for (Sent& s : sents)
    for (size_t i = 0; i < s.words.size(); ++i)
      s.words[i].form = s.forms[i], s.words[i].token = s.tokens[i];

  PosTagger tagger;
  if (!options.corpus.empty() && options.corpus_min_count >= 2) {
    Status st = tagger.BuildProfiles(options, log);
    if (!st.ok()) return st;
    for (Sent& s : sents)
      for (size_t i = 0; i < s.words.size(); ++i) s.prof.push_back(tagger.Profile(s.forms[i]));
  }
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
  constexpr int kFolds = 10;
  std::vector<std::unordered_map<std::u32string, std::vector<int>>> fold_counts(kFolds);
  for (size_t si = 0; si < sents.size(); ++si) {
    auto& fc = fold_counts[si % kFolds];
    for (size_t i = 0; i < sents[si].words.size(); ++i) {
      auto& c = fc[sents[si].forms[i]];
      if (c.empty()) c.assign(kClasses, 0);
      c[sents[si].gold[i]]++;
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
    for (size_t i = 0; i < s.words.size(); ++i)
      s.amb.push_back(mask_of(counts.at(s.forms[i]), &fc.at(s.forms[i])));
  }
  std::vector<std::pair<uint64_t, uint32_t>> amb;
  for (const auto& [form, c] : counts) {
    uint32_t mask = mask_of(c, nullptr);
    if (mask != 0) amb.emplace_back(AmbKey(form), mask);
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

  PerceptronTrainer trainer(kClasses);
  std::vector<float> scores(kClasses);
  std::vector<uint64_t> feats;
  std::vector<size_t> order(sents.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  SplitMix rng{options.seed ^ 0x5eedull};
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.Next() % i]);
    size_t errors = 0, total = 0;
    for (size_t idx : order) {
      const Sent& s = sents[idx];
      int t1 = kBos, t2 = kBos;
      for (size_t i = 0; i < s.words.size(); ++i) {
        tagger.Features(s.words.data(), tagger.amb_keys_.empty() ? nullptr : s.amb.data(),
                        tagger.profile_keys_.empty() ? nullptr : s.prof.data(), s.words.size(), i,
                        t1, t2, &feats);
        std::fill(scores.begin(), scores.end(), 0.f);
        trainer.Score(feats.data(), feats.size(), scores.data());
        int best = 0;
        for (int c = 1; c < kClasses; ++c)
          if (scores[c] > scores[best]) best = c;
        trainer.Update(feats.data(), feats.size(), s.gold[i], best);
        errors += best != s.gold[i];
        ++total;
        t2 = t1;
        t1 = best;
      }
    }
    if (log)
      *log += "tagger epoch " + std::to_string(epoch + 1) + ": " + std::to_string(errors) +
              " errors of " + std::to_string(total) + " words\n";
  }
  tagger.model_ = trainer.Finalize(options.prune);
  if (log)
    *log += "tagger: " + std::to_string(tagger.dict_keys_.size()) + " dictionary words, " +
            std::to_string(tagger.model_.num_features()) + " features\n";
  *out = std::move(tagger);
  return Status::Ok();
}

}  // namespace isnad

#include "isnad/tag/entity_tagger.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>

#include "isnad/tag/crf_trainer.h"
#include "isnad/tag/entity_linker.h"
#include "isnad/tag/pos_tagger.h"
#include "isnad/tag/word_tagger.h"
#include "isnad/text/chars.h"
#include "isnad/text/normalize.h"
#include "isnad/text/utf8.h"
#include "isnad/tokenize/sentences.h"

namespace isnad {

namespace {

using TokenInfo = EntityTagger::Scratch::Info;

// Tokens the tagger scores; any other token (a quote mark, a URL, an emoji...)
// is O without a look.
bool MayBeInEntity(const TokenInfo& in) {
  switch (static_cast<TokenKind>(in.kind)) {
    case TokenKind::kWord:
    case TokenKind::kLatin:
    case TokenKind::kNumber:
    case TokenKind::kPunct:
    case TokenKind::kHashtag:
      return true;
    default:
      return false;
  }
}

// Words of Latin letters with no capital among them, and nothing else but
// punctuation and numbers (vote، return false، webkit-gradient، email
// protected): the code and markup that scraped pages leave in a text. A name
// in Latin letters has a capital (USA، Hal Ashby، iPhone), so such a run is
// never a mention.
bool IsLowercaseLatinRun(const Document& doc, uint32_t first, uint32_t end) {
  bool latin = false;
  for (uint32_t i = first; i < end; ++i) {
    const Token& t = doc.tokens[i];
    if (t.kind == TokenKind::kPunct || t.kind == TokenKind::kNumber) continue;
    if (t.kind != TokenKind::kLatin) return false;
    for (char32_t c : doc.Text(t.span)) {
      if (IsCapitalLetter(c)) return false;
      latin = latin || IsAsciiLetter(c);
    }
  }
  return latin;
}

// Tokens whose stem the trigger lexicon counts: words of two letters or more.
bool HasLexiconStem(const TokenInfo& in) {
  return in.stem_len >= 2 && (static_cast<TokenKind>(in.kind) == TokenKind::kWord ||
                              static_cast<TokenKind>(in.kind) == TokenKind::kLatin);
}

// Feature templates.
enum : uint64_t {
  kBias = 1, kForm, kStem, kStem0, kPrefix, kPre, kSuf, kShape, kUpos, kFormM1, kFormM2,
  kFormP1, kFormP2, kStemM1, kStemP1, kBiM1, kBiP1, kGazBegin, kGazInside, kGazM1, kGazP1,
  kGazM2, kClu, kCluM1, kCluP1, kCluM2, kCluP2, kCluPair, kUposM1, kUposP1, kFirst, kGazSpan,
  kT1 = 60, kT12, kT1Stem, kT1Clu, kT1Upos, kT1Gaz,
  // Edge features (the model of tag pairs, class = prev * kNerTags + tag).
  kEBias = 80, kEStem, kEClu, kEUpos, kEGaz, kEUposM1,
  kMem = 90, kMemM1, kMemP1, kMemStem,
  kTri = 95,
  // 100-106 and 115-116 were the corpus lexicon's and the quotation marks'
  // (removed); kLexM1, kLexP1 and kELex remain as the constant features
  // they were without a lexicon (StaticFeatures, EdgeFeatures).
  kLexM1 = 103, kLexP1 = 104, kELex = 106,
  kTrigL = 110, kTrigR, kTrigLM1, kTrigRP1,
  kCalibration = 99,
};

// The two models are scaled to fixed point each by its own largest weight;
// one feature, seen once at the start of training and never again, has the
// weight 1 (in perceptron units) for class 1 in both, and so gives each
// model's scale.
const uint64_t kCalibrationKey = FeatureHash(kCalibration).value();

float Calibration(const LinearModel& m) {
  const int16_t* row = m.Find(kCalibrationKey);
  return row == nullptr || row[1] <= 0 ? 0.f : 1.f / row[1];
}


constexpr int kNerPairs = kNerTags * kNerTags;

constexpr uint64_t kPadKey = 0x5EED5EED;

// The bin of a share of a stem's corpus occurrences (0: none, 1-7).
int LexiconShare(uint32_t tagged, uint32_t total) {
  if (tagged == 0) return 0;
  const double f = static_cast<double>(tagged) / total;
  return f < 0.05 ? 1 : f < 0.15 ? 2 : f < 0.3 ? 3 : f < 0.5 ? 4 : f < 0.7 ? 5 : f < 0.9 ? 6 : 7;
}
// The trigger lexicon's value of a stem: bits 0-3 log2 of its count, 4 + 3t
// the share of its occurrences after a left trigger of type t, 16 + 3t
// before a right trigger of type t (LexiconShare), bit 31 set.
uint32_t TriggerValue(uint32_t total, const uint32_t* left, const uint32_t* right) {
  uint32_t v = 1u << 31;
  v |= static_cast<uint32_t>(std::min(15, static_cast<int>(std::log2(total))));
  for (int t = 0; t < kNerTypes; ++t) {
    v |= static_cast<uint32_t>(LexiconShare(left[t], total)) << (4 + 3 * t);
    v |= static_cast<uint32_t>(LexiconShare(right[t], total)) << (16 + 3 * t);
  }
  return v;
}


// Prefix clitics as bits of Info::prefix.
uint8_t CliticBit(std::u32string_view w) {
  if (w.size() != 1) return 0;
  switch (w[0]) {
    case U'\u0648': return 1;  // و
    case U'\u0641': return 2;  // ف
    case U'\u0628': return 4;  // ب
    case U'\u0644': return 8;  // ل
    case U'\u0643': return 16;  // ك
    case U'\u0633': return 32;  // س
    default: return 0;
  }
}

bool HasArticle(std::u32string_view w) {
  return w.size() > 3 && w[0] == U'\u0627' && w[1] == U'\u0644';
}

// The legal tags after `prev` (the BIO constraint).
bool Allowed(int prev, int tag) {
  if (tag == 0 || NerTagBegins(tag)) return true;
  return prev != 0 && NerTagType(prev) == NerTagType(tag);
}

// The tags that may precede each tag (the BIO constraint): all before O and
// B-X, only B-X and I-X before I-X.
struct Predecessors {
  int count[kNerTags];
  int tag[kNerTags][kNerTags];
  constexpr Predecessors() : count(), tag() {
    for (int c = 0; c < kNerTags; ++c)
      for (int p = 0; p < kNerTags; ++p)
        if (c == 0 || (c - 1) % 2 == 0 || (p != 0 && (p - 1) / 2 == (c - 1) / 2))
          tag[c][count[c]++] = p;
  }
};
constexpr Predecessors kPredecessors;

// Best tag sequence under node scores node[i*kNerTags + c] and edge scores
// edge[i*kNerPairs + p*kNerTags + c] (the previous tag of token 0 is O), each
// times its unit, with the BIO constraint; tokens with only_o[i] take O.
// `back` is scratch.
template <typename T>
void Viterbi(size_t n, const T* node, float node_unit, const T* edge, float edge_unit,
             const uint8_t* only_o, std::vector<uint8_t>* back, uint8_t* tags) {
  if (n == 0) return;
  back->resize(n * kNerTags);
  constexpr float kNone = -1e30f;
  float delta[kNerTags], next[kNerTags];
  for (int c = 0; c < kNerTags; ++c) {
    const bool ok = Allowed(0, c) && (only_o == nullptr || !only_o[0] || c == 0);
    delta[c] = ok ? static_cast<float>(node[c]) * node_unit +
                        static_cast<float>(edge[c]) * edge_unit
                  : kNone;
  }
  for (size_t i = 1; i < n; ++i) {
    const T* e = edge + i * kNerPairs;
    const T* nd = node + i * kNerTags;
    uint8_t* bp = back->data() + i * kNerTags;
    const int last = only_o != nullptr && only_o[i] ? 1 : kNerTags;
    float top = kNone;
    for (int c = 0; c < kNerTags; ++c) {
      if (c >= last) {
        next[c] = kNone;
        bp[c] = 0;
        continue;
      }
      const int* pred = kPredecessors.tag[c];
      int arg = pred[0];
      float best = delta[arg] + static_cast<float>(e[arg * kNerTags + c]) * edge_unit;
      for (int k = 1; k < kPredecessors.count[c]; ++k) {
        const int p = pred[k];
        const float v = delta[p] + static_cast<float>(e[p * kNerTags + c]) * edge_unit;
        if (v > best) best = v, arg = p;
      }
      next[c] = best + static_cast<float>(nd[c]) * node_unit;
      bp[c] = static_cast<uint8_t>(arg);
      top = std::max(top, next[c]);
    }
    // Kept near zero (long token ranges keep their precision).
    for (int c = 0; c < kNerTags; ++c) delta[c] = std::max(next[c] - top, kNone);
  }
  int c = 0;
  for (int k = 1; k < kNerTags; ++k)
    if (delta[k] > delta[c]) c = k;
  for (size_t i = n; i-- > 0;) {
    tags[i] = static_cast<uint8_t>(c);
    if (i > 0) c = (*back)[i * kNerTags + c];
  }
}

}  // namespace

std::string EntityTagger::ModelPath(const std::string& models_dir) {
  return models_dir + "/ner/ner.bin";
}

Status EntityTagger::Load(const std::string& path, std::unique_ptr<EntityTagger>* out) {
  ModelReader in;
  Status st = in.Open(path);
  if (!st.ok()) return st;
  if (in.Header("kind") != "ner")
    return Status::Error(path + ": not a ner model (kind '" + in.Header("kind") + "')");
  auto t = std::make_unique<EntityTagger>();
  st = t->model_.Load("ner", in);
  if (st.ok()) st = t->edges_.Load("nere", in);
  std::vector<uint32_t> block;
  if (st.ok()) st = in.Array("nerdoc", &block);
  if (st.ok() && block.size() != 1) st = Status::Error(path + ": bad nerdoc section");
  if (st.ok()) t->doc_block_ = static_cast<int>(block[0]);
  std::vector<float> penalty;
  if (st.ok()) st = in.Array("nerpen", &penalty);
  if (st.ok() && penalty.size() != 1) st = Status::Error(path + ": bad nerpen section");
  if (st.ok()) t->o_penalty_ = penalty[0];
  if (st.ok()) st = t->gaz_.Load(in);
  if (st.ok()) st = t->clusters_.Load(in);
  // The corpus lexicon and the quote features are gone; a model that used
  // them (a nonempty lexicon, the quotes section) is refused below.
  KeyTable lexicon;
  if (st.ok()) st = lexicon.LoadIfPresent("nerlexk", "nerlexv", in);
  if (st.ok()) st = t->triggers_.LoadIfPresent("nertrgk", "nertrgv", in);
  if (std::string_view probe; st.ok() && (lexicon.size() != 0 || in.Section("nerquot", &probe).ok()))
    return Status::Error(path + ": ner model with a corpus lexicon or quote features, which this "
                                "isnad no longer reads; retrain it");
  if (std::string_view probe; st.ok() && in.Section("nertrgn", &probe).ok())
    t->trigger_neighbours_ = true;
  if (std::string_view probe; st.ok() && in.Section("nerprop", &probe).ok()) {
    std::vector<uint32_t> prop;
    st = in.Array("nerprop", &prop);
    if (st.ok() && prop.size() != 1) st = Status::Error(path + ": bad nerprop section");
    if (st.ok()) t->propagate_ = static_cast<int>(prop[0] & ((1u << kNerTypes) - 1));
  }
  if (!st.ok()) return st;
  // The ensemble and second-pass experiments are gone; a model that used
  // them would be tagged differently here, so it is refused.
  std::vector<uint32_t> members;
  if (std::string_view probe; in.Section("nerens", &probe).ok())
    st = in.Array("nerens", &members);
  if (std::string_view probe; !st.ok() || in.Section("nertwo", &probe).ok() ||
                              (!members.empty() && members[0] != 0))
    return Status::Error(path + ": ner model with an ensemble or a second pass, which this isnad "
                                "no longer reads; retrain it");

  if (t->model_.num_classes() != kNerTags)
    return Status::Error(path + ": ner model has " + std::to_string(t->model_.num_classes()) +
                         " classes, expected " + std::to_string(kNerTags));
  if (t->edges_.num_classes() != kNerPairs)
    return Status::Error(path + ": ner edge model has " +
                         std::to_string(t->edges_.num_classes()) + " classes, expected " +
                         std::to_string(kNerPairs));
  t->node_unit_ = Calibration(t->model_);
  t->edge_unit_ = Calibration(t->edges_);
  if (t->node_unit_ == 0 || t->edge_unit_ == 0)
    return Status::Error(path + ": ner model without its calibration feature");
  t->header_ = in.header_text();
  *out = std::move(t);
  return Status::Ok();
}

Status EntityTagger::Save(const std::string& path,
                          const std::vector<std::pair<std::string, std::string>>& header) const {
  ModelWriter w;
  w.SetHeader("kind", "ner");
  for (const auto& kv : header) w.SetHeader(kv.first, kv.second);
  model_.Save("ner", &w);
  edges_.Save("nere", &w);
  w.AddArray("nerdoc", std::vector<uint32_t>{static_cast<uint32_t>(doc_block_)});
  w.AddArray("nerpen", std::vector<float>{o_penalty_});
  gaz_.Save(&w);
  clusters_.Save(&w);
  triggers_.Save("nertrgk", "nertrgv", &w);
  if (trigger_neighbours_) w.AddArray("nertrgn", std::vector<uint32_t>{1});
  if (propagate_ != 0)
    w.AddArray("nerprop", std::vector<uint32_t>{static_cast<uint32_t>(propagate_)});
  return w.WriteFile(path);
}

void EntityTagger::Prepare(const Document& doc, uint32_t first, uint32_t end, Scratch* s) const {
  s->letters.clear();
  s->info.resize(end - first);
  for (uint32_t ti = first; ti < end; ++ti) {
    const Token& t = doc.tokens[ti];
    Scratch::Info& in = s->info[ti - first];
    in.kind = static_cast<uint8_t>(t.kind);
    in.prefix = 0;
    in.upos = 0;
    in.form_off = static_cast<uint32_t>(s->letters.size());
    for (char32_t c : doc.Text(t.span))
      if (char32_t l = NerLetter(c)) s->letters.push_back(IsAsciiLetter(l) ? (l | 0x20) : l);
    in.form_len = static_cast<uint32_t>(s->letters.size()) - in.form_off;
    in.stem_off = in.form_off;
    in.stem_len = in.form_len;
    if (t.word_count > 0) {
      // Leading one-letter clitics are the prefix; the next word the stem.
      uint32_t k = 0;
      for (; k + 1 < t.word_count; ++k) {
        const Word& w = doc.words[t.first_word + k];
        std::string_view f = doc.Form(w);
        char32_t c[2] = {0, 0};
        int n = 0;
        ForEachCodePoint(f, [&](char32_t cp) {
          if (char32_t l = NerLetter(cp); l != 0 && n < 2) c[n++] = l;
          else if (l != 0) ++n;
        });
        uint8_t bit = n == 1 ? CliticBit(std::u32string_view(c, 1)) : 0;
        if (bit == 0) break;
        in.prefix |= bit;
      }
      const Word& stem = doc.words[t.first_word + k];
      in.upos = static_cast<uint8_t>(stem.upos);
      if (k > 0) {
        in.stem_off = static_cast<uint32_t>(s->letters.size());
        std::string_view f = doc.Form(stem);
        ForEachCodePoint(f, [&](char32_t cp) {
          if (char32_t l = NerLetter(cp)) s->letters.push_back(l);
        });
        in.stem_len = static_cast<uint32_t>(s->letters.size()) - in.stem_off;
        if (in.stem_len == 0) in.stem_off = in.form_off, in.stem_len = in.form_len;
      }
    }
  }
  const std::u32string_view all(s->letters);
  const size_t n = s->info.size();
  // The keys first, and the lexicons' slots prefetched; then the lookups
  // (each table is larger than the caches: see the gazetteer below).
  for (Scratch::Info& in : s->info) {
    in.form_key = WordKey(all.substr(in.form_off, in.form_len));
    in.stem_key = WordKey(all.substr(in.stem_off, in.stem_len));
    clusters_.Prefetch(in.form_key);
    if (in.stem_len >= 2) triggers_.Prefetch(in.stem_key);
  }
  for (Scratch::Info& in : s->info) {
    std::u32string_view form = all.substr(in.form_off, in.form_len);
    std::u32string_view stem = all.substr(in.stem_off, in.stem_len);
    in.clusters = clusters_.Find(form, in.form_key);
    if (in.clusters == 0 && stem.size() != form.size())
      in.clusters = clusters_.Find(stem, in.stem_key);
    if (in.clusters == 0 && HasArticle(stem)) in.clusters = clusters_.Find(stem.substr(2));
    in.gaz_begin = in.gaz_inside = in.gaz_word = 0;
    in.memory = 0;
    in.triggers = 0;
    if (stem.size() >= 2) in.triggers = triggers_.Find(in.stem_key);
    if (!s->memory.empty() && stem.size() >= 2 &&
        (in.kind == static_cast<uint8_t>(TokenKind::kWord) ||
         in.kind == static_cast<uint8_t>(TokenKind::kLatin))) {
      auto it = s->memory.find(in.stem_key);
      if (it != s->memory.end()) in.memory = it->second;
    }
  }
  // Gazetteer n-grams over stems (also without the article on the first).
  // Every n-gram is probed whether or not its prefix was found, so all keys
  // are made first and their slots prefetched, then resolved: the table is
  // larger than the caches, and the misses then overlap instead of queueing
  // (one probe after another was 5% of the analysis).
  const int max_words = gaz_.max_words();
  const size_t per_token = 2 * static_cast<size_t>(max_words);  // [variant][m]
  s->gaz_keys.assign(n * per_token, 0);
  for (size_t j = 0; j < n; ++j) {
    for (int variant = 0; variant < 2; ++variant) {
      std::u32string_view first_stem = all.substr(s->info[j].stem_off, s->info[j].stem_len);
      if (variant == 1) {
        if (!HasArticle(first_stem)) break;
        first_stem.remove_prefix(2);
      }
      uint64_t key = 0;
      uint64_t* keys = &s->gaz_keys[j * per_token + variant * max_words];
      for (int m = 0; m < max_words && j + m < n; ++m) {
        const Scratch::Info& w = s->info[j + m];
        if (w.kind != static_cast<uint8_t>(TokenKind::kWord) &&
            w.kind != static_cast<uint8_t>(TokenKind::kLatin))
          break;
        key = Gazetteer::Extend(key, m == 0 ? first_stem : all.substr(w.stem_off, w.stem_len));
        keys[m] = key;
        gaz_.Prefetch(key);
      }
    }
  }
  for (size_t j = 0; j < n; ++j) {
    for (int variant = 0; variant < 2; ++variant) {
      const uint64_t* keys = &s->gaz_keys[j * per_token + variant * max_words];
      for (int m = 0; m < max_words && keys[m] != 0; ++m) {
        uint32_t bits = gaz_.Find(keys[m]);
        if (bits == 0) continue;
        if (m == 0) s->info[j].gaz_word |= bits;
        s->info[j].gaz_begin |= bits;
        for (int q = 1; q <= m; ++q) s->info[j + q].gaz_inside |= bits;
      }
    }
  }
}

void EntityTagger::StaticFeatures(const Scratch& s, size_t i, std::vector<uint64_t>* out) const {
  // Appended to `out`; the gazetteer, trigger and trigram loops can add
  // more than this, which the writer then takes by its slower path.
  constexpr size_t kExpectedFeatures = 64;
  FeatureWriter writer(out, kExpectedFeatures);
  FeatureWriter* f = &writer;
  const std::u32string_view all(s.letters);
  const long n = static_cast<long>(s.info.size());
  const long ii = static_cast<long>(i);
  const Scratch::Info& in = s.info[i];
  std::u32string_view form = all.substr(in.form_off, in.form_len);
  std::u32string_view stem = all.substr(in.stem_off, in.stem_len);
  std::u32string_view stem0 = HasArticle(stem) ? stem.substr(2) : stem;
  auto info = [&](long j) -> const Scratch::Info* {
    return j < 0 || j >= n ? nullptr : &s.info[j];
  };
  auto form_key = [&](long j) { return j < 0 || j >= n ? kPadKey + (j < 0) : s.info[j].form_key; };
  auto stem_key = [&](long j) { return j < 0 || j >= n ? kPadKey + (j < 0) : s.info[j].stem_key; };
  f->push_back(FeatureHash(kForm).Add(in.form_key).value());
  f->push_back(FeatureHash(kStem).Add(in.stem_key).value());
  if (stem0.size() != stem.size()) f->push_back(FeatureHash(kStem0).Add(stem0).value());
  f->push_back(FeatureHash(kBiM1).Add(stem_key(ii - 1)).Add(in.stem_key).value());
  f->push_back(FeatureHash(kBiP1).Add(in.stem_key).Add(stem_key(ii + 1)).value());
  f->push_back(FeatureHash(kBias).value());
  f->push_back(FeatureHash(kPrefix).Add(in.prefix).Add(HasArticle(stem)).value());
  for (size_t k = 1; k <= 4 && k <= stem0.size(); ++k) {
    f->push_back(FeatureHash(kPre).Add(k).Add(stem0.substr(0, k)).value());
    f->push_back(FeatureHash(kSuf).Add(k).Add(stem0.substr(stem0.size() - k)).value());
  }
  // Letter trigrams inside the stem (the prefixes and suffixes cover its ends):
  // foreign names share their transliteration patterns.
  for (size_t k = 1; k + 4 <= stem0.size(); ++k)
    f->push_back(FeatureHash(kTri).Add(stem0.substr(k, 3)).value());
  f->push_back(
      FeatureHash(kShape).Add(in.kind).Add(std::min<uint64_t>(stem0.size(), 8)).value());
  f->push_back(FeatureHash(kUpos).Add(in.upos).value());
  f->push_back(FeatureHash(kFormM1).Add(form_key(ii - 1)).value());
  f->push_back(FeatureHash(kFormM2).Add(form_key(ii - 2)).value());
  f->push_back(FeatureHash(kFormP1).Add(form_key(ii + 1)).value());
  f->push_back(FeatureHash(kFormP2).Add(form_key(ii + 2)).value());
  f->push_back(FeatureHash(kStemM1).Add(stem_key(ii - 1)).value());
  f->push_back(FeatureHash(kStemP1).Add(stem_key(ii + 1)).value());
  for (uint32_t b = in.gaz_begin; b; b &= b - 1)
    f->push_back(FeatureHash(kGazBegin).Add(__builtin_ctz(b)).value());
  for (uint32_t b = in.gaz_inside; b; b &= b - 1)
    f->push_back(FeatureHash(kGazInside).Add(__builtin_ctz(b)).value());
  if (in.gaz_begin | in.gaz_inside)
    f->push_back(FeatureHash(kGazSpan).Add(in.gaz_begin != 0).Add(in.gaz_inside != 0).value());
  if (const auto* p = info(ii - 1))
    for (uint32_t b = p->gaz_word; b; b &= b - 1)
      f->push_back(FeatureHash(kGazM1).Add(__builtin_ctz(b)).value());
  if (const auto* p = info(ii - 2))
    for (uint32_t b = p->gaz_word; b; b &= b - 1)
      f->push_back(FeatureHash(kGazM2).Add(__builtin_ctz(b)).value());
  if (const auto* p = info(ii + 1))
    for (uint32_t b = p->gaz_word; b; b &= b - 1)
      f->push_back(FeatureHash(kGazP1).Add(__builtin_ctz(b)).value());
  auto clu = [&](long j, int level) -> uint64_t {
    const auto* p = info(j);
    return p == nullptr ? 0xFFF : WordClasses::Level(p->clusters, level);
  };
  for (int level = 0; level < 3; ++level)
    f->push_back(FeatureHash(kClu).Add(level).Add(clu(ii, level)).value());
  for (int level = 1; level < 3; ++level) {
    f->push_back(FeatureHash(kCluM1).Add(level).Add(clu(ii - 1, level)).value());
    f->push_back(FeatureHash(kCluP1).Add(level).Add(clu(ii + 1, level)).value());
  }
  f->push_back(FeatureHash(kCluM2).Add(clu(ii - 2, 1)).value());
  f->push_back(FeatureHash(kCluP2).Add(clu(ii + 2, 1)).value());
  f->push_back(FeatureHash(kCluPair).Add(clu(ii - 1, 1)).Add(clu(ii, 1)).value());
  f->push_back(FeatureHash(kCluPair).Add(clu(ii, 1)).Add(clu(ii + 1, 1)).Add(7).value());
  f->push_back(FeatureHash(kUposM1).Add(info(ii - 1) ? info(ii - 1)->upos : 99).value());
  f->push_back(FeatureHash(kUposP1).Add(info(ii + 1) ? info(ii + 1)->upos : 99).value());
  if (i == 0) f->push_back(FeatureHash(kFirst).value());
  if (in.memory) {
    f->push_back(FeatureHash(kMem).Add(in.memory).value());
    f->push_back(FeatureHash(kMemStem).Add(in.memory).Add(in.upos).value());
  }
  if (const auto* p = info(ii - 1); p && p->memory)
    f->push_back(FeatureHash(kMemM1).Add(p->memory).Add(in.memory).value());
  if (const auto* p = info(ii + 1); p && p->memory)
    f->push_back(FeatureHash(kMemP1).Add(p->memory).Add(in.memory).value());
  if (trigger_neighbours_) {
    // The neighbours' shares: a name of two words (دينامو كييف).
    if (const auto* p = info(ii - 1); p && p->triggers)
      for (int t = 0; t < kNerTypes; ++t)
        if (int bin = (p->triggers >> (4 + 3 * t)) & 7)
          f->push_back(FeatureHash(kTrigLM1).Add(t).Add(bin).value());
    if (const auto* p = info(ii + 1); p && p->triggers)
      for (int t = 0; t < kNerTypes; ++t)
        if (int bin = (p->triggers >> (16 + 3 * t)) & 7)
          f->push_back(FeatureHash(kTrigRP1).Add(t).Add(bin).value());
  }
  if (in.triggers != 0) {
    for (int t = 0; t < kNerTypes; ++t) {
      if (int bin = (in.triggers >> (4 + 3 * t)) & 7)
        f->push_back(FeatureHash(kTrigL).Add(t).Add(bin).value());
      if (int bin = (in.triggers >> (16 + 3 * t)) & 7)
        f->push_back(FeatureHash(kTrigR).Add(t).Add(bin).value());
    }
  }
  // Constant but for the sentence's ends (the corpus lexicon's top types of
  // the neighbours, removed, were these without a lexicon): kept, so that the
  // weights stay those of the shipped model.
  f->push_back(FeatureHash(kLexM1).Add(uint64_t{ii > 0 ? 99u : 98u}).Add(uint64_t{99}).value());
  f->push_back(FeatureHash(kLexP1).Add(uint64_t{99}).Add(uint64_t{ii + 1 < n ? 99u : 98u}).value());
  (void)form;
}

void EntityTagger::Remember(const Scratch& s, const uint8_t* tags,
                            std::unordered_map<uint64_t, uint8_t>* memory) {
  for (size_t i = 0; i < s.info.size(); ++i) {
    const int tag = tags[i];
    if (tag == 0 || s.info[i].stem_len < 2) continue;
    (*memory)[s.info[i].stem_key] |=
        static_cast<uint8_t>((1u << NerTagType(tag)) | (NerTagBegins(tag) ? 16u : 32u));
  }
}

void EntityTagger::EdgeFeatures(const Scratch& s, size_t i, std::vector<uint64_t>* f) {
  const Scratch::Info& in = s.info[i];
  f->push_back(FeatureHash(kEStem).Add(in.stem_key).value());
  f->push_back(FeatureHash(kEBias).value());
  f->push_back(FeatureHash(kEClu).Add(WordClasses::Level(in.clusters, 2)).value());
  f->push_back(FeatureHash(kEUpos).Add(in.upos).value());
  f->push_back(FeatureHash(kEGaz).Add(in.gaz_begin != 0).Add(in.gaz_inside != 0).value());
  f->push_back(FeatureHash(kELex).Add(uint64_t{99}).value());  // constant (see kLexM1)
  f->push_back(
      FeatureHash(kEUposM1).Add(i > 0 ? s.info[i - 1].upos : 99).Add(in.upos).value());
}

void EntityTagger::Decode(const Document& doc, uint32_t first, uint32_t end,
                          const LinearModel& model, const LinearModel& edges, float node_unit,
                          float edge_unit, Scratch* s, uint8_t* tags) const {
  Prepare(doc, first, end, s);
  const size_t n = s->info.size();
  s->scores.assign(n * kNerTags, 0);
  s->edge_scores.assign(n * kNerPairs, 0);
  s->only_o.assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    const Scratch::Info& in = s->info[i];
    if (MayBeInEntity(in)) {
      s->features.clear();
      StaticFeatures(*s, i, &s->features);
      model.Score(s->features.data(), s->features.size(), s->scores.data() + i * kNerTags);
      s->features.clear();
      EdgeFeatures(*s, i, &s->features);
      edges.Score(s->features.data(), s->features.size(),
                  s->edge_scores.data() + i * kNerPairs);
    } else {
      s->only_o[i] = 1;
    }
  }
  if (o_penalty_ != 0) {
    const int32_t penalty = static_cast<int32_t>(std::lround(o_penalty_ / node_unit));
    for (size_t i = 0; i < n; ++i) s->scores[i * kNerTags] -= penalty;
  }
  Viterbi(n, s->scores.data(), node_unit, s->edge_scores.data(), edge_unit,
          s->only_o.data(), &s->back, tags);
}

void EntityTagger::Tag(const Document& doc, uint32_t first, uint32_t end, Scratch* s,
                       uint8_t* tags) const {
  if (end <= first) return;
  Decode(doc, first, end, model_, edges_, node_unit_, edge_unit_, s, tags);
  Remember(*s, tags, &s->memory);
}

uint64_t EntityTagger::NameKey(const Scratch& s, size_t i) {
  const Scratch::Info& in = s.info[i];
  switch (static_cast<TokenKind>(in.kind)) {
    case TokenKind::kWord:
    case TokenKind::kLatin:
      // Function words (and determiners) and verbs are no part of a name
      // here: the letters normalize ى to ي, so the preposition على would be
      // the name علي, and لي the name Lee.
      if (const Upos u = static_cast<Upos>(in.upos); IsVerbOrFunctionWord(u) || u == Upos::DET)
        return 0;
      return in.stem_len >= 2 ? in.stem_key | 1 : 0;
    case TokenKind::kNumber:
      return in.form_key | 1;
    default:
      return 0;
  }
}

void PropagateNames(const uint64_t* keys, const uint8_t* starts, size_t n, int types,
                    uint8_t* tags) {
  if (types == 0 || n == 0) return;
  thread_local std::vector<NerChunk> chunks;
  NerChunks(tags, n, &chunks);
  if (chunks.empty()) return;
  // The names: the key sequences of the chunks (inside a sentence, no key
  // 0), each with an occurrence and its counts by type.
  struct Name {
    uint32_t first, len;
    std::array<uint32_t, kNerTypes> count;
  };
  thread_local std::vector<Name> names;
  names.clear();
  for (const NerChunk& c : chunks) {
    bool ok = true;
    for (uint32_t i = c.first; i < c.end && ok; ++i)
      ok = keys[i] != 0 && (i == c.first || !starts[i]);
    if (!ok) continue;
    const uint32_t len = c.end - c.first;
    Name* found = nullptr;
    for (Name& m : names)
      if (m.len == len && std::equal(keys + m.first, keys + m.first + len, keys + c.first)) {
        found = &m;
        break;
      }
    if (found == nullptr) {
      names.push_back({c.first, len, {}});
      found = &names.back();
    }
    ++found->count[c.type];
  }
  // The propagated names and their types, longer first (then in order of
  // first appearance).
  thread_local std::vector<std::pair<uint32_t, int>> use;
  use.clear();
  for (uint32_t k = 0; k < names.size(); ++k) {
    int best = 0;
    for (int t = 1; t < kNerTypes; ++t)
      if (names[k].count[t] > names[k].count[best]) best = t;
    if ((types >> best) & 1) use.emplace_back(k, best);
  }
  if (use.empty()) return;
  std::stable_sort(use.begin(), use.end(), [&](const auto& a, const auto& b) {
    return names[a.first].len > names[b.first].len;
  });
  for (size_t i = 0; i < n;) {
    size_t advance = 1;
    if (keys[i] != 0 && tags[i] == 0) {
      for (const auto& [k, type] : use) {
        const Name& m = names[k];
        if (keys[m.first] != keys[i] || i + m.len > n) continue;
        bool ok = true;
        for (uint32_t q = 1; q < m.len && ok; ++q)
          ok = tags[i + q] == 0 && !starts[i + q] && keys[i + q] == keys[m.first + q];
        // Not the start of a longer chunk (the next token would be its I).
        if (ok && i + m.len < n && !starts[i + m.len] && tags[i + m.len] != 0 &&
            !NerTagBegins(tags[i + m.len]))
          ok = false;
        if (!ok) continue;
        for (uint32_t q = 0; q < m.len; ++q)
          tags[i + q] = static_cast<uint8_t>(q == 0 ? NerBegin(type) : NerInside(type));
        advance = m.len;
        break;
      }
    }
    i += advance;
  }
}

void EntityTagger::Process(Document* doc) const {
  thread_local Scratch s;
  thread_local std::vector<EntityMention> mentions;
  thread_local std::vector<uint64_t> keys;
  thread_local std::vector<uint8_t> starts;
  thread_local std::vector<NerChunk> chunks;  // (NerChunks clears it)
  s.memory.clear();
  mentions.clear();
  s.tags.assign(doc->tokens.size(), 0);
  if (propagate_ != 0) {
    keys.assign(doc->tokens.size(), 0);
    starts.assign(doc->tokens.size(), 0);
  }
  ForEachTokenRun(*doc, [&](uint32_t first, uint32_t end) {
    Tag(*doc, first, end, &s, s.tags.data() + first);
    if (propagate_ != 0 && end > first) {
      starts[first] = 1;
      for (uint32_t i = first; i < end; ++i) keys[i] = NameKey(s, i - first);
    }
  });
  // One sense per discourse, over the whole document.
  if (propagate_ != 0)
    PropagateNames(keys.data(), starts.data(), doc->tokens.size(), propagate_, s.tags.data());
  NerChunks(s.tags.data(), doc->tokens.size(), &chunks);
  for (const NerChunk& c : chunks) {
    if (IsLowercaseLatinRun(*doc, c.first, c.end)) continue;
    // "اس.بي.دي.ار جولد شيرز": parts of one name joined by periods are one
    // mention, of the type of the last part.
    if (!mentions.empty() && c.first == mentions.back().end_token + 1 &&
        IsPeriodInAbbreviatedName(*doc, mentions.back().end_token)) {
      mentions.back().end_token = c.end;
      mentions.back().type = c.type;
      continue;
    }
    mentions.push_back({c.first, c.end, c.type});
  }
  LinkEntities(mentions, doc, &clusters_);
  doc->layers |= kLayerEntities;
}

EntityTagger EntityTagger::Train(const std::vector<NerSentence>& train, const WordTagger* words,
                                 Gazetteer gazetteer, WordClasses clusters,
                                 const std::vector<Document>* corpus,
                                 const NerTrainOptions& options, std::string* log) {
  EntityTagger t;
  t.gaz_ = std::move(gazetteer);
  t.clusters_ = std::move(clusters);
  t.doc_block_ = std::max(0, options.doc_block);
  t.o_penalty_ = options.o_penalty;
  t.trigger_neighbours_ = options.trigger_neighbours;
  t.propagate_ = options.propagate & ((1 << kNerTypes) - 1);
  // The documents (tokenized and segmented once).
  std::vector<Document> docs(train.size());
  for (size_t k = 0; k < train.size(); ++k) {
    DocumentFromTokens(train[k].tokens, &docs[k]);
    if (words != nullptr) words->Process(&docs[k]);
  }
  // Training-name lists (options.train_names): the gazetteer of each fold
  // (the names of the other folds) for the training sentences; t.gaz_ gets
  // those of all of train.
  std::vector<Gazetteer> fold_gaz;
  std::vector<int> fold_of(train.size(), 0);
  if (options.train_names) {
    const int folds = std::max(1, options.folds);
    for (int f = 0; f < folds; ++f)
      for (size_t k = train.size() * f / folds; k < train.size() * (f + 1) / folds; ++k)
        fold_of[k] = f;
    constexpr int kMaxNameWords = 4;
    std::vector<TrainingName> names;
    std::vector<std::pair<uint64_t, int>> occurrences;
    std::vector<NerChunk> chunks;
    Scratch s;
    for (size_t k = 0; k < train.size(); ++k) {
      t.Prepare(docs[k], 0, static_cast<uint32_t>(docs[k].tokens.size()), &s);
      const std::u32string_view all(s.letters);
      const size_t n = s.info.size();
      auto is_word = [&](size_t i) {
        return s.info[i].stem_len > 0 &&
               (s.info[i].kind == static_cast<uint8_t>(TokenKind::kWord) ||
                s.info[i].kind == static_cast<uint8_t>(TokenKind::kLatin));
      };
      auto stem = [&](size_t i) { return all.substr(s.info[i].stem_off, s.info[i].stem_len); };
      for (size_t j = 0; j < n; ++j) {
        uint64_t key = 0;
        for (size_t m = 0; m < kMaxNameWords && j + m < n && is_word(j + m); ++m) {
          key = Gazetteer::Extend(key, stem(j + m));
          occurrences.emplace_back(key, fold_of[k]);
        }
      }
      if (train[k].tags.size() != n) continue;
      NerChunks(train[k].tags.data(), n, &chunks);
      for (const NerChunk& c : chunks) {
        if (c.end - c.first > kMaxNameWords) continue;
        uint64_t key = 0;
        bool ok = true;
        for (uint32_t i = c.first; i < c.end && ok; ++i) {
          ok = is_word(i);
          if (ok) key = Gazetteer::Extend(key, stem(i));
        }
        if (ok && ((options.train_names_types >> c.type) & 1))
          names.push_back({key, static_cast<int>(c.type), fold_of[k]});
      }
    }
    const std::vector<std::string> lists = {"training names PERS", "training names LOC",
                                            "training names ORG", "training names MISC"};
    if (t.gaz_.lists().size() + lists.size() <= 32) {
      for (int f = 0; f < folds; ++f)
        fold_gaz.push_back(t.gaz_.WithLists(
            lists, TrainingNameEntries(names, occurrences, f, options.train_names_share),
            kMaxNameWords));
      const auto entries =
          TrainingNameEntries(names, occurrences, -1, options.train_names_share);
      t.gaz_ = t.gaz_.WithLists(lists, entries, kMaxNameWords);
      if (log)
        *log += "ner: training-name lists of " + std::to_string(entries.size()) +
                " n-grams (" + std::to_string(names.size()) + " chunks), jackknifed over " +
                std::to_string(folds) + " folds\n";
    } else if (log) {
      *log += "ner: no room for the training-name lists (more than 28 gazetteer lists)\n";
    }
  }
  // Static and edge features of every token; `memory_tags` (when given): the
  // tags that fill the document memory, sentence after sentence in blocks of
  // doc_block sentences.
  std::vector<uint64_t> feats, efeats;
  std::vector<size_t> tok_offsets, etok_offsets;  // per token (+1 at the end)
  std::vector<size_t> sent_first(train.size() + 1, 0);  // first token of each sentence
  auto build = [&](const std::vector<std::vector<uint8_t>>* memory_tags) {
    feats.clear(), efeats.clear(), tok_offsets.clear(), etok_offsets.clear();
    Scratch s;
    int current = -1;  // the fold whose gazetteer is in t.gaz_ (-1: all of train)
    for (size_t k = 0; k < train.size(); ++k) {
      if (memory_tags == nullptr || t.doc_block_ == 0 || k % t.doc_block_ == 0)
        s.memory.clear();
      sent_first[k] = tok_offsets.size();
      if (!fold_gaz.empty() && fold_of[k] != current) {
        if (current >= 0) std::swap(t.gaz_, fold_gaz[current]);
        current = fold_of[k];
        std::swap(t.gaz_, fold_gaz[current]);
      }
      t.Prepare(docs[k], 0, static_cast<uint32_t>(docs[k].tokens.size()), &s);
      for (size_t i = 0; i < s.info.size(); ++i) {
        tok_offsets.push_back(feats.size());
        t.StaticFeatures(s, i, &feats);
        etok_offsets.push_back(efeats.size());
        EdgeFeatures(s, i, &efeats);
      }
      if (memory_tags != nullptr)
        Remember(s, (*memory_tags)[k].data(), &s.memory);
    }
    if (current >= 0) std::swap(t.gaz_, fold_gaz[current]);
    sent_first[train.size()] = tok_offsets.size();
    tok_offsets.push_back(feats.size());
    etok_offsets.push_back(efeats.size());
  };
  // The CRF on the sentences `subset`: the float weights, with the
  // calibration feature at 1 for class 1 in both models (so the run-time
  // units give the float scale back), pruned and quantized as the
  // perceptron's are.
  std::vector<const std::vector<uint8_t>*> gold_tags(train.size());
  for (size_t k = 0; k < train.size(); ++k) gold_tags[k] = &train[k].tags;
  // The BIO constraint as a table, and an I-X that breaks it trained as B-X.
  std::vector<uint8_t> allowed_pairs(kNerPairs);
  uint8_t repair[kNerTags];
  for (int p = 0; p < kNerTags; ++p)
    for (int c = 0; c < kNerTags; ++c) allowed_pairs[p * kNerTags + c] = Allowed(p, c);
  for (int c = 0; c < kNerTags; ++c) repair[c] = c == 0 ? 0 : NerBegin(NerTagType(c));
  auto learn_crf = [&](const std::vector<size_t>& subset, int epochs, LinearModel* model,
                       LinearModel* edges) {
    CrfTrainer trainer(kNerTags, allowed_pairs);
    const CrfData data{feats.data(), tok_offsets.data(), efeats.data(), etok_offsets.data(),
                       sent_first.data(), gold_tags.data()};
    CrfOptions o;
    o.epochs = epochs;
    o.l2 = options.crf_l2;
    o.l1 = options.crf_l1;
    o.rate = options.crf_rate;
    o.seed = options.seed;
    trainer.Train(data, subset, repair, o, log);
    auto finalize = [&](std::vector<uint64_t> keys, std::vector<float> w, int classes) {
      keys.push_back(kCalibrationKey);
      w.resize(w.size() + classes, 0.f);
      w[w.size() - classes + 1] = 1.f;
      return LinearModel::FromFloat(keys, w, classes, options.prune);
    };
    *model = finalize(trainer.node_keys(), trainer.node_weights(), kNerTags);
    *edges = finalize(trainer.edge_keys(), trainer.edge_weights(), kNerPairs);
  };
  // The structured perceptron (Collins 2002) on the sentences `subset`: each
  // sentence decoded with the current weights by Viterbi, and the features of
  // every token whose tag or tag pair differs from gold moved towards gold.
  auto learn_perceptron = [&](const std::vector<size_t>& subset, int epochs, LinearModel* model,
                              LinearModel* edges) {
    PerceptronTrainer trainer(kNerTags);
    PerceptronTrainer edge_trainer(kNerPairs);
    std::vector<size_t> order = subset;
    std::mt19937_64 rng(options.seed);
    trainer.Update(&kCalibrationKey, 1, 1, 0);
    edge_trainer.Update(&kCalibrationKey, 1, 1, 0);
    std::vector<float> node, edge;
    std::vector<uint8_t> back, guess;
    for (int epoch = 0; epoch < epochs; ++epoch) {
      for (size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[rng() % k]);
      size_t errors = 0, total = 0;
      for (size_t k : order) {
        const size_t n = train[k].tags.size();
        const size_t base = sent_first[k];
        node.assign(n * kNerTags, 0.f);
        edge.assign(n * kNerPairs, 0.f);
        for (size_t i = 0; i < n; ++i) {
          const size_t tok = base + i;
          trainer.Score(feats.data() + tok_offsets[tok], tok_offsets[tok + 1] - tok_offsets[tok],
                        node.data() + i * kNerTags);
          edge_trainer.Score(efeats.data() + etok_offsets[tok],
                             etok_offsets[tok + 1] - etok_offsets[tok], edge.data() + i * kNerPairs);
        }
        guess.assign(n, 0);
        Viterbi(n, node.data(), 1.f, edge.data(), 1.f, nullptr, &back, guess.data());
        int gp = 0, pp = 0;
        for (size_t i = 0; i < n; ++i) {
          const size_t tok = base + i;
          const int gold = train[k].tags[i];
          const int g = guess[i];
          trainer.Update(feats.data() + tok_offsets[tok], tok_offsets[tok + 1] - tok_offsets[tok],
                         gold, g);
          edge_trainer.Update(efeats.data() + etok_offsets[tok],
                              etok_offsets[tok + 1] - etok_offsets[tok],
                              gp * kNerTags + gold, pp * kNerTags + g);
          errors += g != gold;
          ++total;
          gp = gold;
          pp = g;
        }
      }
      if (log)
        *log += "ner: epoch " + std::to_string(epoch + 1) + ", training token errors " +
                std::to_string(errors) + " / " + std::to_string(total) + "\n";
    }
    *model = trainer.Finalize(options.prune);
    *edges = edge_trainer.Finalize(options.prune);
  };
  // Every model of the training (the folds' and the final one) by the chosen learner.
  auto learn = [&](const std::vector<size_t>& subset, int epochs, LinearModel* model,
                   LinearModel* edges) {
    if (options.crf)
      learn_crf(subset, epochs, model, edges);
    else
      learn_perceptron(subset, epochs, model, edges);
  };
  if (options.triggers && corpus != nullptr && !corpus->empty()) {
    // Triggers: stems after which (left) or before which (right) an entity
    // of one type is at least trigger_share of the cases in the training
    // data (seen at least 4 times).
    std::unordered_map<uint64_t, std::array<uint32_t, 1 + kNerTypes>> after, before;
    Scratch s;
    for (size_t k = 0; k < train.size(); ++k) {
      t.Prepare(docs[k], 0, static_cast<uint32_t>(docs[k].tokens.size()), &s);
      const auto& tags = train[k].tags;
      for (size_t i = 0; i < s.info.size(); ++i) {
        if (i + 1 < s.info.size()) {
          auto& c = after[s.info[i].stem_key];
          ++c[0];
          if (tags[i] == 0 && NerTagBegins(tags[i + 1])) ++c[1 + NerTagType(tags[i + 1])];
        }
        if (i > 0) {
          auto& c = before[s.info[i].stem_key];
          ++c[0];
          if (tags[i] == 0 && tags[i - 1] != 0) ++c[1 + NerTagType(tags[i - 1])];
        }
      }
    }
    std::unordered_map<uint64_t, uint8_t> left, right;  // stem → bits of the types
    for (const auto& [key, c] : after)
      for (int ty = 0; ty < kNerTypes; ++ty)
        if (c[0] >= 4 && c[1 + ty] >= options.trigger_share * c[0]) left[key] |= 1u << ty;
    for (const auto& [key, c] : before)
      for (int ty = 0; ty < kNerTypes; ++ty)
        if (c[0] >= 4 && c[1 + ty] >= options.trigger_share * c[0]) right[key] |= 1u << ty;
    // The corpus: each stem's occurrences right after a left trigger and
    // right before a right trigger.
    std::unordered_map<uint64_t, std::array<uint32_t, 1 + 2 * kNerTypes>> counts;
    for (const Document& doc : *corpus) {
      for (const Sentence& sent : doc.sentences) {
        if (sent.end_token <= sent.first_token) continue;
        t.Prepare(doc, sent.first_token, sent.end_token, &s);
        const size_t n = s.info.size();
        for (size_t i = 0; i < n; ++i) {
          const Scratch::Info& in = s.info[i];
          if (!HasLexiconStem(in)) continue;
          auto& c = counts[in.stem_key];
          ++c[0];
          if (i > 0)
            if (auto it = left.find(s.info[i - 1].stem_key); it != left.end())
              for (int ty = 0; ty < kNerTypes; ++ty)
                if (it->second & (1u << ty)) ++c[1 + ty];
          if (i + 1 < n)
            if (auto it = right.find(s.info[i + 1].stem_key); it != right.end())
              for (int ty = 0; ty < kNerTypes; ++ty)
                if (it->second & (1u << ty)) ++c[1 + kNerTypes + ty];
        }
      }
    }
    std::vector<std::pair<uint64_t, uint32_t>> rows;
    for (const auto& [key, c] : counts)
      if (c[0] >= static_cast<uint32_t>(std::max(1, options.lexicon_min_count))) {
        const uint32_t v = TriggerValue(c[0], c.data() + 1, c.data() + 1 + kNerTypes);
        if ((v & ~(15u | (1u << 31))) != 0) rows.emplace_back(key, v);  // some share
      }
    std::sort(rows.begin(), rows.end());
    std::vector<uint64_t> keys;
    std::vector<uint32_t> values;
    for (const auto& [k, v] : rows) keys.push_back(k), values.push_back(v);
    t.triggers_.Set(std::move(keys), std::move(values));
    if (log)
      *log += "ner: " + std::to_string(left.size()) + " left and " + std::to_string(right.size()) +
              " right triggers; trigger lexicon of " + std::to_string(t.triggers_.size()) +
              " stems\n";
  }
  build(nullptr);
  if (log) *log += "ner: " + std::to_string(train.size()) + " sentences, " +
                   std::to_string(tok_offsets.size() - 1) + " tokens, " +
                   std::to_string(feats.size()) + " static features\n";
  std::vector<std::vector<uint8_t>> predicted;  // the fold decisions
  if (t.doc_block_ > 0 && options.folds > 1) {
    // The memory of the training sentences holds the decisions of a model
    // that has not seen them (contiguous folds, without memory), so that it
    // is as noisy in training as it is in use.
    predicted.assign(train.size(), {});
    const size_t folds = static_cast<size_t>(options.folds);
    std::vector<int32_t> node, edge;
    std::vector<uint8_t> back;
    for (size_t fold = 0; fold < folds; ++fold) {
      const size_t lo = train.size() * fold / folds, hi = train.size() * (fold + 1) / folds;
      std::vector<size_t> subset;
      for (size_t k = 0; k < train.size(); ++k)
        if (k < lo || k >= hi) subset.push_back(k);
      LinearModel model, edges;
      std::string* saved = log;
      log = nullptr;
      learn(subset, options.epochs, &model, &edges);
      log = saved;
      for (size_t k = lo; k < hi; ++k) {
        const size_t n = train[k].tags.size();
        node.assign(n * kNerTags, 0);
        edge.assign(n * kNerPairs, 0);
        for (size_t i = 0; i < n; ++i) {
          const size_t tok = sent_first[k] + i;
          model.Score(feats.data() + tok_offsets[tok], tok_offsets[tok + 1] - tok_offsets[tok],
                      node.data() + i * kNerTags);
          edges.Score(efeats.data() + etok_offsets[tok],
                      etok_offsets[tok + 1] - etok_offsets[tok], edge.data() + i * kNerPairs);
        }
        predicted[k].assign(n, 0);
        Viterbi(n, node.data(), Calibration(model), edge.data(), Calibration(edges), nullptr,
                &back, predicted[k].data());
      }
    }
    if (log) *log += "ner: memory from " + std::to_string(folds) + "-fold decisions\n";
    build(&predicted);
  }
  std::vector<size_t> all(train.size());
  for (size_t k = 0; k < all.size(); ++k) all[k] = k;
  learn(all, options.epochs, &t.model_, &t.edges_);
  t.node_unit_ = Calibration(t.model_);
  t.edge_unit_ = Calibration(t.edges_);
  if (log)
    *log += "ner: " + std::to_string(t.model_.num_features()) + " features kept, " +
            std::to_string(t.edges_.num_features()) + " edge features\n";
  return t;
}

std::vector<std::pair<uint64_t, uint32_t>> TrainingNameEntries(
    const std::vector<TrainingName>& names, const std::vector<std::pair<uint64_t, int>>& occurrences,
    int skip_fold, float share) {
  std::unordered_map<uint64_t, std::array<uint32_t, 1 + kNerTypes>> counts;
  for (const TrainingName& m : names)
    if (m.fold != skip_fold && m.type >= 0 && m.type < kNerTypes) ++counts[m.key][1 + m.type];
  for (const auto& [key, fold] : occurrences)
    if (fold != skip_fold)
      if (auto it = counts.find(key); it != counts.end()) ++it->second[0];
  std::vector<std::pair<uint64_t, uint32_t>> rows;
  for (const auto& [key, c] : counts) {
    uint32_t bits = 0;
    for (int ty = 0; ty < kNerTypes; ++ty) {
      const uint32_t total = std::max(c[0], c[1 + ty]);
      if (c[1 + ty] > 0 && c[1 + ty] >= share * total) bits |= 1u << ty;
    }
    if (bits != 0) rows.emplace_back(key, bits);
  }
  std::sort(rows.begin(), rows.end());
  return rows;
}

void DocumentFromTokens(const std::vector<std::string>& tokens, Document* doc) {
  doc->Clear();
  for (size_t i = 0; i < tokens.size(); ++i) {
    Token t;
    Utf8DecodeResult r;
    (void)DecodeUtf8(tokens[i], true, &r);
    if (i > 0) {
      doc->text.push_back(' ');
      doc->cps.push_back(U' ');
    }
    t.span.start = static_cast<uint32_t>(doc->cps.size());
    doc->cps += r.code_points;
    t.span.end = static_cast<uint32_t>(doc->cps.size());
    doc->text += EncodeUtf8(r.code_points);
    t.kind = GuessTokenKind(r.code_points);
    t.norm_offset = static_cast<uint32_t>(doc->arena.size());
    AppendNormalized(r.code_points, NormalizeOptions{}, &doc->arena);
    t.norm_length = static_cast<uint32_t>(doc->arena.size()) - t.norm_offset;
    doc->tokens.push_back(t);
  }
  Sentence s;
  s.span = {0, static_cast<uint32_t>(doc->cps.size())};
  s.first_token = 0;
  s.end_token = static_cast<uint32_t>(doc->tokens.size());
  doc->sentences.push_back(s);
  doc->layers |= kLayerTokens | kLayerSentences;
}

}  // namespace isnad

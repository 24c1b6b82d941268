#include "isnad/tag/clitic_segmenter.h"

#include "isnad/io/corpus_words.h"
#include "isnad/tag/split_mix.h"


#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

#include "isnad/text/chars.h"
#include "isnad/text/normalize.h"
#include "isnad/text/utf8.h"

namespace isnad {
namespace {

constexpr uint8_t kKeep = 0;     // "="
constexpr uint8_t kKeepEnd = 1;  // "=|"
constexpr int kStart = 255;      // previous label before the first letter
constexpr size_t kMaxLabels = 250;
constexpr size_t kMaxSegmentedLetters = 32;

std::u32string DecodeUtf8Lenient(std::string_view s) {
  Utf8DecodeResult r;
  (void)DecodeUtf8(s, /*lenient=*/true, &r);
  return std::move(r.code_points);
}

uint64_t TokenKey(std::u32string_view letters) { return FeatureHash(999).Add(letters).value(); }


void Letters(std::u32string_view token, std::u32string* letters, std::vector<uint32_t>* source) {
  letters->clear();
  if (source) source->clear();
  for (uint32_t i = 0; i < token.size(); ++i) {
    char32_t c = SegmentationLetter(token[i]);
    if (c == 0) continue;
    letters->push_back(c);
    if (source) source->push_back(i);
  }
}

// Aligns the letters of a surface token with its words joined by '|' and
// returns one label per letter, or false when they are too far apart
// (annotation noise).
bool AlignLabels(const std::u32string& s, const std::u32string& t,
                 std::vector<std::u32string>* out) {
  size_t n = s.size(), m = t.size();
  std::vector<int> cost((n + 1) * (m + 1));
  auto C = [&](size_t i, size_t j) -> int& { return cost[i * (m + 1) + j]; };
  for (size_t i = 0; i <= n; ++i) {
    for (size_t j = 0; j <= m; ++j) {
      if (i == 0 && j == 0) {
        C(i, j) = 0;
        continue;
      }
      int best = 1 << 20;
      if (i > 0 && j > 0 && t[j - 1] != '|')
        best = std::min(best, C(i - 1, j - 1) + (s[i - 1] == t[j - 1] ? 0 : 1));
      if (j > 0) best = std::min(best, C(i, j - 1) + (t[j - 1] == '|' ? 0 : 1));
      if (i > 0) best = std::min(best, C(i - 1, j) + 1);
      C(i, j) = best;
    }
  }
  if (C(n, m) > 2) return false;
  out->assign(n, U"");
  // Backtrace; inserted target letters go to the letter before them.
  std::vector<std::u32string> rev(n + 1);  // rev[i]: output of letter i-1 (0: before the first)
  size_t i = n, j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && t[j - 1] != '|' &&
        C(i, j) == C(i - 1, j - 1) + (s[i - 1] == t[j - 1] ? 0 : 1)) {
      rev[i].insert(rev[i].begin(), s[i - 1] == t[j - 1] ? U'=' : t[j - 1]);
      --i, --j;
    } else if (j > 0 && C(i, j) == C(i, j - 1) + (t[j - 1] == '|' ? 0 : 1)) {
      rev[i].insert(rev[i].begin(), t[j - 1]);
      --j;
    } else {
      --i;  // deleted letter: empty label
    }
  }
  for (size_t k = 0; k < n; ++k) (*out)[k] = rev[k + 1];
  if (!rev[0].empty() && n > 0) (*out)[0] = rev[0] + (*out)[0];
  return true;
}

bool IsSegmentable(std::u32string_view letters) {
  if (letters.empty()) return false;
  for (char32_t c : letters)
    if (!IsArabicLetter(c)) return false;
  return true;
}

}  // namespace

char32_t SegmentationLetter(char32_t c) {
  if (c == 0x0649 || c == 0x0629) return c;  // ى ة
  return NormalizeSimple(c, NormalizeOptions{});
}

bool CliticSegmenter::Allowed(char32_t letter, int label) const {
  if (label == kKeep || label == kKeepEnd) return true;
  uint64_t key = (static_cast<uint64_t>(letter) << 8) | static_cast<uint64_t>(label);
  return std::binary_search(allowed_.begin(), allowed_.end(), key);
}

bool CliticSegmenter::KnownWord(std::u32string_view letters) const {
  uint64_t key = FeatureHash(998).Add(letters).value();
  if (fold_vocab_ != nullptr) {
    auto it = fold_vocab_->find(key);
    return it != fold_vocab_->end() && it->second[10] > it->second[fold_];
  }
  return vocab_index_.Find(vocab_, key) >= 0;
}

uint32_t CliticSegmenter::CorpusCount(std::u32string_view letters) const {
  if (corpus_keys_.empty() || letters.empty()) return 0;
  const ptrdiff_t k = corpus_index_.Find(corpus_keys_, FeatureHash(997).Add(letters).value());
  return k < 0 ? 0 : corpus_counts_[k];
}

CliticSegmenter::TokenFacts CliticSegmenter::FactsOf(std::u32string_view letters) const {
  TokenFacts t;
  if (!vocab_.empty()) t.known = KnownWord(letters);
  if (!corpus_keys_.empty()) t.count = CorpusCount(letters);
  t.whole.Add(letters);
  return t;
}

void CliticSegmenter::Features(const std::u32string& L, const TokenFacts& token, size_t i,
                               int prev, size_t word_start, std::vector<uint64_t>* out) const {
  out->clear();
  constexpr size_t kExpectedFeatures = 35;  // the push_back sites below
  FeatureWriter writer(out, kExpectedFeatures);
  FeatureWriter* f = &writer;
  const int n = static_cast<int>(L.size());
  const int ii = static_cast<int>(i);
  auto at = [&](int j) -> uint64_t { return j < 0 ? U'^' : j >= n ? U'$' : L[j]; };
  std::u32string_view v(L);
  f->push_back(FeatureHash(1).Add(at(ii)).value());
  f->push_back(FeatureHash(2).Add(at(ii - 1)).value());
  f->push_back(FeatureHash(3).Add(at(ii + 1)).value());
  f->push_back(FeatureHash(4).Add(at(ii - 2)).value());
  f->push_back(FeatureHash(5).Add(at(ii + 2)).value());
  f->push_back(FeatureHash(6).Add(at(ii - 1)).Add(at(ii)).value());
  f->push_back(FeatureHash(7).Add(at(ii)).Add(at(ii + 1)).value());
  f->push_back(FeatureHash(8).Add(at(ii + 1)).Add(at(ii + 2)).value());
  f->push_back(FeatureHash(9).Add(at(ii - 2)).Add(at(ii - 1)).value());
  f->push_back(FeatureHash(10).Add(at(ii - 2)).Add(at(ii - 1)).Add(at(ii)).value());
  f->push_back(FeatureHash(11).Add(at(ii - 1)).Add(at(ii)).Add(at(ii + 1)).value());
  f->push_back(FeatureHash(12).Add(at(ii)).Add(at(ii + 1)).Add(at(ii + 2)).value());
  f->push_back(FeatureHash(13).Add(at(ii + 1)).Add(at(ii + 2)).Add(at(ii + 3)).value());
  f->push_back(FeatureHash(14).Add(at(ii - 3)).Add(at(ii - 2)).Add(at(ii - 1)).Add(at(ii)).value());
  f->push_back(FeatureHash(15).Add(at(ii)).Add(at(ii + 1)).Add(at(ii + 2)).Add(at(ii + 3)).value());
  if (ii < 6) f->push_back(FeatureHash(16).Add(v.substr(0, i + 1)).value());
  if (n - 1 - ii < 6) f->push_back(FeatureHash(17).Add(v.substr(i + 1)).value());
  if (n - 1 - ii < 6) f->push_back(FeatureHash(18).Add(v.substr(i)).value());
  f->push_back(FeatureHash(token.whole).Add(static_cast<uint64_t>(i)).value());
  f->push_back(FeatureHash(20)
                   .Add(static_cast<uint64_t>(std::min(ii, 7)))
                   .Add(static_cast<uint64_t>(std::min(n - 1 - ii, 7)))
                   .value());
  f->push_back(FeatureHash(21).Add(static_cast<uint64_t>(prev)).value());
  f->push_back(FeatureHash(22).Add(static_cast<uint64_t>(prev)).Add(at(ii)).value());
  f->push_back(
      FeatureHash(23).Add(static_cast<uint64_t>(prev)).Add(at(ii)).Add(at(ii + 1)).value());
  f->push_back(FeatureHash(24).Add(static_cast<uint64_t>(std::min(n, 12))).value());
  if (!vocab_.empty()) {
    uint64_t known = (KnownWord(v.substr(0, i + 1)) ? 1 : 0) |
                     (KnownWord(v.substr(i + 1)) ? 2 : 0) | (token.known ? 4 : 0);
    f->push_back(FeatureHash(25).Add(known).value());
    f->push_back(FeatureHash(26).Add(known).Add(at(ii)).value());
    f->push_back(FeatureHash(27).Add(known).Add(v.substr(0, i + 1)).value());
    if (word_start > 0 && word_start <= i) {
      std::u32string_view piece = v.substr(word_start, i + 1 - word_start);
      uint64_t k2 = KnownWord(piece) ? 1 : 0;
      if (L[i] == U'\u062A' && i + 1 < L.size()) {  // ت: would the word end in ة?
        thread_local std::u32string taa;
        taa.assign(piece.substr(0, piece.size() - 1));
        taa.push_back(U'\u0629');
        k2 |= KnownWord(taa) ? 2 : 0;
      }
      f->push_back(FeatureHash(28).Add(k2).Add(at(ii)).value());
      f->push_back(FeatureHash(29).Add(k2).Add(known).value());
    }
  }
  if (!corpus_keys_.empty()) {
    // Corpus counts (log2) of the token, of what follows this letter, and
    // of the word being built.
    auto bucket = [](uint32_t c) -> uint64_t { return std::min<uint32_t>(c, 12) / 2; };
    uint32_t whole = token.count, rest = i + 1 < L.size() ? CorpusCount(v.substr(i + 1)) : 0;
    uint32_t piece = CorpusCount(v.substr(word_start, i + 1 - word_start));
    int64_t d = static_cast<int64_t>(rest) - static_cast<int64_t>(whole);
    uint64_t rel = rest == 0 ? 9 : static_cast<uint64_t>(std::clamp<int64_t>(d / 2, -3, 3) + 4);
    uint64_t front = static_cast<uint64_t>(std::min(ii, 3));
    f->push_back(FeatureHash(30).Add(rel).Add(front).value());
    f->push_back(FeatureHash(31).Add(rel).Add(bucket(whole)).Add(at(ii)).value());
    f->push_back(FeatureHash(32).Add(bucket(rest)).Add(v.substr(0, i + 1)).value());
    f->push_back(FeatureHash(33).Add(bucket(piece)).Add(bucket(whole)).Add(at(ii)).value());
    f->push_back(FeatureHash(34)
                     .Add(bucket(piece))
                     .Add(bucket(rest))
                     .Add(static_cast<uint64_t>(std::min(n - 1 - ii, 3)))
                     .value());
  }
}

void CliticSegmenter::Label(Scratch* s) const {
  const std::u32string& L = s->letters;
  s->labels.assign(L.size(), kKeep);
  // Longer runs of letters are not words with clitics (and the letter
  // model's whole-token features would make them quadratic): keep them.
  if (L.empty() || L.size() > kMaxSegmentedLetters || !IsSegmentable(L)) return;
  const ptrdiff_t found = lex_index_.Find(lex_keys_, TokenKey(L));
  if (found >= 0) {
    const size_t k = static_cast<size_t>(found);
    uint32_t b = lex_offsets_[k], e = lex_offsets_[k + 1];
    if (e - b == L.size()) {
      std::copy(lex_labels_.begin() + b, lex_labels_.begin() + e, s->labels.begin());
      return;
    }
  }
  const int nc = model_.num_classes();
  s->scores.resize(nc);
  int prev = kStart;
  size_t word_start = 0;
  const TokenFacts token = FactsOf(L);
  for (size_t i = 0; i < L.size(); ++i) {
    Features(L, token, i, prev, word_start, &s->features);
    std::fill(s->scores.begin(), s->scores.end(), 0);
    model_.Score(s->features.data(), s->features.size(), s->scores.data());
    int best = kKeep;
    for (int c = 1; c < nc; ++c)
      if (s->scores[c] > s->scores[best] && Allowed(L[i], c)) best = c;
    s->labels[i] = static_cast<uint8_t>(best);
    prev = best;
    if (EndsWord(best)) word_start = i + 1;
  }
}

void CliticSegmenter::Segment(std::u32string_view token, Scratch* s, std::string* arena,
                              std::vector<std::pair<uint32_t, uint32_t>>* words) const {
  Letters(token, &s->letters, &s->source);
  size_t first = words->size();
  if (s->letters.empty()) {
    uint32_t off = static_cast<uint32_t>(arena->size());
    for (char32_t c : token) AppendUtf8(c, arena);
    words->emplace_back(off, static_cast<uint32_t>(arena->size()) - off);
    return;
  }
  Label(s);
  uint32_t start = static_cast<uint32_t>(arena->size());
  auto close = [&]() {
    uint32_t end = static_cast<uint32_t>(arena->size());
    if (end > start) words->emplace_back(start, end - start);
    start = end;
  };
  for (size_t i = 0; i < s->letters.size(); ++i) {
    for (char32_t ch : labels_[s->labels[i]]) {
      if (ch == U'|') {
        close();
      } else if (ch == U'=') {
        uint32_t src = s->source[i];
        AppendUtf8(token[src], arena);
        uint32_t next =
            i + 1 < s->source.size() ? s->source[i + 1] : static_cast<uint32_t>(token.size());
        for (uint32_t k = src + 1; k < next; ++k)
          if (IsArabicDiacritic(token[k])) AppendUtf8(token[k], arena);
      } else {
        AppendUtf8(ch, arena);
      }
    }
  }
  close();
  if (words->size() == first) {  // every letter deleted: keep the token whole
    uint32_t off = static_cast<uint32_t>(arena->size());
    for (char32_t c : token) AppendUtf8(c, arena);
    words->emplace_back(off, static_cast<uint32_t>(arena->size()) - off);
  }
}

template <typename Self, typename F>
void CliticSegmenter::ForEachArray(Self& self, F&& f) {
  f("seg.alw", self.allowed_);
  f("seg.lxk", self.lex_keys_);
  f("seg.lxo", self.lex_offsets_);
  f("seg.lxl", self.lex_labels_);
  f("seg.voc", self.vocab_);
  f("seg.cck", self.corpus_keys_);
  f("seg.ccn", self.corpus_counts_);
}

void CliticSegmenter::Save(ModelWriter* out) const {
  std::u32string joined;
  for (const auto& l : labels_) joined += l + U'\n';
  std::vector<char32_t> lab(joined.begin(), joined.end());
  out->AddArray("seg.lab", lab);
  ForEachArray(*this, ArrayWriter{out});
  model_.Save("seg.m", out);
}

Status CliticSegmenter::Load(const ModelReader& in) {
  std::vector<char32_t> lab;
  Status st = in.Array("seg.lab", &lab);
  ForEachArray(*this, ArrayReader{in, &st});
  if (st.ok()) st = model_.Load("seg.m", in);
  if (!st.ok()) return st;
  labels_.clear();
  std::u32string cur;
  for (char32_t c : lab) {
    if (c == U'\n') {
      labels_.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  bool ok = labels_.size() >= 2 && labels_.size() <= kMaxLabels &&
            static_cast<size_t>(model_.num_classes()) == labels_.size() &&
            lex_offsets_.size() == lex_keys_.size() + 1 &&
            lex_offsets_.back() == lex_labels_.size() &&
            corpus_keys_.size() == corpus_counts_.size();
  for (uint8_t l : lex_labels_) ok = ok && l < labels_.size();
  for (size_t k = 1; ok && k < lex_offsets_.size(); ++k)
    ok = lex_offsets_[k - 1] <= lex_offsets_[k];
  if (!ok) return Status::Error(in.path() + ": inconsistent clitic segmenter model");
  lex_index_.Build(lex_keys_);
  vocab_index_.Build(vocab_);
  corpus_index_.Build(corpus_keys_);
  return Status::Ok();
}

Status CliticSegmenter::Train(const std::vector<ConlluSentence>& train,
                              const SegmenterTrainOptions& options, CliticSegmenter* out,
                              std::string* log) {
  CliticSegmenter seg;
  if (!options.corpus.empty()) {
    std::unordered_map<uint64_t, uint32_t> counts;
    Status read = ForEachCorpusWord(
        options.corpus, SegmentationLetter,
        [&](std::u32string_view w, std::u32string_view) { counts[FeatureHash(997).Add(w).value()]++; },
        [] {}, [] { return true; });
    if (!read.ok()) return read;
    std::vector<std::pair<uint64_t, uint8_t>> kept;
    for (const auto& [k, c] : counts)
      if (c >= static_cast<uint32_t>(std::max(1, options.corpus_min_count)))
        kept.emplace_back(k, static_cast<uint8_t>(1 + std::min(30, static_cast<int>(std::log2(c)))));
    std::sort(kept.begin(), kept.end());
    for (const auto& [k, c] : kept) {
      seg.corpus_keys_.push_back(k);
      seg.corpus_counts_.push_back(c);
    }
    if (log)
      *log += "segmenter corpus: " + std::to_string(counts.size()) + " distinct tokens, " +
              std::to_string(kept.size()) + " kept\n";
  }
  seg.labels_ = {U"=", U"=|"};
  std::map<std::u32string, int> label_ids = {{U"=", 0}, {U"=|", 1}};
  struct Example {
    std::u32string letters;
    std::vector<uint8_t> labels;
  };
  std::vector<Example> examples;
  std::unordered_map<std::u32string, std::map<std::vector<uint8_t>, int>> lexicon;
  std::vector<std::u32string> lab;
  std::unordered_map<uint64_t, std::array<uint32_t, 11>> fold_vocab;
  size_t skipped = 0;
  for (const ConlluSentence& sent : train) {
    for (const ConlluToken& tok : sent.tokens) {
      Example ex;
      Letters(DecodeUtf8Lenient(tok.form), &ex.letters, nullptr);
      if (!IsSegmentable(ex.letters) || tok.words.empty()) continue;
      std::u32string target, wl;
      for (size_t k = 0; k < tok.words.size(); ++k) {
        if (k) target.push_back(U'|');
        Letters(DecodeUtf8Lenient(tok.words[k].form), &wl, nullptr);
        target += wl;
        uint64_t wkey = FeatureHash(998).Add(std::u32string_view(wl)).value();
        seg.vocab_.push_back(wkey);
        auto& fc = fold_vocab[wkey];
        fc[examples.size() % 10]++;
        fc[10]++;
      }
      if (target == ex.letters) {
        lab.assign(ex.letters.size(), U"=");
      } else if (!AlignLabels(ex.letters, target, &lab)) {
        ++skipped;
        continue;
      }
      for (size_t i = 0; i < lab.size(); ++i) {
        auto [it, added] = label_ids.try_emplace(lab[i], static_cast<int>(seg.labels_.size()));
        if (added) {
          if (seg.labels_.size() >= kMaxLabels) {
            label_ids.erase(it);
            ex.labels.push_back(kKeep);
            continue;
          }
          seg.labels_.push_back(lab[i]);
        }
        ex.labels.push_back(static_cast<uint8_t>(it->second));
        if (it->second > 1)
          seg.allowed_.push_back((static_cast<uint64_t>(ex.letters[i]) << 8) |
                                 static_cast<uint64_t>(it->second));
      }
      lexicon[ex.letters][ex.labels]++;
      examples.push_back(std::move(ex));
    }
  }
  if (!options.known_words) seg.vocab_.clear();
  std::sort(seg.vocab_.begin(), seg.vocab_.end());
  seg.vocab_.erase(std::unique(seg.vocab_.begin(), seg.vocab_.end()), seg.vocab_.end());
  std::sort(seg.allowed_.begin(), seg.allowed_.end());
  seg.allowed_.erase(std::unique(seg.allowed_.begin(), seg.allowed_.end()), seg.allowed_.end());
  // Lexicon: the most frequent segmentation of every training token.
  std::vector<std::pair<uint64_t, const std::vector<uint8_t>*>> entries;
  for (const auto& [letters, segs] : lexicon) {
    const std::vector<uint8_t>* best = nullptr;
    int best_n = 0, total = 0;
    for (const auto& [labels, n] : segs) {
      total += n;
      if (n > best_n) best = &labels, best_n = n;
    }
    if (total >= options.lexicon_min_count) entries.emplace_back(TokenKey(letters), best);
  }
  std::sort(entries.begin(), entries.end());
  seg.lex_offsets_.push_back(0);
  for (size_t k = 0; k < entries.size(); ++k) {
    if (k > 0 && entries[k].first == entries[k - 1].first) continue;  // hash collision: first wins
    seg.lex_keys_.push_back(entries[k].first);
    seg.lex_labels_.insert(seg.lex_labels_.end(), entries[k].second->begin(),
                           entries[k].second->end());
    seg.lex_offsets_.push_back(static_cast<uint32_t>(seg.lex_labels_.size()));
  }
  // The letter model, trained on every token (so that it also learns the
  // frequent words it will meet in unknown compounds).
  PerceptronTrainer trainer(static_cast<int>(seg.labels_.size()));
  std::vector<float> scores(seg.labels_.size());
  std::vector<uint64_t> feats;
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  SplitMix rng{options.seed};
  if (options.known_words) seg.fold_vocab_ = &fold_vocab;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    Shuffle(&order, &rng);
    size_t errors = 0, letters = 0;
    for (size_t idx : order) {
      const Example& ex = examples[idx];
      seg.fold_ = static_cast<int>(idx % 10);
      int prev = kStart;
      size_t word_start = 0;
      const TokenFacts token = seg.FactsOf(ex.letters);
      for (size_t i = 0; i < ex.letters.size(); ++i) {
        seg.Features(ex.letters, token, i, prev, word_start, &feats);
        std::fill(scores.begin(), scores.end(), 0.f);
        trainer.Score(feats.data(), feats.size(), scores.data());
        int best = kKeep;
        for (size_t c = 1; c < scores.size(); ++c)
          if (scores[c] > scores[best] && seg.Allowed(ex.letters[i], static_cast<int>(c)))
            best = static_cast<int>(c);
        trainer.Update(feats.data(), feats.size(), ex.labels[i], best);
        errors += best != ex.labels[i];
        ++letters;
        prev = best;
        if (seg.EndsWord(best)) word_start = i + 1;
      }
    }
    if (log)
      *log += "segmenter epoch " + std::to_string(epoch + 1) + ": " + std::to_string(errors) +
              " letter errors of " + std::to_string(letters) + "\n";
  }
  seg.fold_vocab_ = nullptr;
  seg.model_ = trainer.Finalize(options.prune);
  if (log)
    *log += "segmenter: " + std::to_string(examples.size()) + " tokens (" +
            std::to_string(skipped) + " skipped as noise), " + std::to_string(seg.labels_.size()) +
            " labels, " + std::to_string(seg.lex_keys_.size()) + " lexicon entries, " +
            std::to_string(seg.model_.num_features()) + " features\n";
  *out = std::move(seg);
  return Status::Ok();
}

}  // namespace isnad

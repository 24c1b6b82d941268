#include "isnad/tag/word_classes.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <unordered_map>

#include "isnad/io/corpus_reader.h"
#include "isnad/tag/clitic_segmenter.h"
#include "isnad/tag/linear_model.h"
#include "isnad/text/chars.h"
#include "isnad/text/utf8.h"

namespace isnad {

char32_t NerLetter(char32_t c) {
  char32_t l = SegmentationLetter(c);
  if (l == 0x0649) return 0x064A;  // ى → ي
  if (l == 0x0629) return 0x0647;  // ة → ه
  return l;
}

uint64_t WordKey(std::u32string_view letters) { return FeatureHash(0x57C1).Add(letters).value(); }

uint32_t WordClasses::Find(std::u32string_view letters) const {
  if (table_.size() == 0 || letters.empty()) return 0;
  return table_.Find(WordKey(letters));
}

uint32_t WordClasses::Find(std::u32string_view letters, uint64_t key) const {
  if (table_.size() == 0 || letters.empty()) return 0;
  return table_.Find(key);
}

void WordClasses::Save(ModelWriter* out) const { table_.Save("ccluk", "cclv", out); }

Status WordClasses::Load(const ModelReader& in) { return table_.Load("ccluk", "cclv", in); }

namespace {

constexpr uint32_t kBoundary = 0xFFFFFFFFu;

// Spherical k-means over unit rows of `x` (n × d); returns the class of
// each row.
std::vector<uint32_t> KMeans(const std::vector<float>& x, size_t n, int d, int k, int iterations,
                             uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<float> c(static_cast<size_t>(k) * d);
  // k-means++ seeding (distance 1 − cosine).
  std::vector<float> best(n, 2.f);
  auto dot = [&](const float* a, const float* b) {
    float s = 0;
    for (int j = 0; j < d; ++j) s += a[j] * b[j];
    return s;
  };
  size_t first = rng() % n;
  std::copy(&x[first * d], &x[first * d] + d, &c[0]);
  for (int m = 1; m < k; ++m) {
    const float* prev = &c[static_cast<size_t>(m - 1) * d];
    double total = 0;
    for (size_t i = 0; i < n; ++i) {
      float dist = std::max(0.f, 1.f - dot(&x[i * d], prev));
      best[i] = std::min(best[i], dist);
      total += static_cast<double>(best[i]) * best[i];
    }
    double r = std::uniform_real_distribution<double>(0, total)(rng);
    size_t pick = n - 1;
    for (size_t i = 0; i < n; ++i) {
      r -= static_cast<double>(best[i]) * best[i];
      if (r <= 0) {
        pick = i;
        break;
      }
    }
    std::copy(&x[pick * d], &x[pick * d] + d, &c[static_cast<size_t>(m) * d]);
  }
  std::vector<uint32_t> assign(n, 0);
  std::vector<double> sum(static_cast<size_t>(k) * d);
  for (int it = 0; it < iterations; ++it) {
    for (size_t i = 0; i < n; ++i) {
      float bs = -2.f;
      uint32_t bc = 0;
      for (int m = 0; m < k; ++m) {
        float s = dot(&x[i * d], &c[static_cast<size_t>(m) * d]);
        if (s > bs) bs = s, bc = static_cast<uint32_t>(m);
      }
      assign[i] = bc;
    }
    std::fill(sum.begin(), sum.end(), 0.0);
    for (size_t i = 0; i < n; ++i)
      for (int j = 0; j < d; ++j) sum[static_cast<size_t>(assign[i]) * d + j] += x[i * d + j];
    for (int m = 0; m < k; ++m) {
      double norm = 0;
      for (int j = 0; j < d; ++j) norm += sum[static_cast<size_t>(m) * d + j] * sum[m * d + j];
      if (norm <= 0) continue;  // an empty class keeps its centre
      norm = std::sqrt(norm);
      for (int j = 0; j < d; ++j)
        c[static_cast<size_t>(m) * d + j] =
            static_cast<float>(sum[static_cast<size_t>(m) * d + j] / norm);
    }
  }
  return assign;
}

// Each of the V most frequent words (by rank) as the sum of random ±1
// vectors of its neighbours at −2, −1, +1, +2 (one of the C most frequent
// words, else "rare", or "boundary"), weighted 1/sqrt(the neighbour's count).
std::vector<float> ContextVectors(const std::vector<uint32_t>& seq,
                                  const std::vector<uint64_t>& counts,
                                  const std::vector<uint32_t>& order,
                                  const std::vector<uint32_t>& row,
                                  const std::vector<uint32_t>& ctx, size_t V, size_t C,
                                  const WordClassOptions& o) {
  const int d = o.dims;
  const size_t kinds = C + 2;  // C contexts, rare, boundary
  std::vector<float> rv(4 * kinds * d);
  for (size_t p = 0; p < 4; ++p) {
    for (size_t c = 0; c < kinds; ++c) {
      double weight = 1.0;
      if (c < C)
        weight = 1.0 / std::sqrt(static_cast<double>(counts[order[c]]));
      else
        weight = 1.0 / std::sqrt(static_cast<double>(counts[order[0]]));
      for (int j = 0; j < d; ++j) {
        uint64_t h = FeatureHash(o.seed).Add(p).Add(c).Add(static_cast<uint64_t>(j)).value();
        rv[(p * kinds + c) * d + j] = static_cast<float>((h & 1) ? weight : -weight);
      }
    }
  }
  std::vector<float> x(V * d, 0.f);
  const long n = static_cast<long>(seq.size());
  static const int kOff[4] = {-2, -1, 1, 2};
  for (long i = 0; i < n; ++i) {
    if (seq[i] == kBoundary || row[seq[i]] == kBoundary) continue;
    float* xr = &x[static_cast<size_t>(row[seq[i]]) * d];
    for (int p = 0; p < 4; ++p) {
      long k = i + kOff[p];
      size_t c;
      if (k < 0 || k >= n || seq[k] == kBoundary)
        c = C + 1;
      else
        c = ctx[seq[k]];
      const float* v = &rv[(p * kinds + c) * d];
      for (int j = 0; j < d; ++j) xr[j] += v[j];
    }
  }
  return x;
}

// Reads a word2vec text file (header "count dims", then a word and its dims
// numbers per line) and keeps the vectors of the V most frequent words
// (the first line of a word that the file repeats): their ranks in `rows`,
// in rank order, and their numbers in `x`.
Status ReadVectors(const std::string& path, const std::vector<std::u32string>& forms,
                   const std::vector<uint32_t>& order, size_t V, int* d, std::vector<float>* x,
                   std::vector<uint32_t>* rows) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open the vectors file");
  std::unordered_map<std::u32string, uint32_t> rank;
  for (size_t r = 0; r < V; ++r) rank.emplace(forms[order[r]], static_cast<uint32_t>(r));
  std::string line;
  size_t count = 0;
  if (!std::getline(in, line) || std::sscanf(line.c_str(), "%zu %d", &count, d) != 2 || *d <= 0 ||
      *d > 4096)
    return Status::Error(path + ":1: expected the header \"words dims\"");
  std::vector<float> all(V * *d, 0.f);
  std::vector<bool> have(V, false);
  Utf8DecodeResult u;
  std::u32string word;
  for (size_t line_no = 2; std::getline(in, line); ++line_no) {
    const std::string where = path + ":" + std::to_string(line_no) + ": ";
    const size_t sp = line.find(' ');
    if (sp == std::string::npos) return Status::Error(where + "no vector");
    (void)DecodeUtf8(std::string_view(line).substr(0, sp), true, &u);
    word.clear();  // in the letters of the classes, whoever wrote the file
    for (char32_t c : u.code_points)
      if (char32_t l = NerLetter(c)) word.push_back(l);
    auto it = rank.find(word);
    if (it == rank.end() || have[it->second]) continue;
    float* v = &all[static_cast<size_t>(it->second) * *d];
    const char* p = line.c_str() + sp;
    for (int j = 0; j < *d; ++j) {
      char* end = nullptr;
      v[j] = std::strtof(p, &end);
      if (end == p) return Status::Error(where + "expected " + std::to_string(*d) + " numbers");
      p = end;
    }
    have[it->second] = true;
  }
  x->clear();
  rows->clear();
  for (size_t r = 0; r < V; ++r) {
    if (!have[r]) continue;
    rows->push_back(static_cast<uint32_t>(r));
    x->insert(x->end(), all.begin() + r * *d, all.begin() + (r + 1) * *d);
  }
  return Status::Ok();
}

}  // namespace

Status WordClasses::Build(const std::string& corpus, const WordClassOptions& o, WordClasses* out,
                          std::string* log) {
  // Pass 1: the word counts, and (for the context vectors; vectors from a
  // file need only the counts) the corpus as a sequence of word ids.
  const bool keep_sequence = o.vectors.empty();
  std::unordered_map<std::u32string, uint32_t> ids;
  std::vector<std::u32string> forms;
  std::vector<uint64_t> counts;
  std::vector<uint32_t> seq;
  size_t positions = 0, docs = 0;
  std::u32string key;  // reused: the map copies it only for a new word
  Status read = ForEachClusterWord(
      corpus,
      [&](std::u32string_view w, std::u32string_view) {
        key.assign(w);
        auto [it, added] = ids.try_emplace(key, static_cast<uint32_t>(forms.size()));
        if (added) {
          forms.push_back(key);
          counts.push_back(0);
        }
        ++counts[it->second];
        ++positions;
        if (keep_sequence) seq.push_back(it->second);
      },
      [&]() {
        ++positions;
        if (keep_sequence) seq.push_back(kBoundary);
      },
      [&]() {
        ++positions;
        if (keep_sequence) seq.push_back(kBoundary);
        return !(o.max_docs && ++docs >= o.max_docs);
      });
  if (!read.ok()) return read;
  // Ranks by frequency (ties by form, for determinism).
  std::vector<uint32_t> order(forms.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return counts[a] != counts[b] ? counts[a] > counts[b] : forms[a] < forms[b];
  });
  const size_t V = std::min(o.vocabulary, order.size());
  // The rows to cluster: the V most frequent words, or those of them that
  // the vectors file holds.
  int d = o.dims;
  std::vector<float> x;
  std::vector<uint32_t> rows;  // rank of each row of x
  if (!keep_sequence) {
    Status st = ReadVectors(o.vectors, forms, order, V, &d, &x, &rows);
    if (!st.ok()) return st;
  } else {
    const size_t C = std::min(o.contexts, order.size());
    std::vector<uint32_t> row(forms.size(), kBoundary), ctx(forms.size(), static_cast<uint32_t>(C));
    for (size_t r = 0; r < V; ++r) row[order[r]] = static_cast<uint32_t>(r);
    for (size_t r = 0; r < C; ++r) ctx[order[r]] = static_cast<uint32_t>(r);
    x = ContextVectors(seq, counts, order, row, ctx, V, C, o);
    rows.resize(V);
    for (size_t r = 0; r < V; ++r) rows[r] = static_cast<uint32_t>(r);
  }
  const size_t R = rows.size();
  // Unit rows, centred.
  std::vector<double> mean(d, 0.0);
  auto unit = [&](float* r) {
    double norm = 0;
    for (int j = 0; j < d; ++j) norm += static_cast<double>(r[j]) * r[j];
    if (norm <= 0) return;
    float s = static_cast<float>(1.0 / std::sqrt(norm));
    for (int j = 0; j < d; ++j) r[j] *= s;
  };
  for (size_t r = 0; r < R; ++r) unit(&x[r * d]);
  for (size_t r = 0; r < R; ++r)
    for (int j = 0; j < d; ++j) mean[j] += x[r * d + j];
  for (size_t r = 0; r < R; ++r) {
    for (int j = 0; j < d; ++j) x[r * d + j] -= static_cast<float>(mean[j] / R);
    unit(&x[r * d]);
  }
  std::vector<uint32_t> packed(R, 0);
  if (o.levels[0] < 1 || o.levels[0] > 2047 || o.levels[1] < 1 || o.levels[1] > 2047 ||
      o.levels[2] < 1 || o.levels[2] > 1024)
    return Status::Error("clusters: levels of 1-2047, 1-2047 and 1-1024 classes");
  for (int level = 0; level < 3; ++level) {
    const int k = std::min<int>(o.levels[level], static_cast<int>(R));
    std::vector<uint32_t> a = KMeans(x, R, d, k, o.iterations, o.seed + level);
    for (size_t r = 0; r < R; ++r) packed[r] |= level < 2 ? (a[r] + 1) << (level * 11) : a[r] << 22;
    if (log)
      *log += "clusters: level " + std::to_string(level) + ", " + std::to_string(k) + " classes\n";
  }
  std::vector<uint64_t> keys(R);
  for (size_t r = 0; r < R; ++r) keys[r] = WordKey(forms[order[rows[r]]]);
  out->table_.Set(std::move(keys), std::move(packed));
  if (log)
    *log += "clusters: " + std::to_string(positions) + " positions, " +
            std::to_string(forms.size()) + " distinct words, " + std::to_string(R) + " clustered\n";
  return Status::Ok();
}

Status WriteClusterWords(const std::string& corpus, size_t max_docs, const std::string& path) {
  std::ofstream out(path, std::ios::binary);
  if (!out) return Status::Error(path + ": cannot write");
  std::string line;
  size_t docs = 0;
  Status read = ForEachClusterWord(
      corpus,
      [&](std::u32string_view w, std::u32string_view) {
        if (!line.empty()) line += ' ';
        line += EncodeUtf8(w);
      },
      [&]() { line += line.empty() ? "|" : " |"; },
      [&]() {
        line += '\n';
        out << line;
        line.clear();
        return !(max_docs && ++docs >= max_docs);
      });
  if (!read.ok()) return read;
  out.flush();
  if (!out) return Status::Error(path + ": write failed");
  return Status::Ok();
}

}  // namespace isnad

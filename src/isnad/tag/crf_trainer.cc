#include "isnad/tag/crf_trainer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <unordered_map>
#include <utility>

namespace isnad {
namespace {

constexpr double kNegInf = -std::numeric_limits<double>::infinity();
// AdaGrad's sum of squared gradients starts here, so that a first tiny
// gradient does not make a full step (nor a float underflow an infinite one).
constexpr float kAdaGradStart = 0.01f;

// log(exp(a) + exp(b)), with -inf as the zero.
inline double LogAdd(double a, double b) {
  if (a == kNegInf) return b;
  if (b == kNegInf) return a;
  return a > b ? a + std::log1p(std::exp(b - a)) : b + std::log1p(std::exp(a - b));
}


// The penalties' proximal steps, owed by a row since it was last seen:
// `steps` steps of L1 truncation then L2 shrinkage (w / (1 + η λ/N steps)),
// with each coordinate's AdaGrad step size η.
struct Penalty {
  float rate;  // float, as in the AdaGrad step: η is rounded as there
  double l2_step, l1_step;
  void Shrink(float* w, const float* g2, size_t count, uint32_t steps) const {
    if (steps == 0 || (l2_step == 0 && l1_step == 0)) return;
    for (size_t c = 0; c < count; ++c) {
      if (w[c] == 0.f) continue;
      const double eta = rate / std::sqrt(kAdaGradStart + g2[c]);
      double v = w[c];
      if (l1_step > 0) {
        const double cut = eta * l1_step * steps;
        v = v > cut ? v - cut : v < -cut ? v + cut : 0.0;
      }
      w[c] = static_cast<float>(v / (1.0 + eta * l2_step * steps));
    }
  }
};

// One of the two linear models under training (token features → K tag
// scores, or edge features → K² pair scores): its weight rows with their
// AdaGrad sums, and the bookkeeping of the lazy penalties and of the rows
// one sentence touches. The node and the edge block take the same steps.
struct WeightBlock {
  size_t width = 0;             // K or K²
  std::vector<uint32_t> rows;   // the row of each feature occurrence
  std::vector<size_t> tok;      // per compact token, its first occurrence (+1 at the end)
  std::vector<float>* w = nullptr;  // rows × width
  std::vector<float> g2;        // AdaGrad sums
  std::vector<uint32_t> stamp;  // the step up to which a row's penalties are applied
  std::vector<int32_t> slot;    // a touched row's gradient slot, or -1
  std::vector<uint32_t> touched;
  std::vector<float> grad;      // touched × width

  void Init(size_t num_rows) {
    w->assign(num_rows * width, 0.f);
    g2.assign(num_rows * width, 0.f);
    stamp.assign(num_rows, 0);
    slot.assign(num_rows, -1);
  }
  float* Row(uint32_t r) { return &(*w)[static_cast<size_t>(r) * width]; }
  // Brings the rows of tokens t0 .. t0 + n up to date and gives each a slot.
  void Touch(size_t t0, size_t n, uint32_t step, const Penalty& pen) {
    touched.clear();
    for (size_t j = tok[t0]; j < tok[t0 + n]; ++j) {
      const uint32_t r = rows[j];
      if (slot[r] >= 0) continue;
      slot[r] = static_cast<int32_t>(touched.size());
      touched.push_back(r);
      pen.Shrink(Row(r), &g2[static_cast<size_t>(r) * width], width, step - stamp[r]);
      stamp[r] = step;
    }
  }
  // out[i * width + c]: the scores of the sentence's tokens.
  void Scores(size_t t0, size_t n, std::vector<float>* out) {
    out->assign(n * width, 0.f);
    for (size_t i = 0; i < n; ++i) {
      float* o = &(*out)[i * width];
      for (size_t j = tok[t0 + i]; j < tok[t0 + i + 1]; ++j) {
        const float* wr = Row(rows[j]);
        for (size_t c = 0; c < width; ++c) o[c] += wr[c];
      }
    }
  }
  // The gradient of each touched row: the sum of `marg` (marginals minus
  // gold) over the tokens where its feature fires.
  void Gradient(size_t t0, size_t n, const std::vector<float>& marg) {
    grad.assign(touched.size() * width, 0.f);
    for (size_t i = 0; i < n; ++i) {
      const float* d = &marg[i * width];
      for (size_t j = tok[t0 + i]; j < tok[t0 + i + 1]; ++j) {
        float* gr = &grad[static_cast<size_t>(slot[rows[j]]) * width];
        for (size_t c = 0; c < width; ++c) gr[c] += d[c];
      }
    }
  }
  // AdaGrad steps on the touched rows; frees their slots.
  void Step(float rate) {
    for (size_t q = 0; q < touched.size(); ++q) {
      const uint32_t r = touched[q];
      float* wr = Row(r);
      float* s2 = &g2[static_cast<size_t>(r) * width];
      const float* gr = &grad[q * width];
      for (size_t c = 0; c < width; ++c) {
        if (gr[c] == 0.f) continue;
        s2[c] += gr[c] * gr[c];
        wr[c] -= rate * gr[c] / std::sqrt(kAdaGradStart + s2[c]);
      }
      slot[r] = -1;
    }
  }
  // Every row's penalties up to `step`.
  void CatchUp(uint32_t step, const Penalty& pen) {
    for (size_t r = 0; r < stamp.size(); ++r) {
      pen.Shrink(&(*w)[r * width], &g2[r * width], width, step - stamp[r]);
      stamp[r] = step;
    }
  }
};

}  // namespace

double CrfForwardBackward(int K, const uint8_t* allowed, size_t n, const float* node,
                          const float* edge, float* node_marg, float* edge_marg,
                          std::vector<double>* work) {
  if (n == 0) return 0;
  const size_t KK = static_cast<size_t>(K) * K;
  work->resize(2 * n * K);
  double* alpha = work->data();
  double* beta = alpha + n * K;
  for (int c = 0; c < K; ++c)
    alpha[c] = allowed[c] ? static_cast<double>(node[c]) + edge[c] : kNegInf;
  for (size_t i = 1; i < n; ++i) {
    const double* prev = alpha + (i - 1) * K;
    const float* e = edge + i * KK;
    for (int c = 0; c < K; ++c) {
      double acc = kNegInf;
      for (int p = 0; p < K; ++p)
        if (allowed[p * K + c] && prev[p] != kNegInf) acc = LogAdd(acc, prev[p] + e[p * K + c]);
      alpha[i * K + c] = acc == kNegInf ? kNegInf : acc + node[i * K + c];
    }
  }
  for (int c = 0; c < K; ++c) beta[(n - 1) * K + c] = 0;
  for (size_t i = n - 1; i-- > 0;) {
    const double* next = beta + (i + 1) * K;
    const float* e = edge + (i + 1) * KK;
    const float* nd = node + (i + 1) * K;
    for (int p = 0; p < K; ++p) {
      double acc = kNegInf;
      for (int c = 0; c < K; ++c)
        if (allowed[p * K + c] && next[c] != kNegInf)
          acc = LogAdd(acc, static_cast<double>(e[p * K + c]) + nd[c] + next[c]);
      beta[i * K + p] = acc;
    }
  }
  double log_z = kNegInf;
  for (int c = 0; c < K; ++c) log_z = LogAdd(log_z, alpha[(n - 1) * K + c]);
  for (size_t i = 0; i < n; ++i)
    for (int c = 0; c < K; ++c) {
      const double v = alpha[i * K + c] + beta[i * K + c];
      node_marg[i * K + c] = v == kNegInf ? 0.f : static_cast<float>(std::exp(v - log_z));
    }
  if (edge_marg != nullptr) {
    std::fill(edge_marg, edge_marg + KK, 0.f);
    for (int c = 0; c < K; ++c) edge_marg[c] = node_marg[c];
    for (size_t i = 1; i < n; ++i) {
      const float* e = edge + i * KK;
      float* out = edge_marg + i * KK;
      for (int p = 0; p < K; ++p) {
        const double a = alpha[(i - 1) * K + p];
        for (int c = 0; c < K; ++c) {
          const double b = beta[i * K + c];
          if (!allowed[p * K + c] || a == kNegInf || b == kNegInf) {
            out[p * K + c] = 0.f;
            continue;
          }
          out[p * K + c] = static_cast<float>(
              std::exp(a + e[p * K + c] + static_cast<double>(node[i * K + c]) + b - log_z));
        }
      }
    }
  }
  return log_z;
}

double CrfLogProb(int K, const uint8_t* allowed, size_t n, const float* node, const float* edge,
                  const uint8_t* tags, std::vector<double>* work) {
  if (n == 0) return 0;
  std::vector<float> marg(n * K);
  const double log_z = CrfForwardBackward(K, allowed, n, node, edge, marg.data(), nullptr, work);
  const size_t KK = static_cast<size_t>(K) * K;
  double score = 0;
  int prev = 0;
  for (size_t i = 0; i < n; ++i) {
    score += static_cast<double>(node[i * K + tags[i]]) + edge[i * KK + prev * K + tags[i]];
    prev = tags[i];
  }
  return score - log_z;
}

CrfTrainer::CrfTrainer(int num_tags, std::vector<uint8_t> allowed)
    : k_(num_tags), allowed_(std::move(allowed)) {}

void CrfTrainer::Train(const CrfData& data, const std::vector<size_t>& subset,
                       const uint8_t* repair, const CrfOptions& options, std::string* log) {
  const int K = k_;
  const size_t KK = static_cast<size_t>(K) * K;
  // Feature rows, in the order first seen; per token of the subset, its rows.
  WeightBlock nb, eb;
  nb.width = K;
  nb.w = &node_w_;
  eb.width = KK;
  eb.w = &edge_w_;
  std::unordered_map<uint64_t, uint32_t> node_index, edge_index;
  node_keys_.clear();
  edge_keys_.clear();
  auto add_rows = [](const uint64_t* feats, size_t from, size_t to, std::unordered_map<uint64_t, uint32_t>* index,
                     std::vector<uint64_t>* keys, WeightBlock* block) {
    block->tok.push_back(block->rows.size());
    for (size_t j = from; j < to; ++j) {
      auto [it, added] = index->try_emplace(feats[j], static_cast<uint32_t>(keys->size()));
      if (added) keys->push_back(feats[j]);
      block->rows.push_back(it->second);
    }
  };
  std::vector<size_t> sent_tok(subset.size() + 1);  // first compact token of each sentence
  std::vector<std::vector<uint8_t>> gold(subset.size());
  size_t repaired = 0;
  for (size_t s = 0; s < subset.size(); ++s) {
    const size_t k = subset[s];
    const std::vector<uint8_t>& g = *data.gold[k];
    sent_tok[s] = nb.tok.size();
    gold[s] = g;
    int prev = 0;
    for (size_t i = 0; i < g.size(); ++i) {
      if (!allowed_[prev * K + gold[s][i]]) gold[s][i] = repair[gold[s][i]], ++repaired;
      prev = gold[s][i];
      const size_t t = data.first[k] + i;
      add_rows(data.feats, data.tok_off[t], data.tok_off[t + 1], &node_index, &node_keys_, &nb);
      add_rows(data.efeats, data.etok_off[t], data.etok_off[t + 1], &edge_index, &edge_keys_, &eb);
    }
  }
  sent_tok[subset.size()] = nb.tok.size();
  nb.tok.push_back(nb.rows.size());
  eb.tok.push_back(eb.rows.size());
  node_index.clear();
  edge_index.clear();

  nb.Init(node_keys_.size());
  eb.Init(edge_keys_.size());
  const size_t n_sent = std::max<size_t>(subset.size(), 1);
  const Penalty pen{options.rate, static_cast<double>(options.l2) / n_sent,
                    static_cast<double>(options.l1) / n_sent};

  std::vector<size_t> order(subset.size());
  for (size_t s = 0; s < order.size(); ++s) order[s] = s;
  std::mt19937_64 rng(options.seed);
  std::vector<float> node, edge, nmarg, emarg;
  std::vector<double> work;
  uint32_t step = 0;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[rng() % k]);
    double nll = 0;
    size_t errors = 0, total = 0;
    for (size_t s : order) {
      const size_t t0 = sent_tok[s], n = sent_tok[s + 1] - t0;
      if (n == 0) {
        ++step;
        continue;
      }
      nb.Touch(t0, n, step, pen);
      eb.Touch(t0, n, step, pen);
      nb.Scores(t0, n, &node);
      eb.Scores(t0, n, &edge);
      nmarg.resize(n * K);
      emarg.resize(n * KK);
      const double log_z = CrfForwardBackward(K, allowed_.data(), n, node.data(), edge.data(),
                                              nmarg.data(), emarg.data(), &work);
      const std::vector<uint8_t>& g = gold[s];
      double score = 0;
      int prev = 0;
      for (size_t i = 0; i < n; ++i) {
        score += static_cast<double>(node[i * K + g[i]]) + edge[i * KK + prev * K + g[i]];
        // Marginals minus gold: the gradient of -log p per token.
        const float* m = &nmarg[i * K];
        int best = 0;
        for (int c = 1; c < K; ++c)
          if (m[c] > m[best]) best = c;
        errors += best != g[i];
        ++total;
        nmarg[i * K + g[i]] -= 1.f;
        emarg[i * KK + prev * K + g[i]] -= 1.f;
        prev = g[i];
      }
      nll += log_z - score;
      nb.Gradient(t0, n, nmarg);
      eb.Gradient(t0, n, emarg);
      nb.Step(options.rate);
      eb.Step(options.rate);
      ++step;
    }
    if (log) {
      char line[160];
      float nmax = 0, emax = 0;
      for (float x : node_w_) nmax = std::max(nmax, std::fabs(x));
      for (float x : edge_w_) emax = std::max(emax, std::fabs(x));
      std::snprintf(line, sizeof line,
                    "ner: crf epoch %d, -log-likelihood %.1f, training token errors %zu / %zu; "
                    "largest |weight| %.2f (tokens), %.2f (edges)\n",
                    epoch + 1, nll, errors, total, nmax, emax);
      *log += line;
    }
  }
  // The penalties still owed.
  nb.CatchUp(step, pen);
  eb.CatchUp(step, pen);
  if (log && repaired > 0)
    *log += "ner: crf: " + std::to_string(repaired) + " gold tags not allowed after the previous "
            "one trained as repaired\n";
}

}  // namespace isnad

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
  std::unordered_map<uint64_t, uint32_t> node_index, edge_index;
  node_keys_.clear();
  edge_keys_.clear();
  std::vector<uint32_t> nrows, erows;
  std::vector<size_t> ntok, etok;             // per compact token (+1 at the end)
  std::vector<size_t> sent_tok(subset.size() + 1);  // first compact token of each sentence
  std::vector<std::vector<uint8_t>> gold(subset.size());
  size_t repaired = 0;
  for (size_t s = 0; s < subset.size(); ++s) {
    const size_t k = subset[s];
    const std::vector<uint8_t>& g = *data.gold[k];
    sent_tok[s] = ntok.size();
    gold[s] = g;
    int prev = 0;
    for (size_t i = 0; i < g.size(); ++i) {
      if (!allowed_[prev * K + gold[s][i]]) gold[s][i] = repair[gold[s][i]], ++repaired;
      prev = gold[s][i];
      const size_t t = data.first[k] + i;
      ntok.push_back(nrows.size());
      for (size_t j = data.tok_off[t]; j < data.tok_off[t + 1]; ++j) {
        auto [it, added] =
            node_index.try_emplace(data.feats[j], static_cast<uint32_t>(node_keys_.size()));
        if (added) node_keys_.push_back(data.feats[j]);
        nrows.push_back(it->second);
      }
      etok.push_back(erows.size());
      for (size_t j = data.etok_off[t]; j < data.etok_off[t + 1]; ++j) {
        auto [it, added] =
            edge_index.try_emplace(data.efeats[j], static_cast<uint32_t>(edge_keys_.size()));
        if (added) edge_keys_.push_back(data.efeats[j]);
        erows.push_back(it->second);
      }
    }
  }
  sent_tok[subset.size()] = ntok.size();
  ntok.push_back(nrows.size());
  etok.push_back(erows.size());
  node_index.clear();
  edge_index.clear();

  const size_t NR = node_keys_.size(), ER = edge_keys_.size();
  node_w_.assign(NR * K, 0.f);
  edge_w_.assign(ER * KK, 0.f);
  std::vector<float> node_g2(NR * K, 0.f), edge_g2(ER * KK, 0.f);  // AdaGrad sums
  std::vector<uint32_t> node_stamp(NR, 0), edge_stamp(ER, 0);
  std::vector<int32_t> node_slot(NR, -1), edge_slot(ER, -1);
  const double per_step = static_cast<double>(options.l2) / std::max<size_t>(subset.size(), 1);
  const float rate = options.rate;
  // The L2 shrinkage of `steps` steps (proximal: w / (1 + η λ/N steps), with
  // each coordinate's AdaGrad step size η).
  const double l1_step = static_cast<double>(options.l1) / std::max<size_t>(subset.size(), 1);
  auto shrink = [&](float* w, const float* g2, size_t count, uint32_t steps) {
    if (steps == 0 || (per_step == 0 && l1_step == 0)) return;
    for (size_t c = 0; c < count; ++c) {
      if (w[c] == 0.f) continue;
      const double eta = rate / std::sqrt(kAdaGradStart + g2[c]);
      double v = w[c];
      if (l1_step > 0) {
        const double cut = eta * l1_step * steps;
        v = v > cut ? v - cut : v < -cut ? v + cut : 0.0;
      }
      w[c] = static_cast<float>(v / (1.0 + eta * per_step * steps));
    }
  };

  std::vector<size_t> order(subset.size());
  for (size_t s = 0; s < order.size(); ++s) order[s] = s;
  std::mt19937_64 rng(options.seed);
  std::vector<float> node, edge, nmarg, emarg, ngrad, egrad;
  std::vector<uint32_t> ntouched, etouched;
  std::vector<double> work;
  uint32_t step = 0;
  std::vector<double> node_avg, edge_avg;
  int averaged = 0;
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
      // Bring the rows seen here up to date, and give each a gradient slot.
      ntouched.clear();
      etouched.clear();
      for (size_t j = ntok[t0]; j < ntok[t0 + n]; ++j) {
        const uint32_t r = nrows[j];
        if (node_slot[r] >= 0) continue;
        node_slot[r] = static_cast<int32_t>(ntouched.size());
        ntouched.push_back(r);
        shrink(&node_w_[r * K], &node_g2[r * K], K, step - node_stamp[r]);
        node_stamp[r] = step;
      }
      for (size_t j = etok[t0]; j < etok[t0 + n]; ++j) {
        const uint32_t r = erows[j];
        if (edge_slot[r] >= 0) continue;
        edge_slot[r] = static_cast<int32_t>(etouched.size());
        etouched.push_back(r);
        shrink(&edge_w_[r * KK], &edge_g2[r * KK], KK, step - edge_stamp[r]);
        edge_stamp[r] = step;
      }
      // Scores.
      node.assign(n * K, 0.f);
      edge.assign(n * KK, 0.f);
      for (size_t i = 0; i < n; ++i) {
        float* nd = &node[i * K];
        for (size_t j = ntok[t0 + i]; j < ntok[t0 + i + 1]; ++j) {
          const float* w = &node_w_[static_cast<size_t>(nrows[j]) * K];
          for (int c = 0; c < K; ++c) nd[c] += w[c];
        }
        float* ed = &edge[i * KK];
        for (size_t j = etok[t0 + i]; j < etok[t0 + i + 1]; ++j) {
          const float* w = &edge_w_[static_cast<size_t>(erows[j]) * KK];
          for (size_t c = 0; c < KK; ++c) ed[c] += w[c];
        }
      }
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
      // Gradients summed per row.
      ngrad.assign(ntouched.size() * K, 0.f);
      egrad.assign(etouched.size() * KK, 0.f);
      for (size_t i = 0; i < n; ++i) {
        const float* d = &nmarg[i * K];
        for (size_t j = ntok[t0 + i]; j < ntok[t0 + i + 1]; ++j) {
          float* gr = &ngrad[static_cast<size_t>(node_slot[nrows[j]]) * K];
          for (int c = 0; c < K; ++c) gr[c] += d[c];
        }
        const float* de = &emarg[i * KK];
        for (size_t j = etok[t0 + i]; j < etok[t0 + i + 1]; ++j) {
          float* gr = &egrad[static_cast<size_t>(edge_slot[erows[j]]) * KK];
          for (size_t c = 0; c < KK; ++c) gr[c] += de[c];
        }
      }
      // AdaGrad steps.
      for (size_t q = 0; q < ntouched.size(); ++q) {
        const uint32_t r = ntouched[q];
        float* w = &node_w_[static_cast<size_t>(r) * K];
        float* g2 = &node_g2[static_cast<size_t>(r) * K];
        const float* gr = &ngrad[q * K];
        for (int c = 0; c < K; ++c) {
          if (gr[c] == 0.f) continue;
          g2[c] += gr[c] * gr[c];
          w[c] -= rate * gr[c] / std::sqrt(kAdaGradStart + g2[c]);
        }
        node_slot[r] = -1;
      }
      for (size_t q = 0; q < etouched.size(); ++q) {
        const uint32_t r = etouched[q];
        float* w = &edge_w_[static_cast<size_t>(r) * KK];
        float* g2 = &edge_g2[static_cast<size_t>(r) * KK];
        const float* gr = &egrad[q * KK];
        for (size_t c = 0; c < KK; ++c) {
          if (gr[c] == 0.f) continue;
          g2[c] += gr[c] * gr[c];
          w[c] -= rate * gr[c] / std::sqrt(kAdaGradStart + g2[c]);
        }
        edge_slot[r] = -1;
      }
      ++step;
    }
    if (options.average > 0 && epoch >= options.epochs - options.average) {
      if (node_avg.empty()) node_avg.assign(node_w_.size(), 0.0), edge_avg.assign(edge_w_.size(), 0.0);
      for (size_t r = 0; r < NR; ++r) {
        shrink(&node_w_[r * K], &node_g2[r * K], K, step - node_stamp[r]);
        node_stamp[r] = step;
      }
      for (size_t r = 0; r < ER; ++r) {
        shrink(&edge_w_[r * KK], &edge_g2[r * KK], KK, step - edge_stamp[r]);
        edge_stamp[r] = step;
      }
      for (size_t q = 0; q < node_w_.size(); ++q) node_avg[q] += node_w_[q];
      for (size_t q = 0; q < edge_w_.size(); ++q) edge_avg[q] += edge_w_[q];
      ++averaged;
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
  // The shrinkage still owed.
  for (size_t r = 0; r < NR; ++r) shrink(&node_w_[r * K], &node_g2[r * K], K, step - node_stamp[r]);
  for (size_t r = 0; r < ER; ++r)
    shrink(&edge_w_[r * KK], &edge_g2[r * KK], KK, step - edge_stamp[r]);
  if (averaged > 0) {
    for (size_t q = 0; q < node_w_.size(); ++q) node_w_[q] = static_cast<float>(node_avg[q] / averaged);
    for (size_t q = 0; q < edge_w_.size(); ++q) edge_w_[q] = static_cast<float>(edge_avg[q] / averaged);
  }
  if (log && repaired > 0)
    *log += "ner: crf: " + std::to_string(repaired) + " gold tags not allowed after the previous "
            "one trained as repaired\n";
}

}  // namespace isnad

// The linear-chain CRF trainer of the entity tagger (crf_trainer.h): the
// forward-backward against brute-force enumeration, the log-likelihood
// gradient against finite differences, and training that fits a tiny set.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "isnad/tag/crf_trainer.h"

namespace isnad {
namespace {

// Five tags: O, B-A, I-A, B-B, I-B; I-X only after B-X or I-X.
constexpr int K = 5;
std::vector<uint8_t> BioAllowed() {
  std::vector<uint8_t> a(K * K);
  for (int p = 0; p < K; ++p)
    for (int c = 0; c < K; ++c)
      a[p * K + c] = c == 0 || c % 2 == 1 || (p != 0 && (p - 1) / 2 == (c - 1) / 2);
  return a;
}

struct Scores {
  size_t n;
  std::vector<float> node, edge;
};

Scores RandomScores(size_t n, uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<float> u(-2.f, 2.f);
  Scores s{n, std::vector<float>(n * K), std::vector<float>(n * K * K)};
  for (float& x : s.node) x = u(rng);
  for (float& x : s.edge) x = u(rng);
  return s;
}

double SequenceScore(const Scores& s, const std::vector<int>& tags) {
  double v = 0;
  int prev = 0;
  for (size_t i = 0; i < s.n; ++i) {
    v += s.node[i * K + tags[i]] + s.edge[i * K * K + prev * K + tags[i]];
    prev = tags[i];
  }
  return v;
}

TEST(Crf, ForwardBackwardMatchesEnumeration) {
  const std::vector<uint8_t> allowed = BioAllowed();
  const Scores s = RandomScores(3, 7);
  // Every allowed sequence of three tags.
  double z = 0;
  std::vector<double> node(3 * K, 0), edge(3 * K * K, 0);
  int sequences = 0;
  for (int a = 0; a < K; ++a)
    for (int b = 0; b < K; ++b)
      for (int c = 0; c < K; ++c) {
        const std::vector<int> t = {a, b, c};
        if (!allowed[a] || !allowed[a * K + b] || !allowed[b * K + c]) continue;
        ++sequences;
        const double p = std::exp(SequenceScore(s, t));
        z += p;
        int prev = 0;
        for (int i = 0; i < 3; ++i) {
          node[i * K + t[i]] += p;
          edge[i * K * K + prev * K + t[i]] += p;
          prev = t[i];
        }
      }
  ASSERT_LT(sequences, K * K * K);  // the constraint removed some
  std::vector<float> nm(3 * K), em(3 * K * K);
  std::vector<double> work;
  const double log_z =
      CrfForwardBackward(K, allowed.data(), 3, s.node.data(), s.edge.data(), nm.data(), em.data(),
                         &work);
  EXPECT_NEAR(log_z, std::log(z), 1e-9);
  for (int i = 0; i < 3; ++i) {
    double sum = 0;
    for (int c = 0; c < K; ++c) {
      EXPECT_NEAR(nm[i * K + c], node[i * K + c] / z, 1e-6) << i << " " << c;
      sum += nm[i * K + c];
    }
    EXPECT_NEAR(sum, 1.0, 1e-6);
    double esum = 0;
    for (int pc = 0; pc < K * K; ++pc) {
      EXPECT_NEAR(em[i * K * K + pc], edge[i * K * K + pc] / z, 1e-6) << i << " " << pc;
      esum += em[i * K * K + pc];
    }
    EXPECT_NEAR(esum, 1.0, 1e-6);
  }
  // An I tag after O has no mass.
  EXPECT_EQ(nm[2], 0.f);
}

TEST(Crf, GradientMatchesFiniteDifferences) {
  const std::vector<uint8_t> allowed = BioAllowed();
  Scores s = RandomScores(4, 11);
  const std::vector<uint8_t> gold = {1, 2, 0, 3};
  std::vector<double> work;
  std::vector<float> nm(s.n * K), em(s.n * K * K);
  CrfForwardBackward(K, allowed.data(), s.n, s.node.data(), s.edge.data(), nm.data(), em.data(),
                     &work);
  // d log p(gold) / d score = [gold] - marginal.
  auto check = [&](std::vector<float>* v, size_t index, double analytic) {
    const float h = 1e-2f, keep = (*v)[index];
    (*v)[index] = keep + h;
    const double up = CrfLogProb(K, allowed.data(), s.n, s.node.data(), s.edge.data(),
                                 gold.data(), &work);
    (*v)[index] = keep - h;
    const double down = CrfLogProb(K, allowed.data(), s.n, s.node.data(), s.edge.data(),
                                   gold.data(), &work);
    (*v)[index] = keep;
    EXPECT_NEAR((up - down) / (2 * h), analytic, 2e-4) << index;
  };
  for (size_t i = 0; i < s.n; ++i)
    for (int c = 0; c < K; ++c)
      check(&s.node, i * K + c, (gold[i] == c) - nm[i * K + c]);
  for (size_t i = 0; i < s.n; ++i)
    for (int p = 0; p < K; ++p)
      for (int c = 0; c < K; ++c) {
        if (i == 0 && p != 0) continue;  // not read
        const int gp = i == 0 ? 0 : gold[i - 1];
        check(&s.edge, i * K * K + p * K + c,
              (gp == p && gold[i] == c) - em[i * K * K + p * K + c]);
      }
}

TEST(Crf, TrainingFitsATinySet) {
  // Two sentences over features 10..13 (one per token, its "word") and one
  // edge feature per token (a bias): "10 11 12" → B-A I-A O, "13 12" → B-B O.
  const std::vector<uint64_t> feats = {10, 11, 12, 13, 12};
  const std::vector<size_t> off = {0, 1, 2, 3, 4, 5};
  const std::vector<uint64_t> efeats = {99, 99, 99, 99, 99};
  const std::vector<size_t> first = {0, 3};
  const std::vector<uint8_t> g0 = {1, 2, 0}, g1 = {3, 0};
  const std::vector<const std::vector<uint8_t>*> gold = {&g0, &g1};
  const CrfData data{feats.data(), off.data(), efeats.data(), off.data(), first.data(),
                     gold.data()};
  const uint8_t repair[K] = {0, 1, 1, 3, 3};
  CrfOptions o;
  o.epochs = 30;
  o.l2 = 0.01f;
  o.rate = 0.3f;
  CrfTrainer trainer(K, BioAllowed());
  trainer.Train(data, {0, 1}, repair, o, nullptr);
  ASSERT_EQ(trainer.node_keys().size(), 4u);
  ASSERT_EQ(trainer.edge_keys().size(), 1u);
  const std::vector<float>& w = trainer.node_weights();
  const std::vector<float>& e = trainer.edge_weights();
  auto logp = [&](const std::vector<uint64_t>& words, const std::vector<uint8_t>& tags) {
    Scores s{words.size(), std::vector<float>(words.size() * K), {}};
    for (size_t i = 0; i < words.size(); ++i) {
      size_t row = 0;
      while (trainer.node_keys()[row] != words[i]) ++row;
      for (int c = 0; c < K; ++c) s.node[i * K + c] = w[row * K + c];
      s.edge.insert(s.edge.end(), e.begin(), e.end());
    }
    std::vector<double> work;
    return CrfLogProb(K, BioAllowed().data(), s.n, s.node.data(), s.edge.data(), tags.data(),
                      &work);
  };
  EXPECT_GT(logp({10, 11, 12}, g0), std::log(0.8));
  EXPECT_GT(logp({13, 12}, g1), std::log(0.8));
  // Deterministic given the seed.
  CrfTrainer again(K, BioAllowed());
  again.Train(data, {0, 1}, repair, o, nullptr);
  EXPECT_EQ(again.node_weights(), w);
  EXPECT_EQ(again.edge_weights(), e);
}

}  // namespace
}  // namespace isnad

// Linear-chain CRF training (Lafferty et al. 2001) of the two linear models
// of a Viterbi tagger: token features → tag scores, and edge features →
// (previous tag, tag) scores, combined exactly as the tagger's Viterbi
// combines them at run time (the score of a tag sequence is the sum over
// tokens of node[i][tag_i] + edge[i][tag_{i-1} * K + tag_i], the previous
// tag of token 0 being tag 0), with a constraint on the allowed tag pairs.
// The conditional log-likelihood with L1 and L2 penalties (elastic net) is
// maximized by SGD with AdaGrad steps, one sentence at a time in a seeded
// order (so the result is deterministic given the seed); the penalties'
// proximal steps (L1: truncation towards 0; L2: shrinkage) are applied
// lazily, when the feature is next seen, and at the end. L1 leaves most
// features at exactly 0, which keeps the model small. Training only: the
// result is float weights, which the caller quantizes to LinearModel's
// format.
#ifndef ISNAD_TAG_CRF_TRAINER_H_
#define ISNAD_TAG_CRF_TRAINER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace isnad {

// Forward-backward in log space over K tags. node[i*K + c]; edge[i*K*K +
// p*K + c] (at i = 0 only p = 0 is read); allowed[p*K + c] (the previous tag
// of token 0 is 0, so the first tag must be allowed after 0). Fills
// node_marg[i*K + c] = P(tag_i = c) and, when edge_marg is not null,
// edge_marg[i*K*K + p*K + c] = P(tag_{i-1} = p, tag_i = c) (at i = 0: p = 0
// with P(tag_0 = c)); returns log Z. `work` is scratch.
double CrfForwardBackward(int K, const uint8_t* allowed, size_t n, const float* node,
                          const float* edge, float* node_marg, float* edge_marg,
                          std::vector<double>* work);

// The log-probability of the tag sequence `tags` (which must be allowed)
// under the same scores.
double CrfLogProb(int K, const uint8_t* allowed, size_t n, const float* node, const float* edge,
                  const uint8_t* tags, std::vector<double>* work);

struct CrfOptions {
  int epochs = 12;
  float l2 = 1.f;     // λ of λ/2 ||w||² over the whole training set
  float l1 = 0.f;     // λ1 of λ1 ||w||₁ over the whole training set
  float rate = 0.1f;  // AdaGrad learning rate
  uint64_t seed = 1;
};

// The training data: per token, its node features feats[tok_off[t] ..
// tok_off[t+1]) and edge features efeats[etok_off[t] .. etok_off[t+1]);
// sentence s is tokens first[s] .. first[s] + gold[s].size().
struct CrfData {
  const uint64_t* feats;
  const size_t* tok_off;
  const uint64_t* efeats;
  const size_t* etok_off;
  const size_t* first;
  const std::vector<uint8_t>* const* gold;  // one per sentence
};

class CrfTrainer {
 public:
  // allowed: K*K (see CrfForwardBackward).
  CrfTrainer(int num_tags, std::vector<uint8_t> allowed);

  // Trains on the sentences `subset` of `data`. A gold tag not allowed after
  // the previous gold tag is trained as `repair[tag]` (e.g. I-X → B-X).
  void Train(const CrfData& data, const std::vector<size_t>& subset, const uint8_t* repair,
             const CrfOptions& options, std::string* log);

  // The weights: rows in the order the features were first seen.
  const std::vector<uint64_t>& node_keys() const { return node_keys_; }
  const std::vector<float>& node_weights() const { return node_w_; }  // rows × K
  const std::vector<uint64_t>& edge_keys() const { return edge_keys_; }
  const std::vector<float>& edge_weights() const { return edge_w_; }  // rows × K²

 private:
  int k_;
  std::vector<uint8_t> allowed_;
  std::vector<uint64_t> node_keys_, edge_keys_;
  std::vector<float> node_w_, edge_w_;
};

}  // namespace isnad

#endif  // ISNAD_TAG_CRF_TRAINER_H_

// Word-class features for the technique tagger: the classes of the token
// and of its neighbours in the context clusters that `isnad train clusters`
// induces from unlabeled news (src/isnad/tag/context_clusters.h), so that a
// loaded word the training spans never contain can still share the weights
// of words used in the same contexts ("المندحرين" and "المهزومين").
//
// Per document: one lookup per token (its letters, else its light stem);
// then a handful of features per token. Thread-safe when the clusters are
// const; a ClusterContext is per document.
#ifndef ISNAD_PERSUADE_CLUSTER_FEATURES_H_
#define ISNAD_PERSUADE_CLUSTER_FEATURES_H_

#include <cstdint>
#include <vector>

#include "isnad/document.h"
#include "isnad/persuade/features.h"
#include "isnad/tag/context_clusters.h"

namespace isnad {

class ClusterContext {
 public:
  // Looks every token of `doc` up in `clusters`.
  void Build(const Document& doc, const ContextClusters& clusters);
  // Appends the cluster features of token i.
  void Features(uint32_t i, FeatureVector* out) const;
  // Packed classes of token i (0: unknown); for tests.
  uint32_t packed(uint32_t i) const { return packed_[i]; }

 private:
  std::vector<uint32_t> packed_;
  std::u32string letters_;
};

}  // namespace isnad

#endif  // ISNAD_PERSUADE_CLUSTER_FEATURES_H_

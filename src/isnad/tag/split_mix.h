// SplitMix64: the deterministic random numbers of training (shuffling,
// sampling). std::shuffle and the standard distributions differ between
// standard libraries, so models would not retrain byte-identical; this
// generator and Shuffle below do everywhere.
#ifndef ISNAD_TAG_SPLIT_MIX_H_
#define ISNAD_TAG_SPLIT_MIX_H_

#include <cstdint>
#include <utility>
#include <vector>

namespace isnad {

struct SplitMix {
  uint64_t s;
  uint64_t Next() {
    uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
};

// Fisher-Yates with SplitMix.
template <typename T>
void Shuffle(std::vector<T>* v, SplitMix* rng) {
  for (size_t i = v->size(); i > 1; --i) std::swap((*v)[i - 1], (*v)[rng->Next() % i]);
}

}  // namespace isnad

#endif  // ISNAD_TAG_SPLIT_MIX_H_

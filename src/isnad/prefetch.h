// PrefetchLines: ask for every cache line of an array before it is read.
//
// The models' weight rows are read at random from tables far larger than the
// caches. A row of more than a few weights straddles two or more 64-byte
// lines (a row of 17 int16 classes does so about half the time, one of 81
// spans three or four), and a line left out is a miss that the add loop then
// waits on; so every line is requested, the last one explicitly since the
// stride may step over it.
#ifndef ISNAD_PREFETCH_H_
#define ISNAD_PREFETCH_H_

#include <cstddef>

namespace isnad {

template <typename T>
inline void PrefetchLines(const T* p, size_t n) {
  constexpr size_t kPerLine = 64 / sizeof(T) > 0 ? 64 / sizeof(T) : 1;
  for (size_t i = 0; i < n; i += kPerLine) __builtin_prefetch(p + i);
  if (n != 0) __builtin_prefetch(p + n - 1);
}

}  // namespace isnad

#endif  // ISNAD_PREFETCH_H_

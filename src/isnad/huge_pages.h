// HugePageAllocator: a std::vector allocator that backs large arrays with
// 2 MB pages where the kernel allows it (transparent huge pages).
//
// The models' tables (feature hash tables and their weights, lexicon
// indexes, the logistic models' weights) are tens of megabytes probed at
// random, several times per word: with 4 KB pages nearly every probe also
// misses the TLB and walks the page tables (twice over in a virtual
// machine). Arrays of kHugePage bytes or more are allocated 2 MB-aligned and
// marked MADV_HUGEPAGE before they are first touched, so the kernel can map
// them with huge pages even in THP's "madvise" mode; where it cannot, the
// memory is ordinary memory. Smaller arrays come from operator new.
#ifndef ISNAD_HUGE_PAGES_H_
#define ISNAD_HUGE_PAGES_H_

#include <sys/mman.h>

#include <cstddef>
#include <cstdlib>
#include <new>
#include <vector>

namespace isnad {

template <typename T>
class HugePageAllocator {
 public:
  using value_type = T;
  static constexpr size_t kHugePage = size_t{2} << 20;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT: rebinding

  T* allocate(size_t n) {
    const size_t bytes = n * sizeof(T);
    if (bytes < kHugePage) return static_cast<T*>(::operator new(bytes));
    const size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* p = std::aligned_alloc(kHugePage, rounded);
    if (p == nullptr) throw std::bad_alloc();
    (void)madvise(p, rounded, MADV_HUGEPAGE);  // a hint: failure leaves 4 KB pages
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t n) {
    if (n * sizeof(T) < kHugePage) {
      ::operator delete(p);
    } else {
      std::free(p);
    }
  }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const { return true; }
};

// A vector whose large buffers may live on huge pages.
template <typename T>
using HugeVector = std::vector<T, HugePageAllocator<T>>;

}  // namespace isnad

#endif  // ISNAD_HUGE_PAGES_H_

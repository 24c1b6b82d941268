// FifoSlots: a fixed number of analysis slots handed out in arrival order.
//
// A counting semaphore wakes an arbitrary waiter when a slot frees, so under
// load some requests wait many turns while later ones go first: the mean is
// fine but the slowest 1% wait seconds. Here each waiter queues behind the
// earlier ones and a freed slot passes straight to the oldest waiter, so the
// wait is bounded by the queue ahead of it. A waiter that times out leaves
// the queue without taking a slot.
#ifndef ISNAD_SERVER_FIFO_SLOTS_H_
#define ISNAD_SERVER_FIFO_SLOTS_H_

#include <chrono>
#include <condition_variable>
#include <list>
#include <mutex>

namespace isnad {

class FifoSlots {
 public:
  using Clock = std::chrono::steady_clock;

  explicit FifoSlots(int slots) : free_(slots) {}
  FifoSlots(const FifoSlots&) = delete;
  FifoSlots& operator=(const FifoSlots&) = delete;

  // Takes a slot, waiting behind earlier callers until `deadline`. False
  // (and no slot taken) when the deadline passes first.
  bool AcquireUntil(Clock::time_point deadline);
  // Gives a slot back: to the oldest waiter, else to the pool.
  void Release();

  // Callers waiting now (for tests and the health report).
  int waiting() const;

 private:
  struct Waiter {
    std::condition_variable cv;
    bool granted = false;
  };
  mutable std::mutex mu_;
  int free_;
  std::list<Waiter*> queue_;  // oldest first
};

}  // namespace isnad

#endif  // ISNAD_SERVER_FIFO_SLOTS_H_

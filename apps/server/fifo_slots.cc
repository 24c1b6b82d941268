#include "server/fifo_slots.h"

#include <algorithm>

namespace isnad {

bool FifoSlots::AcquireUntil(Clock::time_point deadline) {
  std::unique_lock<std::mutex> lock(mu_);
  if (free_ > 0 && queue_.empty()) {
    --free_;
    return true;
  }
  Waiter me;
  auto pos = queue_.insert(queue_.end(), &me);
  // Release() grants a slot by removing the waiter from the queue first.
  if (me.cv.wait_until(lock, deadline, [&] { return me.granted; })) return true;
  queue_.erase(pos);
  return false;
}

void FifoSlots::Release() {
  std::lock_guard<std::mutex> lock(mu_);
  if (queue_.empty()) {
    ++free_;
    return;
  }
  Waiter* next = queue_.front();
  queue_.pop_front();
  next->granted = true;
  next->cv.notify_one();  // under the lock: `next` lives until it sees `granted`
}

int FifoSlots::waiting() const {
  std::lock_guard<std::mutex> lock(mu_);
  return static_cast<int>(queue_.size());
}

}  // namespace isnad

// The server's analysis slots: arrival order, timeouts, no lost slots.
#include "server/fifo_slots.h"

#include <gtest/gtest.h>

#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

namespace isnad {
namespace {

using namespace std::chrono_literals;

void WaitForQueue(const FifoSlots& slots, int n) {
  const auto give_up = FifoSlots::Clock::now() + 10s;
  while (slots.waiting() != n && FifoSlots::Clock::now() < give_up) std::this_thread::sleep_for(1ms);
  ASSERT_EQ(slots.waiting(), n);
}

TEST(FifoSlots, WaitersAreServedInArrivalOrder) {
  FifoSlots slots(1);
  ASSERT_TRUE(slots.AcquireUntil(FifoSlots::Clock::now()));
  std::mutex mu;
  std::vector<int> order;
  std::vector<std::thread> threads;
  for (int i = 0; i < 6; ++i) {
    threads.emplace_back([&, i] {
      ASSERT_TRUE(slots.AcquireUntil(FifoSlots::Clock::now() + 30s));
      {
        std::lock_guard<std::mutex> lock(mu);
        order.push_back(i);
      }
      slots.Release();
    });
    WaitForQueue(slots, i + 1);  // thread i is queued before i + 1 starts
  }
  slots.Release();
  for (auto& t : threads) t.join();
  EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3, 4, 5}));
  EXPECT_EQ(slots.waiting(), 0);
}

TEST(FifoSlots, TimedOutWaiterTakesNoSlot) {
  FifoSlots slots(2);
  ASSERT_TRUE(slots.AcquireUntil(FifoSlots::Clock::now()));
  ASSERT_TRUE(slots.AcquireUntil(FifoSlots::Clock::now()));
  EXPECT_FALSE(slots.AcquireUntil(FifoSlots::Clock::now() + 20ms));
  EXPECT_EQ(slots.waiting(), 0);
  slots.Release();
  slots.Release();
  // Both slots are back, and no third one appeared.
  EXPECT_TRUE(slots.AcquireUntil(FifoSlots::Clock::now()));
  EXPECT_TRUE(slots.AcquireUntil(FifoSlots::Clock::now()));
  EXPECT_FALSE(slots.AcquireUntil(FifoSlots::Clock::now() + 5ms));
}

TEST(FifoSlots, ATimeoutInTheMiddleKeepsTheOrderOfTheRest) {
  FifoSlots slots(1);
  ASSERT_TRUE(slots.AcquireUntil(FifoSlots::Clock::now()));
  std::vector<int> order;
  std::mutex mu;
  auto waiter = [&](int id, std::chrono::milliseconds patience) {
    return std::thread([&, id, patience] {
      if (!slots.AcquireUntil(FifoSlots::Clock::now() + patience)) return;
      {
        std::lock_guard<std::mutex> lock(mu);
        order.push_back(id);
      }
      slots.Release();
    });
  };
  std::thread a = waiter(1, 30s);
  WaitForQueue(slots, 1);
  std::thread b = waiter(2, 30ms);  // gives up while the slot is held
  WaitForQueue(slots, 2);
  std::thread c = waiter(3, 30s);
  WaitForQueue(slots, 3);
  b.join();
  EXPECT_EQ(slots.waiting(), 2);
  slots.Release();
  a.join();
  c.join();
  EXPECT_EQ(order, (std::vector<int>{1, 3}));
}

}  // namespace
}  // namespace isnad

#include "course/parallel_for.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

namespace course {
namespace {

TEST(ParallelFor, EveryIndexOnceOnAtMostJobsThreads) {
  std::vector<std::atomic<int>> calls(50);
  std::mutex lock;
  std::set<std::thread::id> threads;
  std::atomic<int> workers{0};
  parallel_for(calls.size(), 3, [&]() -> IndexWork {
    ++workers;
    return [&](std::size_t i) {
      ++calls[i];
      std::lock_guard<std::mutex> guard(lock);
      threads.insert(std::this_thread::get_id());
    };
  });
  for (std::size_t i = 0; i < calls.size(); ++i) EXPECT_EQ(calls[i], 1) << "index " << i;
  EXPECT_EQ(workers, 3);  // One work function per thread.
  EXPECT_LE(threads.size(), 3u);
}

TEST(ParallelFor, NoMoreWorkersThanIndicesAndNoneForNothing) {
  std::atomic<int> workers{0};
  const auto count_workers = [&]() -> IndexWork {
    ++workers;
    return [](std::size_t) {};
  };
  parallel_for(2, 8, count_workers);
  EXPECT_EQ(workers, 2);
  workers = 0;
  parallel_for(0, 4, count_workers);
  EXPECT_EQ(workers, 0);
}

TEST(ParallelFor, AFaultStopsTheBatchAndIsRethrown) {
  std::atomic<int> done{0};
  EXPECT_THROW(parallel_for(1000, 2,
                            [&]() -> IndexWork {
                              return [&](std::size_t i) {
                                if (i == 3) throw std::runtime_error("disk full");
                                // Slow enough that the other worker cannot finish the batch
                                // in the time the fault takes to stop it.
                                std::this_thread::sleep_for(std::chrono::milliseconds(1));
                                ++done;
                              };
                            }),
               std::runtime_error);
  EXPECT_LT(done, 500);  // The other worker stopped after its current index.
}

TEST(ParallelFor, AWorkerThatCannotStartIsAFault) {
  EXPECT_THROW(parallel_for(5, 2, []() -> IndexWork { throw std::runtime_error("no sandbox"); }),
               std::runtime_error);
}

}  // namespace
}  // namespace course

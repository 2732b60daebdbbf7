#include "course/parallel_for.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace course {

void parallel_for(std::size_t count, int jobs, const std::function<IndexWork()>& make_worker) {
  std::atomic<std::size_t> next{0};
  std::mutex lock;
  std::exception_ptr fault;
  const auto worker = [&] {
    try {
      const IndexWork work = make_worker();
      for (std::size_t i = next++; i < count; i = next++) work(i);
    } catch (...) {
      std::lock_guard<std::mutex> guard(lock);
      if (!fault) fault = std::current_exception();
      next = count;  // The other workers stop after their current index.
    }
  };
  const std::size_t workers = std::min<std::size_t>(std::size_t(std::max(jobs, 1)), count);
  std::vector<std::thread> threads;
  for (std::size_t w = 1; w < workers; ++w) threads.emplace_back(worker);
  if (workers > 0) worker();
  for (auto& t : threads) t.join();
  if (fault) std::rethrow_exception(fault);
}

}  // namespace course

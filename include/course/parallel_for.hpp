// A bounded worker pool for grading: `course grade` grades submissions and `course validate`
// exercises, `--jobs` at a time. Each worker owns what cannot be shared (a Grader runs one grade
// at a time), so the pool asks for one work function per thread.
#pragma once

#include <cstddef>
#include <functional>

namespace course {

using IndexWork = std::function<void(std::size_t)>;

// Calls some worker's function once for each index in [0, count), on up to `jobs` threads (the
// calling thread is one of them). `make_worker` runs once on each thread and returns that
// thread's work function. The first exception (a fault of this machine: grading itself reports
// failures as results) stops the other workers after their current index and is rethrown here.
void parallel_for(std::size_t count, int jobs, const std::function<IndexWork()>& make_worker);

}  // namespace course

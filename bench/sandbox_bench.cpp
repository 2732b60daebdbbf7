// Per-run overhead of the sandbox: /usr/bin/true through the degraded (rlimit) runner and the
// bwrap runner, each with and without the run's cgroups, side by side in one process (the machine
// varies ±10-20% between runs), reporting the median of 20 runs each and the differences. Goal
// (issue 4): the sandbox (bwrap and cgroups) adds ≤ 50 ms per run.
//   sandbox_bench [RUNS]
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "sandbox/isolation.hpp"
#include "sandbox/process_runner.hpp"

namespace {

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Milliseconds of one full run() as the grader sees it (including the lock, kill and reap).
double time_run(sandbox::ProcessRunner& runner, const sandbox::Spec& spec) {
  const auto start = std::chrono::steady_clock::now();
  const sandbox::Result result = runner.run(spec);
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (result.outcome != sandbox::Outcome::kExited || result.exit_code != 0) {
    std::fprintf(stderr, "run failed (%s): %s%s\n", result.isolation.c_str(), result.error.c_str(),
                 result.stderr_data.c_str());
    std::exit(1);
  }
  return ms;
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 20;
  char dir[] = "/tmp/sandbox-bench-XXXXXX";
  if (::mkdtemp(dir) == nullptr) return 1;
  sandbox::Spec spec;
  spec.argv = {"/usr/bin/true"};
  spec.cwd = dir;

  const sandbox::IsolationStatus& status = sandbox::sandbox_isolation();
  if (status.isolation != sandbox::Isolation::kBwrap) {
    std::fprintf(stderr, "bwrap unavailable: %s\n", status.reason.c_str());
    return 1;
  }
  // Without cgroups where none is writable: the "with" columns then measure the same thing.
  const bool cgroups = status.cgroup != "none";
  auto degraded = sandbox::make_rlimit_runner(sandbox::CgroupUse::kOff);
  auto degraded_cg = sandbox::make_rlimit_runner();
  auto bwrap =
      sandbox::make_bwrap_runner(status.bwrap, COURSE_SANDBOX_INIT_PATH, sandbox::CgroupUse::kOff);
  auto bwrap_cg = sandbox::make_bwrap_runner(status.bwrap, COURSE_SANDBOX_INIT_PATH);
  std::vector<double> plain, plain_cg, boxed, boxed_cg;
  for (int i = 0; i < runs; ++i) {  // Interleaved, so all see the same machine load.
    plain.push_back(time_run(*degraded, spec));
    plain_cg.push_back(time_run(*degraded_cg, spec));
    boxed.push_back(time_run(*bwrap, spec));
    boxed_cg.push_back(time_run(*bwrap_cg, spec));
  }
  ::rmdir(dir);
  const double a = median(plain), b = median(boxed);
  const double a_cg = median(plain_cg), b_cg = median(boxed_cg);
  std::printf("runs=%d cgroup=%s (%s)\n", runs, status.cgroup.c_str(),
              status.cgroup_detail.c_str());
  std::printf("degraded_median_ms=%.1f bwrap_median_ms=%.1f bwrap_overhead_ms=%.1f\n", a, b, b - a);
  if (cgroups) {
    std::printf(
        "with cgroups: degraded_median_ms=%.1f bwrap_median_ms=%.1f cgroup_cost_ms=%.1f "
        "(degraded) %.1f (bwrap) sandbox_overhead_ms=%.1f\n",
        a_cg, b_cg, a_cg - a, b_cg - b, b_cg - a);
  }
  return 0;
}

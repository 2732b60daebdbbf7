// expect: timeout
// Tries to lift its own CPU, memory and process limits back to unlimited (the limits are hard,
// so this fails with EPERM), then spins: the original CPU limit still ends it.
#include <sys/resource.h>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  const rlimit unlimited{RLIM_INFINITY, RLIM_INFINITY};
  for (int resource : {RLIMIT_CPU, RLIMIT_AS, RLIMIT_NPROC, RLIMIT_FSIZE, RLIMIT_NOFILE})
    ::setrlimit(static_cast<__rlimit_resource>(resource), &unlimited);
  rlimit cpu{};
  ::getrlimit(RLIMIT_CPU, &cpu);
  cpu.rlim_cur = cpu.rlim_max;  // Raising soft up to hard is allowed: one more second at most.
  ::setrlimit(RLIMIT_CPU, &cpu);
  volatile unsigned long n = 0;
  for (;;) n = n + 1;
}

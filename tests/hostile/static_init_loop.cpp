// expect: timeout
// expect-text: ran out of time
// modes: bwrap
// A static initializer that never returns: runs before main(), so before any case is read.
// Must end as a timeout within 3x the CPU limit (5 s), leaving no process behind.
#include "quality_checks.hpp"

namespace {
struct Forever {
  Forever() {
    volatile unsigned long n = 0;
    for (;;) n = n + 1;
  }
} forever;
}  // namespace

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  return {};
}

// expect: failed
// modes: bwrap degraded
// Leaves a detached grandchild (double fork + setsid) holding stdout open and sleeping. The
// runner must not wait for the pipe to close, and must kill the grandchild.
#include <unistd.h>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  static bool spawned = false;
  if (!spawned && ::fork() == 0) {
    ::setsid();
    if (::fork() == 0) {
      for (;;) ::sleep(1000);
    }
    ::_exit(0);
  }
  spawned = true;
  return {};
}

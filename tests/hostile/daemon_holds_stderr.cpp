// expect: failed
// A child that ignores SIGHUP and SIGTERM, leaves the group with setsid(), closes stdout but keeps
// stderr open and writes to it slowly, forever, while the parent carries on and returns. The
// runner must not wait for stderr's EOF, and must find and kill the child outside its group.
#include <signal.h>
#include <unistd.h>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  static bool spawned = false;
  if (!spawned && ::fork() == 0) {
    ::signal(SIGHUP, SIG_IGN);
    ::signal(SIGTERM, SIG_IGN);
    ::setsid();
    ::close(1);
    for (;;) {
      (void)!::write(2, ".", 1);
      ::usleep(100000);
    }
  }
  spawned = true;
  return {};
}

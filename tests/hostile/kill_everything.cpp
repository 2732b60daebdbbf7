// expect: crashed|failed
// modes: bwrap degraded
// kill(-1, SIGKILL) from a forked child that first left the group: every process the box may
// signal. Neither the runner, bwrap nor other runs on the machine may die; then the program
// returns normally (wrong answer).
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  const pid_t child = ::fork();
  if (child == 0) {
    ::setsid();
    ::kill(-1, SIGKILL);
    ::_exit(0);
  }
  ::waitpid(child, nullptr, 0);
  return {};
}

// expect: failed
// modes: bwrap
// Closes stdin, stdout and stderr, then prints to them anyway (EBADF, no SIGPIPE) and returns a
// wrong answer: a plain failure, and the runner reads its pipes' EOF without trouble.
#include <unistd.h>

#include <cstdio>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  ::close(0);
  ::close(1);
  ::close(2);
  std::printf("still here\n");
  std::fflush(stdout);
  return {};
}

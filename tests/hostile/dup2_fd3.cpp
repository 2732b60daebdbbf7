// expect: failed
// modes: bwrap
// Points the result channel at stdout (dup2(1, 3)) and stdout at the channel's old pipe: the
// harness's records end up in the program's printed output, which the parent never parses.
#include <unistd.h>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  static bool done = false;
  if (!done) {
    done = true;
    const int channel = ::dup(3);
    ::dup2(1, 3);
    ::dup2(channel, 1);
    ::close(channel);
  }
  return {};
}

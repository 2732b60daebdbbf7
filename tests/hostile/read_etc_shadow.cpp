// expect: failed
// expect-text: shadow: No such file or directory
// expect-text-degraded: shadow: Permission denied
// modes: bwrap degraded
// Reads /etc/shadow (root-only). Not in the bwrap box's /etc; in degraded mode the program runs
// as an unprivileged uid, which may not read it.
#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  std::ifstream in("/etc/shadow");
  if (!in)
    throw std::runtime_error(std::string("shadow"
                                         ": ") +
                             std::strerror(errno));
  std::string head(64, '\0');
  in.read(&head[0], 64);
  throw std::runtime_error(
      "shadow"
      ": LEAKED " +
      head);
}

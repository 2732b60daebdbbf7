// expect: failed
// expect-text: progress: No such file or directory
// expect-text-degraded: progress: Permission denied
// Reads the learner's own progress file by absolute path. Not in the bwrap box; in degraded mode
// the file is private (0600) to the learner's uid, and the program runs as another.
#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  std::ifstream in("@WORKSPACE@/.course/progress.json");
  if (!in)
    throw std::runtime_error(std::string("progress"
                                         ": ") +
                             std::strerror(errno));
  std::string head(64, '\0');
  in.read(&head[0], 64);
  throw std::runtime_error(
      "progress"
      ": LEAKED " +
      head);
}

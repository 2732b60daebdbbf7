// expect: failed
// expect-text: progress: (No such file or directory|Permission denied)
// modes: bwrap degraded
// Tries to overwrite the learner's progress file (and its backup) by absolute path with a
// record of every exercise passed. Not in the bwrap box; private to the learner's uid in
// degraded mode. hostile.sh also checks the file is still valid and records this attempt.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  std::string report;
  for (const char* path : {"@WORKSPACE@/.course/progress.json",
                           "@WORKSPACE@/.course/progress.json.bak"}) {
    std::FILE* out = std::fopen(path, "w");
    if (!out) {
      report += std::string("progress: ") + std::strerror(errno) + "; ";
      continue;
    }
    std::fputs("{\"exercises\": {\"1.1\": {\"state\": \"passed\"}}}", out);
    std::fclose(out);
    report += "progress: OVERWRITTEN; ";
  }
  throw std::runtime_error(report);
}

// expect: compile_error
// expect-text: progress.json: No such file or directory
// xfail-degraded: the degraded compiler runs as root and sees every file
// Includes the learner's progress file by absolute path (its JSON in the diagnostics): the
// compiler does not see the workspace's .course/.
#include "@WORKSPACE@/.course/progress.json"

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  return {};
}

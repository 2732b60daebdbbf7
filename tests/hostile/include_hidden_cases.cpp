// expect: compile_error
// expect-text: cases.json: No such file or directory
// xfail-degraded: the degraded compiler runs as root and sees every file
// Includes the exercise's hidden cases by absolute path (hostile.sh replaces @COURSE_SOURCE@):
// the compiler would print their contents in its diagnostics. The compiler runs in the sandbox,
// which does not contain assessments/.
#include "@COURSE_SOURCE@/assessments/exercises/1.1/cases.json"

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  return {};
}

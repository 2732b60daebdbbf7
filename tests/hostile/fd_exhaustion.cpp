// expect: failed
// expect-text: opened [0-9]+ files, then: Too many open files
// Opens /dev/null until the open-file limit says no, keeps them all, and reports how far it
// got. The harness's result channel was opened before and keeps working.
#include <fcntl.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  int opened = 0;
  while (::open("/dev/null", O_RDONLY) >= 0) ++opened;
  throw std::runtime_error("opened " + std::to_string(opened) +
                           " files, then: " + std::strerror(errno));
}

// expect: failed
// modes: bwrap
// Prints NUL bytes, invalid UTF-8, terminal escapes and one 200 KB line, then throws a message
// holding the same bytes. Captured byte-exactly; the JSON result stays valid (checked by the
// runner with a real parser).
#include <cstdio>
#include <stdexcept>
#include <string>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  static const char nasty[] = "nul:\0 bad:\xff\xfe\xc3\x28 esc:\x1b[31m quote:\" bs:\\ end";
  std::fwrite(nasty, 1, sizeof nasty, stdout);
  std::fwrite(nasty, 1, sizeof nasty, stderr);
  std::puts(std::string(200000, 'L').c_str());
  throw std::runtime_error(std::string(nasty, sizeof nasty));
}

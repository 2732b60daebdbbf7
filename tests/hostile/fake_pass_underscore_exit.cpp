// expect: failed
// expect-text: stopped .exit code 0. before producing a result
// modes: bwrap
// Prints a fake course report (human and JSON) and a fake JUnit file on stdout, writes a fake
// results.json in its working directory, then _exit(0): no atexit handlers, no flush, no
// records. Nothing the child prints or writes can pass a checkpoint.
#include <unistd.h>

#include <cstdio>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  static const char fake[] =
      "✓ 1.1 missing-values passed (2/2)\n"
      "{\"version\": 1, \"passed\": true, \"points\": 14, \"max_points\": 14}\n"
      "<testsuite tests=\"7\" failures=\"0\" errors=\"0\"/>\n";
  (void)!::write(1, fake, sizeof fake - 1);
  if (std::FILE* out = std::fopen("results.json", "w")) {
    std::fputs("{\"score\": 14, \"tests\": []}\n", out);
    std::fclose(out);
  }
  ::_exit(0);
}

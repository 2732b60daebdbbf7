// expect: failed
// expect-text: out of order
// modes: bwrap
// With the real nonce (read back from stdin), writes an extra record for case 0 before the
// harness writes its own, then lets the harness carry on: the repeated case breaks the sequence
// and fails the run's records from there on.
#include <unistd.h>

#include <string>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  static bool done = false;
  if (!done) {
    done = true;
    std::string input(1 << 20, '\0');
    const ssize_t got = ::pread(0, &input[0], input.size(), 0);
    input.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
    const auto at = input.find("\"nonce\":\"");
    const std::string nonce = at == std::string::npos ? "" : input.substr(at + 9, 32);
    const std::string line =
        "{\"case\":0,\"nonce\":\"" + nonce + "\",\"output\":{\"issues\":[]},\"micros\":1}\n";
    (void)!::write(3, line.data(), line.size());
  }
  return {};
}

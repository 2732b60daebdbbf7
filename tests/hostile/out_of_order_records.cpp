// expect: failed
// expect-text: out of order
// modes: bwrap
// With the real nonce, writes the records of cases 5..0 in reverse order, then exits: the
// first record is for the wrong case, so none is accepted.
#include <unistd.h>

#include <string>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  std::string input(1 << 20, '\0');
  const ssize_t got = ::pread(0, &input[0], input.size(), 0);
  input.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
  const auto at = input.find("\"nonce\":\"");
  const std::string nonce = at == std::string::npos ? "" : input.substr(at + 9, 32);
  for (int i = 5; i >= 0; --i) {
    const std::string line = "{\"case\":" + std::to_string(i) + ",\"nonce\":\"" + nonce +
                             "\",\"output\":{\"issues\":[]},\"micros\":1}\n";
    (void)!::write(3, line.data(), line.size());
  }
  ::_exit(0);
}

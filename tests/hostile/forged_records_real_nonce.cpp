// expect: failed
// modes: bwrap
// Reads the real nonce from its own stdin (a file: pread from offset 0 sees the cases the harness
// already consumed) and writes records for every case with it, claiming "no issues". The nonce
// only proves the record came through the box; the parent still judges the output against
// expectations the child never saw, so the forgery is just a wrong answer.
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
  for (int i = 0; i < 16; ++i) {
    const std::string line = "{\"case\":" + std::to_string(i) + ",\"nonce\":\"" + nonce +
                             "\",\"output\":{\"issues\":[]},\"micros\":1}\n";
    (void)!::write(3, line.data(), line.size());
  }
  ::_exit(0);
}

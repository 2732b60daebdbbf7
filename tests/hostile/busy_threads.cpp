// expect: timeout
// Four threads spin at once: the CPU limit counts all of them (it is per process, summed over
// threads), so this ends sooner than one spinning thread would, and the wall limit holds anyway.
#include <thread>
#include <vector>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i)
    threads.emplace_back([] {
      volatile unsigned long n = 0;
      for (;;) n = n + 1;
    });
  for (auto& t : threads) t.join();
  return {};
}

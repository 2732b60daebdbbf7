// expect: failed|timeout|crashed
// Creates threads until the process limit stops it, each sleeping forever, then returns.
// Capped, killed whole at the end, zero survivors.
#include <pthread.h>
#include <unistd.h>

#include "quality_checks.hpp"

namespace {
void* sleep_forever(void*) {
  for (;;) ::pause();
}
}  // namespace

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 64 << 10);
  for (int i = 0; i < 100000; ++i) {
    pthread_t thread;
    if (pthread_create(&thread, &attr, sleep_forever, nullptr) != 0) break;
    pthread_detach(thread);
  }
  return {};
}

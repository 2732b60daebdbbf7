// Test helper: prints this process's isolation decision as "<isolation> cached|probed", for the
// probe cache tests (the decision is taken once per process, so each case needs a new one), then
// "cgroup <mode>" (COURSE_SANDBOX_CGROUP's tests).
#include <cstdio>

#include "sandbox/isolation.hpp"

int main() {
  const sandbox::IsolationStatus& status = sandbox::sandbox_isolation();
  std::printf("%s %s\n", sandbox::isolation_name(status.isolation),
              status.probe_cached ? "cached" : "probed");
  std::printf("cgroup %s\n", status.cgroup.c_str());
  return 0;
}

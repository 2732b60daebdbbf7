#include "course/grader/resource_use.hpp"

namespace course {

ResourceUse resource_use(std::string name, const sandbox::Result& result) {
  const sandbox::Accounting& a = result.accounting;
  ResourceUse use;
  use.name = std::move(name);
  use.outcome = sandbox::outcome_name(result.outcome);
  use.wall_seconds = result.wall_seconds;
  use.cpu_seconds = a.cpu_seconds >= 0 ? a.cpu_seconds : result.cpu_seconds;
  use.memory_peak_bytes = a.memory_peak_bytes;
  use.oom_kills = a.oom_kills;
  use.pids_limit_events = a.pids_limit_events;
  use.cgroup = a.cgroup;
  return use;
}

}  // namespace course

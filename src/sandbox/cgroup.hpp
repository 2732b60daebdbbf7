// Control groups for one run: a hard cap on the memory and the number of tasks of everything the
// child starts (whatever its uid, root included), accounting (peak memory, CPU, limit events)
// and a kill that reaches every descendant.
//
// Which cgroups are writable differs between machines, so it is probed once per process, never
// assumed (docs/sandbox.md):
//   v2    a cgroup2 hierarchy where the runner's own cgroup can give its children the memory and
//         pids controllers (pure v2 as root, or a delegated subtree): one directory per run with
//         memory.max, pids.max, memory.peak/memory.events, pids.events, cpu.stat, cgroup.kill.
//   v1    writable v1 hierarchies for memory and pids (cpuacct when there is one), as on our
//         machines and CI: one directory per hierarchy per run; where a cgroup2 mount without
//         controllers exists too ("hybrid"), one more directory there for cgroup.kill and cpu.stat.
//   none  nothing writable (or COURSE_SANDBOX_CGROUP=off): the rlimit limits alone, reported.
// Run groups are created under the runner's own cgroup in each hierarchy (so any limit the
// machine put on the runner still holds), named course-<runner pid>-<counter>. Groups left by a
// killed runner (its pid is gone) are emptied and removed by the next probe in any process.
//
// Thread safety: cgroup_support() may be called from any thread; a CgroupSet belongs to one run.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sandbox::internal {

enum class CgroupMode { kNone, kV1, kV2 };

// "none", "v1" or "v2": the value of Result::cgroup and IsolationStatus::cgroup.
const char* cgroup_mode_name(CgroupMode mode);

// What the probe found: where run groups are made, per controller.
struct CgroupSupport {
  CgroupMode mode = CgroupMode::kNone;
  std::string detail;  // What is used ("v1: memory, pids, cpuacct; cgroup.kill from cgroup2") or
                       // why nothing is (the first reason a candidate failed).
  // Parent directories (the runner's own cgroup in each hierarchy); empty = not available. In v2
  // all four are the same directory.
  std::string memory_parent;
  std::string pids_parent;
  std::string cpu_parent;   // v1 cpuacct, or the cgroup2 directory for cpu.stat.
  std::string kill_parent;  // A cgroup2 directory, for cgroup.kill; empty = kill by cgroup.procs.
  // COURSE_SANDBOX_CGROUP names no mode: the message, as for a bad COURSE_SANDBOX.
  std::string setting_error;
};

// The probe, run once per process (COURSE_SANDBOX_CGROUP=auto|v2|v1|off, default auto, chooses
// what is tried). The first call also sweeps stale run groups of dead runners.
const CgroupSupport& cgroup_support();

// Probes without caching (tests): `wanted` is "auto", "v2", "v1" or "off".
CgroupSupport probe_cgroups(const std::string& wanted);

// Removes run groups under the parents of `support` whose runner pid no longer exists, killing
// what still runs in them. Returns how many groups were removed.
int sweep_stale_cgroups(const CgroupSupport& support);

// What the kernel counted for one run's groups.
struct CgroupUsage {
  bool available = false;                 // Read from a cgroup (false: mode none).
  std::uint64_t memory_peak_bytes = 0;    // 0 when the kernel does not report a peak.
  std::uint64_t memory_limit_events = 0;  // v1 failcnt, v2 memory.events "max".
  std::uint64_t oom_kills = 0;            // Processes the OOM killer killed in the group.
  std::uint64_t pids_limit_events = 0;    // fork()/clone() refused by pids.max.
  double cpu_seconds = -1;                // CPU of every task that ran in it; -1 unknown.
};

// The groups of one run. Movable, not copyable; the destructor removes what is left.
class CgroupSet {
 public:
  CgroupSet() = default;
  // Creates the run's groups under `support` with memory.max = memory_bytes (0: no limit) and
  // pids.max = max_tasks. On failure returns an empty set (mode() == kNone) and says why.
  static CgroupSet create(const CgroupSupport& support, std::uint64_t memory_bytes, int max_tasks,
                          std::string* why);
  CgroupSet(CgroupSet&& other) noexcept;
  CgroupSet& operator=(CgroupSet&& other) noexcept;
  CgroupSet(const CgroupSet&) = delete;
  CgroupSet& operator=(const CgroupSet&) = delete;
  ~CgroupSet();

  CgroupMode mode() const { return mode_; }
  // The cgroup.procs files a process writes "0" to to join every group (the child does so
  // before exec; its descendants inherit membership).
  const std::vector<std::string>& procs_files() const { return procs_files_; }
  // Directories of the run's groups (tests look at them).
  const std::vector<std::string>& directories() const { return dirs_; }

  // SIGKILLs every task in the groups: cgroup.kill where there is one, else each pid listed in
  // cgroup.procs. Returns how many live tasks were still listed before the kill.
  int kill_all() const;
  CgroupUsage usage() const;
  // Kills until the groups are empty and removes them (bounded: ~2 s). False with why if a
  // group could not be removed; the next sweep retries.
  bool remove(std::string* why);

 private:
  CgroupMode mode_ = CgroupMode::kNone;
  std::string memory_dir_, pids_dir_, cpu_dir_, kill_dir_;
  std::vector<std::string> dirs_;
  std::vector<std::string> procs_files_;
  bool cpu_is_v2_ = false;
};

}  // namespace sandbox::internal

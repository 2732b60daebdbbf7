// sandbox: run one untrusted child process under hard limits and report what happened.
//
// This library knows nothing of grading or courses. It starts a program, feeds it a stdin file,
// captures stdout, stderr and an optional result channel (fd 3) up to byte caps, enforces CPU,
// wall-clock, memory, file-size, open-file and process limits, kills the child's whole process
// group at the end, and classifies the outcome from the runner's own evidence (its timers, byte
// counters and wait status), never from what the child prints.
//
// Thread safety: a ProcessRunner may be used from one thread at a time.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace sandbox {

// Resource limits applied to the child (hard rlimits set before exec) and by the runner's timers.
struct Limits {
  double cpu_seconds = 5.0;    // RLIMIT_CPU soft; hard = soft + 1 s.
  double wall_seconds = 10.0;  // Runner's own timer; a sleeping child burns no CPU.
  std::uint64_t address_space_bytes = 1ull << 30;  // RLIMIT_AS. 0 = leave unlimited.
  // Memory of all the run's processes together (and of their files in the private /tmp),
  // enforced by the run's memory cgroup where one is writable: RLIMIT_AS is per process. 0 =
  // address_space_bytes + tmp_bytes + 64 MiB (bwrap, the init, the page cache of the program's
  // files), so that one process meets RLIMIT_AS first (a clean bad_alloc, not a reclaim-thrashing
  // crawl to the OOM killer) and the cgroup catches what RLIMIT_AS cannot see. With
  // address_space_bytes 0 as well: no memory limit.
  std::uint64_t memory_bytes = 0;

  // memory_bytes with its default applied; 0 = no limit.
  std::uint64_t cgroup_memory_bytes() const;
  std::uint64_t stack_bytes = 64ull << 20;      // RLIMIT_STACK.
  std::uint64_t file_size_bytes = 16ull << 20;  // RLIMIT_FSIZE: largest file the child may write.
  int open_files = 64;                          // RLIMIT_NOFILE.
  int processes = 32;  // Extra processes/threads the child may create (RLIMIT_NPROC of the
                       // sandbox uid, and the cgroup's pids.max, which also holds for root).
  std::uint64_t stdout_cap_bytes = 1ull << 20;  // Bytes kept; more kills the child (OutputLimit).
  std::uint64_t stderr_cap_bytes = 1ull << 20;
  std::uint64_t channel_cap_bytes = 64ull << 20;  // Result channel (fd 3) cap.
  std::uint64_t tmp_bytes = 64ull << 20;  // Size of the private /tmp (bwrap runner; a tmpfs).

  // Throws std::invalid_argument naming the field when a value is out of range.
  void validate() const;
};

// What to run. Paths are absolute.
struct Spec {
  std::vector<std::string> argv;  // argv[0] is the program path (no PATH search).
  std::vector<std::string> env;   // Complete environment ("K=V"); the parent's is not inherited.
  std::string cwd;                // Working directory: a fresh, empty directory made for this run.
                                  // When the runner drops to an unprivileged uid it chowns cwd to
                                  // that uid, so the child may write scratch files there only.
  std::string stdin_path;         // File opened read-only as stdin; empty = /dev/null.
  bool result_channel = false;    // Open a pipe on the child's fd 3 and capture it.
  // Absolute files or directories the child needs to read besides /usr and argv[0] (headers,
  // libraries, objects to link). The bwrap runner makes only these, /usr, the program and cwd
  // (read-write) visible, each at its own path; a missing one is skipped. The rlimit runner
  // ignores the list: its child sees the whole file system its uid may read.
  std::vector<std::string> read_only_paths;
  // When running as root, run the child as the unprivileged sandbox uid (nobody). Learner
  // programs always do. The rlimit runner honours false for the trusted compiler, which must
  // read the course's headers wherever the course is installed; the bwrap runner always drops,
  // since it opens and binds what the child needs itself (the files must be world-readable).
  bool drop_privileges = true;
  Limits limits;
};

// How the run ended, judged by the runner.
enum class Outcome {
  kExited,       // Exited on its own (any exit code).
  kSignaled,     // Killed by a signal the runner did not send (segfault, abort, ...).
  kCpuTimeout,   // CPU limit reached (SIGXCPU / SIGKILL at the hard limit, or CPU time ≥ limit).
  kWallTimeout,  // Runner's wall timer fired; the runner killed the group.
  kOutputLimit,  // stdout, stderr or the channel exceeded its cap; the runner killed the group.
  kMemoryLimit,  // The run's memory cgroup reached its limit and the kernel's OOM killer ended
                 // the program (only with a memory cgroup; else a failed allocation: kSignaled).
  kSpawnFailed,  // The child could not be started (exec failed, bad cwd, ...). See `error`.
};

const char* outcome_name(Outcome outcome);

// What the kernel counted in the run's control groups (src/sandbox/cgroup.hpp): the runner's
// evidence beside its timers and byte counters. Zero / -1 where no cgroup was used.
struct Accounting {
  std::string cgroup = "none";            // "v2", "v1" or "none": where the limits were enforced.
  std::uint64_t memory_peak_bytes = 0;    // Peak memory of all the run's processes together.
  std::uint64_t memory_limit_events = 0;  // Times the memory limit was reached (reclaim or OOM).
  std::uint64_t oom_kills = 0;            // Processes killed by the OOM killer in the group.
  std::uint64_t pids_limit_events = 0;    // fork()/clone() calls refused by pids.max.
  double cpu_seconds = -1;  // CPU of every task that ran in the group, daemons included; -1 =
                            // not counted.
};

struct Result {
  Outcome outcome = Outcome::kSpawnFailed;
  int exit_code = -1;       // Valid when outcome == kExited.
  int signal = 0;           // Terminating signal when the child died of one, else 0.
  double wall_seconds = 0;  // Runner-measured wall time.
  double cpu_seconds = 0;   // User + system CPU of the child and its reaped descendants.
  std::string stdout_data;  // At most stdout_cap_bytes; byte-exact (may hold NULs, bad UTF-8).
  std::string stderr_data;
  std::string channel_data;
  std::uint64_t stdout_bytes = 0;  // Total bytes seen (may exceed what was kept).
  std::uint64_t stderr_bytes = 0;
  std::uint64_t channel_bytes = 0;
  std::string error;      // Why the spawn failed, or other runner-side detail.
  std::string isolation;  // "bwrap" (namespaces) or "degraded" (rlimits and uid only).
  Accounting accounting;
};

// Whether a runner puts its runs in control groups: kAuto uses what the probe found
// (COURSE_SANDBOX_CGROUP may turn it off), kOff never does (the rlimit paths alone).
enum class CgroupUse { kAuto, kOff };

// The seam between the grader and the operating system: the grader takes a ProcessRunner, tests
// pass a fake, and stronger isolation (bubblewrap namespaces, cgroups) is another implementation.
class ProcessRunner {
 public:
  virtual ~ProcessRunner() = default;
  // Runs spec to completion. Never throws for anything the child does; throws std::system_error
  // only when the runner itself cannot work (no pipes, no fork).
  virtual Result run(const Spec& spec) = 0;
};

// POSIX runner (isolation "degraded"): fork, new process group (setsid), hard rlimits, exec.
// When running as root it switches the child to an unprivileged uid (nobody) so RLIMIT_NPROC
// holds and the child cannot touch root-owned files; at the end it kills the group and, as root,
// every process of that uid. No namespaces: the child sees the file system and the network.
std::unique_ptr<ProcessRunner> make_rlimit_runner(CgroupUse cgroups = CgroupUse::kAuto);

// The rlimit runner's supervision around bubblewrap (isolation "bwrap"): new pid, net, ipc, uts
// (and, without root, user) namespaces; a read-only view of /usr, the program and
// Spec::read_only_paths; cwd read-write; a private size-capped /tmp; minimal /proc and /dev; no
// network. A trusted init inside reports the program's real wait status and CPU time (bwrap
// itself reports a death by signal n as exit code 128+n). `bwrap` and `init` are absolute paths
// of the bwrap executable and of course-sandbox-init. Runs fail with kSpawnFailed where bwrap
// cannot work; use make_default_runner() (sandbox/isolation.hpp) to probe first.
std::unique_ptr<ProcessRunner> make_bwrap_runner(const std::string& bwrap, const std::string& init,
                                                 CgroupUse cgroups = CgroupUse::kAuto);

}  // namespace sandbox

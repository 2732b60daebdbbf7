// sandbox isolation: which runner this machine supports, probed once per process (and a passed
// probe remembered across processes: src/sandbox/probe_cache.hpp).
//
// bubblewrap needs namespaces, which Docker's default seccomp profile, some AppArmor setups and
// nested containers forbid. The probe runs `true` through the bwrap runner once; where that fails
// every run falls back to the rlimit runner, still with all limits, timers, caps and the separate
// uid, and says so: isolation "degraded" in every result. Instructor batch grading must refuse
// degraded mode unless the user allows it explicitly.
//
// COURSE_SANDBOX=auto (default) | bwrap | degraded overrides the choice, so that tests cover both
// modes: "bwrap" skips the fallback (runs fail loudly where bwrap does not work); "degraded"
// skips the probe.
//
// A cached "bwrap works" is trusted until a run fails to start: the runner then probes again, and
// if that fails too, forgets the cache entry, switches itself and the status to degraded and
// repeats the run there (it never started, so repeating it is safe).
//
// Thread safety: all functions may be called from any thread; the probe runs once. The status
// changes at most once, from bwrap to degraded, during the first run of a cached decision that
// turned out wrong: read it from the thread that runs.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

#include "sandbox/process_runner.hpp"

namespace sandbox {

enum class Isolation {
  kBwrap,     // Namespaces: the child sees only the toolchain, its box and a private /tmp.
  kDegraded,  // rlimits, timers, caps and the sandbox uid only.
};

// "bwrap" or "degraded": the value of Result::isolation.
const char* isolation_name(Isolation isolation);

struct IsolationStatus {
  Isolation isolation = Isolation::kDegraded;
  std::string reason;         // Why degraded (probe failure, override), or "" for bwrap.
  std::string bwrap;          // The bwrap executable used (empty when none was found).
  bool probe_cached = false;  // bwrap chosen from the probe cache, without probing.
  double probe_seconds = 0;   // Time spent deciding (probe or cache look-up).
  // Control groups every run is put in (src/sandbox/cgroup.hpp), whatever the isolation:
  // "v2", "v1" or "none" (then memory and task limits rest on rlimits alone), and what exactly is
  // used or why nothing is. COURSE_SANDBOX_CGROUP=auto (default) | v2 | v1 | off chooses.
  std::string cgroup = "none";
  std::string cgroup_detail;
};

// COURSE_SANDBOX or COURSE_SANDBOX_CGROUP holds a value that names no mode: the user's input,
// not a fault of the machine (the CLI reports it as bad input, exit 2, and runs nothing).
class SettingError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

// The isolation this process uses (probe, COURSE_SANDBOX and COURSE_SANDBOX_CGROUP, evaluated
// once). Throws SettingError when either variable holds an unknown value.
const IsolationStatus& sandbox_isolation();

// A runner of that isolation: the one the grader uses.
std::unique_ptr<ProcessRunner> make_default_runner();

}  // namespace sandbox

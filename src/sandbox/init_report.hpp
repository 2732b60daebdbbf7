// What the sandbox init (sandbox_init.cpp) tells the bwrap runner on its status pipe.
//
// Through bubblewrap the runner waits for bwrap, not for the learner's program, and bwrap turns a
// death by signal into exit code 128+n: the same as the program's own exit(128+n). So a trusted
// init inside the namespaces forks the program, waits for it, and writes the real wait status and
// CPU time here. The program cannot forge a report: the pipe is close-on-exec in the init, which
// is non-dumpable (no ptrace, no /proc/<init>/fd) and, when the runner is root, runs as another
// uid than the program (cannot even be signalled). Without root the program may kill the init;
// the runner then has a start report and no end report, and says so.
#pragma once

#include <cstdint>

namespace sandbox::internal {

enum class InitEvent : std::uint32_t {
  kStarted = 1,     // The init runs inside the namespaces; pid_namespace is set.
  kExited = 2,      // The program ended: wait_status, cpu_micros.
  kExecFailed = 3,  // The program could not be started: stage, error_number.
};

// Where kExecFailed happened, for the runner's message.
enum class InitStage : std::int32_t {
  kFork = 1,
  kPrivileges = 2,
  kExec = 3,
};

// Fixed-size records: one write() of this size on a pipe is atomic.
struct InitReport {
  static constexpr std::uint32_t kMagic = 0x53424931;  // "SBI1"
  std::uint32_t magic = kMagic;
  InitEvent event = InitEvent::kStarted;
  std::int32_t wait_status = 0;
  std::int32_t error_number = 0;
  InitStage stage = InitStage::kExec;
  std::int32_t reserved = 0;
  std::int64_t cpu_micros = 0;      // User + system CPU of the program and its reaped children.
  std::uint64_t pid_namespace = 0;  // Inode of the init's /proc/self/ns/pid.
};

// The status pipe's number in the init (the runner passes it as the first extra descriptor).
constexpr int kInitStatusFd = 4;

}  // namespace sandbox::internal

// make_rlimit_runner: the POSIX runner. The parent prepares everything, forks, lets exec_child()
// set up the child, then supervises: it reads the pipes with poll(), keeps the wall timer and the
// byte caps, kills the whole process group (and, as root, every process of the sandbox uid) as
// soon as the main child is gone or a limit is hit, and classifies the end from its own evidence.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>
#include <mutex>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

#include "captured_stream.hpp"
#include "child_exec.hpp"
#include "privileges.hpp"
#include "termination.hpp"
#include "sandbox/process_runner.hpp"
#include "unique_fd.hpp"

namespace sandbox {
namespace {

using internal::CapturedStream;
using internal::ChildError;
using internal::ChildPlan;
using internal::UniqueFd;
using Clock = std::chrono::steady_clock;  // CLOCK_MONOTONIC: immune to clock changes.

// Without a pidfd the runner notices the child's exit only when poll() times out.
constexpr int kExitPollMillis = 10;
// Reads per stream per wake-up (64 KiB each), and at most this many when draining at the end.
constexpr int kReadsPerWakeup = 16;
constexpr int kDrainReads = 64;

enum class KillReason { kNone, kWall, kOutput };

[[noreturn]] void throw_errno(const char* what) {
  throw std::system_error(errno, std::generic_category(), std::string("sandbox: ") + what);
}

// The runner must survive a child that closes its end of a pipe; a write to it must fail with
// EPIPE, not kill the whole course process. A handler the application installed is respected.
void ignore_sigpipe_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    struct sigaction current {};
    if (::sigaction(SIGPIPE, nullptr, &current) == 0 && !(current.sa_flags & SA_SIGINFO) &&
        current.sa_handler == SIG_DFL) {
      struct sigaction ignore {};
      ignore.sa_handler = SIG_IGN;
      sigemptyset(&ignore.sa_mask);
      ::sigaction(SIGPIPE, &ignore, nullptr);
    }
  });
}

internal::Pipe make_pipe() {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) throw_errno("pipe2");
  return {UniqueFd(fds[0]), UniqueFd(fds[1])};
}

// Pollable "child exited" notification (Linux 5.3+). Returns an invalid fd when unavailable.
UniqueFd open_pidfd(pid_t pid) {
#ifdef SYS_pidfd_open
  return UniqueFd(static_cast<int>(::syscall(SYS_pidfd_open, pid, 0)));
#else
  (void)pid;
  return UniqueFd();
#endif
}

// Non-consuming check (WNOWAIT): the zombie keeps the pid, and with it the process group id,
// reserved until the runner has killed the group and reaped the child.
bool has_exited(pid_t pid) {
  siginfo_t info{};
  while (::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) != 0) {
    if (errno != EINTR) return true;  // ECHILD: nothing left to wait for.
  }
  return info.si_pid == pid;
}

pid_t wait_for(pid_t pid, int* status, rusage* usage) {
  pid_t got;
  while ((got = ::wait4(pid, status, 0, usage)) < 0 && errno == EINTR) {
  }
  return got;
}

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string check_spec(const Spec& spec) {
  try {
    spec.limits.validate();
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  if (spec.argv.empty() || spec.argv[0].empty()) return "Spec.argv is empty";
  if (spec.argv[0][0] != '/') return "Spec.argv[0] must be an absolute path: " + spec.argv[0];
  if (spec.cwd.empty() || spec.cwd[0] != '/') {
    return "Spec.cwd must be an absolute path: '" + spec.cwd + "'";
  }
  return {};
}

std::string errno_text(const std::string& what, int error_number) {
  return what + ": " + std::strerror(error_number);
}

const char* rlimit_name(int resource) {
  switch (resource) {
    case RLIMIT_CPU:
      return "RLIMIT_CPU";
    case RLIMIT_AS:
      return "RLIMIT_AS";
    case RLIMIT_STACK:
      return "RLIMIT_STACK";
    case RLIMIT_FSIZE:
      return "RLIMIT_FSIZE";
    case RLIMIT_NOFILE:
      return "RLIMIT_NOFILE";
    case RLIMIT_CORE:
      return "RLIMIT_CORE";
    case RLIMIT_NPROC:
      return "RLIMIT_NPROC";
  }
  return "an rlimit";
}

std::string describe(const ChildError& error, const std::string& program) {
  std::string text = "cannot start '" + program + "': " + child_stage_name(error.stage);
  if (error.stage == internal::ChildStage::kLimits) {
    text += std::string(" (") + rlimit_name(error.detail) + ")";
  }
  return text + " failed: " + std::strerror(error.error_number);
}

// The hard rlimits of the child. Soft == hard (a soft-only limit would be raised back by the
// child), except CPU: SIGXCPU at the soft limit, SIGKILL one second later at the hard one.
void plan_limits(const Limits& limits, bool as_root, uid_t nproc_uid, ChildPlan* plan) {
  auto add = [&](int resource, rlim_t soft, rlim_t hard) {
    rlimit value{soft, hard};
    if (!as_root) {
      // An unprivileged runner cannot raise a hard limit above its own: clamp instead of failing.
      rlimit own{};
      if (::getrlimit(static_cast<__rlimit_resource>(resource), &own) == 0) {
        value.rlim_max = std::min(value.rlim_max, own.rlim_max);
        value.rlim_cur = std::min(value.rlim_cur, value.rlim_max);
      }
    }
    plan->rlimits[plan->rlimit_count++] = {resource, value};
  };
  const auto cpu = static_cast<rlim_t>(std::ceil(limits.cpu_seconds));
  add(RLIMIT_CPU, cpu, cpu + 1);
  if (limits.address_space_bytes != 0) {
    add(RLIMIT_AS, limits.address_space_bytes, limits.address_space_bytes);
  }
  add(RLIMIT_STACK, limits.stack_bytes, limits.stack_bytes);
  add(RLIMIT_FSIZE, limits.file_size_bytes, limits.file_size_bytes);
  add(RLIMIT_NOFILE, static_cast<rlim_t>(limits.open_files),
      static_cast<rlim_t>(limits.open_files));
  add(RLIMIT_CORE, 0, 0);
  // RLIMIT_NPROC counts every task of the real uid, not just the child's: allow what that uid
  // already runs (the learner's own shells and editors when not root; zombies of earlier runs
  // that init has not reaped yet when root), plus the child itself, plus `processes` more.
  const auto nproc = static_cast<rlim_t>(internal::count_tasks_of_uid(nproc_uid) + 1 +
                                         static_cast<long>(limits.processes));
  add(RLIMIT_NPROC, nproc, nproc);
}

class RlimitRunner final : public ProcessRunner {
 public:
  Result run(const Spec& spec) override;
};

Result RlimitRunner::run(const Spec& spec) {
  ignore_sigpipe_once();
  Result result;
  result.isolation = "rlimits";
  result.error = check_spec(spec);
  if (!result.error.empty()) return result;
  const Limits& limits = spec.limits;
  const bool as_root = internal::running_as_root();

  std::string warning;
  internal::SandboxUserLock lock;
  if (as_root) {
    lock = internal::SandboxUserLock::acquire(internal::kSandboxUid, &warning);
    if (!lock.held()) {
      warning = "warning: concurrent runs may kill each other's processes (" + warning + ")";
    }
  }

  // Opened by the parent so that errors name the path plainly and a FIFO cannot block the child.
  UniqueFd cwd(::open(spec.cwd.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
  if (!cwd.valid()) {
    result.error = errno_text("cannot open working directory '" + spec.cwd + "'", errno);
    return result;
  }
  if (as_root && !internal::give_directory_to(cwd.get(), internal::kSandboxUid,
                                              internal::kSandboxGid, &result.error)) {
    return result;
  }
  const std::string stdin_path = spec.stdin_path.empty() ? "/dev/null" : spec.stdin_path;
  UniqueFd stdin_fd(
      ::open(stdin_path.c_str(), O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC));
  if (!stdin_fd.valid()) {
    result.error = errno_text("cannot open stdin file '" + stdin_path + "'", errno);
    return result;
  }
  ::fcntl(stdin_fd.get(), F_SETFL, 0);  // O_NONBLOCK was only for the open of a FIFO.

  internal::Pipe out = make_pipe();
  internal::Pipe err = make_pipe();
  internal::Pipe channel;
  if (spec.result_channel) channel = make_pipe();
  internal::Pipe errors = make_pipe();

  // Everything the child needs, built before fork() (the child may not allocate).
  std::vector<char*> argv;
  for (const std::string& arg : spec.argv) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  std::vector<char*> envp;
  for (const std::string& var : spec.env) envp.push_back(const_cast<char*>(var.c_str()));
  envp.push_back(nullptr);

  ChildPlan plan;
  plan.path = argv[0];
  plan.argv = argv.data();
  plan.envp = envp.data();
  plan.stdin_fd = stdin_fd.get();
  plan.stdout_fd = out.write.get();
  plan.stderr_fd = err.write.get();
  plan.channel_fd = spec.result_channel ? channel.write.get() : -1;
  plan.cwd_fd = cwd.get();
  plan.error_fd = errors.write.get();
  plan.drop_privileges = as_root;
  plan.uid = internal::kSandboxUid;
  plan.gid = internal::kSandboxGid;
  plan.parent_pid = ::getpid();
  rlimit files{};
  plan.fd_limit = ::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < (1u << 20)
                      ? static_cast<int>(files.rlim_cur)
                      : 1 << 20;
  plan_limits(limits, as_root, as_root ? internal::kSandboxUid : ::getuid(), &plan);

  const Clock::time_point start = Clock::now();
  const pid_t pid = ::fork();
  if (pid < 0) throw_errno("fork");
  if (pid == 0) internal::exec_child(plan);

  // The child holds its own copies now; the parent keeps only the read ends.
  out.write.reset();
  err.write.reset();
  channel.write.reset();
  errors.write.reset();
  stdin_fd.reset();
  cwd.reset();

  // Blocks until execve() succeeds (EOF: the pipe was close-on-exec) or the child reports why not.
  ChildError child_error{};
  ssize_t got;
  while ((got = ::read(errors.read.get(), &child_error, sizeof child_error)) < 0 &&
         errno == EINTR) {
  }
  if (got == static_cast<ssize_t>(sizeof child_error)) {
    int status = 0;
    rusage usage{};
    wait_for(pid, &status, &usage);
    result.error = describe(child_error, spec.argv[0]);
    result.wall_seconds = seconds_since(start);
    return result;
  }
  errors.read.reset();

  CapturedStream streams[3] = {CapturedStream(std::move(out.read), limits.stdout_cap_bytes),
                               CapturedStream(std::move(err.read), limits.stderr_cap_bytes),
                               spec.result_channel
                                   ? CapturedStream(std::move(channel.read),
                                                    limits.channel_cap_bytes)
                                   : CapturedStream()};
  const UniqueFd pidfd = open_pidfd(pid);
  const Clock::time_point deadline =
      start + std::chrono::duration_cast<Clock::duration>(
                  std::chrono::duration<double>(limits.wall_seconds));

  KillReason reason = KillReason::kNone;
  while (reason == KillReason::kNone && !has_exited(pid)) {
    const Clock::time_point now = Clock::now();
    if (now >= deadline) {
      reason = KillReason::kWall;
      break;
    }
    pollfd fds[4];
    CapturedStream* polled[4] = {};
    nfds_t count = 0;
    for (CapturedStream& stream : streams) {
      if (!stream.open()) continue;
      polled[count] = &stream;
      fds[count++] = {stream.fd(), POLLIN, 0};
    }
    if (pidfd.valid()) fds[count++] = {pidfd.get(), POLLIN, 0};
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - now).count();
    const int timeout = static_cast<int>(
        pidfd.valid() ? std::min<long long>(left, 1 << 30) : std::min<long long>(left, kExitPollMillis));
    if (::poll(fds, count, timeout) < 0) {
      if (errno == EINTR) continue;
      throw_errno("poll");
    }
    for (nfds_t i = 0; i < count; ++i) {
      if (polled[i] == nullptr || fds[i].revents == 0) continue;
      polled[i]->read_available(kReadsPerWakeup);
      if (polled[i]->over_cap()) reason = KillReason::kOutput;
    }
  }

  // The main child is gone or must go. Kill its group at once, without waiting for pipe EOF: a
  // daemon grandchild may hold stdout open forever. As root, also sweep the sandbox uid, which
  // catches processes that left the group with setsid().
  internal::SandboxMembers members;
  members.group = pid;
  members.by_uid = as_root;
  members.uid = internal::kSandboxUid;
  members.gid = internal::kSandboxGid;
  std::string why;
  if (!internal::terminate_sandbox(members, &why)) {
    warning += (warning.empty() ? "" : "; ") + ("warning: " + why);
  }
  int status = 0;
  rusage usage{};
  if (wait_for(pid, &status, &usage) != pid) throw_errno("wait4");
  result.wall_seconds = seconds_since(start);
  result.cpu_seconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                       static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;

  // What the child wrote before it died is still in the pipes: take it without blocking.
  for (CapturedStream& stream : streams) {
    stream.read_available(kDrainReads);
    if (stream.over_cap() && reason == KillReason::kNone) reason = KillReason::kOutput;
    stream.close();
  }
  result.stdout_bytes = streams[0].bytes();
  result.stderr_bytes = streams[1].bytes();
  result.channel_bytes = streams[2].bytes();
  result.stdout_data = streams[0].take_data();
  result.stderr_data = streams[1].take_data();
  result.channel_data = streams[2].take_data();

  if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  const bool cpu_exhausted = result.cpu_seconds >= limits.cpu_seconds;
  if (reason == KillReason::kWall) {
    result.outcome = Outcome::kWallTimeout;
  } else if (reason == KillReason::kOutput) {
    result.outcome = Outcome::kOutputLimit;
  } else if (result.signal == SIGXCPU || cpu_exhausted) {
    // SIGXCPU at the soft limit, SIGKILL at the hard one if the child caught SIGXCPU, or a
    // child that caught it and exited: all ran out of CPU.
    result.outcome = Outcome::kCpuTimeout;
  } else if (WIFSIGNALED(status)) {
    result.outcome = Outcome::kSignaled;
  } else {
    result.outcome = Outcome::kExited;
  }
  result.error = warning;
  return result;
}

}  // namespace

std::unique_ptr<ProcessRunner> make_rlimit_runner() { return std::make_unique<RlimitRunner>(); }

}  // namespace sandbox

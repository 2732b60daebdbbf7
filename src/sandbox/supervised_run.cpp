// run_supervised: the parent prepares everything and forks; exec_child() sets up the child;
// supervise() reads the pipes and keeps the timer and caps; terminate_sandbox() kills the whole
// process group (and, as root, every process of the sandbox uid, and the pid namespace when there
// is one) as soon as the main child is gone or a limit is hit. classify() judges the end from the
// runner's own evidence.
#include "supervised_run.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
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
#include "supervise.hpp"
#include "termination.hpp"
#include "unique_fd.hpp"

namespace sandbox::internal {
namespace {

using Clock = std::chrono::steady_clock;  // CLOCK_MONOTONIC: immune to clock changes.

// Reads (of 64 KiB) per stream when draining after the end: bounded, because without the uid
// sweep a surviving daemon could keep writing.
constexpr int kDrainReads = 64;

[[noreturn]] void throw_errno(const char* what) {
  throw std::system_error(errno, std::generic_category(), std::string("sandbox: ") + what);
}

Pipe make_pipe() {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) throw_errno("pipe2");
  return {UniqueFd(fds[0]), UniqueFd(fds[1])};
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
  if (error.stage == ChildStage::kLimits) {
    text += std::string(" (") + rlimit_name(error.detail) + ")";
  }
  return text + " failed: " + std::strerror(error.error_number);
}

// The hard rlimits of the child. Soft == hard (a soft-only limit would be raised back by the
// child), except CPU: SIGXCPU at the soft limit, SIGKILL one second later at the hard one.
void plan_limits(const Limits& limits, bool as_root, uid_t nproc_uid, int launcher_tasks,
                 ChildPlan* plan) {
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
  // that init has not reaped yet when root), plus the child itself and the launcher's own
  // processes, plus `processes` more.
  const auto nproc = static_cast<rlim_t>(count_tasks_of_uid(nproc_uid) + 1 + launcher_tasks +
                                         static_cast<long>(limits.processes));
  add(RLIMIT_NPROC, nproc, nproc);
}

// A started child: its pid and the parent's read ends of its pipes.
struct StartedChild {
  pid_t pid = 0;
  UniqueFd out;
  UniqueFd err;
  UniqueFd channel;  // Invalid without a result channel.
};

// Opens the working directory and stdin, makes the pipes and forks. Returns false with
// result->error set when the child cannot be started (bad path, exec failure, ...); throws
// std::system_error only when pipe() or fork() fail.
uid_t sandbox_uid_of(const Launch& launch) {
  return launch.user ? launch.user->uid() : kSandboxUid;
}

bool start_child(const Spec& spec, const Launch& launch, const CgroupSet& cgroups,
                 Clock::time_point* start, StartedChild* child, Result* result) {
  const bool as_root = running_as_root();
  // Opened by the parent so that errors name the path plainly, a FIFO cannot block the child,
  // and the child may read a stdin file its own uid could not open.
  UniqueFd cwd(::open(spec.cwd.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
  if (!cwd.valid()) {
    result->error = errno_text("cannot open working directory '" + spec.cwd + "'", errno);
    return false;
  }
  if (launch.sandbox_uid &&
      !give_directory_to(cwd.get(), sandbox_uid_of(launch), kSandboxGid, &result->error)) {
    return false;
  }
  const std::string stdin_path = spec.stdin_path.empty() ? "/dev/null" : spec.stdin_path;
  UniqueFd stdin_fd(::open(stdin_path.c_str(), O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC));
  if (!stdin_fd.valid()) {
    result->error = errno_text("cannot open stdin file '" + stdin_path + "'", errno);
    return false;
  }
  ::fcntl(stdin_fd.get(), F_SETFL, 0);  // O_NONBLOCK was only for the open of a FIFO.

  Pipe out = make_pipe();
  Pipe err = make_pipe();
  Pipe channel;
  if (spec.result_channel) channel = make_pipe();
  Pipe errors = make_pipe();

  // Everything the child needs, built before fork() (the child may not allocate).
  std::vector<char*> argv;
  for (const std::string& arg : launch.argv) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  std::vector<char*> envp;
  for (const std::string& var : launch.env) envp.push_back(const_cast<char*>(var.c_str()));
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
  if (launch.extra_fds.size() > static_cast<std::size_t>(ChildPlan::kMaxExtraFds)) {
    result->error = "too many extra descriptors for the child";
    return false;
  }
  for (const int fd : launch.extra_fds) plan.extra_fds[plan.extra_fd_count++] = fd;
  for (const std::string& procs : cgroups.procs_files()) {
    if (plan.cgroup_count == ChildPlan::kMaxCgroups) break;
    plan.cgroup_procs[plan.cgroup_count++] = procs.c_str();
  }
  plan.drop_privileges = launch.switch_uid_at_exec;
  plan.uid = sandbox_uid_of(launch);
  plan.gid = kSandboxGid;
  plan.parent_pid = ::getpid();
  rlimit files{};
  plan.fd_limit = ::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < (1u << 20)
                      ? static_cast<int>(files.rlim_cur)
                      : 1 << 20;
  // Without a uid switch RLIMIT_NPROC counts the runner's own uid (and does nothing for root).
  plan_limits(spec.limits, as_root, launch.sandbox_uid ? sandbox_uid_of(launch) : ::getuid(),
              launch.launcher_tasks, &plan);

  *start = Clock::now();
  const pid_t pid = ::fork();
  if (pid < 0) throw_errno("fork");
  if (pid == 0) exec_child(plan);

  // The child holds its own copies; the parent's write ends must go, or EOF would never come.
  errors.write.reset();
  out.write.reset();
  err.write.reset();
  channel.write.reset();

  // Blocks until execve() succeeds (EOF: the pipe was close-on-exec) or the child reports why not.
  ChildError error{};
  ssize_t got;
  while ((got = ::read(errors.read.get(), &error, sizeof error)) < 0 && errno == EINTR) {
  }
  if (got == static_cast<ssize_t>(sizeof error)) {
    int status = 0;
    rusage usage{};
    wait_for(pid, &status, &usage);  // It _exit()s right after reporting.
    result->error = describe(error, launch.argv[0]);
    result->wall_seconds = seconds_since(*start);
    return false;
  }
  child->pid = pid;
  child->out = std::move(out.read);
  child->err = std::move(err.read);
  child->channel = std::move(channel.read);
  return true;
}

void append_warning(std::string* warnings, const std::string& text) {
  *warnings += (warnings->empty() ? "warning: " : "; warning: ") + text;
}

// The run's groups, or an empty set (with a warning) when they cannot be made: the rlimits still
// hold, and the result says "none".
CgroupSet make_cgroups(const Limits& limits, const Launch& launch, std::string* warnings) {
  if (launch.cgroups == nullptr || launch.cgroups->mode == CgroupMode::kNone) return {};
  std::string why;
  CgroupSet set = CgroupSet::create(*launch.cgroups, limits.cgroup_memory_bytes(),
                                    limits.processes + 1 + launch.cgroup_launcher_tasks, &why);
  if (set.mode() == CgroupMode::kNone) {
    append_warning(warnings, "no cgroup limits for this run (" + why + ")");
  }
  return set;
}

void record_usage(const CgroupSet& cgroups, Accounting* accounting) {
  accounting->cgroup = cgroup_mode_name(cgroups.mode());
  const CgroupUsage usage = cgroups.usage();
  if (!usage.available) return;
  accounting->memory_peak_bytes = usage.memory_peak_bytes;
  accounting->memory_limit_events = usage.memory_limit_events;
  accounting->oom_kills = usage.oom_kills;
  accounting->pids_limit_events = usage.pids_limit_events;
  accounting->cpu_seconds = usage.cpu_seconds;
}

}  // namespace

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

const CgroupSupport* cgroups_for(CgroupUse use) {
  return use == CgroupUse::kOff ? nullptr : &cgroup_support();
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

void classify(StopReason reason, int status, const Limits& limits, Result* result) {
  if (WIFSIGNALED(status)) result->signal = WTERMSIG(status);
  if (WIFEXITED(status)) result->exit_code = WEXITSTATUS(status);
  if (reason == StopReason::kWallTimeout) {
    result->outcome = Outcome::kWallTimeout;
  } else if (reason == StopReason::kOutputLimit) {
    result->outcome = Outcome::kOutputLimit;
  } else if (result->signal == SIGKILL && result->accounting.oom_kills > 0) {
    // The runner did not send it (it stops only on its timer and caps, above): the OOM killer of
    // the run's memory cgroup did.
    result->outcome = Outcome::kMemoryLimit;
  } else if (result->signal == SIGXCPU) {
    result->outcome = Outcome::kCpuTimeout;  // The kernel's signal at the soft limit.
  } else if (result->signal == SIGKILL || WIFEXITED(status)) {
    // A SIGKILL the runner did not send is the kernel's at the hard limit when the CPU time is
    // there; a child that caught SIGXCPU and exited, or finished past a fractional limit (soft
    // rlimit = ceil), also ran out of CPU. An exit(152) imitating SIGXCPU is just an exit, and
    // exit(137) stays an exit: the wait status says so.
    const bool over = result->cpu_seconds >= limits.cpu_seconds;
    result->outcome =
        over ? Outcome::kCpuTimeout : (WIFEXITED(status) ? Outcome::kExited : Outcome::kSignaled);
  } else {
    // Any other signal is the child's own crash (SIGSEGV, SIGABRT from bad_alloc...), even if it
    // came near the CPU limit: the signal is the more specific evidence.
    result->outcome = Outcome::kSignaled;
  }
}

Supervised run_supervised(const Spec& spec, const Launch& launch) {
  Supervised run;
  Result& result = run.result;
  const Limits& limits = spec.limits;

  std::string warnings;
  // The runner holds launch.user until it returns, after the sweep below.
  if (launch.sandbox_uid) {
    if (!launch.user || !launch.user->held()) {
      append_warning(&warnings, "concurrent runs may kill each other's processes (" +
                                    launch.user_problem + ")");
    } else if (launch.with_lock_held) {
      launch.with_lock_held();
    }
  }

  CgroupSet cgroups = make_cgroups(limits, launch, &warnings);
  result.accounting.cgroup = cgroup_mode_name(cgroups.mode());
  Clock::time_point start;
  StartedChild child;
  if (!start_child(spec, launch, cgroups, &start, &child, &result)) return run;
  run.started = true;
  CapturedStream streams[3] = {
      CapturedStream(std::move(child.out), limits.stdout_cap_bytes),
      CapturedStream(std::move(child.err), limits.stderr_cap_bytes),
      child.channel.valid() ? CapturedStream(std::move(child.channel), limits.channel_cap_bytes)
                            : CapturedStream()};
  const auto wall = std::chrono::duration_cast<Clock::duration>(
      std::chrono::duration<double>(limits.wall_seconds));
  run.reason = supervise(child.pid, streams, 3, start + wall);

  // The main child is gone or must go. Kill its group at once, without waiting for pipe EOF: a
  // daemon grandchild may hold stdout open forever. As root, also sweep the sandbox uid, which
  // catches processes that left the group with setsid(); and kill the pid namespace, if any.
  SandboxMembers members;
  members.group = child.pid;
  members.by_uid = launch.sandbox_uid;
  members.uid = sandbox_uid_of(launch);
  members.gid = kSandboxGid;
  if (launch.pid_namespace) members.pid_namespace = launch.pid_namespace();
  cgroups.kill_all();  // Reaches every descendant, whatever its uid, group or namespace.
  std::string why;
  if (!terminate_sandbox(members, &why)) append_warning(&warnings, why);
  rusage usage{};
  if (wait_for(child.pid, &run.status, &usage) != child.pid) throw_errno("wait4");
  record_usage(cgroups, &result.accounting);
  if (!cgroups.remove(&why)) append_warning(&warnings, why);
  result.wall_seconds = seconds_since(start);
  result.cpu_seconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                       static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;

  // What the child wrote before it died is still in the pipes: take it without blocking. Output
  // over a cap found only now (the child exited first) is still an output-limit failure.
  for (CapturedStream& stream : streams) {
    stream.read_available(kDrainReads);
    if (stream.over_cap() && run.reason == StopReason::kExited) {
      run.reason = StopReason::kOutputLimit;
    }
    stream.close();
  }
  result.stdout_bytes = streams[0].bytes();
  result.stderr_bytes = streams[1].bytes();
  result.channel_bytes = streams[2].bytes();
  result.stdout_data = streams[0].take_data();
  result.stderr_data = streams[1].take_data();
  result.channel_data = streams[2].take_data();
  result.error = warnings;
  return run;
}

}  // namespace sandbox::internal

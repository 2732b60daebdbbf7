// make_bwrap_runner: the shared supervision (supervised_run.hpp) launching
//   bwrap <namespaces and binds> course-sandbox-init UID GID program args...
// and judging the end from the init's report (init_report.hpp) instead of bwrap's exit code.
//
// As root, bwrap runs privileged without a user namespace and the init switches the program to
// the sandbox uid (see bwrap_command.cpp); the uid sweep and lock apply as in the rlimit runner.
// Without root, bwrap makes a user namespace and everything runs as the caller's uid. Either way
// the pid namespace is killed whole at the end.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>

#include "bwrap_command.hpp"
#include "init_report.hpp"
#include "privileges.hpp"
#include "proc_info.hpp"
#include "sandbox/process_runner.hpp"
#include "supervised_run.hpp"
#include "unique_fd.hpp"

namespace sandbox {
namespace {

using internal::InitEvent;
using internal::InitReport;

// bwrap's own processes besides the program: bwrap, its pid 1 and the init. They share the
// program's uid without root (RLIMIT_NPROC counts them then), and its cgroup always.
constexpr int kBwrapTasks = 3;

// What the init said, read from its status pipe without blocking (it may be dead or never run).
class InitReports {
 public:
  explicit InitReports(internal::UniqueFd fd) : fd_(std::move(fd)) {
    ::fcntl(fd_.get(), F_SETFL, O_NONBLOCK);
  }

  void read_available() {
    InitReport record;
    ssize_t got;
    while ((got = ::read(fd_.get(), &record, sizeof record)) == sizeof record ||
           (got < 0 && errno == EINTR)) {
      if (got < 0 || record.magic != InitReport::kMagic) continue;
      if (record.event == InitEvent::kStarted) started_ = record;
      // The forked program reports its failed exec, then the init its exit status (127): the
      // failure is the news.
      const bool exec_failed = ended() && ended_.event == InitEvent::kExecFailed;
      if ((record.event == InitEvent::kExited && !exec_failed) ||
          record.event == InitEvent::kExecFailed) {
        ended_ = record;
      }
    }
  }

  bool started() const { return started_.magic == InitReport::kMagic; }
  bool ended() const { return ended_.magic == InitReport::kMagic; }
  const InitReport& start() const { return started_; }
  const InitReport& end() const { return ended_; }

 private:
  internal::UniqueFd fd_;
  InitReport started_{0};  // magic 0: not received.
  InitReport ended_{0};
};

// A runner killed with SIGKILL while bwrap was still setting up can leave bwrap's pid 1 of the
// sandbox behind (bwrap arms its parent-death signal only after clone()), as root, where the uid
// sweep does not reach it. Called with the SandboxUserLock of `uid` held, so no other run uses
// that uid: any root process running bwrap with our init and that uid on its command line
// ("init UID GID" ends bwrap's options) is such an orphan. Runs holding other uids are untouched.
void kill_orphan_sandboxes(uid_t uid) {
  const std::string marker =
      std::string("\0", 1) + internal::kInitInsidePath + '\0' + std::to_string(uid) + '\0';
  internal::for_each_process([&](const std::string& pid) {
    if (internal::read_process_status(pid).real_uid != 0) return;
    if (internal::read_process_cmdline(pid).find(marker) == std::string::npos) return;
    ::kill(static_cast<pid_t>(std::stol(pid)), SIGKILL);
  });
}

std::string exec_failure(const InitReport& end, const std::string& program) {
  const char* stage = end.stage == internal::InitStage::kFork ? "forking"
                      : end.stage == internal::InitStage::kPrivileges
                          ? "switching to the sandbox user"
                          : "executing the program";
  return "cannot start '" + program + "': " + stage + " failed: " + std::strerror(end.error_number);
}

// bwrap's own complaint (it writes "bwrap: ..." to stderr), for the spawn error.
std::string bwrap_complaint(const std::string& stderr_data) {
  const std::string text = stderr_data.substr(0, 400);
  return text.empty() ? "no message" : text.substr(0, text.find_last_not_of('\n') + 1);
}

std::string check_paths(const Spec& spec) {
  for (const std::string& path : spec.read_only_paths) {
    if (path.empty() || path[0] != '/' || path.find_first_not_of('/') == std::string::npos) {
      return "Spec.read_only_paths must hold absolute paths other than /: '" + path + "'";
    }
  }
  return {};
}

// Turns the supervision's evidence plus the init's reports into the verdict.
void judge(const Spec& spec, const InitReports& init, internal::Supervised* run) {
  Result& result = run->result;
  if (init.ended() && init.end().event == InitEvent::kExecFailed) {
    result.outcome = Outcome::kSpawnFailed;
    result.error = exec_failure(init.end(), spec.argv[0]);
    return;
  }
  if (init.ended()) {
    result.cpu_seconds = static_cast<double>(init.end().cpu_micros) / 1e6;
    internal::classify(run->reason, init.end().wait_status, spec.limits, &result);
    return;
  }
  if (!init.started() && run->reason == internal::StopReason::kExited) {
    result.outcome = Outcome::kSpawnFailed;
    result.error =
        "bubblewrap could not set up the sandbox: " + bwrap_complaint(result.stderr_data);
    return;
  }
  // Stopped by the runner (timeout, output cap), or the init was killed before it could report:
  // without root only the program itself can do that. bwrap's 128+n then stands for signal n.
  int status = run->status;
  if (WIFEXITED(status) && WEXITSTATUS(status) > 128) status = WEXITSTATUS(status) - 128;
  internal::classify(run->reason, status, spec.limits, &result);
  if (run->reason == internal::StopReason::kExited) {
    result.error += std::string(result.error.empty() ? "" : "; ") +
                    "warning: the sandbox init ended without a report (killed by the program?)";
  }
}

class BwrapRunner final : public ProcessRunner {
 public:
  BwrapRunner(std::string bwrap, std::string init, CgroupUse cgroups)
      : bwrap_(std::move(bwrap)), init_(std::move(init)), cgroups_(cgroups) {}

  Result run(const Spec& spec) override {
    internal::ignore_sigpipe_once();
    Result result;
    result.isolation = "bwrap";
    result.error = internal::check_spec(spec);
    if (result.error.empty()) result.error = check_paths(spec);
    if (!result.error.empty()) return result;

    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
      throw std::system_error(errno, std::generic_category(), "sandbox: pipe2");
    }
    internal::UniqueFd status_write(fds[1]);
    InitReports init{internal::UniqueFd(fds[0])};

    const bool as_root = internal::running_as_root();
    internal::Launch launch;
    internal::SandboxUserLock user;  // Held until this run's sweep is done (end of scope).
    if (as_root) user = internal::SandboxUserLock::acquire_any(&launch.user_problem);
    launch.user = &user;
    launch.argv = internal::bwrap_argv({bwrap_, init_, as_root, user.uid()}, spec);
    launch.extra_fds = {status_write.get()};  // Becomes internal::kInitStatusFd.
    launch.sandbox_uid = as_root;
    launch.launcher_tasks = as_root ? 0 : kBwrapTasks;
    launch.cgroups = internal::cgroups_for(cgroups_);
    launch.cgroup_launcher_tasks = kBwrapTasks;
    if (as_root) launch.with_lock_held = [uid = user.uid()] { kill_orphan_sandboxes(uid); };
    launch.pid_namespace = [&init] {
      init.read_available();
      return static_cast<ino_t>(init.start().pid_namespace);
    };
    internal::Supervised run = internal::run_supervised(spec, launch);
    run.result.isolation = result.isolation;
    if (!run.started) return std::move(run.result);
    init.read_available();
    judge(spec, init, &run);
    return std::move(run.result);
  }

 private:
  std::string bwrap_;
  std::string init_;
  CgroupUse cgroups_;
};

}  // namespace

std::unique_ptr<ProcessRunner> make_bwrap_runner(const std::string& bwrap, const std::string& init,
                                                 CgroupUse cgroups) {
  return std::make_unique<BwrapRunner>(bwrap, init, cgroups);
}

}  // namespace sandbox

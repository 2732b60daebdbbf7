// make_rlimit_runner: the degraded runner. It executes the learner's program directly under the
// shared supervision (hard rlimits, timers, caps, group kill, uid sweep) without namespaces: the
// child sees the whole file system, limited only by its uid's permissions. Where a cgroup is
// writable the run's memory and task limits also hold there (for root too).
#include "privileges.hpp"
#include "sandbox/process_runner.hpp"
#include "supervised_run.hpp"

namespace sandbox {
namespace {

class RlimitRunner final : public ProcessRunner {
 public:
  explicit RlimitRunner(CgroupUse cgroups) : cgroups_(cgroups) {}

  Result run(const Spec& spec) override {
    internal::ignore_sigpipe_once();
    Result result;
    result.isolation = "degraded";
    result.error = internal::check_spec(spec);
    if (!result.error.empty()) return result;
    internal::Launch launch;
    launch.argv = spec.argv;
    launch.env = spec.env;
    launch.cgroups = internal::cgroups_for(cgroups_);
    // As root the child runs as the sandbox uid, so RLIMIT_NPROC holds and it cannot touch
    // root-owned files; a spec may keep the runner's uid (the trusted compiler).
    launch.sandbox_uid = internal::running_as_root() && spec.drop_privileges;
    launch.switch_uid_at_exec = launch.sandbox_uid;
    internal::SandboxUserLock user;  // Held until this run's sweep is done (end of scope).
    if (launch.sandbox_uid) user = internal::SandboxUserLock::acquire_any(&launch.user_problem);
    launch.user = &user;
    internal::Supervised run = internal::run_supervised(spec, launch);
    run.result.isolation = result.isolation;
    if (run.started) internal::classify(run.reason, run.status, spec.limits, &run.result);
    return std::move(run.result);
  }

 private:
  CgroupUse cgroups_;
};

}  // namespace

std::unique_ptr<ProcessRunner> make_rlimit_runner(CgroupUse cgroups) {
  return std::make_unique<RlimitRunner>(cgroups);
}

}  // namespace sandbox

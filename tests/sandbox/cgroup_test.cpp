// Control groups in both runners: limits enforced through the cgroup (memory across the run, a
// fork bomb of root capped by pids.max), accounting in the result, no group left after a run or
// after a killed runner (the sweep), and a runner without cgroups behaving as before.
//
// The limits and accounting tests need a writable cgroup; our machines and CI have one (v1), and
// ProbeFindsAWritableCgroupAsRoot fails there if the probe stops finding it, so the skips cannot
// hide a regression on the machines we run.
#include <dirent.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "cgroup.hpp"
#include "sandbox/isolation.hpp"
#include "sandbox/process_runner.hpp"
#include "sandbox_test_support.hpp"

namespace sandbox {
namespace {

using internal::CgroupMode;
using internal::CgroupSupport;
using test::child_spec;
using test::TempDir;

std::set<std::string> parents_of(const CgroupSupport& support) {
  std::set<std::string> parents = {support.memory_parent, support.pids_parent, support.cpu_parent,
                                   support.kill_parent};
  parents.erase("");
  return parents;
}

// Run groups ("course-<pid>-...") of `pid` under every parent of the probe.
std::vector<std::string> groups_of(pid_t pid) {
  const std::string prefix = "course-" + std::to_string(pid) + "-";
  std::vector<std::string> found;
  for (const std::string& parent : parents_of(internal::cgroup_support())) {
    DIR* dir = ::opendir(parent.c_str());
    if (dir == nullptr) continue;
    while (const dirent* entry = ::readdir(dir)) {
      const std::string name = entry->d_name;
      if (name.rfind(prefix, 0) == 0) found.push_back(parent + "/" + name);
    }
    ::closedir(dir);
  }
  return found;
}

std::string describe(const Result& r) {
  return std::string("outcome=") + outcome_name(r.outcome) + " signal=" + std::to_string(r.signal) +
         " cgroup=" + r.accounting.cgroup +
         " peak=" + std::to_string(r.accounting.memory_peak_bytes) +
         " oom=" + std::to_string(r.accounting.oom_kills) +
         " pids_events=" + std::to_string(r.accounting.pids_limit_events) + " error='" + r.error +
         "'";
}

TEST(CgroupProbeTest, ProbeFindsAWritableCgroupAsRoot) {
  if (geteuid() != 0) GTEST_SKIP() << "without root only a delegated v2 subtree is writable";
  const CgroupSupport& support = internal::cgroup_support();
  EXPECT_NE(support.mode, CgroupMode::kNone) << support.detail;
  EXPECT_FALSE(support.memory_parent.empty());
  EXPECT_FALSE(support.pids_parent.empty());
  // The isolation status reports the same mode.
  EXPECT_EQ(sandbox_isolation().cgroup, internal::cgroup_mode_name(support.mode));
  EXPECT_EQ(sandbox_isolation().cgroup_detail, support.detail);
}

TEST(CgroupProbeTest, OffAndUnavailableModesSayWhy) {
  const CgroupSupport off = internal::probe_cgroups("off");
  EXPECT_EQ(off.mode, CgroupMode::kNone);
  EXPECT_EQ(off.detail, "COURSE_SANDBOX_CGROUP=off");
  // Asking for exactly one version either finds it or names why not.
  for (const char* wanted : {"v1", "v2"}) {
    const CgroupSupport one = internal::probe_cgroups(wanted);
    if (one.mode == CgroupMode::kNone) {
      EXPECT_NE(one.detail.find("no writable cgroup ("), std::string::npos) << one.detail;
    } else {
      EXPECT_EQ(internal::cgroup_mode_name(one.mode), std::string(wanted));
    }
  }
}

// The second line of a fresh process's isolation status ("cgroup <mode>"), or its error.
std::string cgroup_line_with(const std::string& env) {
  const std::string command = env + " " + ISOLATION_STATUS + " 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return "popen failed";
  std::string text;
  char buffer[512];
  while (std::fgets(buffer, sizeof buffer, pipe) != nullptr) text += buffer;
  ::pclose(pipe);
  const auto newline = text.find('\n');
  return newline == std::string::npos ? text : text.substr(newline + 1);
}

TEST(CgroupProbeTest, EnvironmentTurnsCgroupsOffOrIsRejected) {
  EXPECT_EQ(cgroup_line_with("COURSE_SANDBOX=degraded COURSE_SANDBOX_CGROUP=off"), "cgroup none\n");
  const std::string bad = cgroup_line_with("COURSE_SANDBOX=degraded COURSE_SANDBOX_CGROUP=yes");
  EXPECT_NE(bad.find("COURSE_SANDBOX_CGROUP must be auto, v2, v1 or off (got 'yes')"),
            std::string::npos)
      << bad;
  if (internal::cgroup_support().mode != CgroupMode::kNone) {
    EXPECT_EQ(cgroup_line_with("COURSE_SANDBOX=degraded"),
              std::string("cgroup ") + internal::cgroup_mode_name(internal::cgroup_support().mode) +
                  "\n");
  }
}

class CgroupRunTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (internal::cgroup_support().mode == CgroupMode::kNone) {
      GTEST_SKIP() << "no writable cgroup here: " << internal::cgroup_support().detail;
    }
    runner_ = test::make_runner(GetParam());
  }
  void TearDown() override {
    EXPECT_TRUE(test::has_no_children()) << "zombie or child left";
    EXPECT_TRUE(groups_of(::getpid()).empty()) << "a run's cgroup was left behind";
  }

  std::string mode() const { return internal::cgroup_mode_name(internal::cgroup_support().mode); }

  TempDir cwd_;
  std::unique_ptr<ProcessRunner> runner_;
};

TEST_P(CgroupRunTest, MemoryOverTheCgroupLimitIsMemoryLimit) {
  // RLIMIT_AS far above: only the cgroup can stop the bomb, by the OOM killer.
  Spec spec = child_spec(CHILD_MALLOC_BOMB, cwd_);
  spec.limits.address_space_bytes = 2ull << 30;
  spec.limits.memory_bytes = 96ull << 20;
  spec.limits.cpu_seconds = 5;
  spec.limits.wall_seconds = 20;  // Generous: the machine is shared; the kill comes much sooner.
  const Result result = runner_->run(spec);
  EXPECT_EQ(result.outcome, Outcome::kMemoryLimit) << describe(result);
  EXPECT_EQ(result.signal, SIGKILL);
  EXPECT_EQ(result.accounting.cgroup, mode());
  EXPECT_GE(result.accounting.oom_kills, 1u);
  // (memory_limit_events is not asserted: v1's failcnt stays 0 on some kernels, this one's too.)
  // The peak is the limit's (the group never went over it) and the child got well into it: it
  // reported at least three 16 MiB blocks.
  EXPECT_LE(result.accounting.memory_peak_bytes, 96ull << 20);
  EXPECT_GE(result.accounting.memory_peak_bytes, 48ull << 20);
  EXPECT_NE(result.stderr_data.find("allocated 48 MiB"), std::string::npos) << result.stderr_data;
  // The runner still works.
  EXPECT_EQ(runner_->run(child_spec(CHILD_EXIT_CODE, cwd_, {"0"})).outcome, Outcome::kExited);
}

TEST_P(CgroupRunTest, ExitCodeImitatingAnOomKillStaysAnExit) {
  const Result result = runner_->run(child_spec(CHILD_EXIT_CODE, cwd_, {"137"}));
  EXPECT_EQ(result.outcome, Outcome::kExited) << describe(result);
  EXPECT_EQ(result.exit_code, 137);
  EXPECT_EQ(result.accounting.oom_kills, 0u);
}

TEST_P(CgroupRunTest, ForkBombIsCappedByPidsMaxEvenForRoot) {
  Spec spec = child_spec(CHILD_FORK_BOMB, cwd_);
  spec.limits.processes = 16;
  // The degraded runner keeps root when asked (as for the compiler): RLIMIT_NPROC then does
  // nothing, and only pids.max can hold the bomb.
  spec.drop_privileges = false;
  const Result result = runner_->run(spec);
  EXPECT_EQ(result.outcome, Outcome::kWallTimeout) << describe(result);
  EXPECT_EQ(result.stdout_data, "fork failed: EAGAIN\n");
  if (GetParam() == "degraded") {
    EXPECT_GE(result.accounting.pids_limit_events, 1u) << describe(result);
  }
  // Through bwrap the program always runs as a sandbox uid, whose RLIMIT_NPROC (which leaves no
  // room for bwrap's own root processes) comes just before pids.max: either caps the bomb.
  EXPECT_TRUE(test::live_processes_running(CHILD_FORK_BOMB).empty());
}

TEST_P(CgroupRunTest, AccountingIsInTheResult) {
  Spec spec = child_spec(CHILD_CPU_LOOP, cwd_);
  spec.limits.cpu_seconds = 1;
  spec.limits.wall_seconds = 10;
  const Result result = runner_->run(spec);
  EXPECT_EQ(result.outcome, Outcome::kCpuTimeout) << describe(result);
  EXPECT_EQ(result.accounting.cgroup, mode());
  EXPECT_GT(result.accounting.memory_peak_bytes, 0u);
  EXPECT_EQ(result.accounting.oom_kills, 0u);
  // The group's CPU covers the program (and, through bwrap, its launcher: a few ms more).
  EXPECT_GE(result.accounting.cpu_seconds, 0.9 * result.cpu_seconds) << describe(result);
  EXPECT_LE(result.accounting.cpu_seconds, result.cpu_seconds + 0.5) << describe(result);
}

TEST_P(CgroupRunTest, DaemonLeftBehindIsKilledThroughTheGroup) {
  const Result result = runner_->run(child_spec(CHILD_DAEMON, cwd_));
  EXPECT_TRUE(test::live_processes_running(CHILD_DAEMON).empty()) << describe(result);
}

TEST_P(CgroupRunTest, GroupsOfAKilledRunnerAreSweptByTheNextProbe) {
  // A copy of this process starts a long run, and is SIGKILLed while the run is in its groups.
  const pid_t runner_pid = ::fork();
  ASSERT_GE(runner_pid, 0);
  if (runner_pid == 0) {
    Spec spec = child_spec(CHILD_SLEEP_FOREVER, cwd_);
    spec.limits.wall_seconds = 30;
    test::make_runner(GetParam())->run(spec);
    ::_exit(0);
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (test::live_processes_running(CHILD_SLEEP_FOREVER).empty() &&
         std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  const std::vector<std::string> left = groups_of(runner_pid);
  ::kill(runner_pid, SIGKILL);
  ::waitpid(runner_pid, nullptr, 0);
  ASSERT_FALSE(left.empty()) << "the run never started in its groups";
  // (Another process's probe may sweep them first: the end state is what counts.)
  internal::sweep_stale_cgroups(internal::cgroup_support());
  EXPECT_TRUE(groups_of(runner_pid).empty());
  // The sleeper died with its runner (parent-death signal) or by the sweep.
  const auto gone_by = std::chrono::steady_clock::now() + std::chrono::seconds(3);
  while (!test::live_processes_running(CHILD_SLEEP_FOREVER).empty() &&
         std::chrono::steady_clock::now() < gone_by) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  EXPECT_TRUE(test::live_processes_running(CHILD_SLEEP_FOREVER).empty());
}

TEST_P(CgroupRunTest, SweepLeavesLiveRunnersGroupsAlone) {
  std::string why;
  internal::CgroupSet mine =
      internal::CgroupSet::create(internal::cgroup_support(), 64ull << 20, 8, &why);
  ASSERT_EQ(mine.mode(), internal::cgroup_support().mode) << why;
  internal::sweep_stale_cgroups(internal::cgroup_support());
  for (const std::string& dir : mine.directories()) {
    EXPECT_EQ(::access(dir.c_str(), F_OK), 0) << dir << " was swept from a live runner";
  }
  EXPECT_TRUE(mine.remove(&why)) << why;
}

// Forced "no cgroup" (as where none is writable): the rlimit paths as before, said so.
TEST_P(CgroupRunTest, WithoutCgroupsTheRlimitPathsHoldAsBefore) {
  std::unique_ptr<ProcessRunner> runner =
      GetParam() == "bwrap" ? make_bwrap_runner(SANDBOX_BWRAP, SANDBOX_INIT, CgroupUse::kOff)
                            : make_rlimit_runner(CgroupUse::kOff);
  Spec bomb = child_spec(CHILD_MALLOC_BOMB, cwd_);
  bomb.limits.address_space_bytes = 256ull << 20;
  bomb.limits.cpu_seconds = 5;
  bomb.limits.wall_seconds = 20;
  const Result memory = runner->run(bomb);
  EXPECT_EQ(memory.outcome, Outcome::kSignaled) << describe(memory);
  EXPECT_NE(memory.stderr_data.find("std::bad_alloc"), std::string::npos);
  EXPECT_EQ(memory.accounting.cgroup, "none");
  EXPECT_EQ(memory.accounting.cpu_seconds, -1);
  EXPECT_EQ(memory.accounting.memory_peak_bytes, 0u);

  Spec forks = child_spec(CHILD_FORK_BOMB, cwd_);  // As the sandbox uid: RLIMIT_NPROC holds.
  forks.limits.processes = 16;
  const Result capped = runner->run(forks);
  EXPECT_EQ(capped.stdout_data, "fork failed: EAGAIN\n") << describe(capped);
  EXPECT_EQ(capped.accounting.pids_limit_events, 0u);
  EXPECT_TRUE(groups_of(::getpid()).empty());
}

INSTANTIATE_TEST_SUITE_P(Runners, CgroupRunTest, ::testing::Values("degraded", "bwrap"),
                         [](const auto& param_info) { return param_info.param; });

}  // namespace
}  // namespace sandbox

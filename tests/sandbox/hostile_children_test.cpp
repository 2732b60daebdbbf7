// Both runners (degraded and bwrap) against hostile children (the catalogue of RELIABILITY.md):
// each must end in a specific outcome, leave the runner working, and leave no process or zombie
// behind. Through bwrap the outcome comes from the init's report, so it must be the same.
#include <grp.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

#include "sandbox/process_runner.hpp"
#include "sandbox_test_support.hpp"

namespace sandbox {
namespace {

using test::child_spec;
using test::TempDir;

std::string describe(const Result& r) {
  return std::string("outcome=") + outcome_name(r.outcome) +
         " exit=" + std::to_string(r.exit_code) + " signal=" + std::to_string(r.signal) +
         " cpu=" + std::to_string(r.cpu_seconds) + " wall=" + std::to_string(r.wall_seconds) +
         " error='" + r.error + "'";
}

class HostileChildTest : public ::testing::TestWithParam<std::string> {
 protected:
  void TearDown() override { EXPECT_TRUE(test::has_no_children()) << "zombie or child left"; }

  // Runs spec and checks the runner's own promise: it returned within the wall limit (plus a
  // second for killing and reaping), and nothing running `spec.argv[0]` survived. The bound is on
  // the runner's own clock, which starts at fork(): waiting for another runner on the machine to
  // release the sandbox user (SandboxUserLock) is not part of the run.
  Result run_contained(const Spec& spec) {
    const auto start = std::chrono::steady_clock::now();
    Result result = runner_->run(spec);
    const double took =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(result.wall_seconds, spec.limits.wall_seconds + 1.0);
    EXPECT_LE(result.wall_seconds, took);
    if (geteuid() == 0) {
      EXPECT_TRUE(test::live_processes_running(spec.argv[0]).empty()) << "survivors left";
    }
    // Shown with any failure of the test, so a flake on a loaded machine can be diagnosed.
    RecordProperty("result", describe(result));
    std::fprintf(stderr, "%s\n", describe(result).c_str());
    return result;
  }

  bool bwrap() const { return GetParam() == "bwrap"; }

  std::unique_ptr<ProcessRunner> runner_ = test::make_runner(GetParam());
  TempDir cwd_;
};

TEST_P(HostileChildTest, InfiniteLoopIsCpuTimeoutBySigxcpu) {
  Spec spec = child_spec(CHILD_CPU_LOOP, cwd_);
  spec.limits.wall_seconds = 10;  // The machine is shared: 1 s of CPU may take longer.
  const Result result = run_contained(spec);
  EXPECT_EQ(result.outcome, Outcome::kCpuTimeout) << outcome_name(result.outcome);
  EXPECT_EQ(result.signal, SIGXCPU);
  // rusage reports precise run time, while the kernel enforces RLIMIT_CPU on tick samples; on a
  // contended machine the two differ by up to ~10 %.
  EXPECT_GE(result.cpu_seconds, 0.75);
}

TEST_P(HostileChildTest, IgnoringSigxcpuStillEndsAtTheHardLimit) {
  Spec spec = child_spec(CHILD_CPU_LOOP, cwd_, {"ignore-xcpu"});
  spec.limits.wall_seconds = 10;
  const Result result = run_contained(spec);
  EXPECT_EQ(result.outcome, Outcome::kCpuTimeout) << outcome_name(result.outcome);
  EXPECT_EQ(result.signal, SIGKILL);
  EXPECT_GE(result.cpu_seconds, 1.5);  // Hard limit = soft + 1 (see above for the slack).
}

TEST_P(HostileChildTest, SleepingForeverIsWallTimeoutAndStdinIsAtEof) {
  Spec spec = child_spec(CHILD_SLEEP_FOREVER, cwd_);
  spec.limits.wall_seconds = 1;
  const Result result = run_contained(spec);
  EXPECT_EQ(result.outcome, Outcome::kWallTimeout);
  EXPECT_EQ(result.stdout_data, "eof\n");  // read() on /dev/null returned 0 at once.
  EXPECT_GE(result.wall_seconds, 1.0);
  EXPECT_LT(result.cpu_seconds, 0.5);
}

TEST_P(HostileChildTest, MallocBombFailsInsideTheBox) {
  Spec spec = child_spec(CHILD_MALLOC_BOMB, cwd_);
  spec.limits.address_space_bytes = 256ull << 20;
  spec.limits.cpu_seconds = 5;  // Touching 256 MiB can take a second of CPU on a busy machine.
  const Result result = run_contained(spec);
  // bad_alloc is uncaught: terminate() aborts. What the grader can tell the learner is in stderr.
  EXPECT_EQ(result.outcome, Outcome::kSignaled) << outcome_name(result.outcome);
  EXPECT_EQ(result.signal, SIGABRT);
  EXPECT_NE(result.stderr_data.find("std::bad_alloc"), std::string::npos) << result.stderr_data;
  // And the runner still works.
  EXPECT_EQ(runner_->run(child_spec(CHILD_EXIT_CODE, cwd_, {"0"})).outcome, Outcome::kExited);
}

TEST_P(HostileChildTest, ForkBombIsCappedAndFullyKilled) {
  Spec spec = child_spec(CHILD_FORK_BOMB, cwd_);
  spec.limits.processes = 16;
  const Result result = run_contained(spec);
  EXPECT_EQ(result.outcome, Outcome::kWallTimeout);
  EXPECT_EQ(result.stdout_data, "fork failed: EAGAIN\n");  // RLIMIT_NPROC held.
  // The next run is unaffected (the sweep and the cap leave the uid usable).
  const Result next = runner_->run(child_spec(CHILD_EXIT_CODE, cwd_, {"3"}));
  EXPECT_EQ(next.outcome, Outcome::kExited) << next.error;
  EXPECT_EQ(next.exit_code, 3);
}

TEST_P(HostileChildTest, StdoutFloodIsOutputLimitKeepingExactlyTheCap) {
  Spec spec = child_spec(CHILD_FLOOD_STDOUT, cwd_);
  spec.limits.stdout_cap_bytes = 1 << 20;
  const Result result = run_contained(spec);
  EXPECT_EQ(result.outcome, Outcome::kOutputLimit);
  EXPECT_EQ(result.stdout_data.size(), 1u << 20);
  EXPECT_GT(result.stdout_bytes, 1u << 20);
  EXPECT_EQ(result.stdout_data.substr(0, 5), "abcde");  // The head is kept for feedback.
}

TEST_P(HostileChildTest, SegfaultIsSignaledSigsegv) {
  const Result result = run_contained(child_spec(CHILD_SEGFAULT, cwd_));
  EXPECT_EQ(result.outcome, Outcome::kSignaled);
  EXPECT_EQ(result.signal, SIGSEGV);
}

TEST_P(HostileChildTest, UncaughtExceptionIsSignaledSigabrt) {
  const Result result = run_contained(child_spec(CHILD_THROW_UNCAUGHT, cwd_));
  EXPECT_EQ(result.outcome, Outcome::kSignaled);
  EXPECT_EQ(result.signal, SIGABRT);
  EXPECT_NE(result.stderr_data.find("learner bug"), std::string::npos) << result.stderr_data;
}

TEST_P(HostileChildTest, DaemonHoldingStdoutDoesNotHoldTheRunner) {
  Spec spec = child_spec(CHILD_DAEMON, cwd_);
  spec.limits.wall_seconds = 3;
  const Result result = run_contained(spec);
  EXPECT_EQ(result.outcome, Outcome::kExited);
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_LT(result.wall_seconds, 2.0);  // Returned when the main child exited, not at the limit.
  int daemon = 0;
  ASSERT_EQ(std::sscanf(result.stdout_data.c_str(), "daemon %d", &daemon), 1) << result.stdout_data;
  if (bwrap()) {
    // The pid is the daemon's number inside the sandbox's pid namespace, which died whole.
    EXPECT_TRUE(test::live_processes_running(CHILD_DAEMON).empty()) << "daemon survived";
    return;
  }
  if (geteuid() != 0) {
    // Without root there is no uid sweep: a setsid() daemon escapes the group (documented).
    kill(daemon, SIGKILL);
    GTEST_SKIP() << "daemon cleanup needs root (uid sweep)";
  }
  const char state = test::process_state(daemon);
  EXPECT_TRUE(state == '\0' || state == 'Z') << "daemon still running, state " << state;
}

TEST_P(HostileChildTest, ChildCannotKillTheRunner) {
  if (geteuid() != 0) GTEST_SKIP() << "as the same uid the child could kill the test process";
  const Result result = run_contained(child_spec(CHILD_KILL_PARENT, cwd_));
  EXPECT_EQ(result.outcome, Outcome::kExited);
  EXPECT_NE(result.stdout_data.find("parent=EPERM"), std::string::npos) << result.stdout_data;
  // Reaching this line is the point: the runner survived.
  EXPECT_EQ(runner_->run(child_spec(CHILD_EXIT_CODE, cwd_, {"0"})).outcome, Outcome::kExited);
}

TEST_P(HostileChildTest, FileLargerThanTheLimitIsContained) {
  Spec spec = child_spec(CHILD_BIG_FILE, cwd_);
  spec.limits.file_size_bytes = 1 << 20;
  const Result result = run_contained(spec);
  const bool killed = result.outcome == Outcome::kSignaled && result.signal == SIGXFSZ;
  const bool failed = result.outcome == Outcome::kExited && result.exit_code == 3;
  EXPECT_TRUE(killed || failed) << outcome_name(result.outcome) << " " << result.stdout_data;
  struct stat info {};
  ASSERT_EQ(stat((cwd_.path() + "/big.bin").c_str(), &info), 0);
  EXPECT_LE(info.st_size, 1 << 20);
}

// A sibling run must not be hit by the end-of-run sweep of another: each run holds its own
// sandbox uid (SandboxUserLock), so the sweep of one cannot reach the other's processes, and the
// two run at the same time: the quick run ends while the sleeper is still running.
TEST_P(HostileChildTest, ConcurrentRunsDoNotKillEachOther) {
  if (geteuid() != 0) GTEST_SKIP() << "the uid sweep only happens as root";
  TempDir other_cwd;
  Spec sleeper = child_spec(CHILD_SLEEP_FOREVER, other_cwd);
  sleeper.limits.wall_seconds = 1;
  Result slept;
  std::atomic<bool> sleeper_done{false};
  std::thread sibling([&] {
    slept = test::make_runner(GetParam())->run(sleeper);
    sleeper_done = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  const Result quick = runner_->run(child_spec(CHILD_EXIT_CODE, cwd_, {"0"}));
  const bool overlapped = !sleeper_done;
  sibling.join();
  EXPECT_EQ(quick.outcome, Outcome::kExited);
  EXPECT_TRUE(overlapped) << "the quick run waited for the sleeper (runs serialised)";
  EXPECT_EQ(slept.outcome, Outcome::kWallTimeout) << describe(slept);
  EXPECT_EQ(slept.stdout_data, "eof\n");
}

// The unprivileged path: no uid switch, RLIMIT_NPROC relative to what the uid already runs.
// Runs in a forked copy of the test that drops to an unused uid first.
TEST_P(HostileChildTest, ForkBombIsCappedWhenNotRoot) {
  if (geteuid() != 0) GTEST_SKIP() << "already covered by running the suite unprivileged";
  constexpr uid_t kUser = 64123;  // No such user: nothing else on the machine runs as it.
  ASSERT_EQ(chown(cwd_.path().c_str(), kUser, kUser), 0);
  EXPECT_EXIT(
      {
        if (setgroups(0, nullptr) != 0 || setgid(kUser) != 0 || setuid(kUser) != 0) _exit(10);
        Spec spec = child_spec(CHILD_FORK_BOMB, cwd_);
        spec.limits.processes = 8;
        const Result bomb = test::make_runner(GetParam())->run(spec);
        if (bomb.outcome != Outcome::kWallTimeout) _exit(11);
        if (bomb.stdout_data != "fork failed: EAGAIN\n") _exit(12);
        if (!test::live_processes_running(CHILD_FORK_BOMB).empty()) _exit(13);
        const Result inspect =
            test::make_runner(GetParam())->run(child_spec(CHILD_INSPECT_SELF, cwd_));
        if (test::parse_lines(inspect.stdout_data)["uid"] != std::to_string(kUser)) _exit(14);
        _exit(0);
      },
      ::testing::ExitedWithCode(0), "");
}

INSTANTIATE_TEST_SUITE_P(Runners, HostileChildTest, ::testing::Values("degraded", "bwrap"),
                         [](const auto& param_info) { return param_info.param; });

}  // namespace
}  // namespace sandbox

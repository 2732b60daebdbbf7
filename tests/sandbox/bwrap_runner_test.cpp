// The bwrap runner: what the child can no longer reach (files outside its box, the network, the
// host's /tmp), what it still gets exactly as from the rlimit runner (stdio, channel, limits,
// uid), and that its verdicts come from the init's report, not from bwrap's exit code.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "privileges.hpp"
#include "sandbox/isolation.hpp"
#include "sandbox/process_runner.hpp"
#include "sandbox_test_support.hpp"

namespace sandbox {
namespace {

using test::child_spec;
using test::TempDir;

// A world-readable file in a world-traversable directory: only the sandbox can hide it.
std::string public_file(const TempDir& dir, const std::string& name, const std::string& content) {
  const std::string path = dir.path() + "/" + name;
  test::write_file(path, content);
  if (chmod(dir.path().c_str(), 0755) != 0 || chmod(path.c_str(), 0644) != 0) {
    throw std::runtime_error("chmod failed");
  }
  return path;
}

class BwrapRunnerTest : public ::testing::Test {
 protected:
  void TearDown() override { EXPECT_TRUE(test::has_no_children()) << "zombie or child left"; }

  std::map<std::string, std::string> escape(const std::vector<std::string>& args,
                                            Result* out = nullptr) {
    Spec spec = child_spec(CHILD_ESCAPE, cwd_, args);
    spec.limits.tmp_bytes = 1 << 20;
    const Result result = runner_->run(spec);
    EXPECT_EQ(result.outcome, Outcome::kExited) << result.error << result.stderr_data;
    EXPECT_EQ(result.isolation, "bwrap");
    if (out != nullptr) *out = result;
    return test::parse_lines(result.stdout_data);
  }

  std::unique_ptr<ProcessRunner> runner_ = test::make_runner("bwrap");
  TempDir cwd_;
};

// A world-readable file outside the box: the degraded runner's child reads it, the bwrap child
// does not even see it. This is how hidden cases stay hidden at run time.
TEST_F(BwrapRunnerTest, FileOutsideTheBoxIsInvisible) {
  TempDir outside;
  const std::string secret = public_file(outside, "cases.json", "{\"expected\": 42}");

  Spec spec = child_spec(CHILD_ESCAPE, cwd_, {"read", secret});
  const Result degraded = make_rlimit_runner()->run(spec);
  EXPECT_EQ(test::parse_lines(degraded.stdout_data)["read"], "ok") << "precondition";

  const auto seen = escape({"read", secret});
  EXPECT_EQ(seen.at("read"), "ENOENT");
  EXPECT_EQ(escape({"read", "/etc/passwd"}).at("read"), "ENOENT");
  EXPECT_EQ(escape({"read", "/root/.bashrc"}).at("read"), "ENOENT");
}

TEST_F(BwrapRunnerTest, ReadOnlyPathsAreReadableButNotWritable) {
  TempDir shared;
  const std::string header = public_file(shared, "api.hpp", "int f();");
  Spec spec = child_spec(CHILD_ESCAPE, cwd_, {"read", header});
  spec.read_only_paths = {header};
  EXPECT_EQ(test::parse_lines(runner_->run(spec).stdout_data)["read"], "ok");
  spec.argv = {CHILD_ESCAPE, "write", header};
  EXPECT_EQ(test::parse_lines(runner_->run(spec).stdout_data)["write"], "EROFS");
  // Its siblings stay invisible.
  test::write_file(shared.path() + "/other.txt", "x");
  spec.argv = {CHILD_ESCAPE, "read", shared.path() + "/other.txt"};
  EXPECT_EQ(test::parse_lines(runner_->run(spec).stdout_data)["read"], "ENOENT");
}

TEST_F(BwrapRunnerTest, WritesOutsideTheBoxFailAndInsideSucceed) {
  EXPECT_EQ(escape({"write", "/usr/course-escape"}).at("write"), "EROFS");
  const std::string etc = escape({"write", "/etc/course-escape"}).at("write");
  EXPECT_TRUE(etc == "EACCES" || etc == "EROFS") << etc;
  EXPECT_EQ(escape({"write", "/course-escape"}).at("write"), geteuid() == 0 ? "EACCES" : "EROFS");
  EXPECT_EQ(escape({"write", cwd_.path() + "/scratch.txt"}).at("write"), "ok");
  struct stat info {};
  EXPECT_EQ(stat((cwd_.path() + "/scratch.txt").c_str(), &info), 0) << "box is the host's cwd";
  EXPECT_NE(stat("/usr/course-escape", &info), 0);
}

TEST_F(BwrapRunnerTest, NetworkConnectFailsFast) {
  Result result;
  const auto seen = escape({"connect"}, &result);
  EXPECT_EQ(seen.at("remote"), "ENETUNREACH");
  EXPECT_EQ(seen.at("local"), "ECONNREFUSED");  // Only a loopback with nothing listening.
  EXPECT_LT(result.wall_seconds, 1.0);
}

TEST_F(BwrapRunnerTest, PrivateTmpIsCappedAndVanishes) {
  const auto seen = escape({"fill-tmp"});
  EXPECT_EQ(seen.at("fill"), "ENOSPC");
  EXPECT_LE(std::stoll(seen.at("bytes")), 1 << 20);
  EXPECT_GT(std::stoll(seen.at("bytes")), 0);
  struct stat info {};
  EXPECT_NE(stat("/tmp/fill", &info), 0) << "the child's /tmp must not be the host's";
}

TEST_F(BwrapRunnerTest, ChildSeesTheSameLimitsUidAndDescriptors) {
  Spec spec = child_spec(CHILD_INSPECT_SELF, cwd_);
  spec.env = {"SANDBOX_MARKER=42", "LANG=C"};
  spec.result_channel = true;
  spec.limits.open_files = 20;
  spec.limits.file_size_bytes = 1 << 20;
  spec.limits.address_space_bytes = 300ull << 20;
  spec.drop_privileges = false;  // Ignored: the bwrap child never keeps root.
  const Result result = runner_->run(spec);
  ASSERT_EQ(result.outcome, Outcome::kExited) << result.error << result.stderr_data;
  auto seen = test::parse_lines(result.stdout_data);
  const bool root = geteuid() == 0;
  if (root) {
    EXPECT_TRUE(test::is_sandbox_uid(seen["uid"])) << seen["uid"];
  } else {
    EXPECT_EQ(seen["uid"], std::to_string(getuid()));
  }
  EXPECT_EQ(seen["gid"], root ? "65534" : std::to_string(getgid()));
  EXPECT_EQ(seen["fds"], "0,1,2,3");  // Not the init's status pipe.
  EXPECT_EQ(seen["cpu"], "1/2");
  EXPECT_EQ(seen["as"], std::to_string(300ull << 20) + "/" + std::to_string(300ull << 20));
  EXPECT_EQ(seen["fsize"], "1048576/1048576");
  EXPECT_EQ(seen["nofile"], "20/20");
  EXPECT_EQ(seen["core"], "0/0");
  EXPECT_EQ(seen["no_new_privs"], "1");
  EXPECT_EQ(seen["sigpipe"], "default");
  EXPECT_EQ(seen["env_count"], "3");  // bwrap adds PWD (the cwd) to the spec's environment.
  EXPECT_EQ(seen["marker"], "42");
  EXPECT_EQ(seen["cwd"], cwd_.path());
}

TEST_F(BwrapRunnerTest, StdinChannelAndBinaryOutputPassThrough) {
  TempDir inputs;
  const std::string input("hello\nworld\0tail\xff", 17);
  test::write_file(inputs.path() + "/in.txt", input);
  Spec spec = child_spec(CHILD_ECHO_STDIN, cwd_);
  spec.stdin_path = inputs.path() + "/in.txt";  // Opened by the runner: invisible inside.
  EXPECT_EQ(runner_->run(spec).stdout_data, input);
  spec = child_spec(CHILD_WRITE_CHANNEL, cwd_);
  spec.result_channel = true;
  const Result channel = runner_->run(spec);
  EXPECT_EQ(channel.channel_data, "record:1\n");
  EXPECT_EQ(channel.stdout_data, "fd3=ok\n");
}

// bwrap would report both as exit code 137/152; the init's report keeps them exits.
TEST_F(BwrapRunnerTest, ExitCodesImitatingKillsAreExits) {
  for (const int code : {137, 152}) {
    const Result result = runner_->run(child_spec(CHILD_EXIT_CODE, cwd_, {std::to_string(code)}));
    EXPECT_EQ(result.outcome, Outcome::kExited) << code << " " << result.error;
    EXPECT_EQ(result.exit_code, code);
    EXPECT_EQ(result.signal, 0);
  }
}

TEST_F(BwrapRunnerTest, MissingProgramIsSpawnFailedNamingIt) {
  const Result result = runner_->run(child_spec("/nonexistent/learner-prog", cwd_));
  EXPECT_EQ(result.outcome, Outcome::kSpawnFailed);
  EXPECT_NE(result.error.find("/nonexistent/learner-prog"), std::string::npos) << result.error;
  EXPECT_NE(result.error.find("No such file"), std::string::npos) << result.error;
}

TEST_F(BwrapRunnerTest, BrokenBwrapIsSpawnFailedWithItsMessage) {
  const Result result =
      make_bwrap_runner("/usr/bin/false", SANDBOX_INIT)->run(child_spec(CHILD_EXIT_CODE, cwd_));
  EXPECT_EQ(result.outcome, Outcome::kSpawnFailed);
  EXPECT_NE(result.error.find("bubblewrap could not set up"), std::string::npos) << result.error;
}

TEST_F(BwrapRunnerTest, RootPathIsRefused) {
  Spec spec = child_spec(CHILD_EXIT_CODE, cwd_);
  spec.read_only_paths = {"/"};
  const Result result = runner_->run(spec);
  EXPECT_EQ(result.outcome, Outcome::kSpawnFailed);
  EXPECT_NE(result.error.find("read_only_paths"), std::string::npos) << result.error;
}

TEST_F(BwrapRunnerTest, RepeatedRunsLeakNoDescriptors) {
  runner_->run(child_spec(CHILD_ECHO_STDIN, cwd_));
  const int before = test::count_open_fds();
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(runner_->run(child_spec(CHILD_WRITE_CHANNEL, cwd_)).outcome, Outcome::kExited);
    EXPECT_EQ(runner_->run(child_spec("/nonexistent", cwd_)).outcome, Outcome::kSpawnFailed);
  }
  EXPECT_EQ(test::count_open_fds(), before);
}

// A runner killed mid-setup leaves bwrap's root-owned pid 1 behind; the next root-mode run, holding
// the sandbox lock, kills whatever still carries our init on its command line.
// A fake bwrap whose command line ends its options like ours ("init UID GID"): as root, what a
// killed runner can leave behind.
pid_t fake_sandbox(uid_t uid) {
  const pid_t pid = fork();
  if (pid == 0) {
    setpgid(0, 0);
    const std::string id = std::to_string(uid);
    execl("/bin/sh", "sh", "-c", "sleep 30; :", "/.course-sandbox-init", id.c_str(), "65534",
          nullptr);
    _exit(127);
  }
  return pid;
}

TEST_F(BwrapRunnerTest, NextRunKillsOrphanedSandboxesOfItsUidOnly) {
  if (geteuid() != 0) GTEST_SKIP() << "orphans are root's only as root";
  // Hold every pool uid but the last, as concurrent runs would: the run must take the last one.
  std::vector<internal::SandboxUserLock> busy;
  std::string why;
  constexpr std::size_t kPool = std::size(internal::kSandboxUids);
  for (std::size_t i = 0; i + 1 < kPool; ++i) {
    busy.push_back(internal::SandboxUserLock::acquire(internal::kSandboxUids[i], &why));
    ASSERT_TRUE(busy.back().held()) << why;
  }
  const uid_t free_uid = internal::kSandboxUids[kPool - 1];
  const uid_t busy_uid = internal::kSandboxUids[0];
  const pid_t orphan = fake_sandbox(free_uid);   // Left by a killed runner of that uid.
  const pid_t sibling = fake_sandbox(busy_uid);  // A live run of another runner.
  ASSERT_GT(orphan, 0);
  ASSERT_GT(sibling, 0);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));  // Let them exec.
  EXPECT_EQ(runner_->run(child_spec(CHILD_EXIT_CODE, cwd_, {"0"})).outcome, Outcome::kExited);
  int status = 0;
  ASSERT_EQ(waitpid(orphan, &status, 0), orphan);
  kill(-orphan, SIGKILL);  // Its sleep.
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << status;
  EXPECT_EQ(waitpid(sibling, &status, WNOHANG), 0) << "another uid's run was killed";
  kill(-sibling, SIGKILL);
  waitpid(sibling, &status, 0);
}

// This machine kind (and CI) has a working bubblewrap: the probe must find it, unless the
// environment asks for degraded mode on purpose.
TEST(IsolationTest, ProbeFindsBwrapHere) {
  const char* forced = std::getenv("COURSE_SANDBOX");
  const IsolationStatus& status = sandbox_isolation();
  if (forced != nullptr && std::string(forced) == "degraded") {
    EXPECT_EQ(status.isolation, Isolation::kDegraded);
    EXPECT_EQ(make_default_runner()->run(child_spec(CHILD_EXIT_CODE, TempDir())).isolation,
              "degraded");
    return;
  }
  EXPECT_EQ(status.isolation, Isolation::kBwrap) << status.reason;
  EXPECT_EQ(&status, &sandbox_isolation()) << "probed once";
  TempDir cwd;
  const Result result = make_default_runner()->run(child_spec(CHILD_EXIT_CODE, cwd, {"4"}));
  EXPECT_EQ(result.isolation, "bwrap");
  EXPECT_EQ(result.exit_code, 4);
}

TEST(IsolationTest, NamesAreTheResultValues) {
  EXPECT_STREQ(isolation_name(Isolation::kBwrap), "bwrap");
  EXPECT_STREQ(isolation_name(Isolation::kDegraded), "degraded");
}

}  // namespace
}  // namespace sandbox

// The rlimit runner with well-behaved children: what goes in and out, what the child sees, and
// that the runner can be used again and again without leaking.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>

#include "sandbox/process_runner.hpp"
#include "sandbox_test_support.hpp"

namespace sandbox {
namespace {

using test::child_spec;
using test::TempDir;

class RlimitRunnerTest : public ::testing::Test {
 protected:
  void TearDown() override { EXPECT_TRUE(test::has_no_children()) << "zombie or child left"; }

  std::unique_ptr<ProcessRunner> runner_ = make_rlimit_runner();
  TempDir cwd_;
};

TEST_F(RlimitRunnerTest, DeliversStdinFileByteExact) {
  TempDir inputs;  // Root-private when run as root: the runner, not the child, opens stdin.
  const std::string input("hello\nworld\0tail\xff", 17);
  test::write_file(inputs.path() + "/in.txt", input);
  Spec spec = child_spec(CHILD_ECHO_STDIN, cwd_);
  spec.stdin_path = inputs.path() + "/in.txt";

  const Result result = runner_->run(spec);
  EXPECT_EQ(result.outcome, Outcome::kExited) << result.error;
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.stdout_data, input);
  EXPECT_EQ(result.stdout_bytes, input.size());
  EXPECT_EQ(result.isolation, "degraded");
}

TEST_F(RlimitRunnerTest, CapturesNulBytesAndInvalidUtf8ByteExact) {
  const Result result = runner_->run(child_spec(CHILD_BINARY_OUTPUT, cwd_));
  EXPECT_EQ(result.outcome, Outcome::kExited);
  EXPECT_EQ(result.stdout_data, std::string("a\0b\xff\xfe\x80\n\0", 8));
  EXPECT_EQ(result.stderr_data, std::string("\0\0\xc3\x28"
                                            "e",
                                            5));
  EXPECT_EQ(result.stderr_bytes, 5u);
}

TEST_F(RlimitRunnerTest, CapturesTheResultChannelOnFd3) {
  Spec spec = child_spec(CHILD_WRITE_CHANNEL, cwd_);
  spec.result_channel = true;
  const Result result = runner_->run(spec);
  EXPECT_EQ(result.outcome, Outcome::kExited);
  EXPECT_EQ(result.channel_data, "record:1\n");
  EXPECT_EQ(result.channel_bytes, 9u);
  EXPECT_EQ(result.stdout_data, "fd3=ok\n");
}

TEST_F(RlimitRunnerTest, Fd3IsClosedWithoutResultChannel) {
  const Result result = runner_->run(child_spec(CHILD_WRITE_CHANNEL, cwd_));
  EXPECT_EQ(result.stdout_data, "fd3=EBADF\n");
  EXPECT_EQ(result.channel_bytes, 0u);
}

// 137 = 128 + SIGKILL, 152 = 128 + SIGXCPU: what a shell would print for those deaths.
TEST_F(RlimitRunnerTest, ExitCodesImitatingKillsAreExits) {
  for (const int code : {137, 152}) {
    const Result result = runner_->run(child_spec(CHILD_EXIT_CODE, cwd_, {std::to_string(code)}));
    EXPECT_EQ(result.outcome, Outcome::kExited) << code;
    EXPECT_EQ(result.exit_code, code);
    EXPECT_EQ(result.signal, 0);
  }
}

TEST_F(RlimitRunnerTest, ChildClosingItsStdioIsHandled) {
  const Result result = runner_->run(child_spec(CHILD_CLOSE_STDIO, cwd_));
  EXPECT_EQ(result.outcome, Outcome::kExited);
  EXPECT_EQ(result.exit_code, 5);
}

TEST_F(RlimitRunnerTest, MissingProgramIsSpawnFailedNamingIt) {
  const Result result = runner_->run(child_spec("/nonexistent/learner-prog", cwd_));
  EXPECT_EQ(result.outcome, Outcome::kSpawnFailed);
  EXPECT_NE(result.error.find("/nonexistent/learner-prog"), std::string::npos) << result.error;
  EXPECT_NE(result.error.find("No such file"), std::string::npos) << result.error;
}

TEST_F(RlimitRunnerTest, MissingWorkingDirectoryIsSpawnFailedNamingIt) {
  Spec spec = child_spec(CHILD_ECHO_STDIN, cwd_);
  spec.cwd = cwd_.path() + "/missing";
  const Result result = runner_->run(spec);
  EXPECT_EQ(result.outcome, Outcome::kSpawnFailed);
  EXPECT_NE(result.error.find(spec.cwd), std::string::npos) << result.error;
}

TEST_F(RlimitRunnerTest, MissingStdinFileIsSpawnFailedNamingIt) {
  Spec spec = child_spec(CHILD_ECHO_STDIN, cwd_);
  spec.stdin_path = cwd_.path() + "/no-input.txt";
  const Result result = runner_->run(spec);
  EXPECT_EQ(result.outcome, Outcome::kSpawnFailed);
  EXPECT_NE(result.error.find("no-input.txt"), std::string::npos) << result.error;
}

TEST_F(RlimitRunnerTest, InvalidSpecIsSpawnFailedNotAnException) {
  Spec spec = child_spec(CHILD_ECHO_STDIN, cwd_);
  spec.limits.cpu_seconds = -1;
  Result result = runner_->run(spec);
  EXPECT_EQ(result.outcome, Outcome::kSpawnFailed);
  EXPECT_NE(result.error.find("cpu_seconds"), std::string::npos) << result.error;

  spec = child_spec("relative/prog", cwd_);
  result = runner_->run(spec);
  EXPECT_EQ(result.outcome, Outcome::kSpawnFailed);
  EXPECT_NE(result.error.find("absolute"), std::string::npos) << result.error;
}

// Everything the contract promises about the child's world, checked from inside the child.
TEST_F(RlimitRunnerTest, ChildSeesOnlyWhatTheSpecGives) {
  Spec spec = child_spec(CHILD_INSPECT_SELF, cwd_);
  spec.env = {"SANDBOX_MARKER=42", "LANG=C"};
  spec.result_channel = true;
  spec.limits.open_files = 20;
  spec.limits.processes = 7;
  spec.limits.file_size_bytes = 1 << 20;
  spec.limits.address_space_bytes = 300ull << 20;
  spec.limits.stack_bytes = 8ull << 20;
  // A blocked signal in the runner must not reach the learner.
  sigset_t block, old;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  ASSERT_EQ(sigprocmask(SIG_BLOCK, &block, &old), 0);
  const Result result = runner_->run(spec);
  sigprocmask(SIG_SETMASK, &old, nullptr);

  ASSERT_EQ(result.outcome, Outcome::kExited) << result.error << result.stderr_data;
  auto seen = test::parse_lines(result.stdout_data);
  const bool root = geteuid() == 0;
  if (root) {
    EXPECT_TRUE(test::is_sandbox_uid(seen["uid"])) << seen["uid"];
  } else {
    EXPECT_EQ(seen["uid"], std::to_string(getuid()));
  }
  EXPECT_EQ(seen["gid"], root ? "65534" : std::to_string(getgid()));
  if (root) {
    EXPECT_EQ(seen["groups"], "0");
  }
  EXPECT_EQ(seen["pgid_is_pid"], "1");
  EXPECT_EQ(seen["sid_is_pid"], "1");
  EXPECT_EQ(seen["fds"], "0,1,2,3");
  EXPECT_EQ(seen["cpu"], "1/2");
  EXPECT_EQ(seen["as"], std::to_string(300ull << 20) + "/" + std::to_string(300ull << 20));
  EXPECT_EQ(seen["stack"], std::to_string(8ull << 20) + "/" + std::to_string(8ull << 20));
  EXPECT_EQ(seen["fsize"], "1048576/1048576");
  EXPECT_EQ(seen["nofile"], "20/20");
  EXPECT_EQ(seen["core"], "0/0");
  // The child itself plus 7 more, plus whatever the uid already ran; hard == soft.
  const std::string nproc = seen["nproc"];
  const auto slash = nproc.find('/');
  ASSERT_NE(slash, std::string::npos) << nproc;
  EXPECT_EQ(nproc.substr(0, slash), nproc.substr(slash + 1));
  EXPECT_GE(std::stol(nproc.substr(0, slash)), 8);
  EXPECT_EQ(seen["sigpipe"], "default");
  EXPECT_EQ(seen["sigint_blocked"], "0");
  EXPECT_EQ(seen["no_new_privs"], "1");
  EXPECT_EQ(seen["env_count"], "2");
  EXPECT_EQ(seen["marker"], "42");
  EXPECT_EQ(seen["cwd"], cwd_.path());
  if (root) {
    struct stat info {};
    ASSERT_EQ(stat(cwd_.path().c_str(), &info), 0);
    EXPECT_TRUE(test::is_sandbox_uid(std::to_string(info.st_uid)))
        << "cwd must be handed to the sandbox user, not " << info.st_uid;
  }
}

// The trusted compiler runs with drop_privileges = false: same limits and session, but the
// runner's own uid, and its cwd is not handed to the sandbox user.
TEST_F(RlimitRunnerTest, KeepsTheRunnersUidWhenNotDroppingPrivileges) {
  Spec spec = child_spec(CHILD_INSPECT_SELF, cwd_);
  spec.result_channel = true;
  spec.drop_privileges = false;
  spec.limits.open_files = 20;
  const Result result = runner_->run(spec);
  ASSERT_EQ(result.outcome, Outcome::kExited) << result.error << result.stderr_data;
  auto seen = test::parse_lines(result.stdout_data);
  EXPECT_EQ(seen["uid"], std::to_string(getuid()));
  EXPECT_EQ(seen["sid_is_pid"], "1");
  EXPECT_EQ(seen["nofile"], "20/20");
  EXPECT_EQ(seen["core"], "0/0");
  struct stat info {};
  ASSERT_EQ(stat(cwd_.path().c_str(), &info), 0);
  EXPECT_EQ(info.st_uid, getuid()) << "cwd must stay the runner's";
}

TEST_F(RlimitRunnerTest, RepeatedRunsLeakNoDescriptors) {
  runner_->run(child_spec(CHILD_ECHO_STDIN, cwd_));  // Warm-up: one-time opens (e.g. locale).
  const int before = test::count_open_fds();
  for (int i = 0; i < 8; ++i) {
    Spec spec = child_spec(CHILD_WRITE_CHANNEL, cwd_);
    spec.result_channel = (i % 2) == 0;
    EXPECT_EQ(runner_->run(spec).outcome, Outcome::kExited);
    EXPECT_EQ(runner_->run(child_spec("/nonexistent", cwd_)).outcome, Outcome::kSpawnFailed);
    Spec small = child_spec(CHILD_BINARY_OUTPUT, cwd_);
    small.limits.stdout_cap_bytes = 2;
    EXPECT_EQ(runner_->run(small).outcome, Outcome::kOutputLimit);
  }
  EXPECT_EQ(test::count_open_fds(), before);
}

}  // namespace
}  // namespace sandbox

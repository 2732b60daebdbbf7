// The bubblewrap command line: what is bound, how, and what never is.
#include "bwrap_command.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace sandbox::internal {
namespace {

Spec spec_with(std::vector<std::string> read_only) {
  Spec spec;
  spec.argv = {"/tmp/run-1/program", "--flag"};
  spec.cwd = "/tmp/run-1/box/";
  spec.env = {"PATH=/usr/bin", "EMPTY=", "NOEQUALS"};
  spec.read_only_paths = std::move(read_only);
  return spec;
}

// Index of the first occurrence of the sequence `items` in argv, or -1.
long find_seq(const std::vector<std::string>& argv, const std::vector<std::string>& items) {
  const auto it = std::search(argv.begin(), argv.end(), items.begin(), items.end());
  return it == argv.end() ? -1 : static_cast<long>(it - argv.begin());
}

TEST(BwrapCommandTest, BindsBoxWritableAndProgramReadOnlyThenRunsTheInit) {
  const auto argv = bwrap_argv({"/usr/bin/bwrap", "/b/init", false}, spec_with({}));
  EXPECT_EQ(argv.front(), "/usr/bin/bwrap");
  EXPECT_GE(find_seq(argv, {"--unshare-all", "--die-with-parent", "--new-session", "--clearenv"}),
            0);
  EXPECT_GE(find_seq(argv, {"--bind", "/tmp/run-1/box", "/tmp/run-1/box"}), 0);
  EXPECT_GE(find_seq(argv, {"--ro-bind-try", "/tmp/run-1/program", "/tmp/run-1/program"}), 0);
  EXPECT_GE(find_seq(argv, {"--perms", "0755", "--dir", "/tmp/run-1"}), 0);
  EXPECT_GE(
      find_seq(argv, {"--perms", "1777", "--size", std::to_string(64 << 20), "--tmpfs", "/tmp"}),
      0);
  EXPECT_GE(find_seq(argv, {"--setenv", "EMPTY", ""}), 0);
  EXPECT_EQ(find_seq(argv, {"NOEQUALS"}), -1);
  const std::vector<std::string> tail = {kInitInsidePath, "-1", "-1", "/tmp/run-1/program",
                                         "--flag"};
  EXPECT_TRUE(std::equal(tail.rbegin(), tail.rend(), argv.rbegin()));
}

TEST(BwrapCommandTest, AsRootKeepsNoUserNamespaceAndTheInitSwitchesUid) {
  const auto argv = bwrap_argv({"/usr/bin/bwrap", "/b/init", true}, spec_with({}));
  EXPECT_EQ(find_seq(argv, {"--unshare-all"}), -1);
  EXPECT_GE(find_seq(argv, {"--unshare-pid"}), 0);
  EXPECT_GE(find_seq(argv, {"--unshare-net"}), 0);
  EXPECT_GE(find_seq(argv, {kInitInsidePath, "65534", "65534", "/tmp/run-1/program"}), 0);
}

TEST(BwrapCommandTest, NeverBindsTheRootOrSomethingUnderUsrTwice) {
  const auto argv = bwrap_argv(
      {"/usr/bin/bwrap", "/b/init", false},
      spec_with({"/", "//", "/usr/include/eigen3", "/work/course/include/../include", "rel"}));
  EXPECT_EQ(find_seq(argv, {"/", "/"}), -1);
  EXPECT_EQ(find_seq(argv, {"/usr/include/eigen3"}), -1);
  EXPECT_EQ(find_seq(argv, {"rel"}), -1);
  EXPECT_GE(find_seq(argv, {"--ro-bind-try", "/work/course/include", "/work/course/include"}), 0);
  EXPECT_GE(find_seq(argv, {"--perms", "0755", "--dir", "/work"}), 0);
  EXPECT_GE(find_seq(argv, {"--perms", "0755", "--dir", "/work/course"}), 0);
}

TEST(BwrapCommandTest, NestedPathsAreBoundParentFirstWithoutRecreatingDirectories) {
  const auto argv = bwrap_argv({"/usr/bin/bwrap", "/b/init", false},
                               spec_with({"/c/lib/a.a", "/c", "/c/include"}));
  const long parent = find_seq(argv, {"--ro-bind-try", "/c", "/c"});
  const long child = find_seq(argv, {"--ro-bind-try", "/c/include", "/c/include"});
  ASSERT_GE(parent, 0);
  EXPECT_GT(child, parent);
  EXPECT_EQ(find_seq(argv, {"--dir", "/c/lib"}), -1);
}

}  // namespace
}  // namespace sandbox::internal

// Tests of src/course/watch/{inotify,polling}_watcher.cpp and the fallback in file_watcher.cpp.
#include "course/watch/file_watcher.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../course_test_support.hpp"

namespace {

using course::watch::make_file_watcher;
using course::watch::make_inotify_watcher;
using course::watch::make_polling_watcher;
using course_test::TempDir;
using course_test::write_file;
using namespace std::chrono_literals;

// Waits (bounded) for an fd-driven watcher to have something to say.
bool readable_within(int fd, int ms) {
  pollfd p{fd, POLLIN, 0};
  return ::poll(&p, 1, ms) == 1;
}

void set_mtime(const std::filesystem::path& file, time_t seconds) {
  const timespec times[2] = {{seconds, 0}, {seconds, 0}};
  ASSERT_EQ(::utimensat(AT_FDCWD, file.c_str(), times, 0), 0);
}

struct InotifyTest : ::testing::Test {
  TempDir dir;
  std::filesystem::path file = dir.path() / "quality_checks.cpp";
  void SetUp() override { write_file(file, "int x = 1;\n"); }
};

TEST_F(InotifyTest, SeesAnInPlaceWrite) {
  auto watcher = make_inotify_watcher(file);
  EXPECT_STREQ(watcher->kind(), "inotify");
  EXPECT_FALSE(watcher->changed());
  write_file(file, "int x = 2;\n");
  ASSERT_TRUE(readable_within(watcher->fd(), 2000));
  EXPECT_TRUE(watcher->changed());
  EXPECT_FALSE(watcher->changed()) << "events are consumed";
}

TEST_F(InotifyTest, SeesAnAtomicRenameSaveAndTheNextOne) {
  auto watcher = make_inotify_watcher(file);
  for (int save = 0; save < 2; ++save) {  // The second save proves the watch survived the rename.
    const auto temp = dir.path() / ".quality_checks.cpp.swp";
    write_file(temp, "int x = " + std::to_string(save) + ";\n");
    std::filesystem::rename(temp, file);
    ASSERT_TRUE(readable_within(watcher->fd(), 2000)) << "save " << save;
    EXPECT_TRUE(watcher->changed()) << "save " << save;
  }
}

TEST_F(InotifyTest, IgnoresOtherFilesInTheDirectory) {
  auto watcher = make_inotify_watcher(file);
  write_file(dir.path() / "notes.txt", "unrelated\n");
  ASSERT_TRUE(readable_within(watcher->fd(), 2000));
  EXPECT_FALSE(watcher->changed());
}

TEST_F(InotifyTest, MissingDirectoryIsReportedAsUnavailable) {
  EXPECT_THROW(make_inotify_watcher(dir.path() / "no-such-dir" / "x.cpp"), std::system_error);
}

struct PollingTest : InotifyTest {};

TEST_F(PollingTest, QuietWhenNothingChanges) {
  auto watcher = make_polling_watcher(file, 10ms);
  EXPECT_EQ(watcher->fd(), -1);
  EXPECT_EQ(watcher->poll_interval(), 10ms);
  EXPECT_FALSE(watcher->changed());
  EXPECT_FALSE(watcher->changed());
}

TEST_F(PollingTest, SeesNewContentWithTheSameSizeAndMtime) {
  set_mtime(file, 1700000000);
  auto watcher = make_polling_watcher(file, 10ms);
  write_file(file, "int x = 9;\n");  // Same size, same inode.
  set_mtime(file, 1700000000);       // A coarse-mtime file system would show no change either.
  EXPECT_TRUE(watcher->changed()) << "only the content hash differs";
  EXPECT_FALSE(watcher->changed());
}

TEST_F(PollingTest, SeesANewMtimeWithTheSameContent) {
  set_mtime(file, 1700000000);
  auto watcher = make_polling_watcher(file, 10ms);
  set_mtime(file, 1700000100);  // `touch`, or a save without edits: the learner wants a check.
  EXPECT_TRUE(watcher->changed());
}

TEST_F(PollingTest, SeesARenameSaveAndADeletedFileComingBack) {
  auto watcher = make_polling_watcher(file, 10ms);
  const auto temp = dir.path() / "tmp";
  write_file(temp, "int x = 1;\n");  // Same bytes, new inode.
  std::filesystem::rename(temp, file);
  EXPECT_TRUE(watcher->changed());
  std::filesystem::remove(file);
  EXPECT_TRUE(watcher->changed());
  write_file(file, "int x = 1;\n");
  EXPECT_TRUE(watcher->changed());
}

TEST_F(InotifyTest, ForcedPollingSaysNoFallback) {
  auto choice = make_file_watcher(file, {true, 25ms});
  EXPECT_STREQ(choice.watcher->kind(), "polling");
  EXPECT_EQ(choice.watcher->poll_interval(), 25ms);
  EXPECT_EQ(choice.fallback_reason, "");
  choice = make_file_watcher(file, {});
  EXPECT_STREQ(choice.watcher->kind(), "inotify");
}

// With no descriptor left (RLIMIT_NOFILE reached), inotify_init1 fails with EMFILE, as it does
// when the per-user inotify instance limit is reached: polling takes over and says why.
TEST_F(InotifyTest, FallsBackToPollingWhenInotifyCannotStart) {
  rlimit saved{};
  ASSERT_EQ(::getrlimit(RLIMIT_NOFILE, &saved), 0);
  const int lowest_free = ::dup(0);
  ASSERT_GE(lowest_free, 0);
  ::close(lowest_free);
  rlimit tight = saved;
  tight.rlim_cur = rlim_t(lowest_free);  // Every new descriptor is now over the limit.
  ASSERT_EQ(::setrlimit(RLIMIT_NOFILE, &tight), 0);
  auto choice = make_file_watcher(file, {false, 10ms});
  ASSERT_EQ(::setrlimit(RLIMIT_NOFILE, &saved), 0);

  EXPECT_STREQ(choice.watcher->kind(), "polling");
  EXPECT_NE(choice.fallback_reason.find("inotify"), std::string::npos) << choice.fallback_reason;
  // It still works once descriptors are available again.
  choice.watcher->changed();
  write_file(file, "int x = 3; // longer\n");
  EXPECT_TRUE(choice.watcher->changed());
}

}  // namespace

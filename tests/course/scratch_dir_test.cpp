// ScratchDir's owner lock and the sweep of leftovers from killed processes (issue 4: /tmp filled
// with course-run-* directories from runs killed before their cleanup).
#include "course/grader/scratch_dir.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>

namespace course {
namespace {

namespace fs = std::filesystem;
using std::chrono::seconds;

// Makes a directory look `age` old to the sweep, which goes by its modification time.
void age_by(const fs::path& dir, seconds age) {
  const std::time_t when = std::time(nullptr) - age.count();
  struct timespec times[2] = {{when, 0}, {when, 0}};
  ASSERT_EQ(::utimensat(AT_FDCWD, dir.c_str(), times, AT_SYMLINK_NOFOLLOW), 0);
}

class ScratchDirSweep : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = std::make_unique<ScratchDir>(fs::temp_directory_path(), "scratch-dir-test-");
  }
  const fs::path& root() const { return root_->path(); }

  // A ScratchDir made by a child process that then dies without running destructors, as a run
  // killed with SIGKILL does. Returns the directory it left.
  fs::path leftover_of_killed_process() {
    const fs::path marker = root() / "child-made";
    const pid_t pid = ::fork();
    if (pid == 0) {
      auto* dir = new ScratchDir(root(), "course-run-");
      std::ofstream(marker) << dir->path().string();
      ::_exit(0);  // No destructor: the directory stays, the kernel drops the lock.
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    std::string path;
    std::ifstream(marker) >> path;
    fs::remove(marker);
    return path;
  }

 private:
  std::unique_ptr<ScratchDir> root_;
};

TEST_F(ScratchDirSweep, RemovesALeftoverWhoseOwnerDied) {
  const fs::path left = leftover_of_killed_process();
  ASSERT_TRUE(fs::exists(left / ScratchDir::kOwnerLock));
  age_by(left, seconds(3600));
  EXPECT_EQ(sweep_stale_scratch_dirs(root(), "course-run-"), 1);
  EXPECT_FALSE(fs::exists(left));
}

TEST_F(ScratchDirSweep, KeepsALiveDirectoryHoweverOld) {
  ScratchDir live(root(), "course-run-");
  std::ofstream(live.path() / "program") << "running";
  age_by(live.path(), seconds(24 * 3600));
  EXPECT_EQ(sweep_stale_scratch_dirs(root(), "course-run-"), 0);
  EXPECT_TRUE(fs::exists(live.path() / "program"));
}

TEST_F(ScratchDirSweep, KeepsALeftoverYoungerThanTheMinimumAge) {
  // A directory between mkdtemp and its lock looks like a leftover; the age rule protects it.
  const fs::path left = leftover_of_killed_process();
  EXPECT_EQ(sweep_stale_scratch_dirs(root(), "course-run-", seconds(60)), 0);
  EXPECT_TRUE(fs::exists(left));
}

TEST_F(ScratchDirSweep, RemovesAnOldDirectoryWithoutALockAndKeepsAFreshOne) {
  // Directories made before owner locks existed have none.
  const fs::path old_dir = root() / "course-run-legacy1";
  const fs::path fresh_dir = root() / "course-run-legacy2";
  fs::create_directories(old_dir / "box");
  fs::create_directories(fresh_dir);
  age_by(old_dir, seconds(7200));
  EXPECT_EQ(sweep_stale_scratch_dirs(root(), "course-run-"), 1);
  EXPECT_FALSE(fs::exists(old_dir));
  EXPECT_TRUE(fs::exists(fresh_dir));
}

TEST_F(ScratchDirSweep, NeverFollowsASymlinkNamedLikeARunDirectory) {
  const fs::path victim = root() / "victim";
  fs::create_directories(victim);
  std::ofstream(victim / "precious") << "keep";
  const fs::path link = root() / "course-run-planted";
  fs::create_directory_symlink(victim, link);
  age_by(link, seconds(7200));
  EXPECT_EQ(sweep_stale_scratch_dirs(root(), "course-run-"), 0);
  EXPECT_TRUE(fs::exists(victim / "precious"));
  EXPECT_TRUE(fs::is_symlink(link));
}

TEST_F(ScratchDirSweep, OnlyTouchesItsPrefix) {
  const fs::path other = root() / "course-validate-abc";
  fs::create_directories(other);
  age_by(other, seconds(7200));
  EXPECT_EQ(sweep_stale_scratch_dirs(root(), "course-run-"), 0);
  EXPECT_TRUE(fs::exists(other));
}

TEST_F(ScratchDirSweep, AMissingParentIsNothingToSweep) {
  EXPECT_EQ(sweep_stale_scratch_dirs(root() / "absent", "course-run-"), 0);
}

TEST(ScratchDir, RemovesItselfAndItsLock) {
  fs::path made;
  {
    ScratchDir dir(fs::temp_directory_path(), "scratch-dir-test-");
    made = dir.path();
    EXPECT_TRUE(fs::exists(made / ScratchDir::kOwnerLock));
  }
  EXPECT_FALSE(fs::exists(made));
}

}  // namespace
}  // namespace course

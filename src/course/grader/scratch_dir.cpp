#include "course/grader/scratch_dir.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <vector>

#include "course/error.hpp"

namespace course {

namespace fs = std::filesystem;

ScratchDir::ScratchDir(const fs::path& parent, const std::string& prefix) {
  std::error_code ec;
  fs::create_directories(parent, ec);
  std::string pattern = (parent / (prefix + "XXXXXX")).string();
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  if (!::mkdtemp(buffer.data()))
    fail_internal("cannot create a directory in " + parent.string() + ": " + std::strerror(errno));
  path_ = buffer.data();
  // O_CLOEXEC: a sandboxed child must not inherit the lock, or a process that outlives us (until
  // the uid sweep kills it) would keep a dead run's directory looking alive.
  const std::string lock = (path_ / kOwnerLock).string();
  lock_fd_ = ::open(lock.c_str(), O_RDONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (lock_fd_ >= 0 && ::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
    ::close(lock_fd_);
    lock_fd_ = -1;
  }
  // Without a lock the directory still works; the sweep then goes by age alone.
}

ScratchDir::~ScratchDir() {
  // remove_all unlinks symlinks instead of following them, so a link the child planted cannot
  // make us delete anything outside this directory.
  std::error_code ec;
  fs::remove_all(path_, ec);
  if (lock_fd_ >= 0) ::close(lock_fd_);
}

namespace {

// True when nobody holds the directory's owner lock (or it has none). Holding the lock while
// removing keeps a second sweeper from racing this one; the kernel drops it with the fd.
bool owner_gone(const fs::path& dir, int& lock_fd) {
  const std::string lock = (dir / ScratchDir::kOwnerLock).string();
  lock_fd = ::open(lock.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (lock_fd < 0) return errno == ENOENT;
  return ::flock(lock_fd, LOCK_EX | LOCK_NB) == 0;
}

}  // namespace

int sweep_stale_scratch_dirs(const fs::path& parent, const std::string& prefix,
                             std::chrono::seconds min_age) {
  std::error_code ec;
  fs::directory_iterator it(parent, ec);
  if (ec) return 0;
  const std::time_t now = std::time(nullptr);
  int removed = 0;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    const fs::path dir = it->path();
    if (dir.filename().string().rfind(prefix, 0) != 0) continue;
    struct stat st {};
    // lstat: a symlink named like ours (planted in a shared /tmp) is skipped, never followed.
    if (::lstat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) continue;
    if (st.st_uid != ::geteuid()) continue;
    if (now - st.st_mtime < min_age.count()) continue;
    int lock_fd = -1;
    if (owner_gone(dir, lock_fd)) {
      std::error_code remove_error;
      fs::remove_all(dir, remove_error);
      if (!remove_error) ++removed;
    }
    if (lock_fd >= 0) ::close(lock_fd);
  }
  return removed;
}

}  // namespace course

#include "course/progress_store.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>
#include <string>

#include "course/error.hpp"
#include "course/progress_json.hpp"

namespace course {
namespace {

constexpr std::size_t kMaxBytes = 16u << 20;

std::string errno_text() { return std::strerror(errno); }

// Closes a descriptor on scope exit.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

// Exclusive advisory lock on the sidecar lock file, held for the object's lifetime. A separate
// lock file (not progress.json itself) because the live file is replaced by rename on every save.
class FileLock {
 public:
  explicit FileLock(const std::filesystem::path& path)
      : fd_(::open(path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600)) {
    if (fd_.get() < 0)
      fail_internal("cannot open lock file " + path.string() + ": " + errno_text());
    while (::flock(fd_.get(), LOCK_EX) != 0) {
      if (errno != EINTR) fail_internal("cannot lock " + path.string() + ": " + errno_text());
    }
  }

 private:
  Fd fd_;
};

// Reads a regular file without following a symlink, capped in size.
std::string read_capped(const std::filesystem::path& path, const std::string& shown) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
  if (fd.get() < 0) {
    if (errno == ELOOP) fail_input(shown, "is a symbolic link; refusing to follow it");
    fail_input(shown, "cannot read: " + errno_text());
  }
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode))
    fail_input(shown, "is not a regular file");
  if (std::size_t(st.st_size) > kMaxBytes) fail_input(shown, "is larger than 16 MiB");
  std::string text(std::size_t(st.st_size), '\0');
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::read(fd.get(), text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += std::size_t(n);
  }
  text.resize(done);
  return text;
}

void write_all(int fd, const std::string& data) {
  std::size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw std::runtime_error(n < 0 ? errno_text() : "short write");
    done += std::size_t(n);
  }
}

void fsync_dir(const std::filesystem::path& dir) {
  Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (fd.get() >= 0) ::fsync(fd.get());
}

}  // namespace

ProgressStore::ProgressStore(std::filesystem::path state_dir)
    : dir_(std::move(state_dir)),
      path_(dir_ / "progress.json"),
      backup_(dir_ / "progress.json.bak"),
      lock_(dir_ / "progress.lock") {}

bool ProgressStore::exists() const {
  std::error_code ec;
  return std::filesystem::exists(std::filesystem::symlink_status(path_, ec));
}

Progress ProgressStore::load() const {
  const std::string shown = path_.string();
  if (!exists())
    fail_input(shown, "not found; this folder is not a course workspace (run `course init DIR`)");
  const std::string text = read_capped(path_, shown);
  try {
    return progress_from_json(text);
  } catch (const ProgressFormatError& e) {
    std::string message = e.what();
    if (!e.newer()) {
      message = "is corrupted (" + message + "). It was left unchanged.";
      std::error_code ec;
      if (std::filesystem::is_regular_file(backup_, ec))
        message += " The previous good copy is " + backup_.string() + ": restore it with `cp " +
                   backup_.string() + " " + shown + "`.";
    } else {
      message += ". The file was left unchanged.";
    }
    fail_input(shown, message);
  }
}

void ProgressStore::create(const Progress& initial) {
  FileLock lock(lock_);
  if (exists()) fail_usage(path_.string() + " already exists");
  save_locked(initial);
}

Progress ProgressStore::update(const std::function<void(Progress&)>& change) {
  FileLock lock(lock_);
  Progress progress = load();  // Re-read under the lock: another process may have saved.
  change(progress);
  progress.updated_at = now_iso8601();
  save_locked(progress);
  return progress;
}

// Temp files are only created under the lock, so any found while we hold it were left by a
// save that was killed mid-way: remove them.
static void remove_orphaned_temps(const std::filesystem::path& dir) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.path().filename().string().rfind("progress.json.tmp-", 0) == 0)
      std::filesystem::remove(entry.path(), ec);
}

void ProgressStore::save_locked(const Progress& progress) {
  remove_orphaned_temps(dir_);
  const std::string data = progress_to_json(progress);
  std::random_device random;
  const auto temp =
      dir_ / ("progress.json.tmp-" + std::to_string(::getpid()) + "-" + std::to_string(random()));
  try {
    {
      Fd fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
      if (fd.get() < 0) throw std::runtime_error(errno_text());
      write_all(fd.get(), data);
      if (::fsync(fd.get()) != 0) throw std::runtime_error(errno_text());
    }
    if (exists()) {
      // Keep the previous good file as the backup: a hard link costs no copy and is atomic.
      const auto backup_temp = dir_ / "progress.json.bak.tmp";
      ::unlink(backup_temp.c_str());
      if (::link(path_.c_str(), backup_temp.c_str()) == 0)
        ::rename(backup_temp.c_str(), backup_.c_str());
    }
    if (::rename(temp.c_str(), path_.c_str()) != 0) throw std::runtime_error(errno_text());
    fsync_dir(dir_);
  } catch (const std::exception& e) {
    ::unlink(temp.c_str());
    fail_internal("could not save " + path_.string() + ": " + e.what() +
                  "; your previous progress is unchanged");
  }
}

}  // namespace course

// inotify: the kernel tells us when the exercise's directory changes. We watch the directory, not
// the file, because a rename-save replaces the file's inode and a watch on the old inode would go
// silent after the first save.
#include <sys/inotify.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <system_error>

#include "course/watch/file_watcher.hpp"

namespace course::watch {
namespace {

class InotifyWatcher : public FileWatcher {
 public:
  explicit InotifyWatcher(const std::filesystem::path& file) : name_(file.filename().string()) {
    fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd_ < 0) throw std::system_error(errno, std::generic_category(), "inotify_init1");
    std::filesystem::path dir = file.parent_path();
    if (dir.empty()) dir = ".";
    if (::inotify_add_watch(fd_, dir.c_str(), IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE) < 0) {
      const int error = errno;
      ::close(fd_);
      throw std::system_error(error, std::generic_category(), "inotify_add_watch " + dir.string());
    }
  }
  ~InotifyWatcher() override { ::close(fd_); }
  InotifyWatcher(const InotifyWatcher&) = delete;
  InotifyWatcher& operator=(const InotifyWatcher&) = delete;

  int fd() const override { return fd_; }
  std::chrono::milliseconds poll_interval() const override { return {}; }
  const char* kind() const override { return "inotify"; }

  bool changed() override {
    bool hit = false;
    alignas(struct inotify_event) std::array<char, 8192> buffer;
    for (;;) {
      const ssize_t n = ::read(fd_, buffer.data(), buffer.size());
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return hit;  // EAGAIN: drained.
      for (ssize_t at = 0; at < n;) {
        const auto* event = reinterpret_cast<const struct inotify_event*>(buffer.data() + at);
        // IN_Q_OVERFLOW: events were dropped; the file may have been among them.
        if ((event->mask & IN_Q_OVERFLOW) || (event->len > 0 && name_ == event->name)) hit = true;
        at += ssize_t(sizeof(struct inotify_event) + event->len);
      }
    }
  }

 private:
  std::string name_;
  int fd_ = -1;
};

}  // namespace

std::unique_ptr<FileWatcher> make_inotify_watcher(const std::filesystem::path& file) {
  return std::make_unique<InotifyWatcher>(file);
}

}  // namespace course::watch

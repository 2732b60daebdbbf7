// Noticing that the learner saved their exercise file, for `course watch`.
//
// Two implementations behind one interface: inotify (instant, no CPU while idle) and polling
// (works everywhere: network and FUSE file systems, containers without inotify, exhausted inotify
// limits). Neither prints; make_file_watcher() reports why it fell back so the CLI can say so.
//
// Editors save in different ways: in place (open, write, close), or atomically (write a temporary
// file, rename it over the original). Both watchers notice both. They report raw "something
// happened" signals; collapsing an editor's burst of writes into one check is the Debouncer's job.
//
// Not thread-safe: one watcher belongs to one event loop.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>

namespace course::watch {

class FileWatcher {
 public:
  virtual ~FileWatcher() = default;

  // A descriptor that becomes readable when the file may have changed, or -1 for a watcher that
  // must be asked periodically (see poll_interval()).
  virtual int fd() const = 0;
  // How often to call changed() when fd() is -1; zero for fd-driven watchers.
  virtual std::chrono::milliseconds poll_interval() const = 0;
  // Consumes pending notifications (never blocks) and returns true when the watched file was
  // written, created, replaced or removed since the last call.
  virtual bool changed() = 0;
  // "inotify" or "polling": shown to the learner.
  virtual const char* kind() const = 0;
};

// Watches `file` through its directory's inotify watch (IN_CLOSE_WRITE, IN_MOVED_TO, IN_CREATE),
// matching events on the file name, so a rename-save is seen; a deletion alone is not a save.
// Throws std::system_error when inotify is unavailable (inotify_init1 or inotify_add_watch failed,
// e.g. the per-user instance or watch limit is reached, or the directory does not exist).
std::unique_ptr<FileWatcher> make_inotify_watcher(const std::filesystem::path& file);

// Compares (exists, inode, size, mtime, content hash) every `interval`: the hash catches an edit
// that keeps size and a coarse mtime. A missing or unreadable file is a state like any other.
std::unique_ptr<FileWatcher> make_polling_watcher(const std::filesystem::path& file,
                                                  std::chrono::milliseconds interval);

struct WatchOptions {
  bool force_polling = false;                    // --poll: never try inotify.
  std::chrono::milliseconds poll_interval{500};  // --interval: how often polling looks.
};

struct WatcherChoice {
  std::unique_ptr<FileWatcher> watcher;
  std::string fallback_reason;  // Why inotify was not used ("" when it was, or with --poll).
};

// inotify unless options.force_polling; falls back to polling when inotify fails.
WatcherChoice make_file_watcher(const std::filesystem::path& file, const WatchOptions& options);

}  // namespace course::watch

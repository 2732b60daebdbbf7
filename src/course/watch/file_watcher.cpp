// Choosing a watcher: inotify when the kernel gives us one, polling otherwise.
#include "course/watch/file_watcher.hpp"

#include <system_error>

namespace course::watch {

WatcherChoice make_file_watcher(const std::filesystem::path& file, const WatchOptions& options) {
  WatcherChoice choice;
  if (!options.force_polling) {
    try {
      choice.watcher = make_inotify_watcher(file);
      return choice;
    } catch (const std::system_error& e) {
      choice.fallback_reason = std::string("inotify unavailable (") + e.what() + ")";
    }
  }
  choice.watcher = make_polling_watcher(file, options.poll_interval);
  return choice;
}

}  // namespace course::watch

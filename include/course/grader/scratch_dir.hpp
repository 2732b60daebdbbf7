// A fresh private directory removed (without following symlinks) when the object goes away, and
// the sweep that removes the ones a killed process left behind.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>

namespace course {

class ScratchDir {
 public:
  // Creates parent if needed, then a new unique directory "<parent>/<prefix>XXXXXX" holding an
  // owner lock (flock on kOwnerLock, held until destruction and released by the kernel if the
  // process dies), which is how sweep_stale_scratch_dirs tells a live directory from a leftover.
  ScratchDir(const std::filesystem::path& parent, const std::string& prefix);
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

  static constexpr const char* kOwnerLock = ".owner.lock";

 private:
  std::filesystem::path path_;
  int lock_fd_ = -1;
};

// Removes "<parent>/<prefix>*" directories that a dead process left: owned by this user, not a
// symlink, last modified at least `min_age` ago, and either holding an owner lock nobody holds
// or (made before owner locks existed, or killed between mkdtemp and the lock) none at all.
// A directory whose owner is alive keeps its lock and is never touched. Returns how many were
// removed; errors (a directory vanishing meanwhile, no permission) only skip that entry.
int sweep_stale_scratch_dirs(const std::filesystem::path& parent, const std::string& prefix,
                             std::chrono::seconds min_age = std::chrono::seconds(60));

}  // namespace course

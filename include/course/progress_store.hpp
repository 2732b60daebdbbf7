// Safe reading and writing of .course/progress.json (RELIABILITY.md, "Progress store").
//
// Every save: take an exclusive flock on .course/progress.lock → re-read and validate the live
// file → apply the change → write a temp file in the same directory (O_CREAT|O_EXCL|O_NOFOLLOW,
// 0600, short writes looped, fsync) → keep the previous file as progress.json.bak (hard link) →
// rename over the live file → fsync the directory. A kill at any moment leaves either the old or
// the new file, never a torn one; two processes never lose each other's updates.
//
// A corrupted or newer-version file stops with InputError (exit 2) and is left byte-identical.
#pragma once

#include <filesystem>
#include <functional>

#include "course/progress.hpp"

namespace course {

class ProgressStore {
 public:
  // `state_dir` is the workspace's .course/ directory.
  explicit ProgressStore(std::filesystem::path state_dir);

  const std::filesystem::path& path() const { return path_; }
  bool exists() const;

  // Reads and validates. Throws InputError for a corrupted/newer file or one that is not a
  // regular file, naming the file and what is wrong and pointing at the backup when there is one.
  Progress load() const;

  // Writes the first progress file; fails if one exists already.
  void create(const Progress& initial);

  // Locks, loads, applies `change`, saves atomically, unlocks; returns what was saved. If
  // `change` throws, nothing is written. A failed write throws Error(kInternal) and leaves the
  // previous file byte-identical.
  Progress update(const std::function<void(Progress&)>& change);

 private:
  void save_locked(const Progress& progress);

  std::filesystem::path dir_;
  std::filesystem::path path_;
  std::filesystem::path backup_;
  std::filesystem::path lock_;
};

}  // namespace course

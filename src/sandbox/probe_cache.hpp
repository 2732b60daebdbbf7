// The bwrap probe's success, remembered across processes.
//
// Every `course` process decides its isolation once, by running `true` in a fresh bwrap sandbox:
// 50–100 ms, paid on every `course check`, which is a third of the 0.2 s budget of an unchanged
// re-check. A passed probe is stored in a small file keyed by everything its outcome depends on
// that can change without notice (the bwrap and init binaries, the kernel, the boot, the uid).
// Only success is cached: a planted or stale "it works" costs a re-probe at the first failed run
// (see make_default_runner), while a cached "it fails" would silently downgrade isolation.
#pragma once

#include <string>

namespace sandbox::internal {

// What a passed probe depends on: bwrap and init (path, size, mtime, inode), the kernel release
// and version, the boot id and the effective uid. Two calls on an unchanged system agree.
std::string probe_key(const std::string& bwrap, const std::string& init);

// Where the cache entry for `key` lives, or "" when there is no trustworthy place:
// COURSE_SANDBOX_PROBE_CACHE=DIR overrides ("off" disables); as root the root-private
// /run/course-sandbox; otherwise $XDG_RUNTIME_DIR, or a private /tmp/course-sandbox-UID.
// Creates the directory if needed and refuses one another user could write to.
std::string probe_cache_file(const std::string& key);

// True when `file` holds exactly `key` (a different key, a missing or unreadable file: false).
bool probe_cache_matches(const std::string& file, const std::string& key);

// Records a passed probe (written to a temporary name and renamed: readers see all or nothing).
// Best effort: a failure only means the next process probes again.
void probe_cache_store(const std::string& file, const std::string& key);

// Forgets a cached success that turned out wrong.
void probe_cache_forget(const std::string& file);

}  // namespace sandbox::internal

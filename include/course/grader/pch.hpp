// The precompiled header learner files are compiled with (PERF-NOTES.md: `#include <Eigen/Dense>`
// costs ~0.9 s per compile, 0.17 s from a PCH).
//
// Built once per workspace and set of compile flags, lazily at the first check that needs it,
// under <cache>/pch/<key>/ where key hashes the compiler, every flag and the header's text; the
// headers it was built from are recorded with their size and mtime, and a change to any of them
// (a package upgrade) rebuilds it. It is built in the same sandbox as learner code, verified to be
// accepted by the compiler (-H, -Winvalid-pch) before it is published, and published by renaming
// a finished directory, under a lock, so concurrent checks neither race nor see half a PCH. A PCH
// that fails to build or would not be used is recorded as such (<key>.failed) and compiles go on
// without one: a PCH only ever changes speed.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "sandbox/process_runner.hpp"

namespace course {

struct PchRequest {
  std::vector<std::string> compile_argv;  // Compiler and flags exactly as for the learner file.
  std::vector<std::string> inputs;        // What that compile may read (include directories).
  std::filesystem::path header;           // The header to precompile (a course file).
  std::filesystem::path cache_dir;        // Workspace cache root.
};

struct PchResult {
  std::filesystem::path include;  // Pass as `-include` (its .gch sits next to it); "" = no PCH.
  std::filesystem::path dir;      // Directory to make readable to the compiler.
  bool built = false;             // Built by this call.
  double seconds = 0;             // Time spent building (0 on a cache hit).
  std::string problem;            // Why there is no PCH (build failed, rejected), else "".
};

PchResult ensure_pch(sandbox::ProcessRunner& runner, const PchRequest& request);

// The name of the cache entry for `request` (changes with any flag or the header's text).
std::string pch_key(const PchRequest& request);

}  // namespace course

// Building a learner's exercise program: learner object + harness object + libraries.
//
// Each step is cached by content hash under the workspace cache (an unchanged file is not
// recompiled; an edited one rebuilds only its object and the link). Learner files are compiled
// with a precompiled header (course/grader/pch.hpp), built at the first compile that needs it.
// Compiler and linker run through the ProcessRunner with limits (CPU, memory, output), so a
// template or #include bomb ends as a compile error, not a hung runner. Cache entries are published
// by rename: a killed build never leaves half an object under its final name.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "course/grader/toolchain.hpp"
#include "course/result.hpp"
#include "sandbox/process_runner.hpp"

namespace course {

struct BuildRequest {
  std::filesystem::path learner_source;  // The file the learner edits (absolute).
  std::string learner_display;           // How the learner knows it (workspace-relative).
  std::filesystem::path header_dir;      // Course's directory of the exercise's API header.
  std::filesystem::path harness_source;  // Trusted harness (absolute).
  std::filesystem::path cache_dir;       // Workspace cache root (.course/cache).
};

struct BuildResult {
  bool ok = false;
  std::filesystem::path executable;  // Valid when ok.
  std::string source_hash;           // Hash of the learner's source bytes.
  bool cached = false;               // Learner object and link both came from the cache.
  double seconds = 0;
  std::string output;     // Trimmed diagnostics (errors and warnings).
  std::string isolation;  // Of the last compiler step that ran ("" when all came from the cache).
  std::vector<Diagnostic> diagnostics;
  std::vector<PhaseTiming> phases;  // "pch" (when built), "compile", "harness", "link".
  // The learner's "compile" and the "link", when they ran (not from the cache); the harness and
  // the precompiled header are the course's, so they have none.
  std::vector<ResourceUse> resources;
};

class Builder {
 public:
  Builder(Toolchain toolchain, sandbox::ProcessRunner& runner);
  // Never throws for a learner's compile error (that is ok=false); throws Error(kInternal) when
  // the toolchain or a trusted harness fails.
  BuildResult build(const BuildRequest& request);

 private:
  Toolchain toolchain_;
  sandbox::ProcessRunner& runner_;
};

}  // namespace course

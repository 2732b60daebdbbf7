// How learner programs are built: compiler, flags, include paths and the prebuilt libraries they
// link against. The defaults come from the build that produced this binary (build_config.hpp),
// so learner code, harness and libraries always share compiler and CPU flags (PERF-NOTES.md:
// mixing -march=native with a generic library crashed as soon as Eigen objects crossed).
#pragma once

#include <string>
#include <vector>

namespace course {

struct Toolchain {
  std::string cxx;                               // Compiler driver path.
  std::vector<std::string> flags;                // Language, optimisation and diagnostic flags.
  std::vector<std::string> include_dirs;         // Project headers (mlcore, exercise SDK).
  std::vector<std::string> system_include_dirs;  // Eigen, nlohmann (-isystem: no warning floods).
  std::vector<std::string> link_flags;           // -fuse-ld=gold when available.
  std::vector<std::string> libraries;  // libcourse_harness.a, libmlcore.a (in link order).
  // Headers precompiled for learner files (course/grader/pch.hpp); "" = compile without a PCH.
  std::string pch_header;        // For every learner file.
  std::string pch_eigen_header;  // For files that reach <Eigen/...>: the above plus Eigen.
  std::string fingerprint;       // Changes whenever any of the above changes.

  // The toolchain this binary was built with. Throws Error(kInternal) if the compiler or a
  // library is missing.
  static Toolchain from_build();
  // The course content directory this binary was built from.
  static std::string built_course_dir();
};

}  // namespace course

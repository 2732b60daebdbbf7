#include "course/grader/toolchain.hpp"

#include <unistd.h>

#include <filesystem>

#include "build_config.hpp"
#include "course/error.hpp"
#include "course/grader/hash.hpp"

namespace course {

Toolchain Toolchain::from_build() {
  Toolchain t;
  t.cxx = COURSE_CXX;
  // -O1 compiles fastest and runs within 1.1–1.3x of -O2 (PERF-NOTES.md); no -march: learner code
  // must match the libraries' CPU flags.
  t.flags = {"-std=c++17",      "-O1",   "-pipe",  "-fdiagnostics-color=never",
             "-fmax-errors=20", "-Wall", "-Wextra"};
  t.include_dirs = {std::string(COURSE_SOURCE_DIR) + "/include"};
  for (const char* dir : {COURSE_EIGEN_INCLUDE, COURSE_JSON_INCLUDE})
    if (*dir != '\0') t.system_include_dirs.push_back(dir);
  // gold links a small program against static libraries ~4x faster than bfd (PERF-NOTES.md).
  // mold was ~50 ms faster still, but reports "undefined symbol" with the cache's object path
  // where learners (and the hostile corpus) expect GNU ld's "undefined reference to" naming the
  // missing function: not worth 50 ms (bench/README.md).
  if (::access("/usr/bin/ld.gold", X_OK) == 0) t.link_flags = {"-fuse-ld=gold"};
  t.libraries = {COURSE_HARNESS_LIB, COURSE_MLCORE_LIB};
  t.pch_header = t.include_dirs.front() + "/course/exercise/learner_pch.hpp";
  t.pch_eigen_header = t.include_dirs.front() + "/course/exercise/learner_pch_eigen.hpp";
  if (::access(t.cxx.c_str(), X_OK) != 0)
    fail_internal("the C++ compiler " + t.cxx + " this course was built with is missing");
  Hasher h;
  h.add(t.cxx);
  for (const auto* list : {&t.flags, &t.include_dirs, &t.system_include_dirs, &t.link_flags})
    for (const auto& item : *list) h.add(item);
  // Which headers a learner file sees implicitly is part of whether it compiles.
  for (const auto& header : {t.pch_header, t.pch_eigen_header}) h.add(header).add_file(header);
  for (const auto& lib : t.libraries) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(lib, ec);
    if (ec) fail_internal("library " + lib + " is missing; rebuild course");
    const auto stamp = std::filesystem::last_write_time(lib, ec).time_since_epoch().count();
    h.add(lib + ":" + std::to_string(size) + ":" + std::to_string(stamp));
  }
  t.fingerprint = h.hex();
  return t;
}

std::string Toolchain::built_course_dir() { return COURSE_SOURCE_DIR; }

}  // namespace course

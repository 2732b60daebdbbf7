// Small helpers shared by the course_engine tests: a scratch directory and whole-file I/O.
#pragma once

#include <stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace course_test {

// A fresh directory under $TMPDIR (or /tmp), removed with everything in it at scope exit.
class TempDir {
 public:
  TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string(base && *base ? base : "/tmp") + "/course-engine-test-XXXXXX";
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed for " + pattern);
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline void write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error("cannot write " + path.string());
  out << text;
}

// Replaces the first occurrence of `from` in the file with `to`; false when it is not there.
inline bool replace_in_file(const std::filesystem::path& path, const std::string& from,
                            const std::string& to) {
  std::string text = read_file(path);
  const auto pos = text.find(from);
  if (pos == std::string::npos) return false;
  text.replace(pos, from.size(), to);
  write_file(path, text);
  return true;
}

// 1-based line of the `nth` (0-based) occurrence of `needle` in the file; 0 when it is not there.
inline std::size_t line_in_file(const std::filesystem::path& path, const std::string& needle,
                                int nth = 0) {
  const std::string text = read_file(path);
  std::size_t pos = text.find(needle);
  for (int i = 0; i < nth && pos != std::string::npos; ++i) pos = text.find(needle, pos + 1);
  if (pos == std::string::npos) return 0;
  return std::size_t(std::count(text.begin(), text.begin() + long(pos), '\n')) + 1;
}

}  // namespace course_test

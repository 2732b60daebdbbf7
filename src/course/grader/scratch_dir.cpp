#include "course/grader/scratch_dir.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "course/error.hpp"

namespace course {

ScratchDir::ScratchDir(const std::filesystem::path& parent, const std::string& prefix) {
  std::error_code ec;
  std::filesystem::create_directories(parent, ec);
  std::string pattern = (parent / (prefix + "XXXXXX")).string();
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  if (!::mkdtemp(buffer.data()))
    fail_internal("cannot create a directory in " + parent.string() + ": " + std::strerror(errno));
  path_ = buffer.data();
}

ScratchDir::~ScratchDir() {
  // remove_all unlinks symlinks instead of following them, so a link the child planted cannot
  // make us delete anything outside this directory.
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

}  // namespace course

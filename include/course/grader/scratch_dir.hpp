// A fresh private directory removed (without following symlinks) when the object goes away.
#pragma once

#include <filesystem>
#include <string>

namespace course {

class ScratchDir {
 public:
  // Creates parent if needed, then a new unique directory "<parent>/<prefix>XXXXXX".
  ScratchDir(const std::filesystem::path& parent, const std::string& prefix);
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace course

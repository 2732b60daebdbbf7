// Content hashing for the build cache (not for security: a learner owns their own cache).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace course {

// 64-bit FNV-1a over everything added; each add() is length-prefixed so ("ab","c") != ("a","bc").
class Hasher {
 public:
  Hasher& add(std::string_view bytes);
  // Adds a file's bytes; throws InputError naming the file if it cannot be read.
  Hasher& add_file(const std::filesystem::path& path);
  std::string hex() const;  // 16 lowercase hex digits.

 private:
  std::uint64_t state_ = 1469598103934665603ull;
};

}  // namespace course

// CapturedStream: the parent's end of one output pipe (stdout, stderr or the result channel).
// It keeps the first `cap` bytes byte-exact and counts every byte, so the runner can report both
// the head of a flood (for feedback) and proof that the cap was exceeded.
#pragma once

#include <cstdint>
#include <string>

#include "unique_fd.hpp"

namespace sandbox::internal {

class CapturedStream {
 public:
  CapturedStream() = default;
  // Takes the read end and makes it non-blocking: the runner must never block on a pipe that a
  // learner's process (or a daemon it left behind) still holds open.
  CapturedStream(UniqueFd fd, std::uint64_t cap);

  bool open() const { return fd_.valid(); }
  int fd() const { return fd_.get(); }
  // Reads what is available now, at most max_reads times so one flooding stream cannot starve
  // the runner's timers. Closes the stream on EOF or a read error.
  void read_available(int max_reads);
  void close() { fd_.reset(); }

  bool over_cap() const { return bytes_ > cap_; }
  std::uint64_t bytes() const { return bytes_; }
  std::string take_data() { return std::move(data_); }

 private:
  UniqueFd fd_;
  std::uint64_t cap_ = 0;
  std::uint64_t bytes_ = 0;
  std::string data_;
};

}  // namespace sandbox::internal

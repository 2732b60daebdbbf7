// UniqueFd: owns one file descriptor and closes it exactly once. Internal to the sandbox library.
#pragma once

#include <unistd.h>

#include <utility>

namespace sandbox::internal {

class UniqueFd {
 public:
  UniqueFd() = default;
  explicit UniqueFd(int fd) : fd_(fd) {}
  UniqueFd(UniqueFd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
  UniqueFd& operator=(UniqueFd&& other) noexcept {
    if (this != &other) reset(std::exchange(other.fd_, -1));
    return *this;
  }
  UniqueFd(const UniqueFd&) = delete;
  UniqueFd& operator=(const UniqueFd&) = delete;
  ~UniqueFd() { reset(); }

  int get() const { return fd_; }
  bool valid() const { return fd_ >= 0; }
  // Closes the current descriptor (if any) and takes ownership of fd. close() is not retried on
  // EINTR: on Linux the descriptor is released even then, and a retry could close a reused number.
  void reset(int fd = -1) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = fd;
  }

 private:
  int fd_ = -1;
};

// A pipe whose both ends are close-on-exec; the child dup2()s the end it needs onto 0..3, which
// clears the flag on that copy only.
struct Pipe {
  UniqueFd read;
  UniqueFd write;
};

}  // namespace sandbox::internal

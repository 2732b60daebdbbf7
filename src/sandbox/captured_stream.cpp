// CapturedStream; see captured_stream.hpp.
#include "captured_stream.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <utility>

namespace sandbox::internal {

CapturedStream::CapturedStream(UniqueFd fd, std::uint64_t cap) : fd_(std::move(fd)), cap_(cap) {
  const int flags = ::fcntl(fd_.get(), F_GETFL);
  if (flags >= 0) ::fcntl(fd_.get(), F_SETFL, flags | O_NONBLOCK);
}

void CapturedStream::read_available(int max_reads) {
  std::array<char, 64 * 1024> buffer;
  for (int i = 0; i < max_reads && fd_.valid(); ++i) {
    const ssize_t n = ::read(fd_.get(), buffer.data(), buffer.size());
    if (n > 0) {
      const auto got = static_cast<std::uint64_t>(n);
      const std::uint64_t room = cap_ - std::min<std::uint64_t>(cap_, data_.size());
      data_.append(buffer.data(), static_cast<std::size_t>(std::min(room, got)));
      bytes_ += got;
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
    fd_.reset();  // EOF, or an error no retry will fix.
  }
}

}  // namespace sandbox::internal

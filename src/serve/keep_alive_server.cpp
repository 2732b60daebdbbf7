#include "keep_alive_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <string>
#include <vector>

namespace course::serve {
namespace {

using Clock = std::chrono::steady_clock;

// poll() on one descriptor, retried on EINTR with the time left. > 0 ready, 0 timeout, < 0 error.
int poll_for(int fd, short events, int timeout_ms) {
  const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  for (;;) {
    pollfd p{fd, events, 0};
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    const int r = ::poll(&p, 1, static_cast<int>(left > 0 ? left : 0));
    if (r < 0 && errno == EINTR) continue;
    if (r > 0 && (p.revents & (events | POLLHUP | POLLERR)) == 0) continue;
    return r;
  }
}

void address_of(const sockaddr_storage& addr, std::string& ip, int& port) {
  char text[INET6_ADDRSTRLEN] = "";
  if (addr.ss_family == AF_INET) {
    const auto& a = reinterpret_cast<const sockaddr_in&>(addr);
    ::inet_ntop(AF_INET, &a.sin_addr, text, sizeof(text));
    port = ntohs(a.sin_port);
  } else if (addr.ss_family == AF_INET6) {
    const auto& a = reinterpret_cast<const sockaddr_in6&>(addr);
    ::inet_ntop(AF_INET6, &a.sin6_addr, text, sizeof(text));
    port = ntohs(a.sin6_port);
  }
  ip = text;
}

// A connection's stream: reads with the server's read timeout; writes are collected and sent in one
// send() when the response is complete (flush) or before the next read, so a "100 Continue"
// still reaches the client before the body is read.
class BufferedSocketStream final : public httplib::Stream {
 public:
  BufferedSocketStream(int sock, int read_timeout_ms, int write_timeout_ms)
      : sock_(sock), read_timeout_ms_(read_timeout_ms), write_timeout_ms_(write_timeout_ms) {}

  bool is_readable() const override {
    return has_buffered_input() || (const_cast<BufferedSocketStream*>(this)->flush() &&
                                    poll_for(sock_, POLLIN, read_timeout_ms_) > 0);
  }
  bool is_writable() const override { return !failed_; }

  // httplib's line reader asks for one byte at a time: serve reads from a buffer filled by one
  // recv() of up to 4 KiB. The stream lives as long as the connection, so bytes read ahead (a
  // pipelined next request) are still there for the next request.
  ssize_t read(char* ptr, size_t size) override {
    if (in_pos_ == in_.size()) {
      if (!flush() || poll_for(sock_, POLLIN, read_timeout_ms_) <= 0) return -1;
      in_.resize(kReadBytes);
      ssize_t n;
      do n = ::recv(sock_, in_.data(), in_.size(), 0);
      while (n < 0 && errno == EINTR);
      in_.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
      in_pos_ = 0;
      if (n <= 0) return n;
    }
    const std::size_t take = std::min(size, in_.size() - in_pos_);
    std::memcpy(ptr, in_.data() + in_pos_, take);
    in_pos_ += take;
    return static_cast<ssize_t>(take);
  }

  bool has_buffered_input() const { return in_pos_ < in_.size(); }

  ssize_t write(const char* ptr, size_t size) override {
    if (failed_) return -1;
    pending_.append(ptr, size);
    // Large bodies (the page, a big batch) go out as they come rather than piling up.
    if (pending_.size() >= kFlushBytes && !flush()) return -1;
    return static_cast<ssize_t>(size);
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage addr{};
    socklen_t len = sizeof(addr);
    if (::getpeername(sock_, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
      address_of(addr, ip, port);
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage addr{};
    socklen_t len = sizeof(addr);
    if (::getsockname(sock_, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
      address_of(addr, ip, port);
  }
  socket_t socket() const override { return sock_; }

  // Sends what is buffered; false (and every later write fails) when the peer cannot take it
  // within the write timeout.
  bool flush() {
    std::size_t sent = 0;
    while (!failed_ && sent < pending_.size()) {
      const ssize_t n = ::send(sock_, pending_.data() + sent, pending_.size() - sent,
                               MSG_NOSIGNAL | MSG_DONTWAIT);
      if (n > 0) {
        sent += static_cast<std::size_t>(n);
      } else if (n < 0 && errno == EINTR) {
        continue;
      } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
        if (poll_for(sock_, POLLOUT, write_timeout_ms_) <= 0) failed_ = true;
      } else {
        failed_ = true;
      }
    }
    pending_.clear();
    return !failed_;
  }

 private:
  static constexpr std::size_t kFlushBytes = 64 * 1024;
  static constexpr std::size_t kReadBytes = 4096;
  int sock_;
  int read_timeout_ms_;
  int write_timeout_ms_;
  std::string pending_;
  std::vector<char> in_;
  std::size_t in_pos_ = 0;
  bool failed_ = false;
};

int millis(time_t sec, time_t usec) { return static_cast<int>(sec * 1000 + usec / 1000); }

}  // namespace

bool KeepAliveServer::process_and_close_socket(socket_t sock) {
  int yes = 1;
  ::setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof(yes));
  const int keep_alive_ms = static_cast<int>(keep_alive_timeout_sec_ * 1000);
  const int read_ms = millis(read_timeout_sec_, read_timeout_usec_);
  const int write_ms = millis(write_timeout_sec_, write_timeout_usec_);
  BufferedSocketStream stream(sock, read_ms, write_ms);
  bool ok = false;
  for (std::size_t left = keep_alive_max_count_; left > 0; --left) {
    // Wait for the next request in one poll that wakes as soon as it arrives (unless it is
    // already buffered). Slices of 100 ms only to notice a stop (the listening socket closed),
    // so shutdown is not held up by idle keep-alive connections for the whole timeout.
    int waited = 0, ready = stream.has_buffered_input() ? 1 : 0;
    while (ready == 0 && waited < keep_alive_ms && svr_sock_ != INVALID_SOCKET) {
      const int slice = std::min(100, keep_alive_ms - waited);
      ready = poll_for(sock, POLLIN, slice);
      waited += slice;
    }
    if (ready <= 0) break;
    bool connection_closed = false;
    ok = process_request(stream, left == 1, connection_closed, nullptr);
    if (!stream.flush() || !ok || connection_closed) break;
  }
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  return ok;
}

}  // namespace course::serve

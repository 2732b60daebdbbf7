// expect: failed
// expect-text: connect 127\.0\.0\.1:[0-9]+: Connection refused
// expect-text-degraded: connect 127\.0\.0\.1:[0-9]+: connected
// modes: bwrap degraded
// Connects to a TCP server that hostile.sh runs on the machine's loopback (@HOST_PORT@; think
// of an ssh daemon, a database, the course's own `serve`). The bwrap box has a network namespace
// of its own: its loopback has nothing listening. The degraded sandbox has no network isolation
// (a documented gap): there the connection succeeds, and this checks that nothing else breaks.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  // hostile.sh substitutes the placeholder before compiling.
  // clang-format off
  const int port = @HOST_PORT@;
  // clang-format on
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  ::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
  const int rc = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  const std::string outcome = rc == 0 ? "connected" : std::strerror(errno);
  ::close(fd);
  throw std::runtime_error("connect 127.0.0.1:" + std::to_string(port) + ": " + outcome);
}

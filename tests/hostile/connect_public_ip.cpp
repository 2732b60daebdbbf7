// expect: failed
// expect-text: connect 1\.1\.1\.1:443: Network is unreachable
// expect-text-degraded: connect 1\.1\.1\.1:443:
// Tries to send data out to a public address (1.1.1.1:443), with its own 1 s timeout. No
// network in the bwrap box: it fails at once. Degraded mode has no network isolation (a
// documented gap): there the fixture only checks the attempt is reported, whatever it gave.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(443);
  ::inet_pton(AF_INET, "1.1.1.1", &address.sin_addr);
  std::string outcome = "connected";
  if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    outcome = std::strerror(errno);
    if (errno == EINPROGRESS) {
      pollfd wait{fd, POLLOUT, 0};
      int error = 0;
      socklen_t size = sizeof error;
      if (::poll(&wait, 1, 1000) != 1) {
        outcome = "timed out";
      } else {
        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size);
        outcome = error == 0 ? "connected" : std::strerror(error);
      }
    }
  }
  ::close(fd);
  throw std::runtime_error("connect 1.1.1.1:443: " + outcome);
}

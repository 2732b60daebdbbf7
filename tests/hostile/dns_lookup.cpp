// expect: failed
// expect-text: resolve example\.com: (Temporary failure|Name or service not known|System error)
// expect-text-degraded: resolve example\.com:
// Resolves a host name (the first step of downloading anything). The bwrap box has no
// /etc/resolv.conf, no /etc/hosts and no network. Degraded: no network isolation (documented),
// only the reporting is checked.
#include <netdb.h>

#include <stdexcept>
#include <string>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  addrinfo* found = nullptr;
  const int rc = ::getaddrinfo("example.com", "443", nullptr, &found);
  if (rc == 0) {
    ::freeaddrinfo(found);
    throw std::runtime_error("resolve example.com: resolved");
  }
  throw std::runtime_error(std::string("resolve example.com: ") + ::gai_strerror(rc));
}

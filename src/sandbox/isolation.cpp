// The isolation probe and the default runner; see sandbox/isolation.hpp.
#include "sandbox/isolation.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace sandbox {
namespace {

// Where Debian (and most distributions) install bubblewrap. No PATH search: the runner must not
// execute whatever a user's PATH names with root's privileges.
constexpr const char* kBwrapPaths[] = {"/usr/bin/bwrap", "/bin/bwrap", "/usr/local/bin/bwrap"};

std::string find_bwrap() {
  for (const char* path : kBwrapPaths) {
    if (::access(path, X_OK) == 0) return path;
  }
  return {};
}

std::string first_line(const std::string& text) {
  const auto end = text.find('\n');
  return end == std::string::npos ? text : text.substr(0, end);
}

// Runs /usr/bin/true through the bwrap runner in a scratch directory: the whole chain (bwrap,
// namespaces, the uid switch, the init) must work. Returns "" on success, else why not.
std::string probe(const std::string& bwrap) {
  char dir[] = "/tmp/course-sandbox-probe-XXXXXX";
  if (::mkdtemp(dir) == nullptr) return "cannot create a probe directory in /tmp";
  Spec spec;
  spec.argv = {"/usr/bin/true"};
  spec.cwd = dir;
  spec.limits.cpu_seconds = 5;
  spec.limits.wall_seconds = 10;
  const Result result = make_bwrap_runner(bwrap, COURSE_SANDBOX_INIT)->run(spec);
  ::rmdir(dir);
  if (result.outcome == Outcome::kExited && result.exit_code == 0) return {};
  std::string why = result.error.empty() ? first_line(result.stderr_data) : result.error;
  if (why.empty()) why = std::string("outcome ") + outcome_name(result.outcome);
  return "bubblewrap does not work here (" + why + ")";
}

IsolationStatus decide() {
  IsolationStatus status;
  const char* env = std::getenv("COURSE_SANDBOX");
  const std::string wanted = env != nullptr && *env != '\0' ? env : "auto";
  if (wanted != "auto" && wanted != "bwrap" && wanted != "degraded") {
    throw std::invalid_argument("COURSE_SANDBOX must be auto, bwrap or degraded (got '" + wanted +
                                "')");
  }
  if (wanted == "degraded") {
    status.reason = "COURSE_SANDBOX=degraded";
    return status;
  }
  status.bwrap = find_bwrap();
  if (wanted == "bwrap") {
    status.isolation = Isolation::kBwrap;  // No fallback: a broken bwrap fails every run loudly.
    if (status.bwrap.empty()) status.bwrap = kBwrapPaths[0];
    return status;
  }
  if (status.bwrap.empty()) {
    status.reason = "bubblewrap (bwrap) is not installed";
  } else if (::access(COURSE_SANDBOX_INIT, X_OK) != 0) {
    status.reason = std::string("the sandbox init ") + COURSE_SANDBOX_INIT + " is missing";
  } else {
    status.reason = probe(status.bwrap);
    if (status.reason.empty()) status.isolation = Isolation::kBwrap;
  }
  return status;
}

}  // namespace

const char* isolation_name(Isolation isolation) {
  return isolation == Isolation::kBwrap ? "bwrap" : "degraded";
}

const IsolationStatus& sandbox_isolation() {
  static const IsolationStatus status = decide();  // Thread-safe, once per process.
  return status;
}

std::unique_ptr<ProcessRunner> make_default_runner() {
  const IsolationStatus& status = sandbox_isolation();
  if (status.isolation == Isolation::kBwrap) {
    return make_bwrap_runner(status.bwrap, COURSE_SANDBOX_INIT);
  }
  return make_rlimit_runner();
}

}  // namespace sandbox

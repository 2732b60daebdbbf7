// The isolation probe and the default runner; see sandbox/isolation.hpp.
#include "sandbox/isolation.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <stdexcept>
#include <string>

#include "cgroup.hpp"
#include "probe_cache.hpp"

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
  const auto start = std::chrono::steady_clock::now();
  IsolationStatus status;
  const char* env = std::getenv("COURSE_SANDBOX");
  const std::string wanted = env != nullptr && *env != '\0' ? env : "auto";
  if (wanted != "auto" && wanted != "bwrap" && wanted != "degraded") {
    throw SettingError("COURSE_SANDBOX must be auto, bwrap or degraded (got '" + wanted + "')");
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
    const std::string key = internal::probe_key(status.bwrap, COURSE_SANDBOX_INIT);
    const std::string cache = internal::probe_cache_file(key);
    status.probe_cached = internal::probe_cache_matches(cache, key);
    if (!status.probe_cached) {
      status.reason = probe(status.bwrap);
      if (status.reason.empty()) internal::probe_cache_store(cache, key);
    }
    if (status.reason.empty()) status.isolation = Isolation::kBwrap;
  }
  status.probe_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return status;
}

IsolationStatus& status_once() {
  static IsolationStatus status = [] {  // Thread-safe, once per process.
    IsolationStatus decided = decide();
    const internal::CgroupSupport& cgroups = internal::cgroup_support();
    if (!cgroups.setting_error.empty()) {
      throw SettingError(cgroups.setting_error);  // As for COURSE_SANDBOX: a typo is no mode.
    }
    decided.cgroup = internal::cgroup_mode_name(cgroups.mode);
    decided.cgroup_detail = cgroups.detail;
    return decided;
  }();
  return status;
}

// The bwrap runner of a decision taken from the probe cache. A run that cannot start may mean
// the cached success is stale (a new kernel policy, a removed user namespace sysctl): probe for
// real then, and where bwrap no longer works, forget the entry and continue degraded, as a fresh
// process would.
class CheckedCacheRunner final : public ProcessRunner {
 public:
  explicit CheckedCacheRunner(const std::string& bwrap)
      : bwrap_(bwrap), runner_(make_bwrap_runner(bwrap, COURSE_SANDBOX_INIT)) {}

  Result run(const Spec& spec) override {
    Result result = runner_->run(spec);
    if (result.outcome != Outcome::kSpawnFailed || checked_) return result;
    checked_ = true;  // One real probe per runner: a bad program path fails the same way.
    const std::string why = probe(bwrap_);
    if (why.empty()) return result;  // bwrap works: the spawn failure is the run's own.
    const std::string key = internal::probe_key(bwrap_, COURSE_SANDBOX_INIT);
    internal::probe_cache_forget(internal::probe_cache_file(key));
    {
      static std::mutex mutex;
      const std::lock_guard<std::mutex> lock(mutex);
      IsolationStatus& status = status_once();
      status.isolation = Isolation::kDegraded;
      status.reason = why;
      status.probe_cached = false;
    }
    runner_ = make_rlimit_runner();
    return runner_->run(spec);
  }

 private:
  std::string bwrap_;
  std::unique_ptr<ProcessRunner> runner_;
  bool checked_ = false;
};

}  // namespace

const char* isolation_name(Isolation isolation) {
  return isolation == Isolation::kBwrap ? "bwrap" : "degraded";
}

const IsolationStatus& sandbox_isolation() { return status_once(); }

std::unique_ptr<ProcessRunner> make_default_runner() {
  const IsolationStatus& status = sandbox_isolation();
  if (status.isolation == Isolation::kBwrap && status.probe_cached) {
    return std::make_unique<CheckedCacheRunner>(status.bwrap);
  }
  if (status.isolation == Isolation::kBwrap) {
    return make_bwrap_runner(status.bwrap, COURSE_SANDBOX_INIT);
  }
  return make_rlimit_runner();
}

}  // namespace sandbox

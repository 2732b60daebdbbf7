// Helpers shared by the sandbox tests: scratch directories, specs for the child programs, and
// /proc probes for leaked descriptors, zombies and surviving processes.
#pragma once

#include <dirent.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "sandbox/process_runner.hpp"

namespace sandbox::test {

// A fresh private directory under /tmp, removed (with whatever the child left) at scope exit.
class TempDir {
 public:
  TempDir() {
    char pattern[] = "/tmp/sandbox-test-XXXXXX";
    if (::mkdtemp(pattern) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// The runner of a mode: "degraded" (rlimits only) or "bwrap" (namespaces, the real bwrap).
inline std::unique_ptr<ProcessRunner> make_runner(const std::string& mode) {
  return mode == "bwrap" ? make_bwrap_runner(SANDBOX_BWRAP, SANDBOX_INIT) : make_rlimit_runner();
}

// Short limits keep the suite fast; each test widens what it needs.
inline Spec child_spec(const std::string& program, const TempDir& cwd,
                       std::vector<std::string> args = {}) {
  Spec spec;
  spec.argv.push_back(program);
  for (std::string& arg : args) spec.argv.push_back(std::move(arg));
  spec.env = {"PATH=/usr/bin:/bin", "LANG=C"};
  spec.cwd = cwd.path();
  spec.limits.cpu_seconds = 1;
  spec.limits.wall_seconds = 2;
  spec.limits.address_space_bytes = 512ull << 20;
  return spec;
}

inline void write_file(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
}

inline int count_open_fds() {
  int count = 0;
  DIR* dir = ::opendir("/proc/self/fd");
  while (dirent* entry = ::readdir(dir)) {
    if (entry->d_name[0] != '.') ++count;
  }
  ::closedir(dir);
  return count - 1;  // The directory stream's own descriptor.
}

// True when the test process has no child at all, reaped or not: no zombie was left behind.
// A uid of the sandbox pool (src/sandbox/privileges.hpp: kSandboxUids), as text: which one a
// root-mode run gets depends on what else runs on the machine at the time.
inline bool is_sandbox_uid(const std::string& uid) {
  for (int u = 65527; u <= 65534; ++u)
    if (uid == std::to_string(u)) return true;
  return false;
}

inline bool has_no_children() { return ::waitpid(-1, nullptr, WNOHANG) == -1 && errno == ECHILD; }

// State letter from /proc/<pid>/stat ('Z' for a zombie), or '\0' if the process is gone.
inline char process_state(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  const auto paren = text.rfind(')');
  return paren == std::string::npos || paren + 2 >= text.size() ? '\0' : text[paren + 2];
}

// Live (non-zombie) processes executing `program`. A zombie has no exe link, so it never
// matches; zombies reparented to init are init's to reap, not the runner's.
inline std::vector<pid_t> live_processes_running(const std::string& program) {
  std::vector<pid_t> found;
  const std::string wanted = std::filesystem::canonical(program).string();
  for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
    const std::string name = entry.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    char target[PATH_MAX];
    const ssize_t n = ::readlink(("/proc/" + name + "/exe").c_str(), target, sizeof target - 1);
    if (n <= 0) continue;
    target[n] = '\0';
    const pid_t pid = std::atoi(name.c_str());
    if (wanted == target && process_state(pid) != 'Z') found.push_back(pid);
  }
  return found;
}

// "key=value" lines (as printed by the inspect_self child) into a map.
inline std::map<std::string, std::string> parse_lines(const std::string& text) {
  std::map<std::string, std::string> values;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    const auto eq = line.find('=');
    if (eq != std::string::npos) values[line.substr(0, eq)] = line.substr(eq + 1);
  }
  return values;
}

}  // namespace sandbox::test

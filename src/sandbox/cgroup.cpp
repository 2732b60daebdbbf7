// The cgroup probe, the sweep and CgroupSet; see cgroup.hpp.
#include "cgroup.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace sandbox::internal {
namespace {

constexpr const char* kPrefix = "course-";
constexpr auto kRemoveGiveUpAfter = std::chrono::seconds(2);
constexpr auto kSweepGiveUpAfter = std::chrono::milliseconds(200);
constexpr auto kPollEvery = std::chrono::milliseconds(1);

// Small kernel files only (cgroup and /proc files are a few lines).
std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool exists(const std::string& path) { return ::access(path.c_str(), F_OK) == 0; }

// One write() of the whole value: cgroup files take a value per write.
bool write_text(const std::string& path, const std::string& value, std::string* why) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0 || ::write(fd, value.data(), value.size()) != static_cast<ssize_t>(value.size())) {
    if (why) *why = "cannot write '" + value + "' to " + path + ": " + std::strerror(errno);
    if (fd >= 0) ::close(fd);
    return false;
  }
  ::close(fd);
  return true;
}

// "key value" lines (memory.events, pids.events, cpu.stat, memory.oom_control).
std::map<std::string, std::uint64_t> keyed_values(const std::string& text) {
  std::map<std::string, std::uint64_t> values;
  std::istringstream in(text);
  std::string key;
  std::uint64_t value = 0;
  while (in >> key >> value) values[key] = value;
  return values;
}

std::uint64_t number_in(const std::string& path) {
  return std::strtoull(read_text(path).c_str(), nullptr, 10);
}

struct Mount {
  std::string root;               // Of the hierarchy, as mounted (usually "/").
  std::string point;              // Where it is mounted.
  std::string type;               // "cgroup" or "cgroup2".
  std::set<std::string> options;  // Super options: the v1 controllers ("memory", "pids", ...).
};

std::vector<Mount> cgroup_mounts() {
  std::vector<Mount> mounts;
  std::istringstream in(read_text("/proc/self/mountinfo"));
  std::string line;
  while (std::getline(in, line)) {
    // id parent dev root point options [optional...] - type source super-options
    std::istringstream fields(line);
    std::string id, parent, dev, root, point, options, field;
    fields >> id >> parent >> dev >> root >> point >> options;
    while (fields >> field && field != "-") {
    }
    Mount mount{root, point, "", {}};
    std::string source, super;
    fields >> mount.type >> source >> super;
    if (mount.type != "cgroup" && mount.type != "cgroup2") continue;
    std::istringstream opts(super);
    while (std::getline(opts, field, ',')) mount.options.insert(field);
    mounts.push_back(mount);
  }
  return mounts;
}

// /proc/self/cgroup: controller ("" for the cgroup2 line) -> the runner's own path.
std::map<std::string, std::string> own_cgroups() {
  std::map<std::string, std::string> paths;
  std::istringstream in(read_text("/proc/self/cgroup"));
  std::string line;
  while (std::getline(in, line)) {
    const auto first = line.find(':');
    const auto second = line.find(':', first + 1);
    if (first == std::string::npos || second == std::string::npos) continue;
    const std::string path = line.substr(second + 1);
    std::istringstream controllers(line.substr(first + 1, second - first - 1));
    std::string controller;
    if (line.substr(0, first) == "0") paths[""] = path;
    while (std::getline(controllers, controller, ',')) paths[controller] = path;
  }
  return paths;
}

// The runner's own directory in a hierarchy: mount point + path below the mount's root.
std::string own_directory(const Mount& mount, std::string path) {
  if (mount.root != "/" && path.rfind(mount.root, 0) == 0) path = path.substr(mount.root.size());
  if (path == "/") path.clear();
  return mount.point + path;
}

std::string v1_directory(const std::vector<Mount>& mounts,
                         const std::map<std::string, std::string>& own,
                         const std::string& controller) {
  const auto path = own.find(controller);
  if (path == own.end()) return {};
  for (const Mount& mount : mounts) {
    if (mount.type == "cgroup" && mount.options.count(controller)) {
      return own_directory(mount, path->second);
    }
  }
  return {};
}

std::string v2_directory(const std::vector<Mount>& mounts,
                         const std::map<std::string, std::string>& own) {
  const auto path = own.find("");
  if (path == own.end()) return {};
  for (const Mount& mount : mounts) {
    if (mount.type == "cgroup2") return own_directory(mount, path->second);
  }
  return {};
}

bool has_word(const std::string& text, const std::string& word) {
  std::istringstream in(text);
  std::string token;
  while (in >> token) {
    if (token == word) return true;
  }
  return false;
}

std::atomic<unsigned> run_counter{0};

std::string group_name(const std::string& suffix) {
  return kPrefix + std::to_string(::getpid()) + "-" + suffix;
}

// Makes parent/<probe>, checks that `files` exist in it, removes it. "" or why not.
std::string try_group(const std::string& parent, const std::vector<std::string>& files) {
  if (parent.empty()) return "no hierarchy";
  const std::string dir = parent + "/" + group_name("probe-" + std::to_string(run_counter++));
  if (::mkdir(dir.c_str(), 0755) != 0) {
    return "cannot create a group in " + parent + ": " + std::strerror(errno);
  }
  std::string why;
  for (const std::string& file : files) {
    if (::access((dir + "/" + file).c_str(), W_OK) != 0) {
      why = dir + "/" + file + " is not writable";
      break;
    }
  }
  ::rmdir(dir.c_str());
  return why;
}

// v2: the runner's own cgroup must enable memory and pids for its children.
std::string probe_v2(const std::string& dir, CgroupSupport* support) {
  if (dir.empty()) return "v2: no cgroup2 mount";
  const std::string available = read_text(dir + "/cgroup.controllers");
  if (!has_word(available, "memory") || !has_word(available, "pids")) {
    return "v2: " + dir + " offers no memory and pids controllers";
  }
  const std::string enabled = read_text(dir + "/cgroup.subtree_control");
  std::string why;
  if ((!has_word(enabled, "memory") || !has_word(enabled, "pids")) &&
      !write_text(dir + "/cgroup.subtree_control", "+memory +pids", &why)) {
    // EBUSY: the runner itself lives in that cgroup (no internal processes in v2).
    return "v2: " + why;
  }
  why = try_group(dir, {"memory.max", "pids.max", "cgroup.procs"});
  if (!why.empty()) return "v2: " + why;
  support->mode = CgroupMode::kV2;
  support->memory_parent = support->pids_parent = support->cpu_parent = dir;
  support->kill_parent = exists(dir + "/cgroup.kill") ? dir : "";
  support->detail = "v2 in " + dir + ": memory, pids, cpu.stat" +
                    (support->kill_parent.empty() ? "" : ", cgroup.kill");
  return {};
}

std::string probe_v1(const std::vector<Mount>& mounts,
                     const std::map<std::string, std::string>& own, const std::string& v2_dir,
                     CgroupSupport* support) {
  const std::string memory = v1_directory(mounts, own, "memory");
  const std::string pids = v1_directory(mounts, own, "pids");
  std::string why = try_group(memory, {"memory.limit_in_bytes", "cgroup.procs"});
  if (!why.empty()) return "v1 memory: " + why;
  why = try_group(pids, {"pids.max", "cgroup.procs"});
  if (!why.empty()) return "v1 pids: " + why;
  support->mode = CgroupMode::kV1;
  support->memory_parent = memory;
  support->pids_parent = pids;
  support->detail = "v1: memory in " + memory + ", pids in " + pids;
  const std::string cpuacct = v1_directory(mounts, own, "cpuacct");
  if (try_group(cpuacct, {"cgroup.procs"}).empty()) {
    support->cpu_parent = cpuacct;
    support->detail += ", cpuacct";
  }
  // A cgroup2 mount beside v1 ("hybrid") has no controllers but still kills a whole group at
  // once and counts its CPU.
  if (!v2_dir.empty() && try_group(v2_dir, {"cgroup.kill", "cgroup.procs"}).empty()) {
    support->kill_parent = v2_dir;
    if (support->cpu_parent.empty()) support->cpu_parent = v2_dir;
    support->detail += "; cgroup.kill from cgroup2 in " + v2_dir;
  }
  return {};
}

bool process_exists(long pid) { return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM; }

// Pids listed in dir/cgroup.procs.
std::vector<long> members(const std::string& dir) {
  std::vector<long> pids;
  std::istringstream in(read_text(dir + "/cgroup.procs"));
  long pid = 0;
  while (in >> pid) pids.push_back(pid);
  return pids;
}

// cgroup.kill where the directory has one; then SIGKILL to each listed pid (v1). Returns the
// number of listed pids.
int kill_group(const std::string& dir) {
  if (exists(dir + "/cgroup.kill")) write_text(dir + "/cgroup.kill", "1", nullptr);
  const std::vector<long> pids = members(dir);
  for (const long pid : pids) ::kill(static_cast<pid_t>(pid), SIGKILL);
  return static_cast<int>(pids.size());
}

// Kills and removes the directories until all are gone or the time is up.
bool kill_and_remove(std::vector<std::string>* dirs, std::chrono::milliseconds give_up,
                     std::string* why) {
  const auto start = std::chrono::steady_clock::now();
  for (;;) {
    std::vector<std::string> left;
    for (const std::string& dir : *dirs) {
      kill_group(dir);
      if (::rmdir(dir.c_str()) != 0 && errno != ENOENT) left.push_back(dir);
    }
    *dirs = left;
    if (dirs->empty()) return true;
    if (std::chrono::steady_clock::now() - start > give_up) {
      if (why) *why = "cannot remove cgroup " + dirs->front() + ": " + std::strerror(errno);
      return false;
    }
    std::this_thread::sleep_for(kPollEvery);
  }
}

}  // namespace

const char* cgroup_mode_name(CgroupMode mode) {
  switch (mode) {
    case CgroupMode::kV1:
      return "v1";
    case CgroupMode::kV2:
      return "v2";
    case CgroupMode::kNone:
      break;
  }
  return "none";
}

CgroupSupport probe_cgroups(const std::string& wanted) {
  CgroupSupport support;
  if (wanted == "off") {
    support.detail = "COURSE_SANDBOX_CGROUP=off";
    return support;
  }
  const std::vector<Mount> mounts = cgroup_mounts();
  const std::map<std::string, std::string> own = own_cgroups();
  const std::string v2_dir = v2_directory(mounts, own);
  std::string why;
  if (wanted != "v1") {
    why = probe_v2(v2_dir, &support);
    if (support.mode != CgroupMode::kNone) return support;
  }
  if (wanted != "v2") {
    const std::string v1_why = probe_v1(mounts, own, v2_dir, &support);
    if (support.mode != CgroupMode::kNone) return support;
    why += (why.empty() ? "" : "; ") + v1_why;
  }
  support = CgroupSupport{};
  support.detail = "no writable cgroup (" + why + ")";
  return support;
}

const CgroupSupport& cgroup_support() {
  static const CgroupSupport support = [] {
    const char* env = std::getenv("COURSE_SANDBOX_CGROUP");
    const std::string wanted = env != nullptr && *env != '\0' ? env : "auto";
    CgroupSupport found;
    if (wanted != "auto" && wanted != "v1" && wanted != "v2" && wanted != "off") {
      found.setting_error =
          "COURSE_SANDBOX_CGROUP must be auto, v2, v1 or off (got '" + wanted + "')";
      found.detail = found.setting_error;
      return found;
    }
    found = probe_cgroups(wanted);
    sweep_stale_cgroups(found);
    return found;
  }();
  return support;
}

int sweep_stale_cgroups(const CgroupSupport& support) {
  std::set<std::string> parents = {support.memory_parent, support.pids_parent, support.cpu_parent,
                                   support.kill_parent};
  parents.erase("");
  int removed = 0;
  for (const std::string& parent : parents) {
    DIR* dir = ::opendir(parent.c_str());
    if (dir == nullptr) continue;
    std::vector<std::string> stale;
    while (const dirent* entry = ::readdir(dir)) {
      const std::string name = entry->d_name;
      if (name.rfind(kPrefix, 0) != 0) continue;
      // course-<pid>-<suffix>: the runner that made it is gone, so nobody will remove it.
      const long pid = std::strtol(name.c_str() + std::strlen(kPrefix), nullptr, 10);
      if (pid <= 0 || pid == ::getpid() || process_exists(pid)) continue;
      stale.push_back(parent + "/" + name);
    }
    ::closedir(dir);
    const auto count = static_cast<int>(stale.size());
    if (kill_and_remove(&stale, kSweepGiveUpAfter, nullptr)) removed += count;
  }
  return removed;
}

CgroupSet CgroupSet::create(const CgroupSupport& support, std::uint64_t memory_bytes, int max_tasks,
                            std::string* why) {
  CgroupSet set;
  if (support.mode == CgroupMode::kNone) return set;
  const std::string name = group_name(std::to_string(run_counter++));
  auto make = [&](const std::string& parent) -> std::string {
    if (parent.empty()) return {};
    const std::string dir = parent + "/" + name;
    for (const std::string& made : set.dirs_) {
      if (made == dir) return dir;  // v2: one directory for every controller.
    }
    if (::mkdir(dir.c_str(), 0755) != 0) {
      *why = "cannot create cgroup " + dir + ": " + std::strerror(errno);
      return {};
    }
    set.dirs_.push_back(dir);
    set.procs_files_.push_back(dir + "/cgroup.procs");
    return dir;
  };
  set.memory_dir_ = make(support.memory_parent);
  set.pids_dir_ = make(support.pids_parent);
  set.cpu_dir_ = make(support.cpu_parent);
  set.kill_dir_ = make(support.kill_parent);
  set.cpu_is_v2_ = set.cpu_dir_ == set.kill_dir_ || support.mode == CgroupMode::kV2;
  bool ok = why->empty() && !set.memory_dir_.empty() && !set.pids_dir_.empty();
  const std::string tasks = std::to_string(max_tasks);
  const std::string memory = memory_bytes == 0 ? "max" : std::to_string(memory_bytes);
  if (ok && support.mode == CgroupMode::kV2) {
    ok = (memory_bytes == 0 || write_text(set.memory_dir_ + "/memory.max", memory, why)) &&
         write_text(set.pids_dir_ + "/pids.max", tasks, why);
    // No swap to escape into, and an OOM kills the whole run, not one process of it.
    if (ok && exists(set.memory_dir_ + "/memory.swap.max")) {
      write_text(set.memory_dir_ + "/memory.swap.max", "0", nullptr);
    }
    if (ok) write_text(set.memory_dir_ + "/memory.oom.group", "1", nullptr);
  } else if (ok) {
    ok = (memory_bytes == 0 ||
          write_text(set.memory_dir_ + "/memory.limit_in_bytes", memory, why)) &&
         write_text(set.pids_dir_ + "/pids.max", tasks, why);
    // memory+swap must be ≥ memory; absent when swap accounting is off.
    if (ok && memory_bytes != 0 && exists(set.memory_dir_ + "/memory.memsw.limit_in_bytes")) {
      write_text(set.memory_dir_ + "/memory.memsw.limit_in_bytes", memory, nullptr);
    }
  }
  if (!ok) {
    if (why->empty()) *why = "cannot create the run's cgroups";
    set.remove(nullptr);
    return CgroupSet();
  }
  set.mode_ = support.mode;
  return set;
}

CgroupSet::CgroupSet(CgroupSet&& other) noexcept { *this = std::move(other); }

CgroupSet& CgroupSet::operator=(CgroupSet&& other) noexcept {
  if (this == &other) return *this;
  remove(nullptr);
  mode_ = other.mode_;
  memory_dir_ = std::move(other.memory_dir_);
  pids_dir_ = std::move(other.pids_dir_);
  cpu_dir_ = std::move(other.cpu_dir_);
  kill_dir_ = std::move(other.kill_dir_);
  dirs_ = std::move(other.dirs_);
  procs_files_ = std::move(other.procs_files_);
  cpu_is_v2_ = other.cpu_is_v2_;
  other.mode_ = CgroupMode::kNone;
  other.dirs_.clear();
  other.procs_files_.clear();
  return *this;
}

CgroupSet::~CgroupSet() { remove(nullptr); }

int CgroupSet::kill_all() const {
  if (mode_ == CgroupMode::kNone) return 0;
  // Every group holds every task of the run (each was joined before exec), so one listing
  // suffices; cgroup.kill first where there is one: it cannot race with fork().
  if (!kill_dir_.empty()) write_text(kill_dir_ + "/cgroup.kill", "1", nullptr);
  return kill_group(pids_dir_);
}

CgroupUsage CgroupSet::usage() const {
  CgroupUsage usage;
  if (mode_ == CgroupMode::kNone) return usage;
  usage.available = true;
  usage.pids_limit_events = keyed_values(read_text(pids_dir_ + "/pids.events"))["max"];
  if (mode_ == CgroupMode::kV2) {
    if (exists(memory_dir_ + "/memory.peak")) {  // Linux 5.19+.
      usage.memory_peak_bytes = number_in(memory_dir_ + "/memory.peak");
    }
    auto events = keyed_values(read_text(memory_dir_ + "/memory.events"));
    usage.memory_limit_events = events["max"];
    usage.oom_kills = events["oom_kill"];
  } else {
    usage.memory_peak_bytes = number_in(memory_dir_ + "/memory.max_usage_in_bytes");
    usage.memory_limit_events = number_in(memory_dir_ + "/memory.failcnt");
    auto oom = keyed_values(read_text(memory_dir_ + "/memory.oom_control"));
    // Kernels before 4.13 do not count OOM kills per group: the limit hit is the evidence.
    usage.oom_kills = oom.count("oom_kill") ? oom["oom_kill"] : (usage.memory_limit_events > 0);
  }
  if (!cpu_dir_.empty() && cpu_is_v2_) {
    const auto it = keyed_values(read_text(cpu_dir_ + "/cpu.stat"));
    if (it.count("usage_usec")) usage.cpu_seconds = static_cast<double>(it.at("usage_usec")) / 1e6;
  } else if (!cpu_dir_.empty()) {
    usage.cpu_seconds = static_cast<double>(number_in(cpu_dir_ + "/cpuacct.usage")) / 1e9;
  }
  return usage;
}

bool CgroupSet::remove(std::string* why) {
  if (dirs_.empty()) return true;
  std::string reason;
  const bool removed = kill_and_remove(&dirs_, kRemoveGiveUpAfter, &reason);
  if (!removed && why) *why = reason;
  procs_files_.clear();
  dirs_.clear();  // What is left is the next sweep's.
  mode_ = CgroupMode::kNone;
  return removed;
}

}  // namespace sandbox::internal

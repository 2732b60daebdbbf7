// The probe cache; see probe_cache.hpp.
#include "probe_cache.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "unique_fd.hpp"

namespace sandbox::internal {
namespace {

// A short stable name for a key (FNV-1a): entries of several builds or uids can coexist.
std::string short_hash(const std::string& text) {
  std::uint64_t h = 1469598103934665603ull;
  for (const unsigned char c : text) h = (h ^ c) * 1099511628211ull;
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(h));
  return out;
}

std::string file_stamp(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return path + ":missing";
  return path + ":" + std::to_string(info.st_size) + ":" + std::to_string(info.st_mtim.tv_sec) +
         "." + std::to_string(info.st_mtim.tv_nsec) + ":" + std::to_string(info.st_ino);
}

std::string read_small_file(const std::string& path) {
  UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
  if (!fd.valid()) return {};
  std::string text;
  char buffer[1024];
  ssize_t got;
  while ((got = ::read(fd.get(), buffer, sizeof buffer)) > 0 || (got < 0 && errno == EINTR)) {
    if (got > 0) text.append(buffer, static_cast<std::size_t>(got));
    if (text.size() > 8192) return {};  // Not ours.
  }
  return text;
}

// A directory only this uid (or root) can write to, created 0700 if missing; "" if unsafe.
std::string private_directory(const std::string& dir) {
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) return {};
  struct stat info {};
  if (::lstat(dir.c_str(), &info) != 0 || !S_ISDIR(info.st_mode)) return {};
  if (info.st_uid != ::geteuid() || (info.st_mode & 022) != 0) return {};
  return dir;
}

std::string cache_directory() {
  const char* forced = std::getenv("COURSE_SANDBOX_PROBE_CACHE");
  if (forced != nullptr && *forced != '\0') {
    return std::string(forced) == "off" ? std::string() : private_directory(forced);
  }
  // Root's lock directory (privileges.cpp) is root-private and on tmpfs: gone at reboot.
  if (::geteuid() == 0) return private_directory("/run/course-sandbox");
  const char* runtime = std::getenv("XDG_RUNTIME_DIR");
  if (runtime != nullptr && *runtime == '/') {
    return private_directory(std::string(runtime) + "/course-sandbox");
  }
  return private_directory("/tmp/course-sandbox-" + std::to_string(::geteuid()));
}

}  // namespace

std::string probe_key(const std::string& bwrap, const std::string& init) {
  std::string key = "course-sandbox-probe v1\n";
  key += file_stamp(bwrap) + "\n" + file_stamp(init) + "\n";
  utsname uts{};
  if (::uname(&uts) == 0) key += std::string(uts.release) + " " + uts.version + "\n";
  // A reboot may change what the kernel allows (sysctls, AppArmor profiles): probe again.
  key += read_small_file("/proc/sys/kernel/random/boot_id");
  key += "euid " + std::to_string(::geteuid()) + "\n";
  return key;
}

std::string probe_cache_file(const std::string& key) {
  const std::string dir = cache_directory();
  return dir.empty() ? std::string() : dir + "/probe-" + short_hash(key) + ".ok";
}

bool probe_cache_matches(const std::string& file, const std::string& key) {
  return !file.empty() && read_small_file(file) == key;
}

void probe_cache_store(const std::string& file, const std::string& key) {
  if (file.empty()) return;
  const std::string temp = file + ".tmp-" + std::to_string(::getpid());
  {
    UniqueFd fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600));
    if (!fd.valid()) return;
    if (::write(fd.get(), key.data(), key.size()) != static_cast<ssize_t>(key.size())) {
      ::unlink(temp.c_str());
      return;
    }
  }
  if (::rename(temp.c_str(), file.c_str()) != 0) ::unlink(temp.c_str());
}

void probe_cache_forget(const std::string& file) {
  if (!file.empty()) ::unlink(file.c_str());
}

}  // namespace sandbox::internal

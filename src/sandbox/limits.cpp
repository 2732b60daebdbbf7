// Limits::validate and outcome_name: the parts of the contract that need no operating system.
#include <cmath>
#include <sstream>
#include <stdexcept>
#include <string>

#include "sandbox/process_runner.hpp"

namespace sandbox {
namespace {

// Upper bounds keep every value convertible to rlim_t / milliseconds without overflow and catch
// unit mistakes (milliseconds passed as seconds) early; they are far above any sane exercise.
constexpr double kMaxSeconds = 24.0 * 3600.0;
constexpr int kMaxOpenFiles = 1 << 20;
constexpr int kMaxProcesses = 1 << 16;
constexpr std::uint64_t kMinAddressSpace = 1ull << 20;
constexpr std::uint64_t kMinStack = 16ull << 10;
constexpr std::uint64_t kMinTmp = 64ull << 10;

[[noreturn]] void reject(const char* field, const std::string& rule, const std::string& got) {
  throw std::invalid_argument(std::string("sandbox::Limits.") + field + " " + rule + " (got " +
                              got + ")");
}

template <typename T>
std::string str(T value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

void check_seconds(const char* field, double value) {
  // `!(value > 0)` also rejects NaN.
  if (!(value > 0) || !std::isfinite(value) || value > kMaxSeconds) {
    reject(field, "must be a finite number of seconds in (0, " + str(kMaxSeconds) + "]",
           str(value));
  }
}

}  // namespace

void Limits::validate() const {
  check_seconds("cpu_seconds", cpu_seconds);
  check_seconds("wall_seconds", wall_seconds);
  if (address_space_bytes != 0 && address_space_bytes < kMinAddressSpace) {
    reject("address_space_bytes", "must be 0 (unlimited) or at least 1 MiB",
           str(address_space_bytes));
  }
  if (memory_bytes != 0 && memory_bytes < kMinAddressSpace) {
    reject("memory_bytes", "must be 0 (as address_space_bytes) or at least 1 MiB",
           str(memory_bytes));
  }
  if (stack_bytes < kMinStack) {
    reject("stack_bytes", "must be at least 16 KiB", str(stack_bytes));
  }
  // file_size_bytes == 0 is legal: the child may then write no regular file at all.
  if (open_files < 4 || open_files > kMaxOpenFiles) {
    // 4 = stdin, stdout, stderr and the result channel.
    reject("open_files", "must be in [4, " + str(kMaxOpenFiles) + "]", str(open_files));
  }
  if (processes < 0 || processes > kMaxProcesses) {
    reject("processes", "must be in [0, " + str(kMaxProcesses) + "]", str(processes));
  }
  if (tmp_bytes < kMinTmp) reject("tmp_bytes", "must be at least 64 KiB", str(tmp_bytes));
  // Output caps may be 0 (any output at all is then an output-limit failure).
}

std::uint64_t Limits::cgroup_memory_bytes() const {
  constexpr std::uint64_t kLauncherHeadroom = 64ull << 20;
  if (memory_bytes != 0) return memory_bytes;
  return address_space_bytes == 0 ? 0 : address_space_bytes + tmp_bytes + kLauncherHeadroom;
}

const char* outcome_name(Outcome outcome) {
  switch (outcome) {
    case Outcome::kExited:
      return "exited";
    case Outcome::kSignaled:
      return "signaled";
    case Outcome::kCpuTimeout:
      return "cpu_timeout";
    case Outcome::kWallTimeout:
      return "wall_timeout";
    case Outcome::kOutputLimit:
      return "output_limit";
    case Outcome::kMemoryLimit:
      return "memory_limit";
    case Outcome::kSpawnFailed:
      return "spawn_failed";
  }
  return "unknown";
}

}  // namespace sandbox

// terminate_sandbox; see termination.hpp.
#include "termination.hpp"

#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>

#include "privileges.hpp"
#include "proc_info.hpp"

namespace sandbox::internal {
namespace {

constexpr auto kGiveUpAfter = std::chrono::seconds(2);
constexpr auto kPollEvery = std::chrono::milliseconds(2);
// The uid sweep forks a helper, so it is repeated less often than the cheap group kill.
constexpr int kSweepEveryPolls = 25;

// Live members; with kill_namespace, SIGKILLs each member of the pid namespace as it is found
// (they may have left the group and run as any uid the runner can signal).
int visit_live_members(const SandboxMembers& members, bool kill_namespace) {
  int live = 0;
  for_each_process([&](const std::string& pid) {
    const ProcessStat stat = read_process_stat(pid);
    if (stat.state == '\0' || stat.state == 'Z' || stat.state == 'X' || stat.exiting()) return;
    const bool in_namespace =
        members.pid_namespace != 0 && read_pid_namespace(pid) == members.pid_namespace;
    if (in_namespace && kill_namespace) ::kill(static_cast<pid_t>(std::stol(pid)), SIGKILL);
    if (in_namespace || stat.group == members.group ||
        (members.by_uid && read_process_status(pid).real_uid == static_cast<long>(members.uid))) {
      ++live;
    }
  });
  return live;
}

}  // namespace

int count_live_members(const SandboxMembers& members) { return visit_live_members(members, false); }

bool terminate_sandbox(const SandboxMembers& requested, std::string* why) {
  SandboxMembers members = requested;
  // The namespace comes from inside the sandbox: never let it name the runner's own.
  if (members.pid_namespace == read_pid_namespace("self")) members.pid_namespace = 0;
  const auto start = std::chrono::steady_clock::now();
  bool swept = true;  // Until a sweep fails; the group is still waited for after that.
  for (int poll = 0;; ++poll) {
    ::kill(-members.group, SIGKILL);
    if (members.by_uid && swept && poll % kSweepEveryPolls == 0) {
      swept = kill_all_processes_of(members.uid, members.gid, why);
    }
    const int live = visit_live_members(members, true);
    if (live == 0) return swept;
    if (std::chrono::steady_clock::now() - start > kGiveUpAfter) {
      *why = std::to_string(live) + " process(es) of the sandbox survived SIGKILL";
      return false;
    }
    std::this_thread::sleep_for(kPollEvery);
  }
}

}  // namespace sandbox::internal

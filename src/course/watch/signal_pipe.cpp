// The self-pipe trick: the handler only writes a byte (async-signal-safe); the loop reads it.
#include "course/watch/signal_pipe.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <system_error>

namespace course::watch {
namespace {

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

// Process-wide, because handlers are: one SignalPipe at a time.
int g_read_fd = -1;
int g_write_fd = -1;
volatile std::sig_atomic_t g_immediate = 0;
void (*g_restore)() = nullptr;
struct sigaction g_previous[sizeof kSignals / sizeof kSignals[0]];

extern "C" void on_signal(int sig) {
  const int saved_errno = errno;
  if (g_immediate) {
    if (g_restore) g_restore();
    std::signal(sig, SIG_DFL);
    std::raise(sig);  // Delivered when this handler returns: the default action, death by `sig`.
  } else {
    const unsigned char byte = static_cast<unsigned char>(sig);
    [[maybe_unused]] const ssize_t n = ::write(g_write_fd, &byte, 1);  // Full pipe: one is enough.
  }
  errno = saved_errno;
}

}  // namespace

SignalPipe::SignalPipe(void (*restore_terminal)()) {
  int fds[2];
  if (::pipe2(fds, O_NONBLOCK | O_CLOEXEC) != 0)
    throw std::system_error(errno, std::generic_category(), "pipe2");
  g_read_fd = fds[0];
  g_write_fd = fds[1];
  g_restore = restore_terminal;
  g_immediate = 0;
  struct sigaction action {};
  action.sa_handler = on_signal;
  action.sa_flags = SA_RESTART;  // The grader's reads and waits carry on if a signal slips in.
  sigemptyset(&action.sa_mask);
  for (std::size_t i = 0; i < std::size(kSignals); ++i) {
    ::sigaction(kSignals[i], nullptr, &g_previous[i]);
    // An ignored signal stays ignored: `nohup course watch` must survive SIGHUP, and a shell
    // without job control starts background commands with SIGINT ignored on purpose.
    if (g_previous[i].sa_handler != SIG_IGN) ::sigaction(kSignals[i], &action, nullptr);
  }
}

SignalPipe::~SignalPipe() {
  for (std::size_t i = 0; i < std::size(kSignals); ++i)
    ::sigaction(kSignals[i], &g_previous[i], nullptr);
  ::close(g_read_fd);
  ::close(g_write_fd);
  g_read_fd = g_write_fd = -1;
  g_restore = nullptr;
}

int SignalPipe::fd() const { return g_read_fd; }

int SignalPipe::take() {
  unsigned char byte = 0;
  ssize_t n;
  while ((n = ::read(g_read_fd, &byte, 1)) < 0 && errno == EINTR) {
  }
  return n == 1 ? int(byte) : 0;
}

void SignalPipe::set_immediate(bool immediate) { g_immediate = immediate ? 1 : 0; }

}  // namespace course::watch

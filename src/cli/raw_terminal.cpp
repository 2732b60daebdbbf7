#include "raw_terminal.hpp"

#include <termios.h>
#include <unistd.h>

#include <csignal>

namespace course::cli {
namespace {

// Static so the signal handler can reach them without locks or allocation.
termios g_saved{};
volatile std::sig_atomic_t g_changed = 0;

}  // namespace

RawTerminal::RawTerminal(bool enable) {
  if (!enable || !::isatty(STDIN_FILENO) || ::tcgetattr(STDIN_FILENO, &g_saved) != 0) return;
  termios raw = g_saved;
  raw.c_lflag &= tcflag_t(~(ICANON | ECHO));  // ISIG stays: Ctrl-C and Ctrl-\ still work.
  raw.c_cc[VMIN] = 1;
  raw.c_cc[VTIME] = 0;
  if (::tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0) g_changed = 1;
}

RawTerminal::~RawTerminal() { restore_now(); }

bool RawTerminal::active() const { return g_changed != 0; }

void RawTerminal::restore_now() {
  if (!g_changed) return;
  ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
  g_changed = 0;
}

}  // namespace course::cli

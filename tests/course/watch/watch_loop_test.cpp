// Tests of src/course/watch/watch_loop.cpp, debouncer.hpp and signal_pipe.cpp.
#include "course/watch/watch_loop.hpp"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <thread>

#include "../course_test_support.hpp"

namespace {

using course::watch::Debouncer;
using course::watch::make_inotify_watcher;
using course::watch::make_polling_watcher;
using course::watch::SignalPipe;
using course::watch::WatchEvent;
using course::watch::WatchLoop;
using course_test::TempDir;
using course_test::write_file;
using Kind = WatchEvent::Kind;
using namespace std::chrono_literals;

TEST(DebouncerTest, FiresOnceAfterTheQuietPeriodRestartedByEachChange) {
  Debouncer d(150ms);
  const auto t0 = Debouncer::Clock::time_point{} + 10s;
  EXPECT_FALSE(d.fire(t0)) << "nothing noted";
  d.note(t0);
  d.note(t0 + 100ms);  // A second write restarts the wait.
  EXPECT_FALSE(d.fire(t0 + 200ms));
  EXPECT_TRUE(d.fire(t0 + 250ms));
  EXPECT_FALSE(d.fire(t0 + 400ms)) << "once per burst";
  d.note(t0 + 1s);
  d.cancel();
  EXPECT_FALSE(d.fire(t0 + 2s));
}

// An editor's save as several writes in quick succession: one kChanged, then silence. The loops
// use a generous quiet period (400 ms) so a loaded machine's slow 20 ms sleeps still form a burst.
void expect_one_event_per_burst(WatchLoop& loop, const std::filesystem::path& file) {
  for (int burst = 0; burst < 2; ++burst) {
    for (int i = 0; i < 5; ++i) {
      write_file(file, "int x = " + std::to_string(burst * 10 + i) + ";\n");
      std::this_thread::sleep_for(20ms);
    }
    EXPECT_EQ(loop.next(3s).kind, Kind::kChanged) << "burst " << burst;
    EXPECT_EQ(loop.next(600ms).kind, Kind::kTimeout) << "burst " << burst << " fired twice";
  }
}

TEST(WatchLoopTest, DebounceCollapsesABurstIntoOneEventWithInotify) {
  TempDir dir;
  const auto file = dir.path() / "a.cpp";
  write_file(file, "\n");
  WatchLoop loop({-1, true, 400ms}, nullptr);
  loop.watch(make_inotify_watcher(file));
  EXPECT_EQ(loop.next(300ms).kind, Kind::kTimeout) << "no change, no event";
  expect_one_event_per_burst(loop, file);
}

TEST(WatchLoopTest, DebounceCollapsesABurstIntoOneEventWithPolling) {
  TempDir dir;
  const auto file = dir.path() / "a.cpp";
  write_file(file, "\n");
  WatchLoop loop({-1, true, 400ms}, nullptr);
  loop.watch(make_polling_watcher(file, 15ms));
  EXPECT_EQ(loop.next(300ms).kind, Kind::kTimeout);
  expect_one_event_per_burst(loop, file);
}

TEST(WatchLoopTest, WatchingAnotherFileForgetsThePreviousOne) {
  TempDir dir;
  const auto first = dir.path() / "a.cpp", second = dir.path() / "b.cpp";
  write_file(first, "\n");
  write_file(second, "\n");
  WatchLoop loop({-1, true, 50ms}, nullptr);
  loop.watch(make_inotify_watcher(first));
  loop.watch(make_inotify_watcher(second));
  write_file(first, "int a;\n");
  EXPECT_EQ(loop.next(300ms).kind, Kind::kTimeout);
  write_file(second, "int b;\n");
  EXPECT_EQ(loop.next(3s).kind, Kind::kChanged);
}

struct Pipe {
  int fds[2];
  Pipe() { EXPECT_EQ(::pipe(fds), 0); }
  ~Pipe() {
    ::close(fds[0]);
    if (fds[1] >= 0) ::close(fds[1]);
  }
  void send(const std::string& s) {
    ASSERT_EQ(::write(fds[1], s.data(), s.size()), ssize_t(s.size()));
  }
  void close_writer() {
    ::close(fds[1]);
    fds[1] = -1;
  }
};

std::string keys(WatchLoop& loop, int count) {
  std::string got;
  for (int i = 0; i < count; ++i) {
    const WatchEvent e = loop.next(2s);
    got += e.kind == Kind::kKey ? std::string(1, e.key) : "<" + std::to_string(int(e.kind)) + ">";
  }
  return got;
}

TEST(WatchLoopTest, LineModeTakesOneKeyPerLineAndEnterAlone) {
  Pipe input;
  WatchLoop loop({input.fds[0], true, 150ms}, nullptr);
  input.send("h\n\n  l\nq");
  EXPECT_EQ(keys(loop, 3), "h\nl");
  EXPECT_EQ(loop.next(100ms).kind, Kind::kTimeout) << "'q' has no newline yet";
  input.send("\n");
  EXPECT_EQ(keys(loop, 1), "q");
  input.close_writer();  // End of input: no keys, no busy loop, still waiting.
  EXPECT_EQ(loop.next(100ms).kind, Kind::kTimeout);
}

TEST(WatchLoopTest, KeyModeTakesEveryByte) {
  Pipe input;
  WatchLoop loop({input.fds[0], false, 150ms}, nullptr);
  input.send("hn\r");
  EXPECT_EQ(keys(loop, 3), "hn\n");
}

TEST(WatchLoopTest, SignalsBecomeEventsAndHandlersAreRestored) {
  struct sigaction before {};
  ::sigaction(SIGTERM, nullptr, &before);
  {
    SignalPipe signals;
    Pipe input;
    WatchLoop loop({input.fds[0], true, 150ms}, &signals);
    input.send("q\n");
    std::raise(SIGTERM);
    const WatchEvent e = loop.next(2s);
    EXPECT_EQ(e.kind, Kind::kSignal) << "signals come before keys";
    EXPECT_EQ(e.signal, SIGTERM);
    EXPECT_EQ(keys(loop, 1), "q");
  }
  struct sigaction after {};
  ::sigaction(SIGTERM, nullptr, &after);
  EXPECT_EQ(after.sa_handler, before.sa_handler);
}

TEST(WatchLoopTest, AnIgnoredSignalStaysIgnored) {  // nohup course watch
  struct sigaction ignore {
  }, before{}, during{};
  ignore.sa_handler = SIG_IGN;
  ASSERT_EQ(::sigaction(SIGHUP, &ignore, &before), 0);
  {
    SignalPipe signals;
    ::sigaction(SIGHUP, nullptr, &during);
    EXPECT_EQ(during.sa_handler, SIG_IGN);
    ::sigaction(SIGTERM, nullptr, &during);
    EXPECT_NE(during.sa_handler, SIG_IGN) << "SIGTERM was not ignored, so it is handled";
    EXPECT_NE(during.sa_handler, SIG_DFL);
  }
  ::sigaction(SIGHUP, &before, nullptr);
}

TEST(WatchLoopTest, ImmediateModeDiesOfTheSignalAfterRestoringTheTerminal) {
  // In a child: the default action of SIGTERM ends the process, after the hook ran.
  static int hook_fd = -1;
  int report[2];
  ASSERT_EQ(::pipe(report), 0);
  const pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    hook_fd = report[1];
    SignalPipe signals(+[] { [[maybe_unused]] auto n = ::write(hook_fd, "r", 1); });
    course::watch::ImmediateSignals busy(signals);
    std::raise(SIGTERM);
    ::_exit(0);  // Not reached.
  }
  ::close(report[1]);
  int status = 0;
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  char byte = 0;
  EXPECT_EQ(::read(report[0], &byte, 1), 1);
  ::close(report[0]);
  EXPECT_EQ(byte, 'r') << "terminal restored before dying";
  ASSERT_TRUE(WIFSIGNALED(status));
  EXPECT_EQ(WTERMSIG(status), SIGTERM);
}

}  // namespace

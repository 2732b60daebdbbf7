// Test helper for progress_store_test: updates a progress store from a separate process, so the
// tests can race two writers (flock) and SIGKILL one mid-save (atomic rename).
//
//   progress_writer STATE_DIR COUNT     COUNT updates, each adding 1 to exercises["x"].attempts
//   progress_writer STATE_DIR forever   the same until killed; prints "ready" once started (so
//                                       the kill lands in the update loop, not in exec), and
//                                       each update also rewrites a ~25 KiB journal so a save
//                                       spans many pages
//
// Exit status: 0 done, 1 an update threw (message on stderr), 2 bad usage.
#include <cstdio>
#include <exception>
#include <string>

#include "course/progress.hpp"
#include "course/progress_store.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: progress_writer STATE_DIR COUNT|forever\n");
    return 2;
  }
  const std::string mode = argv[2];
  const bool forever = mode == "forever";
  long count = 0;
  if (!forever) {
    try {
      count = std::stol(mode);
    } catch (const std::exception&) {
      std::fprintf(stderr, "progress_writer: bad count '%s'\n", argv[2]);
      return 2;
    }
  }
  course::ProgressStore store(argv[1]);
  if (forever) {
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
  }
  try {
    for (long i = 0; forever || i < count; ++i) {
      store.update([forever](course::Progress& p) {
        course::ExerciseProgress& x = p.exercises["x"];
        ++x.attempts;
        x.state = course::ExerciseState::kInProgress;
        if (forever) {
          p.journal.push_back({course::now_iso8601(), "attempt " + std::to_string(x.attempts) +
                                                          " " + std::string(100, '.')});
          if (p.journal.size() > 200) p.journal.erase(p.journal.begin());
        }
      });
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "progress_writer: %s\n", e.what());
    return 1;
  }
  return 0;
}

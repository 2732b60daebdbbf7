// `course grade`'s engine: many submissions of one assessment, graded by a bounded pool of
// workers, each submission on its own (own sandbox runs, own status), results cached under the
// output directory so --resume skips what has not changed.
//
// Thread safety: the pool calls the factory once per worker, on that worker's thread, and uses
// what it returns from that thread only. `on_done` is called under the pool's lock, one call at a
// time, in completion order.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "course/grade/submission.hpp"

namespace course {

struct BatchOptions {
  int jobs = 1;  // Submissions graded at once (each runs one compile or program at a time).
  std::filesystem::path out_dir;  // Receives results/<name>.json and the build cache.
  bool resume = false;            // Reuse results/<name>.json whose input hash still matches.
  int shard = 1;                  // This run grades shard `shard` of `shards` (1-based).
  int shards = 1;
  std::string toolchain_fingerprint;  // Part of every input hash.
  // Throws Error(kBadInput) naming the field when out of range.
  void validate() const;
};

// Grades one submission; every worker makes its own with the factory.
using SubmissionGrader = std::function<SubmissionResult(const SubmissionRequest&)>;
using SubmissionGraderFactory = std::function<SubmissionGrader()>;

struct BatchProgress {
  std::size_t done = 0;
  std::size_t total = 0;
  const SubmissionResult* last = nullptr;  // The one just finished.
  bool reused = false;                     // Taken from a previous run (--resume).
};

// "K/N" → shard K of N; throws Error(kBadInput) for anything else.
void parse_shard(const std::string& text, int& shard, int& shards);

// Which shard (1-based) a submission name belongs to: a hash of the name alone, so a submission
// stays in its shard however the others change.
int shard_of(const std::string& name, int shards);

// The display names of `dirs` (base names). Throws Error(kBadInput) when two share a name or a
// name cannot be a file name ("", ".", "..").
std::vector<std::string> submission_names(const std::vector<std::filesystem::path>& dirs);

// Grades the submissions of this shard, `options.jobs` at a time. Returns their results sorted
// by name. A submission whose grading throws gets status error with the message as its reason;
// the others are unaffected.
std::vector<SubmissionResult> grade_batch(const Course& course, const Assessment& assessment,
                                          const std::vector<std::filesystem::path>& dirs,
                                          const BatchOptions& options,
                                          const SubmissionGraderFactory& make_grader,
                                          const std::function<void(const BatchProgress&)>& on_done);

}  // namespace course

// `course level award`: an instructor records a level the runner never reaches by itself (Expert),
// with who awarded it, why and when. Criteria live in course.yaml: only a level whose `requires`
// says `awarded_by_instructor: true` can be awarded.
#pragma once

#include <cstddef>
#include <string>

#include "course/content.hpp"
#include "course/progress.hpp"
#include "course/progress_store.hpp"

namespace course {

// Longest --by and --reason accepted, in bytes.
constexpr std::size_t kMaxAwardedByBytes = 200;
constexpr std::size_t kMaxAwardReasonBytes = 4096;

struct LevelAward {
  int level = 0;       // The level to award (--level).
  std::string by;      // Who awards it (--by): required, not blank.
  std::string reason;  // Why (--reason): optional.
};

// Throws InputError (exit 2) naming the flag when the award itself is malformed: a level that does
// not exist or is not awarded by an instructor, a blank or too long --by, a too long --reason.
void validate_award(const Course& course, const LevelAward& award);

// Validates, then under the progress lock: refuses (InputError, exit 2, saying what is missing)
// unless the learner has reached the level below `award.level`, or when they already hold it;
// otherwise records any level the criteria had already earned, then the award, in level_history.
// Nothing is written when it refuses. Returns the awarded event.
LevelEvent award_level(const Course& course, ProgressStore& store, const LevelAward& award,
                       const std::string& now);

}  // namespace course

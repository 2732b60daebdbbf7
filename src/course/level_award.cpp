#include "course/level_award.hpp"

#include <algorithm>
#include <cctype>

#include "course/error.hpp"
#include "course/levels.hpp"

namespace course {
namespace {

[[noreturn]] void refuse(const std::string& field, const std::string& message) {
  throw InputError("level award", 0, 0, field, message);
}

bool blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(),
                     [](unsigned char c) { return std::isspace(c) != 0; });
}

std::string level_label(const Course& course, int level) {
  return "level " + std::to_string(level) + " (" + course.levels[std::size_t(level)].name + ")";
}

}  // namespace

void validate_award(const Course& course, const LevelAward& award) {
  const int top = int(course.levels.size()) - 1;
  if (award.level < 1 || award.level > top)
    refuse("--level", "is " + std::to_string(award.level) + "; this course has levels 1 to " +
                          std::to_string(top));
  if (!course.levels[std::size_t(award.level)].criteria.awarded_by_instructor)
    refuse("--level", level_label(course, award.level) +
                          " is reached by its criteria in course.yaml, not awarded; `course "
                          "status` shows what is missing");
  if (blank(award.by)) refuse("--by", "is empty; name the instructor awarding the level");
  if (award.by.size() > kMaxAwardedByBytes)
    refuse("--by", "is longer than " + std::to_string(kMaxAwardedByBytes) + " bytes");
  if (award.reason.size() > kMaxAwardReasonBytes)
    refuse("--reason", "is longer than " + std::to_string(kMaxAwardReasonBytes) + " bytes (4 KiB)");
}

LevelEvent award_level(const Course& course, ProgressStore& store, const LevelAward& award,
                       const std::string& now) {
  validate_award(course, award);
  LevelEvent event;
  store.update([&](Progress& p) {
    if (p.level >= award.level)
      refuse("--level", "the learner already holds " + level_label(course, p.level));
    const int reached = reached_level(course, p);
    if (reached < award.level - 1) {
      std::string missing;
      for (int level = reached + 1; level < award.level; ++level)
        for (const auto& item : missing_for_level(course, p, level)) missing += "; " + item;
      refuse("--level", level_label(course, award.level) + " needs " +
                            level_label(course, award.level - 1) + " first; the learner is at " +
                            level_label(course, reached) + ", missing" + missing.substr(1));
    }
    raise_level(course, p, now);  // Criteria met but not yet recorded: record them first.
    event = {award.level, course.levels[std::size_t(award.level)].name, now, award.by,
             award.reason};
    p.level = award.level;
    p.level_history.push_back(event);
  });
  return event;
}

}  // namespace course

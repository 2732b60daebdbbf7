#include "course/progress.hpp"

#include <ctime>

namespace course {

const char* exercise_state_name(ExerciseState state) {
  switch (state) {
    case ExerciseState::kNotStarted:
      return "not_started";
    case ExerciseState::kInProgress:
      return "in_progress";
    case ExerciseState::kDone:
      return "done";
  }
  return "not_started";
}

const ExerciseProgress* Progress::find(const std::string& exercise_id) const {
  const auto it = exercises.find(exercise_id);
  return it == exercises.end() ? nullptr : &it->second;
}

std::string now_iso8601() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

}  // namespace course

#include "course/result.hpp"

namespace course {

const char* status_name(Status status) {
  switch (status) {
    case Status::kPassed:
      return "passed";
    case Status::kFailed:
      return "failed";
    case Status::kCompileError:
      return "compile_error";
    case Status::kTimeout:
      return "timeout";
    case Status::kMemoryLimit:
      return "memory_limit";
    case Status::kCrashed:
      return "crashed";
    case Status::kOutputLimit:
      return "output_limit";
    case Status::kSkipped:
      return "skipped";
    case Status::kError:
      return "error";
  }
  return "error";
}

int ExerciseResult::points() const {
  int total = 0;
  for (const auto& c : checkpoints) total += c.points;
  return total;
}

int ExerciseResult::max_points() const {
  int total = 0;
  for (const auto& c : checkpoints) total += c.max_points;
  return total;
}

bool ExerciseResult::passed() const {
  if (checkpoints.empty()) return false;
  for (const auto& c : checkpoints)
    if (c.status != Status::kPassed) return false;
  return true;
}

}  // namespace course

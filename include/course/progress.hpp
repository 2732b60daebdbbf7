// A learner's progress: what .course/progress.json holds (schema in docs/progress-schema.md).
//
// Plain values; reading and writing them safely is ProgressStore's job (progress_store.hpp).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace course {

constexpr int kProgressSchemaVersion = 1;

enum class ExerciseState { kNotStarted, kInProgress, kDone };
const char* exercise_state_name(ExerciseState state);  // "not_started", "in_progress", "done"

struct CheckpointRecord {
  std::string id;
  std::string status;  // A checkpoint status name (result.hpp).
  int points = 0;
  int max_points = 0;
};

struct ExerciseProgress {
  ExerciseState state = ExerciseState::kNotStarted;
  int attempts = 0;
  int best_score = 0;
  int max_score = 0;
  int hints_revealed = 0;
  std::string first_attempt_at;  // ISO 8601 UTC; "" when never.
  std::string last_attempt_at;
  std::string completed_at;
  std::string source_hash;  // Hash of the graded source of the last attempt.
  std::vector<CheckpointRecord> last_results;
};

struct LevelEvent {
  int level = 0;
  std::string name;
  std::string reached_at;
  std::string awarded_by;  // Who awarded it (`course level award`); "" when reached by criteria.
  std::string reason;      // Why it was awarded; "" when not given or reached by criteria.
};

struct AssessmentScore {
  int attempts = 0;
  double best_score = 0;  // 0..1
  double last_score = 0;
  std::string passed_at;        // "" until passed; the first time the pass mark was reached.
  std::string last_attempt_at;  // "" when never (and in files written before it was recorded).

  bool passed() const { return !passed_at.empty(); }
};

struct JournalEntry {
  std::string at;
  std::string text;
};

struct Progress {
  int schema_version = kProgressSchemaVersion;
  std::string course_id;
  std::string course_version;
  std::string created_at;
  std::string updated_at;
  std::string current_exercise;  // What `course next` shows; "" = the first unfinished.
  int level = 0;
  std::vector<LevelEvent> level_history;
  std::map<std::string, ExerciseProgress> exercises;  // By exercise id.
  std::map<std::string, AssessmentScore> quizzes;
  std::map<std::string, AssessmentScore> exams;
  std::vector<JournalEntry> journal;

  const ExerciseProgress* find(const std::string& exercise_id) const;
};

// Current time as ISO 8601 UTC with seconds ("2026-11-23T08:15:00Z").
std::string now_iso8601();

}  // namespace course

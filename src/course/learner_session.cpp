#include "course/learner_session.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "course/error.hpp"
#include "course/levels.hpp"
#include "course/suggest.hpp"

namespace course {

std::string suggest_exercise(const Course& course, const std::string& typo) {
  std::vector<std::string> ids;
  for (const Exercise* e : course.exercises()) ids.push_back(e->id);
  return closest_match(typo, ids);
}

LearnerSession::LearnerSession(const Course& course, Workspace workspace)
    : course_(course), workspace_(std::move(workspace)), store_(workspace_.state_dir()) {}

const Exercise& LearnerSession::exercise(const std::string& id) const {
  if (id.empty()) {
    const Progress p = progress();
    if (const Exercise* current = course_.find_exercise(p.current_exercise)) return *current;
    if (const Exercise* next = first_unfinished(p)) return *next;
    if (course_.exercises().empty()) fail_usage("this course has no exercises");
    return *course_.exercises().back();
  }
  if (const Exercise* e = course_.find_exercise(id)) return *e;
  const std::string guess = suggest_exercise(course_, id);
  fail_usage("unknown exercise '" + id + "'" +
             (guess.empty() ? "" : "; did you mean '" + guess + "'?") +
             " (`course list` shows them all)");
}

const Exercise* LearnerSession::first_unfinished(const Progress& progress) const {
  for (const Exercise* e : course_.exercises()) {
    const ExerciseProgress* p = progress.find(e->id);
    if (!p || p->state != ExerciseState::kDone) return e;
  }
  return nullptr;
}

CheckOutcome LearnerSession::check(const Exercise& exercise, Grader& grader) {
  progress();  // Fail fast (exit 2) on a corrupted progress file before spending time compiling.
  GradeRequest request;
  request.course = &course_;
  request.exercise = &exercise;
  request.learner_file = workspace_.exercise_file(exercise);
  request.learner_display = Workspace::display(exercise);
  request.cache_dir = workspace_.cache_dir();

  CheckOutcome outcome;
  outcome.result = grader.grade(request);
  const ExerciseResult& r = outcome.result;
  const Progress saved = store_.update([&](Progress& p) {
    const std::string now = now_iso8601();
    ExerciseProgress& e = p.exercises[exercise.id];
    ++e.attempts;
    if (e.first_attempt_at.empty()) e.first_attempt_at = now;
    e.last_attempt_at = now;
    e.max_score = r.max_points();
    e.best_score = std::max(e.best_score, r.points());
    e.source_hash = r.source_hash;
    e.last_results.clear();
    for (const auto& c : r.checkpoints)
      e.last_results.push_back({c.id, status_name(c.status), c.points, c.max_points});
    if (r.passed() && e.state != ExerciseState::kDone) {
      e.state = ExerciseState::kDone;
      e.completed_at = now;
      outcome.newly_completed = true;
    } else if (e.state == ExerciseState::kNotStarted) {
      e.state = ExerciseState::kInProgress;
    }
    if (r.passed() && p.current_exercise == exercise.id) {
      const Exercise* next = first_unfinished(p);
      p.current_exercise = next ? next->id : exercise.id;
    }
    outcome.level_up = raise_level(course_, p, now);
  });
  outcome.next = first_unfinished(saved);
  const Module* module = course_.module_of(exercise.id);
  if (outcome.newly_completed && module && module_complete(*module, saved))
    outcome.module_completed = module;
  return outcome;
}

ExamOutcome LearnerSession::take_exam(const Assessment& assessment, Grader& grader) {
  progress();  // Fail fast (exit 2) on a corrupted progress file before spending time compiling.
  SubmissionRequest request;
  request.course = &course_;
  request.assessment = &assessment;
  request.dir = workspace_.root;
  request.name = workspace_.root.filename().string();
  request.cache_dir = workspace_.cache_dir();
  ExamOutcome outcome;
  outcome.result = grade_submission(request, grader);
  const SubmissionResult& r = outcome.result;
  store_.update([&](Progress& p) {
    const std::string now = now_iso8601();
    AssessmentScore& score = p.exams[assessment.id];
    ++score.attempts;
    score.last_score = r.score;
    score.best_score = std::max(score.best_score, r.score);
    score.last_attempt_at = now;
    if (r.passed && score.passed_at.empty()) {
      score.passed_at = now;
      outcome.newly_passed = true;
    }
    outcome.level_up = raise_level(course_, p, now);
  });
  return outcome;
}

namespace {

// The whole file, or nullopt when it cannot be read.
std::optional<std::string> read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

ExerciseResult not_started_result(const Exercise& exercise, const std::string& reason) {
  ExerciseResult r;
  r.exercise_id = exercise.id;
  r.title = exercise.title;
  r.file = Workspace::display(exercise);
  r.isolation = "none";
  r.not_started = true;
  for (const auto& c : exercise.checkpoints)
    r.checkpoints.push_back(
        {c.id, c.title, Status::kSkipped, 0, c.points, "not started: " + reason, 0, c.hidden});
  return r;
}

std::string LearnerSession::not_started_reason(const Exercise& exercise) const {
  const std::string shown = Workspace::display(exercise);
  const auto learner = read_bytes(workspace_.exercise_file(exercise));
  if (!learner) return shown + " is missing";
  // Compared byte for byte with the course's starter: progress.json cannot tell, since a CI
  // checkout may carry none, and a learner may edit without ever running `course check`.
  const auto starter = read_bytes(course_.exercise_path(exercise));
  if (starter && *starter == *learner) return shown + " is still the starter code";
  return "";
}

std::vector<CheckOutcome> LearnerSession::check_all(
    Grader& grader, const std::function<void(const Exercise&)>& on_start) {
  progress();  // A corrupted progress file stops everything before any compile (exit 2).
  std::vector<CheckOutcome> outcomes;
  for (const Exercise* exercise : course_.exercises()) {
    if (on_start) on_start(*exercise);
    if (const std::string reason = not_started_reason(*exercise); !reason.empty()) {
      CheckOutcome outcome;
      outcome.result = not_started_result(*exercise, reason);
      outcomes.push_back(std::move(outcome));
    } else {
      outcomes.push_back(check(*exercise, grader));
    }
  }
  return outcomes;
}

HintOutcome LearnerSession::hint(const Exercise& exercise) {
  int count = 0;
  store_.update([&](Progress& p) {
    ExerciseProgress& e = p.exercises[exercise.id];
    e.hints_revealed = std::min<int>(e.hints_revealed + 1, int(exercise.hints.size()));
    count = e.hints_revealed;
  });
  HintOutcome out;
  out.revealed.assign(exercise.hints.begin(), exercise.hints.begin() + count);
  out.all_revealed = count == int(exercise.hints.size());
  return out;
}

void LearnerSession::make_current(const Exercise& exercise) {
  store_.update([&](Progress& p) { p.current_exercise = exercise.id; });
}

}  // namespace course

#include "course/course_validation.hpp"

#include <algorithm>
#include <mutex>

#include "course/error.hpp"
#include "course/learner_session.hpp"
#include "course/parallel_for.hpp"

namespace course {
namespace {

// Copies `source` to a scratch file with the exercise's file name (so diagnostics name it) and
// grades it. Each exercise gets its own scratch folder: workers never share one.
ExerciseResult grade_copy(const ExerciseGrader& grade, const Course& course,
                          const Exercise& exercise, const std::filesystem::path& source,
                          const std::filesystem::path& scratch, const std::filesystem::path& cache,
                          const std::string& shown) {
  const auto target = scratch / exercise.id / exercise.file;
  std::filesystem::create_directories(target.parent_path());
  std::filesystem::copy_file(source, target, std::filesystem::copy_options::overwrite_existing);
  GradeRequest request;
  request.course = &course;
  request.exercise = &exercise;
  request.learner_file = target;
  request.learner_display = shown;
  request.cache_dir = cache;
  request.reveal_hidden = true;  // The author needs to know why a hidden checkpoint fails.
  return grade(request);
}

std::vector<const Exercise*> selected(const Course& course, const std::vector<std::string>& only) {
  const std::vector<const Exercise*> all = validated_exercises(course);
  if (only.empty()) return all;
  std::vector<const Exercise*> exercises;
  for (const auto& id : only) {
    const auto it =
        std::find_if(all.begin(), all.end(), [&](const Exercise* e) { return e->id == id; });
    if (it == all.end()) {
      const std::string guess = suggest_exercise(course, id);
      fail_usage("unknown exercise '" + id + "'" +
                 (guess.empty() ? "" : "; did you mean '" + guess + "'?"));
    }
    exercises.push_back(*it);
  }
  return exercises;
}

std::vector<std::string> problems_of(const ExerciseValidation& v) {
  std::vector<std::string> problems;
  if (!v.starter.checkpoints.empty() &&
      v.starter.checkpoints.front().status == Status::kCompileError)
    problems.push_back("starter does not compile:\n" + v.starter.compiler_output);
  else if (v.starter.passed())
    problems.push_back("starter passes every checkpoint: it gives the exercise away");
  for (const auto& c : v.solution.checkpoints)
    if (c.status != Status::kPassed)
      problems.push_back(
          "solution fails checkpoint '" + c.id + "' [" + status_name(c.status) +
          "]: " + (c.status == Status::kCompileError ? v.solution.compiler_output : c.message));
  return problems;
}

}  // namespace

bool CourseValidation::ok() const {
  for (const auto& e : exercises)
    if (!e.problems.empty()) return false;
  return true;
}

std::vector<const Exercise*> validated_exercises(const Course& course) {
  std::vector<const Exercise*> all = course.exercises();
  for (const auto& assessment : course.assessments)
    for (const auto& exercise : assessment.exercises) all.push_back(&exercise);
  return all;
}

CourseValidation validate_course(const Course& course, const ExerciseGraderFactory& make_grader,
                                 const std::filesystem::path& cache_dir,
                                 const ValidationOptions& options) {
  if (options.jobs < 1 || options.jobs > 64) fail_usage("--jobs must be between 1 and 64");
  const std::vector<const Exercise*> exercises = selected(course, options.only);
  // One build cache for starters and solutions: a build is keyed by its sources, so the two
  // never mix, and the precompiled header's own lock makes concurrent workers build it once.
  const auto cache = options.cache.empty() ? cache_dir / "cache" : options.cache;
  const int total = int(exercises.size()) * 2;
  std::mutex lock;
  int step = 0;
  const auto starting = [&](const std::string& what) {
    std::lock_guard<std::mutex> guard(lock);
    if (options.progress) options.progress(what, step, total);
    ++step;
  };

  CourseValidation report;
  report.exercises.resize(exercises.size());
  parallel_for(exercises.size(), options.jobs, [&]() -> IndexWork {
    ExerciseGrader grade = make_grader();
    return [&, grade](std::size_t i) {
      const Exercise& e = *exercises[i];
      ExerciseValidation v;
      v.exercise_id = e.id;
      starting(e.id + " starter");
      v.starter = grade_copy(grade, course, e, course.exercise_path(e), cache_dir / "starter",
                             cache, "exercises/" + e.file);
      starting(e.id + " solution");
      v.solution = grade_copy(grade, course, e, course.solution_path(e), cache_dir / "solution",
                              cache, "solutions/" + e.file);
      v.problems = problems_of(v);
      report.exercises[i] = std::move(v);
    };
  });
  if (options.progress) options.progress("done", total, total);
  return report;
}

}  // namespace course

#include "course/course_validation.hpp"

#include "course/error.hpp"
#include "course/learner_session.hpp"

namespace course {
namespace {

// Copies `source` to a scratch file with the exercise's file name (so diagnostics name it) and
// grades it.
ExerciseResult grade_copy(Grader& grader, const Course& course, const Exercise& exercise,
                          const std::filesystem::path& source, const std::filesystem::path& scratch,
                          const std::filesystem::path& cache, const std::string& shown) {
  const auto target = scratch / exercise.file;
  std::filesystem::create_directories(target.parent_path());
  std::filesystem::copy_file(source, target, std::filesystem::copy_options::overwrite_existing);
  GradeRequest request;
  request.course = &course;
  request.exercise = &exercise;
  request.learner_file = target;
  request.learner_display = shown;
  request.cache_dir = cache;
  request.reveal_hidden = true;  // The author needs to know why a hidden checkpoint fails.
  return grader.grade(request);
}

}  // namespace

bool CourseValidation::ok() const {
  for (const auto& e : exercises)
    if (!e.problems.empty()) return false;
  return true;
}

CourseValidation validate_course(const Course& course, Grader& grader,
                                 const std::filesystem::path& cache_dir,
                                 const std::function<void(const std::string&, int, int)>& progress,
                                 const std::vector<std::string>& only) {
  CourseValidation report;
  std::vector<const Exercise*> exercises = course.exercises();
  if (!only.empty()) {
    exercises.clear();
    for (const auto& id : only) {
      const Exercise* e = course.find_exercise(id);
      if (!e) {
        const std::string guess = suggest_exercise(course, id);
        fail_usage("unknown exercise '" + id + "'" +
                   (guess.empty() ? "" : "; did you mean '" + guess + "'?"));
      }
      exercises.push_back(e);
    }
  }
  // One build cache for starters and solutions: the precompiled header is built once, and a
  // build is keyed by its sources, so the two never mix.
  const auto cache = cache_dir / "cache";
  const int total = int(exercises.size()) * 2;
  int step = 0;
  for (const Exercise* e : exercises) {
    ExerciseValidation v;
    v.exercise_id = e->id;
    if (progress) progress(e->id + " starter", step++, total);
    v.starter = grade_copy(grader, course, *e, course.exercise_path(*e), cache_dir / "starter",
                           cache, "exercises/" + e->file);
    if (progress) progress(e->id + " solution", step++, total);
    v.solution = grade_copy(grader, course, *e, course.solution_path(*e), cache_dir / "solution",
                            cache, "solutions/" + e->file);
    if (!v.starter.checkpoints.empty() &&
        v.starter.checkpoints.front().status == Status::kCompileError)
      v.problems.push_back("starter does not compile:\n" + v.starter.compiler_output);
    else if (v.starter.passed())
      v.problems.push_back("starter passes every checkpoint: it gives the exercise away");
    for (const auto& c : v.solution.checkpoints)
      if (c.status != Status::kPassed)
        v.problems.push_back(
            "solution fails checkpoint '" + c.id + "' [" + status_name(c.status) +
            "]: " + (c.status == Status::kCompileError ? v.solution.compiler_output : c.message));
    report.exercises.push_back(std::move(v));
  }
  if (progress) progress("done", total, total);
  return report;
}

}  // namespace course

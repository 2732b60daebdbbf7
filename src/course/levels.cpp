#include "course/levels.hpp"

#include <algorithm>
#include <cmath>

namespace course {
namespace {

bool assessment_passed(const Progress& progress, const std::string& id) {
  for (const auto* scores : {&progress.exams, &progress.quizzes}) {
    const auto it = scores->find(id);
    if (it != scores->end() && it->second.passed()) return true;
  }
  return false;
}

std::string percent(double fraction) {
  return std::to_string(int(std::lround(fraction * 100))) + "%";
}

}  // namespace

bool module_complete(const Module& module, const Progress& progress) {
  if (module.planned || module.exercises.empty()) return false;
  for (const auto& e : module.exercises) {
    const ExerciseProgress* p = progress.find(e.id);
    if (!p || p->state != ExerciseState::kDone) return false;
  }
  return true;
}

std::vector<std::string> missing_for_level(const Course& course, const Progress& progress,
                                           int level) {
  std::vector<std::string> missing;
  if (level < 0 || level >= int(course.levels.size())) return missing;
  const LevelCriteria& criteria = course.levels[std::size_t(level)].criteria;
  if (criteria.awarded_by_instructor)
    missing.push_back("awarded by an instructor (`course level award`)");
  for (int number : criteria.modules) {
    const Module* m = course.find_module(number);
    if (!m || module_complete(*m, progress)) continue;
    const std::string name = "module " + std::to_string(number) + " (" + m->title + ")";
    if (m->planned) {
      missing.push_back(name + ": not yet available in this version of the course");
      continue;
    }
    const auto done =
        std::count_if(m->exercises.begin(), m->exercises.end(), [&](const Exercise& e) {
          const ExerciseProgress* p = progress.find(e.id);
          return p && p->state == ExerciseState::kDone;
        });
    missing.push_back(name + ": " + std::to_string(done) + " of " +
                      std::to_string(m->exercises.size()) + " exercises done");
  }
  for (const auto& id : criteria.quizzes) {
    const Quiz* quiz = course.find_quiz(id);
    if (!quiz) continue;  // The loader checks the ids; a hand-built course may not.
    const auto it = progress.quizzes.find(id);
    if (it != progress.quizzes.end() && it->second.passed()) continue;
    const std::string how = "`course quiz " + id + "`, pass mark " + percent(quiz->pass_mark);
    missing.push_back(quiz->title + (it == progress.quizzes.end() || it->second.attempts == 0
                                         ? ": not taken yet (" + how + ")"
                                         : ": not passed yet (best " +
                                               percent(it->second.best_score) + "; " + how + ")"));
  }
  for (const auto& id : criteria.assessments) {
    if (assessment_passed(progress, id)) continue;
    const Assessment* a = course.find_assessment(id);
    if (!a) {
      missing.push_back(id + ": not passed yet");  // The loader checks the ids; see above.
      continue;
    }
    if (a->planned) {
      missing.push_back(a->title + ": not yet available in this version of the course");
      continue;
    }
    // Like a quiz: what to type, and the best attempt so far.
    const std::string how = "`course lesson " + id + "`, then `course check " + id +
                            "`, pass mark " + percent(a->pass_mark);
    const auto it = progress.exams.find(id);
    missing.push_back(a->title + (it == progress.exams.end() || it->second.attempts == 0
                                      ? ": not passed yet (" + how + ")"
                                      : ": not passed yet (best " + percent(it->second.best_score) +
                                            "; " + how + ")"));
  }
  return missing;
}

int reached_level(const Course& course, const Progress& progress) {
  int level = 0;
  for (std::size_t i = 1; i < course.levels.size(); ++i) {
    if (!missing_for_level(course, progress, int(i)).empty()) break;
    level = int(i);
  }
  return std::max(level, progress.level);  // Never take a level away (e.g. an awarded Expert).
}

std::optional<LevelEvent> raise_level(const Course& course, Progress& progress,
                                      const std::string& now) {
  const int level = reached_level(course, progress);
  if (level <= progress.level) return std::nullopt;
  progress.level = level;
  progress.level_history.push_back({level, course.levels[std::size_t(level)].name, now, "", ""});
  return progress.level_history.back();
}

}  // namespace course

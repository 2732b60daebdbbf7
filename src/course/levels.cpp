#include "course/levels.hpp"

#include <algorithm>

namespace course {
namespace {

bool assessment_passed(const Progress& progress, const std::string& id) {
  for (const auto* scores : {&progress.exams, &progress.quizzes}) {
    const auto it = scores->find(id);
    if (it != scores->end() && !it->second.passed_at.empty()) return true;
  }
  return false;
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
  for (const auto& id : criteria.assessments) {
    if (assessment_passed(progress, id)) continue;
    std::string title = id;
    bool planned = false;
    for (const auto& a : course.assessments)
      if (a.id == id) title = a.title, planned = a.planned;
    missing.push_back(title + (planned ? ": not yet available in this version of the course"
                                       : ": not passed yet"));
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

}  // namespace course

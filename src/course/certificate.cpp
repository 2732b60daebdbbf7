#include "course/certificate.hpp"

#include <algorithm>

#include "course/levels.hpp"

namespace course {
namespace {

// The assessment id course.yaml gives the capstone project; shown in its own section.
constexpr const char* kCapstoneId = "capstone";

Certificate::ScoreLine score_line(const std::string& id, const std::string& title,
                                  const AssessmentScore& s) {
  return {id, title, s.attempts, s.best_score, s.passed_at};
}

std::string module_completed_at(const Module& m, const Progress& progress) {
  if (!module_complete(m, progress)) return "";
  std::string latest;
  for (const auto& e : m.exercises) latest = std::max(latest, progress.find(e.id)->completed_at);
  return latest;
}

}  // namespace

std::vector<std::string> missing_for_certificate(const Course& course, const Progress& progress) {
  std::vector<std::string> missing;
  const int reached = reached_level(course, progress);
  const int top = std::min(kCertificateLevel, int(course.levels.size()) - 1);
  for (int level = reached + 1; level <= top; ++level)
    for (auto& item : missing_for_level(course, progress, level)) missing.push_back(item);
  if (reached < kCertificateLevel && missing.empty())
    missing.push_back("level " + std::to_string(kCertificateLevel) + " (not in this course)");
  return missing;
}

Certificate make_certificate(const Course& course, const Progress& progress,
                             const std::string& learner, const std::string& now) {
  Certificate c;
  c.learner = learner;
  c.course_id = course.id;
  c.course_title = course.title;
  c.course_version = course.version;
  // Criteria met since the last check or quiz count too; their date is then not yet recorded.
  c.level = reached_level(course, progress);
  c.level_name = course.levels[std::size_t(c.level)].name;
  for (const auto& event : progress.level_history)
    if (event.level == c.level) c.level_reached_at = event.reached_at;
  c.issued_at = now;
  for (const auto& m : course.modules) {
    if (m.planned) continue;
    c.modules.push_back({m.number, m.title, module_completed_at(m, progress)});
    for (const auto& e : m.exercises) {
      const ExerciseProgress* p = progress.find(e.id);
      c.exercises.push_back({e.id, e.title, p ? p->best_score : 0, e.max_points()});
    }
  }
  for (const auto& q : course.quizzes) {
    const auto it = progress.quizzes.find(q.id);
    if (it != progress.quizzes.end()) c.quizzes.push_back(score_line(q.id, q.title, it->second));
  }
  for (const auto& a : course.assessments) {
    const auto it = progress.exams.find(a.id);
    if (it == progress.exams.end()) continue;
    (a.id == kCapstoneId ? c.capstone : c.exams).push_back(score_line(a.id, a.title, it->second));
  }
  return c;
}

}  // namespace course

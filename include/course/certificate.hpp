// `course certificate`: a record of what a learner achieved, once they are Proficient. The engine
// gathers it from the course and progress and renders Markdown and a self-contained HTML page;
// the CLI writes the files.
#pragma once

#include <string>
#include <vector>

#include "course/content.hpp"
#include "course/progress.hpp"

namespace course {

// The level from which a certificate is issued: 3 (Proficient: every module and the capstone).
// Levels are defined in course.yaml; this is the one number the certificate adds.
constexpr int kCertificateLevel = 3;

struct Certificate {
  struct ModuleLine {
    int number = 0;
    std::string title;
    std::string completed_at;  // When its last exercise was completed; "" when not complete.
  };
  struct ExerciseLine {
    std::string id;
    std::string title;
    int best_score = 0;
    int max_score = 0;
  };
  struct ScoreLine {  // A quiz, exam or the capstone.
    std::string id;
    std::string title;
    int attempts = 0;
    double best_score = 0;  // 0..1
    std::string passed_at;  // "" when not passed.
  };

  std::string learner;
  std::string course_id;
  std::string course_title;
  std::string course_version;
  int level = 0;
  std::string level_name;
  std::string level_reached_at;  // From level_history; "" when the history does not say.
  std::string issued_at;
  std::vector<ModuleLine> modules;      // Every written module, in course order.
  std::vector<ExerciseLine> exercises;  // Every exercise, in course order.
  std::vector<ScoreLine> quizzes;       // Quizzes of course.yaml that were taken.
  std::vector<ScoreLine> exams;         // Assessments other than the capstone that were taken.
  std::vector<ScoreLine> capstone;      // Empty, or the one capstone score.
};

// What is still missing before a certificate can be issued: every item missing_for_level lists
// for the levels above the learner's, up to kCertificateLevel. Empty once the learner is there.
std::vector<std::string> missing_for_certificate(const Course& course, const Progress& progress);

// The certificate for `learner` at `now`. Call only when missing_for_certificate() is empty.
Certificate make_certificate(const Course& course, const Progress& progress,
                             const std::string& learner, const std::string& now);

// The same content as Markdown, and as one HTML page with inline CSS and no external assets.
// Every text from the course or the learner is escaped for its format.
std::string certificate_markdown(const Certificate& certificate);
std::string certificate_html(const Certificate& certificate);

}  // namespace course

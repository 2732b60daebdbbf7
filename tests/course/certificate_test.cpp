// Tests of src/course/certificate.cpp and certificate_render.cpp with a hand-built course: when a
// certificate is due, what it holds, and that learner and course text is escaped in both formats.
#include "course/certificate.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace course {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

// Level 1 = module 1 (exercise 1.1, 3 points); 2 = quiz q1; 3 = capstone; 4 = instructor.
Course certificate_course() {
  Course c;
  c.id = "cert-course";
  c.title = "Course <A&B>";
  c.version = "1.2.3";
  Exercise e;
  e.id = "1.1";
  e.title = "Checks *fast*";
  e.checkpoints.push_back({"only", "It works", 3, false, {"c1"}, "exact", {}});
  Module m;
  m.number = 1;
  m.title = "Data | validation";
  m.file = "01.yaml";
  m.exercises = {e};
  c.modules = {m};
  Quiz q;
  q.id = "q1";
  q.title = "Quiz one";
  q.pass_mark = 0.8;
  c.quizzes = {q};
  Assessment capstone;  // Field by field: the struct also holds exercises and a rubric.
  capstone.id = "capstone";
  capstone.title = "Capstone";
  c.assessments = {capstone};
  c.levels = {{0, "Beginner", "", {}},
              {1, "Advanced Beginner", "", {{1}, {}, false, {}}},
              {2, "Competent", "", {{}, {}, false, {"q1"}}},
              {3, "Proficient", "", {{}, {"capstone"}, false, {}}},
              {4, "Expert", "", {{}, {}, true, {}}}};
  return c;
}

Progress proficient() {
  Progress p;
  ExerciseProgress& e = p.exercises["1.1"];
  e.state = ExerciseState::kDone;
  e.best_score = 3;
  e.completed_at = "2026-05-02T10:00:00Z";
  p.quizzes["q1"] = {2, 0.9, 0.9, "2026-05-03T10:00:00Z", "2026-05-03T10:00:00Z"};
  p.exams["capstone"] = {1, 0.85, 0.85, "2026-05-04T10:00:00Z", "2026-05-04T10:00:00Z"};
  p.level = 3;
  p.level_history = {{3, "Proficient", "2026-05-04T10:00:00Z", "", ""}};
  return p;
}

TEST(CertificateTest, MissingListsEveryCriterionUpToProficient) {
  const Course c = certificate_course();
  Progress p;
  p.exercises["1.1"].state = ExerciseState::kDone;
  EXPECT_THAT(missing_for_certificate(c, p), ElementsAre(HasSubstr("Quiz one: not taken yet"),
                                                         HasSubstr("Capstone: not passed yet")));
  EXPECT_THAT(missing_for_certificate(c, proficient()), IsEmpty());
}

TEST(CertificateTest, HoldsLevelDatesAndScores) {
  const Certificate cert =
      make_certificate(certificate_course(), proficient(), "Ada", "2026-06-01T00:00:00Z");
  EXPECT_EQ(cert.level, 3);
  EXPECT_EQ(cert.level_name, "Proficient");
  EXPECT_EQ(cert.level_reached_at, "2026-05-04T10:00:00Z");
  ASSERT_EQ(cert.modules.size(), 1u);
  EXPECT_EQ(cert.modules[0].completed_at, "2026-05-02T10:00:00Z");
  ASSERT_EQ(cert.exercises.size(), 1u);
  EXPECT_EQ(cert.exercises[0].best_score, 3);
  EXPECT_EQ(cert.exercises[0].max_score, 3);
  ASSERT_EQ(cert.quizzes.size(), 1u);
  EXPECT_DOUBLE_EQ(cert.quizzes[0].best_score, 0.9);
  EXPECT_THAT(cert.exams, IsEmpty());  // The capstone has its own section.
  ASSERT_EQ(cert.capstone.size(), 1u);
  EXPECT_DOUBLE_EQ(cert.capstone[0].best_score, 0.85);
}

TEST(CertificateTest, EscapesTextInMarkdownAndHtml) {
  const Certificate cert = make_certificate(certificate_course(), proficient(),
                                            "<img src=x onerror=alert(1)> \"Q\" 'R'", "2026-06-01");
  const std::string html = certificate_html(cert);
  EXPECT_THAT(html, HasSubstr("&lt;img src=x onerror=alert(1)&gt; &quot;Q&quot; &#39;R&#39;"));
  EXPECT_THAT(html, HasSubstr("Course &lt;A&amp;B&gt;"));
  EXPECT_THAT(html, Not(HasSubstr("<img")));
  EXPECT_THAT(html, HasSubstr("<td>85%</td>"));
  const std::string md = certificate_markdown(cert);
  EXPECT_THAT(md, HasSubstr("\\<img src=x onerror=alert(1)\\>"));
  EXPECT_THAT(md, HasSubstr("| 1 | Data \\| validation | 2026-05-02 |"));
  EXPECT_THAT(md, HasSubstr("| 1.1 | Checks \\*fast\\* | 3/3 |"));
  EXPECT_THAT(md, HasSubstr("| capstone | Capstone | 85% | 1 | passed 2026-05-04 |"));
}

}  // namespace
}  // namespace course

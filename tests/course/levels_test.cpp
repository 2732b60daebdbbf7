// Tests of src/course/levels.cpp with a hand-built course (no YAML): module completion, the level
// reached, and what is still missing for a level.
#include "course/levels.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace course {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

Exercise exercise(const std::string& id) {
  Exercise e;
  e.id = id;
  e.title = "Exercise " + id;
  e.checkpoints.push_back({"only", "It works", 1, false, {"c1"}, "exact", {}});
  return e;
}

// Modules: 1 and 2 written (two and one exercises), 3 planned, 4 written but still empty.
// Levels: 1 = module 1 + exam-1; 2 = module 2; 3 = planned module 3 + planned capstone;
// 4 = instructor.
Course sample_course() {
  Course c;
  c.id = "sample";
  Module m1;
  m1.number = 1;
  m1.title = "Data validation";
  m1.file = "01-data-validation.yaml";
  m1.exercises = {exercise("1.1"), exercise("1.2")};
  Module m2;
  m2.number = 2;
  m2.title = "EDA";
  m2.file = "02-eda.yaml";
  m2.exercises = {exercise("2.1")};
  Module m3;
  m3.number = 3;
  m3.title = "Training";
  m3.planned = true;
  Module m4;
  m4.number = 4;
  m4.title = "Evaluation";
  m4.file = "04-evaluation.yaml";
  c.modules = {m1, m2, m3, m4};
  const auto assessment = [](const char* id, const char* title, bool planned) {
    Assessment a;
    a.id = id;
    a.title = title;
    a.planned = planned;
    a.pass_mark = 0.8;
    return a;
  };
  c.assessments = {assessment("exam-1", "Checkpoint exam 1", false),
                   assessment("capstone", "Capstone", true)};
  c.levels = {{0, "Beginner", "", {}},
              {1, "Advanced Beginner", "", {{1}, {"exam-1"}, false, {}}},
              {2, "Competent", "", {{2}, {}, false, {}}},
              {3, "Proficient", "", {{3}, {"capstone"}, false, {}}},
              {4, "Expert", "", {{}, {}, true, {}}}};
  return c;
}

void finish(Progress& p, const std::string& exercise_id) {
  p.exercises[exercise_id].state = ExerciseState::kDone;
}

void pass_exam(Progress& p, const std::string& id) {
  p.exams[id] = {1, 0.9, 0.9, "2026-02-01T10:00:00Z", "2026-02-01T10:00:00Z"};
}

TEST(LevelsTest, ModuleIsCompleteOnlyWhenEveryExerciseIsDone) {
  const Course c = sample_course();
  Progress p;
  EXPECT_FALSE(module_complete(c.modules[0], p));
  finish(p, "1.1");
  p.exercises["1.2"].state = ExerciseState::kInProgress;
  EXPECT_FALSE(module_complete(c.modules[0], p));
  finish(p, "1.2");
  EXPECT_TRUE(module_complete(c.modules[0], p));
  EXPECT_FALSE(module_complete(c.modules[1], p));
}

TEST(LevelsTest, PlannedAndEmptyModulesAreNeverComplete) {
  const Course c = sample_course();
  Progress p;
  for (const char* id : {"1.1", "1.2", "2.1"}) finish(p, id);
  EXPECT_FALSE(module_complete(c.modules[2], p)) << "planned";
  EXPECT_FALSE(module_complete(c.modules[3], p)) << "written but without exercises";
}

TEST(LevelsTest, StartsAtLevelZero) { EXPECT_EQ(reached_level(sample_course(), Progress{}), 0); }

TEST(LevelsTest, LevelIsReachedOnlyWhenAllItsCriteriaAreMet) {
  const Course c = sample_course();
  Progress p;
  finish(p, "1.1");
  finish(p, "1.2");
  EXPECT_EQ(reached_level(c, p), 0) << "module 1 done, exam-1 not passed";
  p.exams["exam-1"] = {2, 0.6, 0.6, "", "2026-02-01T09:00:00Z"};  // Attempted, not passed.
  EXPECT_EQ(reached_level(c, p), 0);
  pass_exam(p, "exam-1");
  EXPECT_EQ(reached_level(c, p), 1);
}

TEST(LevelsTest, AQuizPassCountsForAnAssessment) {
  const Course c = sample_course();
  Progress p;
  finish(p, "1.1");
  finish(p, "1.2");
  p.quizzes["exam-1"] = {1, 1.0, 1.0, "2026-02-01T10:00:00Z", "2026-02-01T10:00:00Z"};
  EXPECT_EQ(reached_level(c, p), 1);
}

TEST(LevelsTest, LevelClimbsOnlyWhenEveryLevelBelowIsMet) {
  const Course c = sample_course();
  Progress p;
  finish(p, "2.1");  // Level 2's criteria, but not level 1's.
  EXPECT_TRUE(missing_for_level(c, p, 2).empty());
  EXPECT_EQ(reached_level(c, p), 0);
  finish(p, "1.1");
  finish(p, "1.2");
  pass_exam(p, "exam-1");
  EXPECT_EQ(reached_level(c, p), 2);
}

TEST(LevelsTest, PlannedContentAndInstructorLevelsAreNeverReached) {
  const Course c = sample_course();
  Progress p;
  for (const char* id : {"1.1", "1.2", "2.1"}) finish(p, id);
  pass_exam(p, "exam-1");
  pass_exam(p, "capstone");  // Even a recorded pass cannot complete a planned module.
  EXPECT_EQ(reached_level(c, p), 2);

  // A course whose only level above 0 is awarded by an instructor.
  Course instructor_only = sample_course();
  instructor_only.levels = {{0, "Beginner", "", {}}, {1, "Expert", "", {{}, {}, true, {}}}};
  EXPECT_EQ(reached_level(instructor_only, p), 0);
}

TEST(LevelsTest, NeverLowersAnExistingLevel) {
  const Course c = sample_course();
  Progress awarded;
  awarded.level = 4;  // Awarded by an instructor.
  EXPECT_EQ(reached_level(c, awarded), 4);
  Progress earlier;
  earlier.level = 2;  // E.g. reached under an older course version with different criteria.
  EXPECT_EQ(reached_level(c, earlier), 2);
  finish(earlier, "1.1");
  finish(earlier, "1.2");
  pass_exam(earlier, "exam-1");
  EXPECT_EQ(reached_level(c, earlier), 2);
}

TEST(LevelsTest, MissingForLevelListsModulesAndAssessmentsWithCounts) {
  const Course c = sample_course();
  Progress p;
  // An exam says how to read it and take it, like a quiz says how to take it.
  const std::string exam =
      "Checkpoint exam 1: not passed yet (`course lesson exam-1`, then `course check exam-1`, "
      "pass mark 80%)";
  EXPECT_THAT(missing_for_level(c, p, 1),
              ElementsAre("module 1 (Data validation): 0 of 2 exercises done", exam));
  finish(p, "1.1");
  p.exercises["1.2"].state = ExerciseState::kInProgress;  // Started does not count.
  EXPECT_THAT(missing_for_level(c, p, 1),
              ElementsAre("module 1 (Data validation): 1 of 2 exercises done", exam));
  finish(p, "1.2");
  EXPECT_THAT(missing_for_level(c, p, 1), ElementsAre(exam));
  p.exams["exam-1"] = {2, 0.62, 0.5, "", "2026-02-01T09:00:00Z"};  // Attempted, not passed.
  EXPECT_THAT(missing_for_level(c, p, 1),
              ElementsAre("Checkpoint exam 1: not passed yet (best 62%; `course lesson exam-1`, "
                          "then `course check exam-1`, pass mark 80%)"));
  pass_exam(p, "exam-1");
  EXPECT_THAT(missing_for_level(c, p, 1), IsEmpty());
}

TEST(LevelsTest, MissingForLevelExplainsPlannedContentAndInstructorAward) {
  const Course c = sample_course();
  const Progress p;
  EXPECT_THAT(missing_for_level(c, p, 3),
              ElementsAre("module 3 (Training): not yet available in this version of the course",
                          "Capstone: not yet available in this version of the course"));
  EXPECT_THAT(missing_for_level(c, p, 4),
              ElementsAre("awarded by an instructor (`course level award`)"));
}

TEST(LevelsTest, MissingForLevelOutOfRangeOrZeroIsEmpty) {
  const Course c = sample_course();
  const Progress p;
  EXPECT_THAT(missing_for_level(c, p, 0), IsEmpty());
  EXPECT_THAT(missing_for_level(c, p, 5), IsEmpty());
  EXPECT_THAT(missing_for_level(c, p, -1), IsEmpty());
}

}  // namespace
}  // namespace course

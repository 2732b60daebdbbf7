// Tests of src/course/level_award.cpp (`course level award`) with a hand-built course, and of the
// awarded_by/reason fields of level_history in progress.json (old files without them still load).
#include "course/level_award.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "course/error.hpp"
#include "course/progress_json.hpp"
#include "course_test_support.hpp"

namespace course {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// Level 1 = module 1 (one exercise); 2 = exam-1; 3 = capstone; 4 = awarded by an instructor.
Course award_course() {
  Course c;
  Exercise e;
  e.id = "1.1";
  e.title = "Exercise 1.1";
  e.checkpoints.push_back({"only", "It works", 1, false, {"c1"}, "exact", {}});
  Module m;
  m.number = 1;
  m.title = "Data validation";
  m.file = "01.yaml";
  m.exercises = {e};
  c.modules = {m};
  for (const auto& [id, title] :
       {std::pair{"exam-1", "Checkpoint exam 1"}, std::pair{"capstone", "Capstone"}}) {
    Assessment a;  // Field by field: the struct also holds an assessment's exercises and rubric.
    a.id = id;
    a.title = title;
    c.assessments.push_back(a);
  }
  c.levels = {{0, "Beginner", "", {}},
              {1, "Advanced Beginner", "", {{1}, {}, false, {}}},
              {2, "Competent", "", {{}, {"exam-1"}, false, {}}},
              {3, "Proficient", "", {{}, {"capstone"}, false, {}}},
              {4, "Expert", "", {{}, {}, true, {}}}};
  return c;
}

class LevelAwardTest : public ::testing::Test {
 protected:
  void SetUp() override { store_.create(Progress{}); }

  // Finishes module 1 and passes the given assessments (level criteria met, not yet recorded).
  void reach(std::initializer_list<const char*> exams) {
    store_.update([&](Progress& p) {
      p.exercises["1.1"].state = ExerciseState::kDone;
      for (const char* id : exams) p.exams[id] = {1, 0.9, 0.9, "2026-02-01T10:00:00Z", ""};
    });
  }

  // The InputError award_level throws, with progress.json checked unchanged.
  std::string refusal(const LevelAward& award) {
    const std::string before = course_test::read_file(store_.path());
    try {
      award_level(course_, store_, award, "2026-03-01T09:00:00Z");
    } catch (const InputError& e) {
      EXPECT_EQ(e.code(), ExitCode::kBadInput);
      EXPECT_EQ(course_test::read_file(store_.path()), before) << "a refusal wrote progress";
      return e.what();
    }
    ADD_FAILURE() << "award_level accepted the award";
    return "";
  }

  const Course course_ = award_course();
  course_test::TempDir tmp_;
  ProgressStore store_{tmp_.path()};
};

TEST_F(LevelAwardTest, AwardsExpertWithWhoWhyAndWhenAfterRecordingTheLevelsBelow) {
  reach({"exam-1", "capstone"});
  const LevelEvent event =
      award_level(course_, store_, {4, "Dr. Ada", "Led the churn review"}, "2026-03-01T09:00:00Z");
  EXPECT_EQ(event.level, 4);
  EXPECT_EQ(event.name, "Expert");
  const Progress p = store_.load();
  EXPECT_EQ(p.level, 4);
  ASSERT_EQ(p.level_history.size(), 2u);
  EXPECT_EQ(p.level_history[0].level, 3);  // Earned by criteria, recorded first.
  EXPECT_EQ(p.level_history[0].awarded_by, "");
  EXPECT_EQ(p.level_history[1].level, 4);
  EXPECT_EQ(p.level_history[1].awarded_by, "Dr. Ada");
  EXPECT_EQ(p.level_history[1].reason, "Led the churn review");
  EXPECT_EQ(p.level_history[1].reached_at, "2026-03-01T09:00:00Z");
}

TEST_F(LevelAwardTest, RefusedBelowTheLevelUnderItSayingWhatIsMissing) {
  reach({"exam-1"});
  const std::string why = refusal({4, "Dr. Ada", ""});
  EXPECT_THAT(why, HasSubstr("--level: level 4 (Expert) needs level 3 (Proficient) first"));
  EXPECT_THAT(why,
              HasSubstr("the learner is at level 2 (Competent), missing Capstone: not passed"));
}

TEST_F(LevelAwardTest, RefusesLevelsReachedByCriteriaUnknownLevelsAndHeldLevels) {
  EXPECT_THAT(refusal({3, "Dr. Ada", ""}), HasSubstr("is reached by its criteria"));
  EXPECT_THAT(refusal({5, "Dr. Ada", ""}),
              HasSubstr("--level: is 5; this course has levels 1 to 4"));
  EXPECT_THAT(refusal({0, "Dr. Ada", ""}), HasSubstr("is 0"));
  reach({"exam-1", "capstone"});
  award_level(course_, store_, {4, "Dr. Ada", ""}, "2026-03-01T09:00:00Z");
  EXPECT_THAT(refusal({4, "Someone else", ""}),
              HasSubstr("the learner already holds level 4 (Expert)"));
}

TEST_F(LevelAwardTest, ByIsRequiredAndBothTextsAreBounded) {
  reach({"exam-1", "capstone"});
  EXPECT_THAT(refusal({4, "  ", ""}), HasSubstr("level award: --by: is empty"));
  EXPECT_THAT(refusal({4, std::string(201, 'a'), ""}), HasSubstr("--by: is longer than 200"));
  EXPECT_THAT(refusal({4, "Dr. Ada", std::string(4097, 'r')}),
              HasSubstr("--reason: is longer than 4096"));
}

TEST(LevelHistoryJsonTest, AwardFieldsRoundTripAndOlderFilesLoadWithout) {
  Progress p;
  p.level = 4;
  p.level_history = {{1, "Advanced Beginner", "2026-01-01T00:00:00Z", "", ""},
                     {4, "Expert", "2026-03-01T09:00:00Z", "Dr. Ada", "Led the review"}};
  const Progress back = progress_from_json(progress_to_json(p));
  ASSERT_EQ(back.level_history.size(), 2u);
  EXPECT_EQ(back.level_history[1].awarded_by, "Dr. Ada");
  EXPECT_EQ(back.level_history[1].reason, "Led the review");
  EXPECT_EQ(back.level_history[0].awarded_by, "");
  // A criteria-reached event is written without the award fields, as before they existed.
  EXPECT_THAT(progress_to_json(p), Not(HasSubstr("\"awarded_by\": \"\"")));

  const Progress old = progress_from_json(
      R"({"schema_version": 1, "level": {"current": 1, "history": [)"
      R"({"level": 1, "name": "Advanced Beginner", "reached_at": "2026-01-01T00:00:00Z"}]}})");
  ASSERT_EQ(old.level_history.size(), 1u);
  EXPECT_EQ(old.level_history[0].awarded_by, "");
  EXPECT_EQ(old.level_history[0].reason, "");
}

}  // namespace
}  // namespace course

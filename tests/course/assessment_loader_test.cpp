// Tests of src/course/assessment_loader.cpp: the fixture assessment loads with its rubric, and
// every kind of assessment error is an InputError naming file:line:column, the field and the
// problem. Each error test mutates one line of a private copy of the fixture.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "course/content_loader.hpp"
#include "course/error.hpp"
#include "course_test_support.hpp"

namespace course {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

const fs::path kRepo = COURSE_TEST_SOURCE_DIR;
const fs::path kFixture = kRepo / "tests/fixtures/assessment/fixture-exam.yaml";

const Course& real_course() {
  static const Course course = load_course(kRepo);
  return course;
}

TEST(AssessmentLoaderTest, LoadsTheFixture) {
  const Assessment a = load_assessment_file(real_course(), kFixture);
  EXPECT_EQ(a.id, "fixture-exam");
  EXPECT_DOUBLE_EQ(a.pass_mark, 0.6);
  EXPECT_EQ(a.time_box_minutes, 45);
  ASSERT_EQ(a.exercises.size(), 1u);
  EXPECT_EQ(a.exercises[0].id, "fixture-exam.1");
  EXPECT_EQ(a.exercises[0].file, "01-data-validation/quality_checks.cpp");
  ASSERT_EQ(a.exercises[0].checkpoints.size(), 4u);
  EXPECT_TRUE(a.exercises[0].checkpoints[3].hidden);
  ASSERT_EQ(a.documents.size(), 1u);
  EXPECT_EQ(a.documents[0].file, "REPORT.md");
  EXPECT_EQ(a.documents[0].sections, (std::vector<std::string>{"Approach", "Results"}));
  EXPECT_EQ(a.documents[0].min_words, 20);
  ASSERT_EQ(a.rubric.size(), 3u);
  EXPECT_EQ(a.rubric[0].id, "correctness");
  EXPECT_DOUBLE_EQ(a.rubric[0].weight, 0.5);
  EXPECT_EQ(a.rubric[0].max_points(), 5);
  const RubricCriterion& first = a.rubric[0].criteria[0];
  EXPECT_EQ(first.source, CriterionSource::kCheckpoint);
  EXPECT_EQ(first.exercise_id, "fixture-exam.1");
  EXPECT_EQ(first.checkpoint_id, "missing-values");
  EXPECT_EQ(first.title, "Finds missing values in required columns");  // From the checkpoint.
  EXPECT_EQ(a.rubric[2].criteria[0].source, CriterionSource::kDocument);
  EXPECT_EQ(a.rubric[2].criteria[0].title, "REPORT.md is complete");
  EXPECT_EQ(a.rubric[2].criteria[1].source, CriterionSource::kManual);
  EXPECT_NE(a.find_exercise("fixture-exam.1"), nullptr);
  EXPECT_EQ(a.find_document("nope"), nullptr);
}

// A copy of the fixture in a temp dir; `mutate` edits its text before loading.
class MutatedAssessmentTest : public ::testing::Test {
 protected:
  void SetUp() override { fs::copy_file(kFixture, file()); }
  fs::path file() const { return dir_.path() / "exam.yaml"; }
  void replace(const std::string& from, const std::string& to) {
    ASSERT_TRUE(course_test::replace_in_file(file(), from, to)) << from;
  }
  // Loads and returns the InputError, checking that it names the file and `line` (0 = any).
  InputError load_error(std::size_t line) const {
    try {
      load_assessment_file(real_course(), file());
    } catch (const InputError& e) {
      EXPECT_EQ(e.file(), file().string());
      if (line) {
        EXPECT_EQ(e.line(), line) << e.what();
      }
      EXPECT_EQ(e.code(), ExitCode::kBadInput);
      return e;
    }
    ADD_FAILURE() << "no error";
    return InputError("", 0, 0, "", "");
  }
  std::size_t line_of(const std::string& needle, int nth = 0) const {
    return course_test::line_in_file(file(), needle, nth);
  }

 private:
  course_test::TempDir dir_;
};

TEST_F(MutatedAssessmentTest, UnknownTopLevelKeyIsNamed) {
  replace("time_box_minutes: 45", "time_box: 45");
  const InputError e = load_error(line_of("time_box: 45"));
  EXPECT_EQ(e.field(), "time_box");
  EXPECT_THAT(e.what(), HasSubstr("unknown key (allowed: "));
}

TEST_F(MutatedAssessmentTest, MissingPassMarkIsNamed) {
  replace("pass_mark: 0.6\n", "");
  EXPECT_THAT(load_error(0).what(), HasSubstr("missing required field 'pass_mark'"));
}

TEST_F(MutatedAssessmentTest, PassMarkAboveOneIsRefused) {
  replace("pass_mark: 0.6", "pass_mark: 60");
  const InputError e = load_error(line_of("pass_mark: 60"));
  EXPECT_EQ(e.field(), "pass_mark");
  EXPECT_THAT(e.what(), HasSubstr("must be between 0"));
}

TEST_F(MutatedAssessmentTest, ExerciseIdMustCarryTheAssessmentPrefix) {
  replace("id: fixture-exam.1", "id: \"1.9\"");
  const InputError e = load_error(line_of("id: \"1.9\""));
  EXPECT_EQ(e.field(), "exercises[0].id");
  EXPECT_THAT(e.what(), HasSubstr("look like 'fixture-exam.1'"));
}

TEST_F(MutatedAssessmentTest, ExerciseErrorsComeFromTheModuleSchema) {
  replace("check: must_raise", "check: must_explode");
  const InputError e = load_error(line_of("check: must_explode"));
  EXPECT_EQ(e.field(), "exercises[0].checkpoints[2].check");
  EXPECT_THAT(e.what(), HasSubstr("unknown check 'must_explode'"));
}

TEST_F(MutatedAssessmentTest, DocumentPathCannotLeaveTheSubmission) {
  replace("file: REPORT.md", "file: ../REPORT.md");
  const InputError e = load_error(line_of("file: ../REPORT.md"));
  EXPECT_EQ(e.field(), "documents[0].file");
  EXPECT_THAT(e.what(), HasSubstr("must not contain '..'"));
}

TEST_F(MutatedAssessmentTest, AbsoluteDocumentPathIsRefused) {
  replace("file: REPORT.md", "file: /etc/passwd");
  EXPECT_THAT(load_error(line_of("file: /etc/passwd")).what(),
              HasSubstr("must be a relative path inside the submission"));
}

TEST_F(MutatedAssessmentTest, EmptySectionTitleIsRefused) {
  replace("sections: [Approach, Results]", "sections: [Approach, \" \"]");
  const InputError e = load_error(line_of("sections: [Approach"));
  EXPECT_EQ(e.field(), "documents[0].sections[1]");
  EXPECT_THAT(e.what(), HasSubstr("a section title is empty"));
}

TEST_F(MutatedAssessmentTest, NegativeMinWordsIsRefused) {
  replace("min_words: 20", "min_words: -1");
  EXPECT_EQ(load_error(line_of("min_words: -1")).field(), "documents[0].min_words");
}

TEST_F(MutatedAssessmentTest, CriterionWithTwoSourcesIsRefused) {
  replace("        document: report\n", "        document: report\n        manual: true\n");
  const InputError e = load_error(line_of("id: report-complete"));
  EXPECT_EQ(e.field(), "rubric[2].criteria[0]");
  EXPECT_THAT(e.what(), HasSubstr("give exactly one of 'checkpoint', 'document' or 'manual"));
}

TEST_F(MutatedAssessmentTest, CheckpointReferenceNeedsASlash) {
  replace("checkpoint: fixture-exam.1/missing-values", "checkpoint: missing-values");
  const InputError e = load_error(line_of("checkpoint: missing-values"));
  EXPECT_EQ(e.field(), "rubric[0].criteria[0].checkpoint");
  EXPECT_THAT(e.what(), HasSubstr("is not 'exercise/checkpoint'"));
}

TEST_F(MutatedAssessmentTest, UnknownExerciseInCriterionIsNamed) {
  replace("checkpoint: fixture-exam.1/duplicate-ids", "checkpoint: fixture-exam.2/duplicate-ids");
  EXPECT_THAT(load_error(line_of("fixture-exam.2/duplicate-ids")).what(),
              HasSubstr("no exercise 'fixture-exam.2' in this assessment"));
}

TEST_F(MutatedAssessmentTest, UnknownCheckpointInCriterionIsNamed) {
  replace("checkpoint: fixture-exam.1/duplicate-ids", "checkpoint: fixture-exam.1/dupes");
  EXPECT_THAT(load_error(line_of("fixture-exam.1/dupes")).what(),
              HasSubstr("exercise fixture-exam.1 has no checkpoint 'dupes'"));
}

TEST_F(MutatedAssessmentTest, UnknownDocumentInCriterionIsNamed) {
  replace("document: report", "document: essay");
  const InputError e = load_error(line_of("document: essay"));
  EXPECT_EQ(e.field(), "rubric[2].criteria[0].document");
  EXPECT_THAT(e.what(), HasSubstr("no document 'essay'"));
}

TEST_F(MutatedAssessmentTest, ManualCriterionNeedsATitle) {
  replace("        title: \"The report explains the approach clearly\"\n", "");
  EXPECT_THAT(load_error(line_of("id: report-clarity")).what(),
              HasSubstr("a manual criterion needs a 'title'"));
}

TEST_F(MutatedAssessmentTest, WeightsMustSumToOne) {
  replace("weight: 0.2", "weight: 0.3");
  const InputError e = load_error(line_of("rubric:") + 1);
  EXPECT_EQ(e.field(), "rubric");
  EXPECT_THAT(e.what(), HasSubstr("area weights sum to 1.1; they must sum to 1"));
}

TEST_F(MutatedAssessmentTest, ZeroWeightIsRefused) {
  replace("weight: 0.3", "weight: 0");
  EXPECT_THAT(load_error(line_of("weight: 0\n")).what(), HasSubstr("must be more than 0"));
}

TEST_F(MutatedAssessmentTest, MissingWeightIsNamed) {
  replace("    weight: 0.3\n", "");
  EXPECT_THAT(load_error(0).what(), HasSubstr("missing required field 'weight'"));
}

TEST_F(MutatedAssessmentTest, DuplicateAreaIdIsReportedWhereItRepeats) {
  replace("id: generalisation", "id: correctness");
  const InputError e = load_error(line_of("id: correctness", 1));
  EXPECT_THAT(e.what(), HasSubstr("duplicate rubric area id 'correctness'"));
}

TEST_F(MutatedAssessmentTest, DuplicateCriterionIdAcrossAreasIsRefused) {
  replace("id: hidden-mix", "id: missing");
  const InputError e = load_error(line_of("id: missing\n", 1));
  EXPECT_THAT(e.what(), HasSubstr("duplicate criterion id 'missing'"));
}

TEST_F(MutatedAssessmentTest, DuplicateDocumentIdIsRefused) {
  replace("    min_words: 20\n", "    min_words: 20\n  - id: report\n    file: OTHER.md\n");
  EXPECT_THAT(load_error(line_of("id: report", 1)).what(),
              HasSubstr("duplicate document id 'report'"));
}

TEST_F(MutatedAssessmentTest, AreaWithoutCriteriaIsRefused) {
  replace(
      "    criteria:\n      - id: hidden-mix\n        checkpoint: fixture-exam.1/mixed-hidden\n"
      "        points: 3\n",
      "    criteria: []\n");
  EXPECT_THAT(load_error(line_of("criteria: []")).what(), HasSubstr("give at least one criterion"));
}

TEST_F(MutatedAssessmentTest, NewerSchemaVersionSaysUpgradeCourse) {
  replace("schema_version: 1", "schema_version: 2");
  EXPECT_THAT(load_error(line_of("schema_version: 2")).what(), HasSubstr("upgrade course"));
}

TEST_F(MutatedAssessmentTest, ModuleExerciseIdsCannotBeReused) {
  // An assessment whose id is a module number would make its exercise ids clash with modules'.
  replace("id: fixture-exam\n", "id: \"1\"\n");
  replace("id: fixture-exam.1", "id: \"1.1\"");
  EXPECT_THAT(load_error(line_of("id: \"1.1\"")).what(), HasSubstr("duplicate exercise id '1.1'"));
}

// The manifest wiring: course.yaml names an assessment by `file:` (a copy of the real course).
class ManifestAssessmentTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* d : {"modules", "exercises", "solutions", "harnesses", "assessments"})
      fs::copy(kRepo / d, dir_.path() / d, fs::copy_options::recursive);
    fs::copy_file(kFixture, dir_.path() / "modules/fixture-exam.yaml");
  }
  fs::path manifest() const { return dir_.path() / "modules/course.yaml"; }
  course_test::TempDir dir_;
};

TEST_F(ManifestAssessmentTest, AWrittenAssessmentIsLoadedFromItsFile) {
  ASSERT_TRUE(course_test::replace_in_file(manifest(), "  - id: checkpoint-1\n",
                                           "  - id: fixture-exam\n    title: \"Fixture\"\n"
                                           "    file: fixture-exam.yaml\n"
                                           "  - id: later-exam\n    title: \"Later\"\n"
                                           "    planned: true\n  - id: checkpoint-1\n"));
  const Course c = load_course(dir_.path());
  const Assessment* a = c.find_assessment("fixture-exam");
  ASSERT_NE(a, nullptr);
  EXPECT_FALSE(a->planned);
  EXPECT_EQ(a->file, "fixture-exam.yaml");
  EXPECT_EQ(a->title, "Fixture");  // The manifest's title wins.
  EXPECT_EQ(a->rubric.size(), 3u);
  EXPECT_TRUE(c.find_assessment("later-exam")->planned);
  EXPECT_TRUE(c.find_assessment("later-exam")->exercises.empty());
}

TEST_F(ManifestAssessmentTest, FileIdMustMatchTheManifest) {
  ASSERT_TRUE(course_test::replace_in_file(manifest(), "  - id: checkpoint-1\n",
                                           "  - id: exam-x\n    title: \"X\"\n"
                                           "    file: fixture-exam.yaml\n  - id: checkpoint-1\n"));
  try {
    load_course(dir_.path());
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), "modules/fixture-exam.yaml");
    EXPECT_EQ(e.field(), "id");
    EXPECT_THAT(e.what(), HasSubstr("course.yaml lists this file as 'exam-x'"));
  }
}

TEST_F(ManifestAssessmentTest, FileAndPlannedAreExclusive) {
  ASSERT_TRUE(course_test::replace_in_file(manifest(), "  - id: checkpoint-1\n",
                                           "  - id: fixture-exam\n    title: \"Fixture\"\n"
                                           "    planned: true\n    file: fixture-exam.yaml\n"
                                           "  - id: checkpoint-1\n"));
  try {
    load_course(dir_.path());
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), "modules/course.yaml");
    EXPECT_THAT(e.what(), HasSubstr("give 'file' for a written assessment or 'planned: true'"));
  }
}

}  // namespace
}  // namespace course

// Tests of src/course/grade/submission.cpp with real compiles and runs of the fixture assessment
// (exercise 1.1's harness and cases): the solution scores full automatic marks, the starter
// little, and a missing or hostile submission gets its own status without touching the others.
#include "course/grade/submission.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "course/content_loader.hpp"
#include "course/grader/hash.hpp"
#include "course_test_support.hpp"
#include "sandbox/isolation.hpp"

namespace course {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

const fs::path kRepo = COURSE_TEST_SOURCE_DIR;
const std::string kFile = "01-data-validation/quality_checks.cpp";
constexpr const char* kReport =
    "# Approach\nWe walk every rule and every row once, collecting issues as we go.\n\n"
    "## Results\nEvery public case passes and the hidden mix should too, we believe.\n";

class GradeSubmissionTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    course_ = new Course(load_course(kRepo));
    assessment_ = new Assessment(
        load_assessment_file(*course_, kRepo / "tests/fixtures/assessment/fixture-exam.yaml"));
  }
  static void TearDownTestSuite() {
    delete assessment_;
    delete course_;
  }
  GradeSubmissionTest() : runner_(sandbox::make_default_runner()) {}

  // A submission directory holding `source` as the exercise file (none when empty).
  fs::path submission(const std::string& name, const std::string& source, const char* report) {
    const fs::path dir = subs_.path() / name;
    fs::create_directories(dir / "exercises/01-data-validation");
    if (!source.empty()) course_test::write_file(dir / "exercises" / kFile, source);
    if (report) course_test::write_file(dir / "REPORT.md", report);
    return dir;
  }
  SubmissionResult grade(const fs::path& dir) {
    Grader grader(Toolchain::from_build(), *runner_);
    SubmissionRequest request;
    request.course = course_;
    request.assessment = assessment_;
    request.dir = dir;
    request.name = dir.filename().string();
    request.cache_dir = GRADER_TEST_CACHE;
    return grade_submission(request, grader);
  }
  // Every file under `dir` with its bytes' hash: grading must leave it unchanged.
  static std::string tree_hash(const fs::path& dir) {
    Hasher h;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
      h.add(entry.path().string());
      if (entry.is_regular_file()) h.add_file(entry.path());
    }
    return h.hex();
  }

  static Course* course_;
  static Assessment* assessment_;
  std::unique_ptr<sandbox::ProcessRunner> runner_;
  course_test::TempDir subs_;
};
Course* GradeSubmissionTest::course_ = nullptr;
Assessment* GradeSubmissionTest::assessment_ = nullptr;

TEST_F(GradeSubmissionTest, SolutionGetsAllAutomaticMarksAndLeavesTheDirectoryAlone) {
  const fs::path dir =
      submission("strong", course_test::read_file(kRepo / "solutions" / kFile), kReport);
  const std::string before = tree_hash(dir);
  const SubmissionResult r = grade(dir);
  EXPECT_EQ(r.status, SubmissionStatus::kGraded) << r.reason;
  // 0.5 + 0.3 + 0.2 × 2/4 (the manual criterion is not marked yet) = 0.9
  EXPECT_NEAR(r.score, 0.9, 1e-12);
  EXPECT_TRUE(r.passed);
  EXPECT_NE(r.isolation, "none");
  EXPECT_EQ(r.grader_version, grader_version());
  EXPECT_EQ(tree_hash(dir), before);
}

TEST_F(GradeSubmissionTest, StarterFailsAndHiddenMessagesStayHidden) {
  const fs::path dir =
      submission("weak", course_test::read_file(kRepo / "exercises" / kFile), nullptr);
  const SubmissionResult r = grade(dir);
  EXPECT_EQ(r.status, SubmissionStatus::kGraded) << r.reason;
  EXPECT_LT(r.score, 0.6);
  EXPECT_FALSE(r.passed);
  EXPECT_FALSE(r.documents.at(0).present);
  for (const auto& c : r.criteria)
    if (c.hidden) {
      EXPECT_THAT(c.message, HasSubstr("hidden checkpoint"));
    }
}

TEST_F(GradeSubmissionTest, CompileErrorIsTheSubmissionsStatus) {
  const SubmissionResult r = grade(submission("broken", "this is not C++\n", kReport));
  EXPECT_EQ(r.status, SubmissionStatus::kCompileError);
  EXPECT_THAT(r.reason, HasSubstr("does not compile"));
  EXPECT_NEAR(r.score, 0.1, 1e-12);  // The report still counts: 0.2 × 2/4.
}

TEST_F(GradeSubmissionTest, MissingDirectoryAndEmptySubmissionAreMissing) {
  const SubmissionResult gone = grade(subs_.path() / "nobody");
  EXPECT_EQ(gone.status, SubmissionStatus::kMissing);
  EXPECT_THAT(gone.reason, HasSubstr("submission directory not found"));
  EXPECT_EQ(gone.score, 0.0);
  const SubmissionResult empty = grade(submission("empty", "", nullptr));
  EXPECT_EQ(empty.status, SubmissionStatus::kMissing);
  EXPECT_THAT(empty.reason, HasSubstr("none of the files"));
}

TEST_F(GradeSubmissionTest, SymlinkedSourceIsNotReadOrCompiled) {
  // A link to the hidden cases would make the trusted parent compile them and show them in the
  // compiler's errors.
  const fs::path dir = submission("linker", "", kReport);
  fs::create_symlink(kRepo / "assessments/exercises/1.1/cases.json", dir / "exercises" / kFile);
  const SubmissionResult r = grade(dir);
  EXPECT_EQ(r.status, SubmissionStatus::kError);
  EXPECT_THAT(r.reason, HasSubstr("not a regular file"));
  for (const auto& e : r.exercises) EXPECT_TRUE(e.compiler_output.empty());
}

TEST_F(GradeSubmissionTest, InputHashFollowsTheSubmittedBytes) {
  const fs::path dir = submission("hashing", "// v1\n", kReport);
  SubmissionRequest request;
  request.course = course_;
  request.assessment = assessment_;
  request.dir = dir;
  const std::string first = submission_input_hash(request, "t");
  EXPECT_EQ(submission_input_hash(request, "t"), first);
  EXPECT_NE(submission_input_hash(request, "u"), first);
  course_test::write_file(dir / "REPORT.md", "changed");
  EXPECT_NE(submission_input_hash(request, "t"), first);
}

}  // namespace
}  // namespace course

// Tests of src/course/grade/{manual_marks,merge,feedback_markdown}.cpp: manual marks load from
// YAML or CSV with located errors, shards merge into the unsharded bytes (except the timestamp)
// and refuse mixed assessments or graders, and feedback never shows a hidden check's message.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "course/content_loader.hpp"
#include "course/error.hpp"
#include "course/grade/feedback.hpp"
#include "course/grade/feedback_html.hpp"
#include "course/grade/grade_outputs.hpp"
#include "course/grade/manual_marks.hpp"
#include "course/grade/merge.hpp"
#include "course/grade/submission_json.hpp"
#include "course_test_support.hpp"

namespace course {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

const fs::path kRepo = COURSE_TEST_SOURCE_DIR;

struct Fixture {
  Course course = load_course(kRepo);
  Assessment assessment =
      load_assessment_file(course, kRepo / "tests/fixtures/assessment/fixture-exam.yaml");
  AssessmentInfo info = assessment_info(course, assessment);
};
const Fixture& fixture() {
  static const Fixture f;
  return f;
}

SubmissionResult result(const std::string& name, bool pass_public) {
  const Assessment& a = fixture().assessment;
  SubmissionResult r;
  r.name = name;
  r.grader_version = grader_version();
  r.isolation = "bwrap";
  ExerciseResult e;
  e.exercise_id = a.exercises[0].id;
  e.title = a.exercises[0].title;
  e.file = "exercises/" + a.exercises[0].file;
  for (const auto& c : a.exercises[0].checkpoints) {
    const bool ok = pass_public && !c.hidden;
    e.checkpoints.push_back(
        {c.id, c.title, ok ? Status::kPassed : Status::kFailed, ok ? c.points : 0, c.points,
         ok ? "" : (c.hidden ? "hidden checkpoint failed: off" : "got 3, expected 4"), 0,
         c.hidden});
  }
  r.exercises.push_back(e);
  r.documents.push_back({"report", "REPORT.md", true, true, 42, {}, ""});
  score_submission(a, r);
  return r;
}

class ManualMarksTest : public ::testing::Test {
 protected:
  ManualMarks load(const std::string& name, const std::string& text) {
    const fs::path file = dir_.path() / name;
    course_test::write_file(file, text);
    return load_manual_marks(file, fixture().assessment, {"alice", "bob"});
  }
  InputError error(const std::string& name, const std::string& text) {
    try {
      load(name, text);
    } catch (const InputError& e) {
      EXPECT_EQ(e.code(), ExitCode::kBadInput);
      return e;
    }
    ADD_FAILURE() << "no error";
    return InputError("", 0, 0, "", "");
  }
  course_test::TempDir dir_;
};

TEST_F(ManualMarksTest, YamlAndCsvGiveTheSameMarks) {
  const ManualMarks yaml = load("m.yaml",
                                "schema_version: 1\nmarks:\n"
                                "  - {submission: bob, criterion: report-clarity, points: 2,"
                                " comment: \"clear, short\"}\n"
                                "  - {submission: alice, criterion: report-clarity, points: 1}\n"
                                "  - {submission: bob, criterion: hidden-mix, points: 0}\n");
  const ManualMarks csv = load("m.csv",
                               "submission,criterion,points,comment\n"
                               "bob,report-clarity,2,\"clear, short\"\n"
                               "alice,report-clarity,1\n"
                               "bob,hidden-mix,0,\n");
  for (const auto* m : {&yaml, &csv}) {
    ASSERT_EQ(m->size(), 2u);
    const auto& bob = m->at("bob");
    ASSERT_EQ(bob.size(), 2u);
    EXPECT_EQ(bob[0].criterion, "hidden-mix");  // Sorted by criterion.
    EXPECT_EQ(bob[1].points, 2);
    EXPECT_EQ(bob[1].comment, "clear, short");
    EXPECT_EQ(m->at("alice")[0].points, 1);
  }
}

TEST_F(ManualMarksTest, ErrorsNameLineAndField) {
  InputError e = error("m.csv", "submission,criterion,points\nalice,report-clarity,3\n");
  EXPECT_EQ(e.line(), 2u);
  EXPECT_EQ(e.field(), "points");
  EXPECT_THAT(e.what(), HasSubstr("not a whole number between 0 and 2"));
  e = error("m.csv", "submission,criterion,points\nalice,clarity,1\n");
  EXPECT_EQ(e.field(), "criterion");
  EXPECT_THAT(e.what(), HasSubstr("no criterion 'clarity'"));
  e = error("m.csv", "submission,criterion,points\ncarol,report-clarity,1\n");
  EXPECT_EQ(e.field(), "submission");
  EXPECT_THAT(e.what(), HasSubstr("'carol' is not one of the submissions"));
  e = error("m.csv",
            "submission,criterion,points\nalice,report-clarity,1\nalice,report-clarity,2\n");
  EXPECT_EQ(e.line(), 3u);
  EXPECT_THAT(e.what(), HasSubstr("a second mark"));
  e = error("m.csv", "name,points\n");
  EXPECT_EQ(e.field(), "header");
  e = error("m.csv", "submission,criterion,points\nalice,\"report-clarity,1\n");
  EXPECT_THAT(e.what(), HasSubstr("unterminated"));
  e = error("m.yaml",
            "schema_version: 1\nmarks:\n  - submission: alice\n    criterion: report-clarity\n"
            "    points: 1\n    grade: A\n");
  EXPECT_EQ(e.line(), 6u);
  EXPECT_EQ(e.field(), "marks[0].grade");
  e = error("m.yaml", "schema_version: 1\nmarks:\n  - {submission: alice, criterion: x}\n");
  EXPECT_THAT(e.what(), HasSubstr("missing required field 'points'"));
  e = error("m.txt", "");
  EXPECT_THAT(e.what(), HasSubstr(".yaml, .yml or .csv"));
}

TEST_F(ManualMarksTest, ApplyingMarksRescoresAndClearsOldOnes) {
  std::vector<SubmissionResult> results = {result("alice", true), result("bob", true)};
  EXPECT_NEAR(results[0].score, 0.6, 1e-12);  // 0.5 + 0 hidden + 0.2 × 2/4
  apply_manual_marks({{"alice", {{"report-clarity", 2, "good"}}}}, fixture().assessment, results);
  EXPECT_NEAR(results[0].score, 0.7, 1e-12);
  EXPECT_NEAR(results[1].score, 0.6, 1e-12);
  apply_manual_marks({}, fixture().assessment, results);
  EXPECT_NEAR(results[0].score, 0.6, 1e-12);
}

class MergeTest : public ::testing::Test {
 protected:
  // A `course grade --out` folder holding `rows`.
  fs::path shard(const std::string& name, const std::vector<SubmissionResult>& rows,
                 AssessmentInfo info = fixture().info) {
    const fs::path dir = root_.path() / name;
    fs::create_directories(dir / "results");
    write_grade_outputs(info, dir, rows, "2026-01-0" + std::to_string(++clock_) + "T00:00:00Z");
    return dir;
  }
  course_test::TempDir root_;
  int clock_ = 0;
};

// Every file under `dir`, relative path → bytes, with gradebook.json's timestamp blanked.
std::map<std::string, std::string> tree(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::string text = course_test::read_file(entry.path());
    const auto at = text.find("\"generated_at\": \"");
    if (at != std::string::npos) text.replace(at + 17, 20, "XXXX-XX-XXTXX:XX:XXZ");
    out[fs::relative(entry.path(), dir).string()] = text;
  }
  return out;
}

TEST_F(MergeTest, MergedShardsEqualTheUnshardedRunExceptTheTimestamp) {
  const auto a = result("alice", true), b = result("bob", false), c = result("carol", true);
  const fs::path whole = shard("whole", {a, b, c});
  const fs::path s1 = shard("s1", {b}), s2 = shard("s2", {a, c});
  const MergedGradebook merged = merge_gradebooks({s1, s2});
  ASSERT_EQ(merged.results.size(), 3u);
  EXPECT_EQ(merged.results[0].name, "alice");  // Sorted, whatever the shard order.
  const fs::path out = root_.path() / "merged";
  write_grade_outputs(merged.info, out, merged.results, "2026-02-01T00:00:00Z");
  EXPECT_EQ(tree(out), tree(whole));
  EXPECT_NE(course_test::read_file(out / "gradebook.json"),
            course_test::read_file(whole / "gradebook.json"));  // Only the timestamp differs.
}

TEST_F(MergeTest, RefusesMixedAssessmentsGradersAndOverlaps) {
  const fs::path s1 = shard("s1", {result("alice", true)});
  AssessmentInfo other = fixture().info;
  other.hash = "0000000000000000";
  const fs::path s2 = shard("s2", {result("bob", true)}, other);
  try {
    merge_gradebooks({s1, s2});
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.field(), "assessment");
    EXPECT_THAT(e.what(), HasSubstr("shards must grade the same assessment"));
    EXPECT_THAT(e.file(), HasSubstr("s2"));
  }
  SubmissionResult old = result("carol", true);
  old.grader_version = "course 0.0.1 (results v1)";
  const fs::path s3 = shard("s3", {old});
  try {
    merge_gradebooks({s1, s3});
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.field(), "grader_version");
    EXPECT_THAT(e.what(), HasSubstr("course 0.0.1"));
  }
  const fs::path s4 = shard("s4", {result("alice", false)});
  EXPECT_THROW(merge_gradebooks({s1, s4}), InputError);
  fs::remove(s1 / "results/alice.json");
  EXPECT_THROW(merge_gradebooks({s1}), InputError);
  EXPECT_THROW(merge_gradebooks({root_.path() / "nothing"}), InputError);
}

TEST(FeedbackMarkdownTest, BreakdownAndHiddenChecksShowOnlyPassOrFail) {
  SubmissionResult r = result("bob", false);
  r.exercises[0].compiler_output = "x.cpp:1: error ``` fence";
  const std::string md = feedback_markdown(fixture().info, r);
  EXPECT_THAT(md, HasSubstr("# Fixture exam: data quality checks: feedback for bob"));
  EXPECT_THAT(md, HasSubstr("| Correctness on the public cases | 50.0% | 0/5 | 0.0% |"));
  EXPECT_THAT(md, HasSubstr("| Written report | 20.0% | 2/4 | 10.0% |"));
  EXPECT_THAT(md, HasSubstr("got 3, expected 4"));  // Public checks say why.
  EXPECT_THAT(md, HasSubstr("- ✗ Finds every kind of issue at once on unseen rows — failed\n"));
  EXPECT_THAT(md, Not(HasSubstr("hidden checkpoint failed")));
  EXPECT_THAT(md, HasSubstr("````text\nx.cpp:1: error ``` fence\n````"));  // Cannot close it.
  EXPECT_THAT(md, Not(HasSubstr("generated")));
}

TEST(FeedbackHtmlTest, SelfContainedEscapedWithSvgAndHiddenChecksOnlyPassOrFail) {
  SubmissionResult r = result("<script>bob</script>", false);
  r.exercises[0].compiler_output = "error: <img src=x onerror=alert(1)>";
  const std::string html = feedback_html(fixture().info, r);
  EXPECT_THAT(html, HasSubstr("<!DOCTYPE html>"));
  EXPECT_THAT(html, HasSubstr("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  EXPECT_THAT(html, HasSubstr("&lt;script&gt;bob&lt;/script&gt;"));
  EXPECT_THAT(html, HasSubstr("&lt;img src=x onerror=alert(1)&gt;"));
  EXPECT_THAT(html, Not(HasSubstr("<script")));
  EXPECT_THAT(html, Not(HasSubstr("<img")));
  EXPECT_THAT(html, Not(HasSubstr("src=\"http")));  // Nothing external to load.
  EXPECT_THAT(html, HasSubstr("Finds every kind of issue at once on unseen rows — failed</li>"));
  EXPECT_THAT(html, Not(HasSubstr("hidden checkpoint failed")));
  EXPECT_THAT(html, HasSubstr("got 3, expected 4"));
}

TEST(SummaryTest, HistogramPassRatesAndSlowest) {
  std::vector<SubmissionResult> rows = {result("alice", true), result("bob", false),
                                        result("carol", true)};
  rows[0].seconds = 3;
  rows[1].seconds = 9;
  rows[2].seconds = 1;
  const std::string md = summary_markdown(fixture().info, rows);
  EXPECT_THAT(md, HasSubstr("3 submissions, 2 passed (pass mark 60.0%)"));
  // alice and carol 0.6 → the 60–70% bin; bob 0.1 → 10–20%.
  EXPECT_THAT(md, HasSubstr("| 60–70% | 2 |"));
  EXPECT_THAT(md, HasSubstr("| 10–20% | 1 |"));
  EXPECT_THAT(md, HasSubstr("| Finds missing values in required columns | 2/3 |"));
  EXPECT_THAT(md, HasSubstr("| REPORT.md is complete | 3/3 |"));
  EXPECT_THAT(md, HasSubstr("- bob: 9.0 s\n- alice: 3.0 s\n- carol: 1.0 s\n"));
  const std::string html = summary_html(fixture().info, rows);
  EXPECT_THAT(html, HasSubstr("<title>Score histogram</title>"));
  EXPECT_THAT(html, HasSubstr("href=\"feedback/alice.html\""));
}

}  // namespace
}  // namespace course

// Tests of src/course/grade/{batch,scoring,submission_json,gradebook}.cpp with fake graders: the
// pool's bounds and containment, shards, --resume, scores and the gradebook's stable bytes.
// Real compiles are in grade_submission_test.cpp.
#include "course/grade/batch.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <set>
#include <thread>

#include "course/content_loader.hpp"
#include "course/error.hpp"
#include "course/grade/gradebook.hpp"
#include "course/grade/submission_json.hpp"
#include "course_test_support.hpp"

namespace course {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

const fs::path kRepo = COURSE_TEST_SOURCE_DIR;

struct Fixture {
  Course course = load_course(kRepo);
  Assessment assessment =
      load_assessment_file(course, kRepo / "tests/fixtures/assessment/fixture-exam.yaml");
};
const Fixture& fixture() {
  static const Fixture f;
  return f;
}

// A result as if every checkpoint had `status` and the report were `report_met`.
SubmissionResult synthetic(const std::string& name, Status status, bool report_met) {
  const Assessment& a = fixture().assessment;
  SubmissionResult r;
  r.name = name;
  ExerciseResult e;
  e.exercise_id = a.exercises[0].id;
  for (const auto& c : a.exercises[0].checkpoints)
    e.checkpoints.push_back({c.id, c.title, status, status == Status::kPassed ? c.points : 0,
                             c.points, status == Status::kPassed ? "" : "wrong", 0, c.hidden});
  r.exercises.push_back(e);
  DocumentResult d;
  d.id = "report";
  d.file = "REPORT.md";
  d.present = true;
  d.met = report_met;
  d.message = report_met ? "" : "REPORT.md: missing section 'Results'";
  r.documents.push_back(d);
  return r;
}

TEST(ScoringTest, WeightedAreasByHand) {
  const Assessment& a = fixture().assessment;
  SubmissionResult r = synthetic("x", Status::kPassed, true);
  score_submission(a, r);
  // correctness 5/5 × 0.5 + generalisation 3/3 × 0.3 + communication 2/4 × 0.2 = 0.9
  EXPECT_NEAR(r.score, 0.9, 1e-12);
  EXPECT_TRUE(r.passed);
  ASSERT_EQ(r.areas.size(), 3u);
  EXPECT_EQ(r.areas[2].points, 2);
  EXPECT_EQ(r.areas[2].max_points, 4);
  ASSERT_EQ(r.criteria.size(), 6u);
  EXPECT_EQ(r.criteria[5].message, "not marked yet");
  EXPECT_TRUE(r.criteria[3].hidden);  // hidden-mix names a hidden checkpoint.
  EXPECT_EQ(r.criteria[4].source, CriterionSource::kDocument);
}

TEST(ScoringTest, ManualMarksOverrideAndClamp) {
  const Assessment& a = fixture().assessment;
  SubmissionResult r = synthetic("x", Status::kPassed, true);
  r.manual_marks = {{"report-clarity", 2, "clear"}, {"hidden-mix", 0, "copied"}};
  score_submission(a, r);
  // 0.5 + 0 × 0.3 + 4/4 × 0.2 = 0.7: the instructor's 0 overrides the passed hidden checkpoint.
  EXPECT_NEAR(r.score, 0.7, 1e-12);
  EXPECT_TRUE(r.criteria[5].manual);
  EXPECT_EQ(r.criteria[5].message, "clear");
  r.manual_marks = {{"report-clarity", 99, ""}};
  score_submission(a, r);
  EXPECT_EQ(r.criteria[5].points, 2);  // Clamped to the criterion's points.
}

TEST(ScoringTest, FailingEverythingScoresZeroAndFails) {
  SubmissionResult r = synthetic("x", Status::kFailed, false);
  score_submission(fixture().assessment, r);
  EXPECT_EQ(r.score, 0.0);
  EXPECT_FALSE(r.passed);
  EXPECT_EQ(r.criteria[0].message, "wrong");
}

TEST(ScoringTest, PassMarkIsInclusive) {
  // 0.6 exactly: correctness (0.5) + one half of communication (0.1).
  SubmissionResult r = synthetic("x", Status::kPassed, true);
  r.manual_marks = {{"hidden-mix", 0, ""}, {"report-clarity", 0, ""}};
  r.manual_marks.push_back({"report-complete", 2, ""});
  score_submission(fixture().assessment, r);
  EXPECT_NEAR(r.score, 0.6, 1e-12);
  EXPECT_TRUE(r.passed);
}

TEST(SubmissionJsonTest, RoundTripKeepsEverythingTheGradebookAndFeedbackUse) {
  SubmissionResult r = synthetic("alice", Status::kPassed, false);
  r.manual_marks = {{"report-clarity", 1, "ok"}};
  score_submission(fixture().assessment, r);
  r.status = SubmissionStatus::kTimeout;
  r.reason = "exercises/x ran out of time";
  r.isolation = "bwrap";
  r.grader_version = grader_version();
  r.input_hash = "0123456789abcdef";
  r.exercises[0].compiler_output = "error: x";
  const std::string text = submission_to_json(r);
  const SubmissionResult back = submission_from_json(text, "r.json");
  EXPECT_EQ(submission_to_json(back), text);
  EXPECT_EQ(back.status, SubmissionStatus::kTimeout);
  EXPECT_EQ(back.criteria.size(), r.criteria.size());
}

TEST(SubmissionJsonTest, NewerFormatAndGarbageAreInputErrors) {
  EXPECT_THROW(submission_from_json("{\"format_version\": 99}", "r.json"), InputError);
  try {
    submission_from_json("not json", "r.json");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_THAT(e.what(), HasSubstr("r.json"));
  }
}

TEST(GradebookTest, CsvHasStableColumnsSortedRowsAndQuotes) {
  SubmissionResult a = synthetic("alice", Status::kPassed, true);
  SubmissionResult b = synthetic("bob, jr", Status::kFailed, false);
  for (auto* r : {&a, &b}) {
    score_submission(fixture().assessment, *r);
    r->grader_version = "g1";
    r->isolation = "bwrap";
  }
  b.status = SubmissionStatus::kCompileError;
  b.reason = "exercises/q.cpp does not compile";
  EXPECT_EQ(gradebook_csv(assessment_info(fixture().course, fixture().assessment), {a, b}),
            "submission,status,score,passed,area:correctness,area:generalisation,"
            "area:communication,isolation,grader_version,reason\n"
            "alice,graded,0.9000,pass,1.0000,1.0000,0.5000,bwrap,g1,\n"
            "\"bob, jr\",compile_error,0.0000,fail,0.0000,0.0000,0.0000,bwrap,g1,"
            "exercises/q.cpp does not compile\n");
}

TEST(GradebookTest, JsonHeaderReadsBack) {
  course_test::TempDir dir;
  SubmissionResult a = synthetic("alice", Status::kPassed, true);
  score_submission(fixture().assessment, a);
  a.grader_version = "g1";
  AssessmentInfo info = assessment_info(fixture().course, fixture().assessment);
  info.hash = "hash1";
  course_test::write_file(dir.path() / "gradebook.json",
                          gradebook_json(info, {a}, "2026-01-01T00:00:00Z"));
  const Gradebook g = read_gradebook(dir.path());
  EXPECT_EQ(g.info.id, "fixture-exam");
  EXPECT_EQ(g.info.hash, "hash1");
  EXPECT_EQ(g.info.time_box_minutes, 45);
  ASSERT_EQ(g.info.areas.size(), 3u);
  EXPECT_EQ(g.info.areas[2].max_points, 4);
  EXPECT_EQ(g.grader_version, "g1");  // The rows' grader, not this binary's.
  EXPECT_EQ(g.submissions, std::vector<std::string>{"alice"});
  // What was read renders the same bytes again: merge needs nothing else.
  EXPECT_EQ(gradebook_json(g.info, {a}, "2026-01-01T00:00:00Z"),
            course_test::read_file(dir.path() / "gradebook.json"));
}

TEST(ShardTest, ParsesKOverN) {
  int k = 0, n = 0;
  parse_shard("2/3", k, n);
  EXPECT_EQ(k, 2);
  EXPECT_EQ(n, 3);
  for (const char* bad : {"", "3", "0/2", "3/2", "a/b", "1/", "/2", "-1/2"})
    EXPECT_THROW(parse_shard(bad, k, n), Error) << bad;
}

TEST(ShardTest, EveryNameInExactlyOneShardStableUnderOthers) {
  std::map<int, int> counts;
  for (int i = 0; i < 200; ++i) {
    const int s = shard_of("sub-" + std::to_string(i), 4);
    ASSERT_GE(s, 1);
    ASSERT_LE(s, 4);
    ++counts[s];
  }
  EXPECT_EQ(counts.size(), 4u);  // All shards used (a hash, not "everything in shard 1").
  EXPECT_EQ(shard_of("alice", 4), shard_of("alice", 4));
}

TEST(SubmissionNamesTest, DuplicateBaseNamesAreUsageErrors) {
  EXPECT_EQ(submission_names({"a/alice", "b/bob/"}), (std::vector<std::string>{"alice", "bob"}));
  try {
    submission_names({"a/alice", "b/alice"});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kBadInput);
    EXPECT_THAT(e.what(), HasSubstr("same name 'alice'"));
  }
  EXPECT_THROW(submission_names({".."}), Error);
}

// A fake grader: sleeps, records how many run at once, throws for names starting with "boom".
struct FakeGrading {
  std::atomic<int> running{0};
  std::atomic<int> peak{0};
  std::atomic<int> calls{0};
  SubmissionGraderFactory factory() {
    return [this] {
      return SubmissionGrader([this](const SubmissionRequest& request) {
        ++calls;
        const int now = ++running;
        int seen = peak.load();
        while (now > seen && !peak.compare_exchange_weak(seen, now)) {
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(60));
        --running;
        if (request.name.rfind("boom", 0) == 0)
          throw std::runtime_error("fault in " + request.name);
        SubmissionResult r = synthetic(request.name, Status::kPassed, true);
        r.grader_version = grader_version();
        score_submission(*request.assessment, r);
        return r;
      });
    };
  }
};

class BatchTest : public ::testing::Test {
 protected:
  std::vector<fs::path> dirs(const std::vector<std::string>& names) {
    std::vector<fs::path> out;
    for (const auto& n : names) {
      fs::create_directories(subs_.path() / n / "exercises/01-data-validation");
      course_test::write_file(subs_.path() / n / "exercises/01-data-validation/quality_checks.cpp",
                              "// " + n + "\n");
      out.push_back(subs_.path() / n);
    }
    return out;
  }
  BatchOptions options(int jobs) {
    BatchOptions o;
    o.jobs = jobs;
    o.out_dir = out_.path();
    o.toolchain_fingerprint = "fake";
    return o;
  }
  std::vector<SubmissionResult> run(const std::vector<fs::path>& d, const BatchOptions& o,
                                    FakeGrading& fake, int* reused = nullptr) {
    return grade_batch(fixture().course, fixture().assessment, d, o, fake.factory(),
                       [reused](const BatchProgress& p) {
                         if (reused && p.reused) ++*reused;
                       });
  }
  course_test::TempDir subs_, out_;
};

TEST_F(BatchTest, BoundedParallelSortedAndContained) {
  FakeGrading fake;
  const auto d = dirs({"carol", "boom-1", "alice", "bob", "dave", "erin"});
  const auto results = run(d, options(2), fake);
  // Never more than --jobs at once, and really two at once (the speed itself is a benchmark:
  // bench/grade_jobs.sh; a wall-clock bound here failed on a loaded machine).
  EXPECT_EQ(fake.peak.load(), 2);
  ASSERT_EQ(results.size(), 6u);
  std::vector<std::string> names;
  for (const auto& r : results) names.push_back(r.name);
  EXPECT_EQ(names, (std::vector<std::string>{"alice", "bob", "boom-1", "carol", "dave", "erin"}));
  // The throwing submission has its own status and reason; the others are graded.
  EXPECT_EQ(results[2].status, SubmissionStatus::kError);
  EXPECT_THAT(results[2].reason, HasSubstr("fault in boom-1"));
  EXPECT_EQ(results[2].score, 0.0);
  for (std::size_t i : {0u, 1u, 3u, 4u, 5u})
    EXPECT_EQ(results[i].status, SubmissionStatus::kGraded);
  EXPECT_TRUE(fs::is_regular_file(out_.path() / "results/alice.json"));
}

TEST_F(BatchTest, ShardsPartitionTheSubmissions) {
  const auto d = dirs({"a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"});
  std::set<std::string> seen;
  std::size_t total = 0;
  for (int k = 1; k <= 3; ++k) {
    FakeGrading fake;
    BatchOptions o = options(1);
    o.shard = k;
    o.shards = 3;
    for (const auto& r : run(d, o, fake)) {
      seen.insert(r.name);
      ++total;
      EXPECT_EQ(shard_of(r.name, 3), k);
    }
  }
  EXPECT_EQ(total, 8u);
  EXPECT_EQ(seen.size(), 8u);
}

TEST_F(BatchTest, ResumeSkipsUnchangedAndRegradesChangedOrErrored) {
  const auto d = dirs({"alice", "bob", "boom"});
  FakeGrading first;
  run(d, options(1), first);
  EXPECT_EQ(first.calls.load(), 3);

  course_test::write_file(d[1] / "exercises/01-data-validation/quality_checks.cpp", "// edited\n");
  FakeGrading second;
  BatchOptions o = options(1);
  o.resume = true;
  int reused = 0;
  const auto results = run(d, o, second, &reused);
  EXPECT_EQ(reused, 1);               // alice: unchanged.
  EXPECT_EQ(second.calls.load(), 2);  // bob changed; boom errored last time.
  EXPECT_EQ(results[0].name, "alice");

  // A new grader or toolchain changes every hash: nothing is reused.
  FakeGrading third;
  o.toolchain_fingerprint = "other";
  run(d, o, third);
  EXPECT_EQ(third.calls.load(), 3);
}

TEST_F(BatchTest, DamagedResultCacheIsGradedAgain) {
  const auto d = dirs({"alice"});
  FakeGrading first;
  run(d, options(1), first);
  course_test::write_file(out_.path() / "results/alice.json", "{ truncated");
  FakeGrading second;
  BatchOptions o = options(1);
  o.resume = true;
  run(d, o, second);
  EXPECT_EQ(second.calls.load(), 1);
}

TEST_F(BatchTest, AWorkerThatCannotStartFailsItsSubmissionsNotTheBatch) {
  // e.g. no compiler on this machine: every submission says why, the call returns.
  const auto d = dirs({"alice", "bob"});
  const SubmissionGraderFactory broken = []() -> SubmissionGrader {
    throw std::runtime_error("no compiler");
  };
  const auto results =
      grade_batch(fixture().course, fixture().assessment, d, options(2), broken, {});
  ASSERT_EQ(results.size(), 2u);
  for (const auto& r : results) {
    EXPECT_EQ(r.status, SubmissionStatus::kError);
    EXPECT_EQ(r.reason, "no compiler");
  }
}

TEST_F(BatchTest, BadOptionsAreUsageErrors) {
  FakeGrading fake;
  EXPECT_THROW(run(dirs({"a"}), options(0), fake), Error);
  BatchOptions o = options(1);
  o.shard = 3;
  o.shards = 2;
  EXPECT_THROW(run(dirs({"b"}), o, fake), Error);
  EXPECT_EQ(fake.calls.load(), 0);
}

}  // namespace
}  // namespace course

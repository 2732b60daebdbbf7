// Tests of src/course/grader/grader.cpp with real programs: a tiny fixture exercise ("draw a
// number from a seed") compiled with the real toolchain and run in the real sandbox, so the
// checks that need extra runs (deterministic, time_budget) and the record protocol are proven end
// to end. Compiled objects are cached by content hash in the build tree (GRADER_TEST_CACHE), so
// only the first run of these tests pays for compiling the harness.
#include "course/grader/grader.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "course/checks.hpp"
#include "course_test_support.hpp"
#include "sandbox/isolation.hpp"

namespace course {
namespace {

using course_test::TempDir;
using course_test::write_file;
using nlohmann::json;
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;

namespace fs = std::filesystem;

constexpr const char* kHeader = R"(#pragma once
// The answer for a seed: the first draw of std::mt19937_64 seeded with it.
unsigned long long draw(unsigned long long seed);
)";

// A case with "slow": true runs the course's own slow version (the `speedup` yardstick): the
// right answer after 0.4 s of CPU.
constexpr const char* kHarness = R"(#include <ctime>
#include <random>
#include <nlohmann/json.hpp>
#include "course/exercise/harness.hpp"
#include "draw.hpp"
nlohmann::json course::exercise::run_case(const nlohmann::json& input) {
  const auto seed = input.at("seed").get<unsigned long long>();
  if (input.value("slow", false)) {
    volatile unsigned long long spin = 0;
    const std::clock_t start = std::clock();
    while (std::clock() - start < CLOCKS_PER_SEC * 4 / 10) spin = spin + 1;
    return std::mt19937_64(seed)();
  }
  return draw(seed);
}
)";

// Learner files, each a different behaviour.
constexpr const char* kSeeded = R"(#include <random>
#include "draw.hpp"
unsigned long long draw(unsigned long long seed) { return std::mt19937_64(seed)(); }
)";

constexpr const char* kUnseeded = R"(#include <chrono>
#include <random>
#include "draw.hpp"
// Mixes the clock into the seed: a different number on every run.
unsigned long long draw(unsigned long long seed) {
  const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
  return std::mt19937_64(seed ^ static_cast<unsigned long long>(now))();
}
)";

constexpr const char* kSlow = R"(#include <ctime>
#include <random>
#include "draw.hpp"
// Right answers; for the budgeted seeds (3 and 4) only after burning 0.6 s of CPU.
unsigned long long draw(unsigned long long seed) {
  volatile unsigned long long spin = 0;
  const std::clock_t start = std::clock();
  while (seed >= 3 && std::clock() - start < CLOCKS_PER_SEC * 6 / 10) spin = spin + 1;
  return std::mt19937_64(seed)();
}
)";

constexpr const char* kTrailingRecord = R"(#include <unistd.h>
#include <cstdlib>
#include <random>
#include "draw.hpp"
// Right answers, then one more line on the result channel after the harness wrote its last
// record: the run broke the protocol, so none of its records may be trusted.
unsigned long long draw(unsigned long long seed) {
  static const int registered = std::atexit([] { (void)!::write(3, "{}\n", 3); });
  (void)registered;
  return std::mt19937_64(seed)();
}
)";

Checkpoint make_checkpoint(const std::string& id, const std::string& check,
                           std::vector<std::string> cases, CheckParams params,
                           bool hidden = false) {
  Checkpoint c;
  c.id = id;
  c.title = id;
  c.check = check;
  c.cases = std::move(cases);
  c.params = std::move(params);
  c.hidden = hidden;
  const Check* impl = find_check(check);
  if (!impl) throw std::logic_error("no check " + check);
  impl->validate(c.params);  // As the content loader would.
  return c;
}

CheckParams params(std::map<std::string, std::string> scalars) {
  CheckParams p;
  p.scalars = std::move(scalars);
  return p;
}

class GraderTest : public ::testing::Test {
 protected:
  GraderTest() : runner_(sandbox::make_default_runner()) {
    const fs::path root = dir_.path() / "course";
    fs::create_directories(root / "exercises/draw");
    fs::create_directories(root / "harnesses/draw");
    fs::create_directories(root / "assessments/draw");
    write_file(root / "exercises/draw/draw.hpp", kHeader);
    write_file(root / "exercises/draw/draw.cpp", kSeeded);
    write_file(root / "harnesses/draw/harness.cpp", kHarness);
    json cases = json::array();
    for (unsigned long long seed : {1, 2, 3, 4})
      cases.push_back({{"id", "seed-" + std::to_string(seed)},
                       {"input", {{"seed", seed}}},
                       {"expected", std::mt19937_64(seed)()}});
    cases.push_back({{"id", "slow-3"},
                     {"input", {{"seed", 3}, {"slow", true}}},
                     {"expected", std::mt19937_64(3)()}});
    write_file(root / "assessments/draw/cases.json",
               json{{"schema_version", 1}, {"exercise", "9.1"}, {"cases", cases}}.dump());

    Exercise e;
    e.id = "9.1";
    e.title = "Draw";
    e.file = "draw/draw.cpp";
    e.header = "draw/draw.hpp";
    e.harness = "draw/harness.cpp";
    e.cases = "draw/cases.json";
    e.cpu_seconds = 5;
    e.wall_seconds = 20;
    e.checkpoints = {
        make_checkpoint("value", "exact", {"seed-1", "seed-2"}, {}),
        make_checkpoint("same-seed", "deterministic", {"seed-1", "seed-2"},
                        params({{"then", "exact"}})),
        make_checkpoint("fast", "time_budget", {"seed-3"},
                        params({{"max_seconds", "0.3"}, {"then", "exact"}})),
        make_checkpoint("fast-hidden", "time_budget", {"seed-4"}, params({{"max_seconds", "0.3"}}),
                        /*hidden=*/true),
        make_checkpoint(
            "faster", "speedup", {"seed-3"},
            params({{"baseline_case", "slow-3"}, {"min_ratio", "2"}, {"then", "exact"}})),
    };
    Module m;
    m.number = 9;
    m.file = "09-draw.yaml";
    m.exercises.push_back(std::move(e));
    course_.root = root;
    course_.modules.push_back(std::move(m));
  }

  // Grades `source` as the learner's file through `runner` (the real one by default).
  ExerciseResult grade_result(const std::string& source, sandbox::ProcessRunner* runner = nullptr) {
    const fs::path learner = dir_.path() / "learner" / "draw.cpp";
    fs::create_directories(learner.parent_path());
    write_file(learner, source);
    Grader grader(Toolchain::from_build(), runner ? *runner : *runner_);
    GradeRequest request;
    request.course = &course_;
    request.exercise = &course_.modules.front().exercises.front();
    request.learner_file = learner;
    request.learner_display = "draw/draw.cpp";
    request.cache_dir = GRADER_TEST_CACHE;
    return grader.grade(request);
  }

  // Grades `source`; checkpoint id → its result.
  std::map<std::string, CheckpointResult> grade(const std::string& source) {
    const ExerciseResult result = grade_result(source);
    std::map<std::string, CheckpointResult> by_id;
    for (const auto& c : result.checkpoints) by_id[c.id] = c;
    if (by_id.empty() || by_id.begin()->second.status == Status::kCompileError)
      ADD_FAILURE() << "did not compile:\n" << result.compiler_output;
    return by_id;
  }

  TempDir dir_;
  std::unique_ptr<sandbox::ProcessRunner> runner_;
  Course course_;
};

TEST_F(GraderTest, ASeededProgramPassesEveryCheckpoint) {
  for (const auto& [id, c] : grade(kSeeded)) {
    EXPECT_EQ(c.status, Status::kPassed) << id << ": " << c.message;
    EXPECT_EQ(c.points, c.max_points) << id;
  }
}

TEST_F(GraderTest, AProgramThatIgnoresTheSeedIsNotDeterministic) {
  auto results = grade(kUnseeded);
  EXPECT_EQ(results["same-seed"].status, Status::kFailed);
  EXPECT_THAT(results["same-seed"].message,
              HasSubstr("two runs with the same input and seed gave different results"));
  EXPECT_EQ(results["value"].status, Status::kFailed);
  // Hidden, with no `then`: any number is accepted in time, and it was fast.
  EXPECT_EQ(results["fast-hidden"].status, Status::kPassed);
}

TEST_F(GraderTest, ASlowProgramMissesItsTimeBudgetOnly) {
  auto results = grade(kSlow);
  EXPECT_EQ(results["value"].status, Status::kPassed) << results["value"].message;
  EXPECT_EQ(results["same-seed"].status, Status::kPassed) << results["same-seed"].message;
  EXPECT_EQ(results["fast"].status, Status::kFailed);
  EXPECT_THAT(results["fast"].message,
              AllOf(HasSubstr("s of CPU time on these cases; the budget is 0.3 s"),
                    HasSubstr("own timing")));
  // 0.6 s against the slow version's 0.4 s: slower than the yardstick, measured from outside.
  EXPECT_EQ(results["faster"].status, Status::kFailed);
  EXPECT_THAT(results["faster"].message, AllOf(HasSubstr("as fast as the provided slow version"),
                                               HasSubstr("the goal is 2×")));
  // Hidden: the check's public wording, without the child's own timing.
  EXPECT_EQ(results["fast-hidden"].status, Status::kFailed);
  EXPECT_THAT(results["fast-hidden"].message,
              AllOf(HasSubstr("hidden checkpoint failed: your code took"), Not(HasSubstr("own"))));
}

TEST_F(GraderTest, ARecordAfterTheLastCaseFailsEveryCheckpointOfItsRun) {
  auto results = grade(kTrailingRecord);
  for (const char* id : {"value", "same-seed", "fast", "faster"}) {
    EXPECT_EQ(results[id].status, Status::kFailed) << id;
    EXPECT_THAT(results[id].message, HasSubstr("results come only from the harness")) << id;
  }
  EXPECT_EQ(results["fast-hidden"].status, Status::kFailed);
  EXPECT_THAT(
      results["fast-hidden"].message,
      AllOf(HasSubstr("wrote results the harness did not produce"), Not(HasSubstr("malformed"))));
}

// The real runner, with the kernel's accounting of each run replaced by numbers that name the
// call (call k: peak k MB, cgroup CPU k/8 s, k % 2 OOM kills, k % 3 refused forks), so the test
// can tell which process each ResourceUse was copied from. Timers and outcomes stay real: the
// checks judge those.
class StampingRunner : public sandbox::ProcessRunner {
 public:
  enum class Kind { kLearnerCompile, kLink, kRun, kOther };
  struct Call {
    Kind kind;
    sandbox::Result result;
  };

  sandbox::Result run(const sandbox::Spec& spec) override {
    sandbox::Result r = real_->run(spec);
    const auto k = calls.size() + 1;
    r.accounting.cgroup = "v1";
    r.accounting.memory_peak_bytes = k * 1000000;
    r.accounting.cpu_seconds = double(k) / 8;
    r.accounting.oom_kills = k % 2;
    r.accounting.pids_limit_events = k % 3;
    calls.push_back({kind_of(spec), r});
    return r;
  }

  std::vector<Call> calls;

 private:
  static bool has(const sandbox::Spec& spec, const std::string& arg) {
    return std::find(spec.argv.begin(), spec.argv.end(), arg) != spec.argv.end();
  }
  static bool ends_with(const std::string& text, const std::string& end) {
    return text.size() >= end.size() &&
           text.compare(text.size() - end.size(), end.size(), end) == 0;
  }
  // The learner's compile reads the staged copy (…/draw.cpp); the harness and the precompiled
  // header are the course's steps (Kind::kOther).
  static Kind kind_of(const sandbox::Spec& spec) {
    if (spec.result_channel) return Kind::kRun;
    const bool learner = std::any_of(spec.argv.begin(), spec.argv.end(), [](const std::string& a) {
      return ends_with(a, "/draw.cpp");
    });
    if (has(spec, "-c")) return learner ? Kind::kLearnerCompile : Kind::kOther;
    return ends_with(spec.argv.back(), "/program") ? Kind::kLink : Kind::kOther;
  }

  std::unique_ptr<sandbox::ProcessRunner> real_ = sandbox::make_default_runner();
};

// What a grade's resources should be: one entry per compile, link and run in `calls`, in order.
std::vector<ResourceUse> expected_resources(const std::vector<StampingRunner::Call>& calls) {
  std::vector<ResourceUse> out;
  bool first_run = true;
  for (const auto& call : calls) {
    std::string name;
    switch (call.kind) {
      case StampingRunner::Kind::kLearnerCompile:
        name = "compile";
        break;
      case StampingRunner::Kind::kLink:
        name = "link";
        break;
      case StampingRunner::Kind::kRun:
        name = first_run ? "run_visible" : "run_hidden";
        first_run = false;
        break;
      case StampingRunner::Kind::kOther:
        continue;
    }
    const auto& r = call.result;
    out.push_back({name, sandbox::outcome_name(r.outcome), r.wall_seconds, r.accounting.cpu_seconds,
                   r.accounting.memory_peak_bytes, r.accounting.oom_kills,
                   r.accounting.pids_limit_events, "v1"});
  }
  return out;
}

void expect_resources(const std::vector<ResourceUse>& actual,
                      const std::vector<ResourceUse>& expected) {
  ASSERT_EQ(actual.size(), expected.size());
  for (std::size_t i = 0; i < actual.size(); ++i) {
    const ResourceUse &a = actual[i], &e = expected[i];
    EXPECT_EQ(a.name, e.name) << i;
    EXPECT_EQ(a.outcome, e.outcome) << a.name;
    EXPECT_EQ(a.wall_seconds, e.wall_seconds) << a.name;
    EXPECT_EQ(a.cpu_seconds, e.cpu_seconds) << a.name;
    EXPECT_EQ(a.memory_peak_bytes, e.memory_peak_bytes) << a.name;
    EXPECT_EQ(a.oom_kills, e.oom_kills) << a.name;
    EXPECT_EQ(a.pids_limit_events, e.pids_limit_events) << a.name;
    EXPECT_EQ(a.cgroup, e.cgroup) << a.name;
  }
}

TEST_F(GraderTest, ResourcesCopyEachCompileLinkAndRunAndNoCachedStep) {
  // A source no earlier grade compiled (the cache is shared): its compile and link happen.
  const std::string source =
      std::string(kSeeded) + "// " + std::to_string(std::random_device()()) + "\n";
  StampingRunner fresh;
  const ExerciseResult first = grade_result(source, &fresh);
  ASSERT_FALSE(first.compile_cached);
  const auto expected = expected_resources(fresh.calls);
  expect_resources(first.resources, expected);
  // compile, link, then the visible run and the five hidden ones (run_plan.hpp: two own runs,
  // a baseline with its own run, the deterministic repeat).
  ASSERT_EQ(first.resources.size(), 8u);
  EXPECT_EQ(first.resources[0].name, "compile");
  EXPECT_EQ(first.resources[1].name, "link");
  EXPECT_EQ(first.resources[2].name, "run_visible");
  for (std::size_t i = 3; i < 8; ++i) EXPECT_EQ(first.resources[i].name, "run_hidden");

  // The same source again: compile and link come from the cache and add no entry.
  StampingRunner cached;
  const ExerciseResult second = grade_result(source, &cached);
  ASSERT_TRUE(second.compile_cached);
  expect_resources(second.resources, expected_resources(cached.calls));
  ASSERT_EQ(second.resources.size(), 6u);
  EXPECT_EQ(second.resources.front().name, "run_visible");
}

TEST_F(GraderTest, TheRealSandboxMeasuresPeakMemoryWhereItHasACgroup) {
  const ExerciseResult result = grade_result(kSeeded);
  ASSERT_FALSE(result.resources.empty());
  const std::string cgroup = sandbox::sandbox_isolation().cgroup;
  for (const auto& use : result.resources) {
    EXPECT_EQ(use.cgroup, cgroup) << use.name;
    EXPECT_EQ(use.outcome, "exited") << use.name;
    EXPECT_GT(use.wall_seconds, 0) << use.name;
    EXPECT_GE(use.cpu_seconds, 0) << use.name;
    if (cgroup != "none") {
      EXPECT_GT(use.memory_peak_bytes, 0u) << use.name;
    }
  }
  if (cgroup == "none")
    GTEST_SKIP() << "no cgroup here (" << sandbox::sandbox_isolation().cgroup_detail
                 << "): peak memory is not measured";
}

}  // namespace
}  // namespace course

// Tests of src/course/content_loader.cpp: the real course loads, and every kind of content error
// is reported as an InputError naming file:line:column, the field and what is wrong.
#include "course/content_loader.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <string>

#include "course/error.hpp"
#include "course_test_support.hpp"

namespace course {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::StartsWith;

const fs::path kRepo = COURSE_TEST_SOURCE_DIR;
const std::string kModule = "modules/01-data-validation.yaml";
const std::string kManifest = "modules/course.yaml";

TEST(ContentLoaderTest, LoadsTheRealCourse) {
  const Course c = load_course(kRepo);
  EXPECT_EQ(c.root, kRepo);
  EXPECT_EQ(c.id, "ml-engineering-onboarding");
  EXPECT_FALSE(c.title.empty());
  EXPECT_FALSE(c.version.empty());

  // Five modules in syllabus order. The course grows, so what is checked here is what every
  // written module must have (issue rules), not how many are written yet.
  ASSERT_EQ(c.modules.size(), 5u);
  const Module& m1 = c.modules[0];
  EXPECT_FALSE(m1.planned);
  EXPECT_EQ(m1.file, "01-data-validation.yaml");
  EXPECT_EQ(m1.slug, "data-validation");
  std::size_t exercises = 0;
  for (std::size_t i = 0; i < c.modules.size(); ++i) {
    const Module& m = c.modules[i];
    SCOPED_TRACE("module " + std::to_string(i + 1));
    EXPECT_EQ(m.number, int(i) + 1);
    exercises += m.exercises.size();
    if (m.planned) {
      EXPECT_TRUE(m.file.empty());
      EXPECT_TRUE(m.exercises.empty());
      continue;
    }
    EXPECT_FALSE(m.lesson.empty());
    EXPECT_FALSE(m.objectives.empty());
    EXPECT_FALSE(m.questions.empty());
    EXPECT_FALSE(m.mastery.empty());
    // Journal prompts offered when the module is completed (issue 6: 2–3 per module).
    EXPECT_GE(m.reflection.size(), 2u);
    EXPECT_LE(m.reflection.size(), 3u);
    // Exercises, then exactly one challenge, last.
    ASSERT_GE(m.exercises.size(), 2u);
    EXPECT_EQ(m.exercises.back().kind, ExerciseKind::kChallenge);
    EXPECT_EQ(m.exercises.back().id, std::to_string(m.number) + ".C");
    for (const auto& ex : m.exercises) {
      SCOPED_TRACE("exercise " + ex.id);
      // Tiered hints; at least three checkpoints, one of them hidden.
      EXPECT_GE(ex.hints.size(), 2u);
      EXPECT_LE(ex.hints.size(), 3u);
      EXPECT_GE(ex.checkpoints.size(), 3u);
      EXPECT_TRUE(std::any_of(ex.checkpoints.begin(), ex.checkpoints.end(),
                              [](const Checkpoint& cp) { return cp.hidden; }));
      EXPECT_TRUE(fs::is_regular_file(c.exercise_path(ex)));
      EXPECT_TRUE(fs::is_regular_file(c.solution_path(ex)));
    }
  }
  EXPECT_EQ(c.exercises().size(), exercises);
  EXPECT_EQ(c.find_module(42), nullptr);

  // Exercise 1.1 in detail: eight checkpoints, one of them hidden.
  const Exercise* e = c.find_exercise("1.1");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(c.module_of("1.1"), &c.modules[0]);
  EXPECT_EQ(c.find_exercise("9.9"), nullptr);
  EXPECT_EQ(e->file, "01-data-validation/quality_checks.cpp");
  EXPECT_EQ(e->header, "01-data-validation/quality_checks.hpp");
  EXPECT_EQ(e->harness, "01-data-validation/quality_checks_harness.cpp");
  EXPECT_EQ(e->cases, "exercises/1.1/cases.json");
  EXPECT_DOUBLE_EQ(e->cpu_seconds, 5.0);
  EXPECT_DOUBLE_EQ(e->wall_seconds, 10.0);
  EXPECT_FALSE(e->instructions.empty());
  EXPECT_FALSE(e->hints.empty());
  EXPECT_TRUE(fs::is_regular_file(c.exercise_path(*e)));
  EXPECT_TRUE(fs::is_regular_file(c.solution_path(*e)));
  EXPECT_TRUE(fs::is_regular_file(c.harness_path(*e)));
  EXPECT_TRUE(fs::is_regular_file(c.cases_path(*e)));

  ASSERT_EQ(e->checkpoints.size(), 8u);
  const auto hidden = std::count_if(e->checkpoints.begin(), e->checkpoints.end(),
                                    [](const Checkpoint& cp) { return cp.hidden; });
  EXPECT_EQ(hidden, 1);
  EXPECT_EQ(e->checkpoints.back().id, "mixed-hidden");
  EXPECT_TRUE(e->checkpoints.back().hidden);
  EXPECT_EQ(e->max_points(), 15);
  // must_raise with an error kind, as the header's contract states (Table::column throws).
  const Checkpoint& loud = e->checkpoints[6];
  EXPECT_EQ(loud.id, "unknown-column");
  EXPECT_EQ(loud.check, "must_raise");
  EXPECT_EQ(loud.params.scalars.at("error_type"), "mlcore::Error");

  const Checkpoint& first = e->checkpoints[0];
  EXPECT_EQ(first.id, "missing-values");
  EXPECT_EQ(first.points, 2);
  EXPECT_FALSE(first.hidden);
  EXPECT_EQ(first.cases, std::vector<std::string>{"missing-values"});
  EXPECT_EQ(first.check, "set_equal");
  // Everything that is not a fixed checkpoint key is a parameter of the check.
  EXPECT_EQ(first.params.scalars,
            (std::map<std::string, std::string>{{"field", "issues"}, {"noun", "issues"}}));
  ASSERT_EQ(first.params.lists.count("key"), 1u);
  EXPECT_EQ(first.params.lists.at("key"), (std::vector<std::string>{"row", "column", "kind"}));

  // Five levels with criteria from course.yaml.
  ASSERT_EQ(c.levels.size(), 5u);
  for (std::size_t i = 0; i < c.levels.size(); ++i) EXPECT_EQ(c.levels[i].number, int(i));
  EXPECT_EQ(c.levels[0].name, "Beginner");
  EXPECT_TRUE(c.levels[0].criteria.modules.empty());
  EXPECT_TRUE(c.levels[0].criteria.assessments.empty());
  EXPECT_EQ(c.levels[1].criteria.modules, (std::vector<int>{1, 2}));
  EXPECT_EQ(c.levels[1].criteria.assessments, std::vector<std::string>{"checkpoint-1"});
  // Each checkpoint's quiz is a criterion next to its exam (issue 6).
  EXPECT_EQ(c.levels[1].criteria.quizzes, std::vector<std::string>{"checkpoint-1-quiz"});
  EXPECT_EQ(c.levels[2].criteria.quizzes, std::vector<std::string>{"checkpoint-2-quiz"});
  EXPECT_EQ(c.levels[2].criteria.assessments, std::vector<std::string>{"checkpoint-2"});
  EXPECT_FALSE(c.levels[1].criteria.awarded_by_instructor);
  EXPECT_EQ(c.levels[4].name, "Expert");
  EXPECT_TRUE(c.levels[4].criteria.awarded_by_instructor);

  // Both checkpoint exams and the capstone are written: exercises, a rubric, a pass mark.
  ASSERT_EQ(c.assessments.size(), 3u);
  for (const auto& a : c.assessments) {
    EXPECT_FALSE(a.planned) << a.id;
    EXPECT_FALSE(a.exercises.empty()) << a.id;
    EXPECT_FALSE(a.rubric.empty()) << a.id;
    EXPECT_DOUBLE_EQ(a.pass_mark, 0.8) << a.id;
  }
}

TEST(ContentLoaderTest, MissingCourseDirectoryIsBadInput) {
  course_test::TempDir tmp;
  try {
    load_course(tmp.path() / "no-such-course");
    FAIL() << "load_course did not throw";
  } catch (const InputError& e) {
    EXPECT_EQ(e.code(), ExitCode::kBadInput);
    EXPECT_THAT(e.what(), HasSubstr("course directory not found"));
  }
}

// A private copy of the real course whose YAML each test mutates to provoke one error.
class MutatedCourseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* dir : {"modules", "exercises", "solutions", "harnesses", "assessments"})
      fs::copy(kRepo / dir, root() / dir, fs::copy_options::recursive);
    ASSERT_NO_THROW(load_course(root())) << "the unmodified copy must load";
  }

  const fs::path& root() const { return tmp_.path(); }

  // Replaces the first occurrence of `from` in the course file `rel` with `to`.
  void edit(const std::string& rel, const std::string& from, const std::string& to) {
    EXPECT_TRUE(course_test::replace_in_file(root() / rel, from, to))
        << "'" << from << "' not found in " << rel;
  }

  // 1-based line of the `nth` (0-based) occurrence of `needle` in the (mutated) course file.
  std::size_t line_of(const std::string& rel, const std::string& needle, int nth = 0) const {
    const std::size_t line = course_test::line_in_file(root() / rel, needle, nth);
    if (line == 0) ADD_FAILURE() << "'" << needle << "' not found in " << rel;
    return line;
  }

  // Loads the course, expecting an InputError.
  std::optional<InputError> load_error() const {
    try {
      load_course(root());
    } catch (const InputError& e) {
      EXPECT_EQ(e.code(), ExitCode::kBadInput);
      return e;
    }
    ADD_FAILURE() << "load_course accepted the mutated course";
    return std::nullopt;
  }

 private:
  course_test::TempDir tmp_;
};

TEST_F(MutatedCourseTest, UnknownKeyNamesKeyAllowedKeysAndPosition) {
  const std::string anchor = "    title: \"Data quality checks\"\n";
  edit(kModule, anchor, anchor + "    difficulty: hard\n");
  const std::size_t line = line_of(kModule, "    difficulty: hard");
  ASSERT_GT(line, 60u);

  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->file(), kModule);
  EXPECT_EQ(e->line(), line);
  EXPECT_EQ(e->column(), 5u);
  EXPECT_EQ(e->field(), "exercises[0].difficulty");
  EXPECT_THAT(e->what(), StartsWith(kModule + ":" + std::to_string(line) + ":5: "));
  EXPECT_THAT(e->what(), HasSubstr("unknown key"));
  EXPECT_THAT(e->what(), HasSubstr("difficulty"));
  EXPECT_THAT(e->what(), HasSubstr("(allowed: cases, checkpoints, cpu_seconds, file, harness, "
                                   "header, hints, id, instructions, kind, title, wall_seconds)"));
}

TEST_F(MutatedCourseTest, ReflectionMustBeATextList) {
  edit(kModule, "reflection:\n", "reflection:\n  - {prompt: nested}\n");
  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->file(), kModule);
  EXPECT_EQ(e->field(), "reflection[0]");
  EXPECT_EQ(e->line(), line_of(kModule, "  - {prompt: nested}"));
}

TEST_F(MutatedCourseTest, UnknownKeyInManifestNamesItsLine) {
  edit(kManifest, "version: \"0.1.0\"\n", "version: \"0.1.0\"\nauthor: someone\n");
  const std::size_t line = line_of(kManifest, "author: someone");
  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->line(), line);
  EXPECT_EQ(e->column(), 1u);
  EXPECT_THAT(e->what(), StartsWith(kManifest + ":" + std::to_string(line) + ":1: author: "));
  EXPECT_THAT(e->what(), HasSubstr("unknown key"));
}

TEST_F(MutatedCourseTest, MissingRequiredFieldIsNamed) {
  edit(kModule, "    title: \"Data quality checks\"\n", "");
  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->file(), kModule);
  EXPECT_EQ(e->field(), "exercises[0]");
  EXPECT_EQ(e->line(), line_of(kModule, "  - id: \"1.1\""));
  EXPECT_THAT(e->what(), HasSubstr("missing required field 'title'"));
}

TEST_F(MutatedCourseTest, MissingCheckInCheckpointIsNamed) {
  edit(kModule, "        check: set_equal\n", "");
  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "exercises[0].checkpoints[0]");
  EXPECT_THAT(e->what(), HasSubstr("missing required field 'check'"));
}

TEST_F(MutatedCourseTest, DuplicateCheckpointIdIsReportedWhereItRepeats) {
  edit(kModule, "- id: out-of-range", "- id: missing-values");
  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->line(), line_of(kModule, "- id: missing-values", 1));
  EXPECT_EQ(e->field(), "exercises[0].checkpoints[1].id");
  EXPECT_THAT(e->what(), HasSubstr("duplicate checkpoint id 'missing-values'"));
}

TEST_F(MutatedCourseTest, DuplicateExerciseIdIsReportedWhereItRepeats) {
  // Append a second, otherwise valid, copy of the module's exercises from 1.1 on: its 1.1 comes
  // right after the module's last exercise.
  const std::size_t written = load_course(kRepo).modules[0].exercises.size();
  std::string text = course_test::read_file(root() / kModule);
  const auto start = text.find("  - id: \"1.1\"");
  ASSERT_NE(start, std::string::npos);
  std::string block = text.substr(start);
  if (block.back() != '\n') block += '\n';
  if (text.back() != '\n') text += '\n';
  course_test::write_file(root() / kModule, text + block);

  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->line(), line_of(kModule, "  - id: \"1.1\"", 1));
  EXPECT_EQ(e->field(), "exercises[" + std::to_string(written) + "].id");
  EXPECT_THAT(e->what(), HasSubstr("duplicate exercise id '1.1'"));
}

TEST_F(MutatedCourseTest, ExerciseFileThatDoesNotExistIsNamed) {
  edit(kModule, "file: 01-data-validation/quality_checks.cpp",
       "file: 01-data-validation/does_not_exist.cpp");
  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "exercises[0].file");
  EXPECT_EQ(e->line(), line_of(kModule, "does_not_exist.cpp"));
  EXPECT_THAT(e->what(),
              HasSubstr("file not found: exercises/01-data-validation/does_not_exist.cpp"));
}

TEST_F(MutatedCourseTest, MissingMirroredSolutionIsNamed) {
  fs::remove(root() / "solutions/01-data-validation/quality_checks.cpp");
  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "exercises[0].file");
  EXPECT_THAT(e->what(),
              HasSubstr("file not found: solutions/01-data-validation/quality_checks.cpp"));
}

TEST_F(MutatedCourseTest, MissingHarnessAndCasesAreNamed) {
  fs::remove(root() / "harnesses/01-data-validation/quality_checks_harness.cpp");
  auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_THAT(e->what(),
              HasSubstr("file not found: harnesses/01-data-validation/quality_checks_harness.cpp"));

  fs::copy_file(kRepo / "harnesses/01-data-validation/quality_checks_harness.cpp",
                root() / "harnesses/01-data-validation/quality_checks_harness.cpp");
  fs::remove(root() / "assessments/exercises/1.1/cases.json");
  e = load_error();
  ASSERT_TRUE(e);
  EXPECT_THAT(e->what(), HasSubstr("file not found: assessments/exercises/1.1/cases.json"));
}

TEST_F(MutatedCourseTest, UnknownCheckListsKnownChecks) {
  edit(kModule, "check: set_equal", "check: set_equals");
  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "exercises[0].checkpoints[0].check");
  EXPECT_EQ(e->line(), line_of(kModule, "check: set_equals"));
  EXPECT_THAT(e->what(), HasSubstr("unknown check 'set_equals'"));
  EXPECT_THAT(e->what(), HasSubstr("(known: approx, deterministic, exact, index_partition, "
                                   "metric_threshold, must_raise, sections, set_equal, speedup, "
                                   "stratified, time_budget)"));
}

TEST_F(MutatedCourseTest, NewChecksValidateTheirParametersAtLoad) {
  // A metric name typo, and a `then:` naming a check whose own parameter is wrong: both are content
  // errors when the course loads, not surprises when a learner checks.
  edit(kModule,
       "        check: set_equal\n        field: issues\n        key: [row, column, kind]\n"
       "        noun: issues\n",
       "        check: metric_threshold\n        metric: acuracy\n        min: 0.9\n");
  auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "exercises[0].checkpoints[0]");
  EXPECT_THAT(e->what(), HasSubstr("check 'metric_threshold': parameter 'metric': unknown scorer "
                                   "'acuracy'"));

  edit(kModule, "metric: acuracy\n        min: 0.9",
       "then: approx\n        abs_tol: tiny\n        max_seconds: 1");
  edit(kModule, "check: metric_threshold", "check: time_budget");
  e = load_error();
  ASSERT_TRUE(e);
  EXPECT_THAT(e->what(), HasSubstr("check 'time_budget': then: approx: parameter 'abs_tol'"));
}

TEST_F(MutatedCourseTest, ExerciseKindIsExerciseOrChallenge) {
  edit(kModule, "  - id: \"1.1\"\n", "  - id: \"1.1\"\n    kind: quiz\n");
  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "exercises[0].kind");
  EXPECT_EQ(e->line(), line_of(kModule, "kind: quiz"));
  EXPECT_THAT(e->what(), HasSubstr("is 'quiz'; use 'exercise' (the default) or 'challenge'"));
}

TEST_F(MutatedCourseTest, TheChallengeComesLast) {
  // A challenge listed before 1.1 (reusing 1.1's files): 1.1 now follows the challenge.
  edit(kModule, "exercises:\n",
       "exercises:\n  - id: \"1.0\"\n    kind: challenge\n    title: Early\n"
       "    file: 01-data-validation/quality_checks.cpp\n"
       "    harness: 01-data-validation/quality_checks_harness.cpp\n"
       "    cases: exercises/1.1/cases.json\n    instructions: x\n    hints: [x]\n"
       "    checkpoints:\n      - {id: a, title: a, case: clean-sample, check: exact}\n");
  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "exercises[1].id");
  EXPECT_THAT(e->what(), HasSubstr("comes after the module's challenge (1.0)"));
}

TEST_F(MutatedCourseTest, UnknownCheckParameterIsNamed) {
  edit(kModule, "        noun: issues\n", "        noun: issues\n        tolerance: 0.1\n");
  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "exercises[0].checkpoints[0]");
  // Reported at the checkpoint (the check validates its parameters as a whole).
  EXPECT_GE(e->line(), line_of(kModule, "- id: missing-values"));
  EXPECT_LE(e->line(), line_of(kModule, "tolerance: 0.1"));
  EXPECT_THAT(e->what(), HasSubstr("check 'set_equal'"));
  EXPECT_THAT(e->what(), HasSubstr("unknown parameter 'tolerance'"));
}

TEST_F(MutatedCourseTest, NestedCheckParameterIsRejected) {
  edit(kModule, "        noun: issues\n", "        noun: {deep: [1, 2]}\n");
  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "exercises[0].checkpoints[0].noun");
  EXPECT_THAT(e->what(), HasSubstr("expected a text value"));
}

// Regression (found by these tests, fixed): expect_map() and load_checkpoint() convert every
// mapping key with as<std::string>(); a non-scalar key makes yaml-cpp throw
// YAML::TypedBadConversion, which escapes load_course() as a non-course::Error (the CLI reports
// "internal error", exit 3).
TEST_F(MutatedCourseTest, NonScalarKeyIsAnInputError) {
  edit(kModule, "slug: data-validation\n", "slug: data-validation\n? [a, b]\n: 1\n");
  EXPECT_TRUE(load_error());
}

TEST_F(MutatedCourseTest, NewerModuleSchemaVersionSaysUpgradeCourse) {
  edit(kModule, "schema_version: 1", "schema_version: 2");
  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->file(), kModule);
  EXPECT_EQ(e->line(), line_of(kModule, "schema_version: 2"));
  EXPECT_EQ(e->field(), "schema_version");
  EXPECT_THAT(e->what(), HasSubstr("newer than this course runner"));
  EXPECT_THAT(e->what(), HasSubstr("upgrade course"));
}

TEST_F(MutatedCourseTest, NewerManifestSchemaVersionSaysUpgradeCourse) {
  edit(kManifest, "schema_version: 1", "schema_version: 7");
  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->file(), kManifest);
  EXPECT_THAT(e->what(), HasSubstr("schema_version 7"));
  EXPECT_THAT(e->what(), HasSubstr("upgrade course"));
}

TEST_F(MutatedCourseTest, LevelCriteriaNamingUnknownModuleIsRejected) {
  // The level's list (indented under requires:), not the checkpoint-1 quiz's, which comes first.
  edit(kManifest, "      modules: [1, 2]", "      modules: [1, 9]");
  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->file(), kManifest);
  EXPECT_EQ(e->field(), "levels[1].requires.modules[1]");
  EXPECT_EQ(e->line(), line_of(kManifest, "modules: [1, 9]"));
  EXPECT_THAT(e->what(), HasSubstr("no module 9 in this course"));
}

TEST_F(MutatedCourseTest, LevelCriteriaNamingUnknownAssessmentIsRejected) {
  edit(kManifest, "assessments: [checkpoint-2]", "assessments: [checkpoint-3]");
  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "levels[2].requires.assessments[0]");
  EXPECT_THAT(e->what(), HasSubstr("no assessment 'checkpoint-3' in this course"));
}

TEST_F(MutatedCourseTest, BadYamlSyntaxNamesLineAndColumn) {
  // An unclosed flow sequence: the parser stops at the next line's key.
  edit(kModule, "        key: [row, column, kind]\n", "        key: [row, column, kind\n");
  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->file(), kModule);
  const std::size_t broken = line_of(kModule, "key: [row, column, kind\n");
  EXPECT_GE(e->line(), broken);
  EXPECT_LE(e->line(), broken + 1);
  EXPECT_GT(e->column(), 0u);
  EXPECT_THAT(e->what(), StartsWith(kModule + ":" + std::to_string(e->line()) + ":" +
                                    std::to_string(e->column()) + ": "));
}

TEST_F(MutatedCourseTest, BadIndentationNamesTheLine) {
  edit(kModule, "slug: data-validation\n", "slug: data-validation\n  oops: indented\n");
  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->line(), line_of(kModule, "  oops: indented"));
  EXPECT_GT(e->column(), 0u);
}

TEST_F(MutatedCourseTest, DotDotInPathIsRejected) {
  // The target exists, so only the '..' rule can reject it.
  edit(kModule, "harness: 01-data-validation/quality_checks_harness.cpp",
       "harness: ../harnesses/01-data-validation/quality_checks_harness.cpp");
  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "exercises[0].harness");
  EXPECT_EQ(e->line(), line_of(kModule, "harness: ../harnesses"));
  EXPECT_THAT(e->what(), HasSubstr("must not contain '..'"));
}

TEST_F(MutatedCourseTest, AbsolutePathIsRejected) {
  const std::string absolute =
      (root() / "harnesses/01-data-validation/quality_checks_harness.cpp").string();
  edit(kModule, "harness: 01-data-validation/quality_checks_harness.cpp", "harness: " + absolute);
  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "exercises[0].harness");
  EXPECT_THAT(e->what(), HasSubstr("must be a relative path under harnesses/"));
}

TEST_F(MutatedCourseTest, WrongValueTypeNamesTheField) {
  edit(kModule, "        points: 2\n", "        points: \"many\"\n");
  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "exercises[0].checkpoints[0].points");
  EXPECT_EQ(e->line(), line_of(kModule, "points: \"many\""));
  EXPECT_EQ(e->column(), 17u);
  EXPECT_THAT(e->what(), HasSubstr("expected a whole number"));
}

TEST_F(MutatedCourseTest, OutOfRangeNumberNamesTheBounds) {
  edit(kModule, "    cpu_seconds: 5\n", "    cpu_seconds: 100000\n");
  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "exercises[0].cpu_seconds");
  EXPECT_THAT(e->what(), HasSubstr("must be between"));
}

TEST_F(MutatedCourseTest, ModuleNumberMustMatchTheManifest) {
  edit(kModule, "\nnumber: 1\n", "\nnumber: 2\n");
  const auto e = load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "number");
  EXPECT_THAT(e->what(), HasSubstr("course.yaml lists this file as module 1"));
}

}  // namespace
}  // namespace course

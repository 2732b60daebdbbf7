// Tests of src/course/quiz_loader.cpp (through load_course): the fixture bank and quizzes load,
// and every kind of bank or quiz error is an InputError naming file:line:column and the field.
#include "course/content_loader.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "quiz_test_support.hpp"

namespace course {
namespace {

namespace fs = std::filesystem;
using course_test::kBank1;
using course_test::kBank2;
using course_test::kManifest;
using course_test::QuizCourse;
using ::testing::HasSubstr;
using ::testing::StartsWith;

TEST(QuizLoaderTest, LoadsTheFixtureBankAndQuizzes) {
  QuizCourse fixture;
  const Course c = fixture.load();
  ASSERT_EQ(c.quiz_bank.questions.size(), 10u);
  EXPECT_EQ(c.quiz_bank.of_modules({1}).size(), 6u);
  EXPECT_EQ(c.quiz_bank.of_modules({2}).size(), 4u);
  EXPECT_EQ(c.quiz_bank.of_modules({1, 2}).size(), 10u);
  EXPECT_TRUE(c.quiz_bank.of_modules({3}).empty());

  const Question* single = c.quiz_bank.find("fx1-missing");
  ASSERT_NE(single, nullptr);
  EXPECT_EQ(single->module, 1);
  EXPECT_EQ(single->type, QuestionType::kSingle);
  EXPECT_EQ(single->choices.size(), 3u);
  EXPECT_EQ(single->answer, std::vector<int>{1});
  EXPECT_EQ(answer_text(*single), "b");
  EXPECT_TRUE(single->socratic);
  EXPECT_THAT(single->explanation, HasSubstr("Missing is information"));
  EXPECT_EQ(single->source,
            kBank1 + ":" + std::to_string(fixture.line_of(kBank1, "- id: fx1-missing")));

  const Question* multiple = c.quiz_bank.find("fx2-encode");
  ASSERT_NE(multiple, nullptr);
  EXPECT_EQ(multiple->module, 2);
  EXPECT_EQ(multiple->answer, (std::vector<int>{0, 1}));
  EXPECT_EQ(answer_text(*multiple), "a,b");
  EXPECT_FALSE(multiple->socratic);

  const Question* numeric = c.quiz_bank.find("fx1-psi");
  ASSERT_NE(numeric, nullptr);
  EXPECT_EQ(numeric->type, QuestionType::kNumeric);
  EXPECT_DOUBLE_EQ(numeric->numeric_answer, 0.25);
  EXPECT_DOUBLE_EQ(numeric->tolerance, 0.01);
  EXPECT_TRUE(numeric->choices.empty());
  EXPECT_EQ(c.quiz_bank.find("fx1-rows")->unit, "rows");
  EXPECT_DOUBLE_EQ(c.quiz_bank.find("fx1-rows")->tolerance, 0.0);  // The default.
  EXPECT_EQ(c.quiz_bank.find("nope"), nullptr);

  ASSERT_EQ(c.quizzes.size(), 3u);
  const Quiz* mixed = c.find_quiz("fx-mixed");
  ASSERT_NE(mixed, nullptr);
  EXPECT_EQ(mixed->title, "Fixture quiz: modules 1 and 2");
  EXPECT_EQ(mixed->modules, (std::vector<int>{1, 2}));
  EXPECT_EQ(mixed->questions, 6);
  EXPECT_DOUBLE_EQ(mixed->pass_mark, 0.8);
  EXPECT_DOUBLE_EQ(c.find_quiz("fx-all-2")->pass_mark, 1.0);
  EXPECT_EQ(c.levels[1].criteria.quizzes, std::vector<std::string>{"fx-module-1"});
}

TEST(QuizLoaderTest, CourseWithoutQuizzesOrBankLoads) {
  QuizCourse fixture;
  course_test::write_file(
      fixture.root() / kManifest,
      QuizCourse::manifest_head() + "levels:\n  - {number: 0, name: Beginner}\n");
  fs::remove_all(fixture.root() / "assessments");
  Course c = fixture.load();
  EXPECT_TRUE(c.quizzes.empty());
  EXPECT_TRUE(c.quiz_bank.questions.empty());

  // A bank without quizzes is still loaded (and so validated): the bank can land first.
  fs::create_directories(fixture.root() / "assessments" / "quizzes");
  fs::copy_file(course_test::kQuizFixture / "module-2.yaml", fixture.root() / kBank2);
  c = fixture.load();
  EXPECT_TRUE(c.quizzes.empty());
  EXPECT_EQ(c.quiz_bank.questions.size(), 4u);
}

TEST(QuizLoaderTest, TheRealCourseLoadsWithItsBank) {
  // Whatever the real bank holds, it must pass the loader (the content helper's files included).
  EXPECT_NO_THROW(load_course(COURSE_TEST_SOURCE_DIR));
}

TEST(QuizLoaderTest, UnknownQuestionKeyNamesKeyAllowedKeysAndPosition) {
  QuizCourse fixture;
  fixture.edit(kBank1, "    socratic: true\n", "    socratic: true\n    difficulty: hard\n");
  const auto e = fixture.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->file(), kBank1);
  EXPECT_EQ(e->line(), fixture.line_of(kBank1, "difficulty: hard"));
  EXPECT_EQ(e->column(), 5u);
  EXPECT_EQ(e->field(), "questions[0].difficulty");
  EXPECT_THAT(e->what(), StartsWith(kBank1 + ":" + std::to_string(e->line()) + ":5: "));
  EXPECT_THAT(e->what(), HasSubstr("unknown key (allowed: answer, choices, explanation, id, "
                                   "prompt, socratic, tolerance, type, unit)"));
}

TEST(QuizLoaderTest, AnswerThatIsNotALetterIsRejected) {
  QuizCourse fixture;
  fixture.edit(kBank1, "    answer: b\n", "    answer: B\n");
  const auto e = fixture.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "questions[0].answer");
  EXPECT_EQ(e->line(), fixture.line_of(kBank1, "answer: B"));
  EXPECT_THAT(e->what(), HasSubstr("'B' is not a choice letter (a–c)"));
}

TEST(QuizLoaderTest, AnswerLetterBeyondTheChoicesIsRejected) {
  QuizCourse fixture;
  fixture.edit(kBank1, "    answer: b\n", "    answer: d\n");
  auto e = fixture.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "questions[0].answer");
  EXPECT_THAT(e->what(), HasSubstr("answer 'd' is beyond the 3 choices (a–c)"));

  // In a multiple-choice list, the element is named.
  QuizCourse other;
  other.edit(kBank1, "answer: [a, c]", "answer: [a, e]");
  e = other.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "questions[2].answer[1]");
  EXPECT_EQ(e->line(), other.line_of(kBank1, "answer: [a, e]"));
  EXPECT_THAT(e->what(), HasSubstr("answer 'e' is beyond the 4 choices (a–d)"));
}

TEST(QuizLoaderTest, AnswerShapeMustMatchTheType) {
  QuizCourse fixture;
  fixture.edit(kBank1, "answer: [a, c]", "answer: a");
  auto e = fixture.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "questions[2].answer");
  EXPECT_THAT(e->what(), HasSubstr("a multiple-choice answer is a list of letters"));

  QuizCourse twice;
  twice.edit(kBank1, "answer: [a, c]", "answer: [c, c]");
  e = twice.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "questions[2].answer[1]");
  EXPECT_THAT(e->what(), HasSubstr("letter 'c' is listed twice"));

  QuizCourse single;
  single.edit(kBank1, "    answer: b\n", "    answer: [b]\n");
  e = single.load_error();
  ASSERT_TRUE(e);
  EXPECT_THAT(e->what(), HasSubstr("a single-choice answer is one letter"));

  QuizCourse numeric;
  numeric.edit(kBank1, "answer: 0.25", "answer: a quarter");
  e = numeric.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "questions[3].answer");
  EXPECT_THAT(e->what(), HasSubstr("expected a number"));

  QuizCourse quoted;
  quoted.edit(kBank1, "answer: 0.25", "answer: \"0.25\"");
  e = quoted.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "questions[3].answer");
  EXPECT_THAT(e->what(), HasSubstr("expected a number, not quoted text"));

  QuizCourse infinite;
  infinite.edit(kBank1, "answer: 0.25", "answer: .inf");
  e = infinite.load_error();
  ASSERT_TRUE(e);
  EXPECT_THAT(e->what(), HasSubstr("expected a finite number"));
}

TEST(QuizLoaderTest, TypeSpecificFieldsAreChecked) {
  QuizCourse fixture;
  fixture.edit(kBank1, "    type: single\n", "    type: essay\n");
  auto e = fixture.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "questions[0].type");
  EXPECT_THAT(e->what(), HasSubstr("is 'essay'; use single, multiple or numeric"));

  QuizCourse choices;
  choices.edit(kBank1, "    tolerance: 0.01\n", "    tolerance: 0.01\n    choices: [a, b]\n");
  e = choices.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "questions[3].choices");
  EXPECT_THAT(e->what(), HasSubstr("numeric questions have no choices"));

  QuizCourse tolerance;
  tolerance.edit(kBank1, "    answer: b\n", "    answer: b\n    tolerance: 1\n");
  e = tolerance.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "questions[0].tolerance");
  EXPECT_THAT(e->what(), HasSubstr("only numeric questions have a tolerance"));

  QuizCourse negative;
  negative.edit(kBank1, "tolerance: 0.01", "tolerance: -0.01");
  e = negative.load_error();
  ASSERT_TRUE(e);
  EXPECT_THAT(e->what(), HasSubstr("must be 0 or more"));

  QuizCourse one_choice;
  one_choice.edit(kBank1, "choices: [\"Yes\", \"No\"]", "choices: [\"Yes\"]");
  e = one_choice.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "questions[1].choices");
  EXPECT_THAT(e->what(), HasSubstr("give 2 to 6 choices (got 1)"));

  QuizCourse same_choice;
  same_choice.edit(kBank1, "choices: [\"Yes\", \"No\"]", "choices: [\"Yes\", \"Yes\"]");
  e = same_choice.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "questions[1].choices[1]");
  EXPECT_THAT(e->what(), HasSubstr("the same choice is listed twice"));

  QuizCourse empty_prompt;
  empty_prompt.edit(kBank2, "prompt: \"When do you split off the test set?\"", "prompt: \"  \"");
  e = empty_prompt.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->file(), kBank2);
  EXPECT_EQ(e->field(), "questions[1].prompt");
  EXPECT_THAT(e->what(), HasSubstr("must not be empty"));

  QuizCourse no_explanation;
  no_explanation.edit(
      kBank2, "    explanation: \"Anything fitted before the split has seen the test rows.\"\n",
      "");
  e = no_explanation.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "questions[1]");
  EXPECT_THAT(e->what(), HasSubstr("missing required field 'explanation'"));
}

TEST(QuizLoaderTest, IdsArePlainText) {
  QuizCourse fixture;
  fixture.edit(kBank1, "id: fx1-leak", "id: \"FX1 leak\"");
  const auto e = fixture.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "questions[1].id");
  EXPECT_THAT(e->what(), HasSubstr("'FX1 leak' is not a valid id (use a-z, 0-9 and '-')"));
}

TEST(QuizLoaderTest, DuplicateIdAcrossFilesNamesBothPlaces) {
  QuizCourse fixture;
  fixture.edit(kBank2, "id: fx2-split", "id: fx1-leak");
  const auto e = fixture.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->file(), kBank2);
  EXPECT_EQ(e->line(), fixture.line_of(kBank2, "id: fx1-leak"));
  EXPECT_EQ(e->field(), "questions[1].id");
  EXPECT_THAT(e->what(),
              HasSubstr("duplicate question id 'fx1-leak' (first at " + kBank1 + ":" +
                        std::to_string(fixture.line_of(kBank1, "- id: fx1-leak")) + ")"));
}

TEST(QuizLoaderTest, BankFilesMatchTheirModules) {
  QuizCourse fixture;
  fixture.edit(kBank2, "module: 2", "module: 3");
  auto e = fixture.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "module");
  EXPECT_THAT(e->what(), HasSubstr("is 3 but the file is module-2.yaml"));

  QuizCourse stray;
  fs::copy_file(course_test::kQuizFixture / "module-2.yaml",
                stray.root() / "assessments/quizzes/module-7.yaml");
  e = stray.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->file(), "assessments/quizzes/module-7.yaml");
  EXPECT_THAT(e->what(), HasSubstr("no module 7 in this course"));

  QuizCourse misnamed;
  fs::copy_file(course_test::kQuizFixture / "module-2.yaml",
                misnamed.root() / "assessments/quizzes/modul-2.yaml");
  e = misnamed.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->file(), "assessments/quizzes/modul-2.yaml");
  EXPECT_THAT(e->what(), HasSubstr("named module-N.yaml"));

  QuizCourse newer;
  newer.edit(kBank1, "schema_version: 1", "schema_version: 2");
  e = newer.load_error();
  ASSERT_TRUE(e);
  EXPECT_THAT(e->what(), HasSubstr("upgrade course"));
}

TEST(QuizLoaderTest, QuizAskingForMoreThanTheBankHoldsIsRejected) {
  QuizCourse fixture;
  fixture.edit(kManifest, "    questions: 6\n", "    questions: 11\n");
  const auto e = fixture.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->file(), kManifest);
  EXPECT_EQ(e->line(), fixture.line_of(kManifest, "questions: 11"));
  EXPECT_EQ(e->field(), "quizzes[1].questions");
  EXPECT_THAT(e->what(), HasSubstr("asks for 11 questions but the bank (assessments/quizzes/) has "
                                   "10 for module(s) 1, 2"));
}

TEST(QuizLoaderTest, QuizModulesMustExist) {
  QuizCourse fixture;
  fixture.edit(kManifest, "modules: [1, 2]", "modules: [1, 9]");
  auto e = fixture.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "quizzes[1].modules[1]");
  EXPECT_EQ(e->line(), fixture.line_of(kManifest, "modules: [1, 9]"));
  EXPECT_THAT(e->what(), HasSubstr("no module 9 in this course"));

  // Module 3 exists but has no questions: asking for any is too many.
  QuizCourse empty;
  empty.edit(kManifest, "modules: [1, 2]\n    questions: 6", "modules: [3]\n    questions: 1");
  e = empty.load_error();
  ASSERT_TRUE(e);
  EXPECT_THAT(e->what(), HasSubstr("has 0 for module(s) 3"));

  QuizCourse none;
  none.edit(kManifest, "modules: [1, 2]", "modules: []");
  e = none.load_error();
  ASSERT_TRUE(e);
  EXPECT_THAT(e->what(), HasSubstr("list at least one module"));
}

TEST(QuizLoaderTest, PassMarkIsAFractionInZeroToOne) {
  for (const std::string bad : {"0", "1.5", "80", "-0.2"}) {
    SCOPED_TRACE("pass_mark: " + bad);
    QuizCourse fixture;
    fixture.edit(kManifest, "pass_mark: 0.8", "pass_mark: " + bad);
    const auto e = fixture.load_error();
    ASSERT_TRUE(e);
    EXPECT_EQ(e->field(), "quizzes[1].pass_mark");
    EXPECT_EQ(e->line(), fixture.line_of(kManifest, "pass_mark: " + bad + "\n"));
    EXPECT_THAT(e->what(), HasSubstr("must be a fraction of the points in (0, 1]"));
  }
  QuizCourse missing;
  missing.edit(kManifest, "    pass_mark: 0.8\n", "");
  const auto e = missing.load_error();
  ASSERT_TRUE(e);
  EXPECT_THAT(e->what(), HasSubstr("missing required field 'pass_mark'"));
}

TEST(QuizLoaderTest, QuizKeysAndIdsAreChecked) {
  QuizCourse fixture;
  fixture.edit(kManifest, "    pass_mark: 0.8\n", "    pass_mark: 0.8\n    shuffle: true\n");
  auto e = fixture.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "quizzes[1].shuffle");
  EXPECT_THAT(e->what(),
              HasSubstr("unknown key (allowed: id, modules, pass_mark, questions, title)"));

  QuizCourse twice;
  twice.edit(kManifest, "id: fx-mixed", "id: fx-module-1");
  e = twice.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "quizzes[1].id");
  EXPECT_THAT(e->what(), HasSubstr("duplicate quiz id 'fx-module-1'"));
}

TEST(QuizLoaderTest, LevelRequiringAnUnknownQuizIsRejected) {
  QuizCourse fixture;
  fixture.edit(kManifest, "quizzes: [fx-module-1]", "quizzes: [fx-module-one]");
  const auto e = fixture.load_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field(), "levels[1].requires.quizzes[0]");
  EXPECT_THAT(e->what(), HasSubstr("no quiz 'fx-module-one' in this course's quizzes"));
}

}  // namespace
}  // namespace course

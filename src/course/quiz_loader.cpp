// The quiz bank (assessments/quizzes/module-N.yaml) and the manifest's `quizzes:`, validated with
// the content loader's error quality: every problem is an InputError naming file:line:column and
// the field path (docs/quiz-schema.md lists the rules).
#include "quiz_loader.hpp"

#include <algorithm>
#include <map>
#include <regex>
#include <set>

#include "course/error.hpp"

namespace course {
namespace {

using yaml::Node;

constexpr int kBankSchemaVersion = 1;
constexpr std::size_t kMinChoices = 2, kMaxChoices = 6;

std::string line_of(const Node& n) {
  const auto mark = n.raw().Mark();
  return mark.line >= 0 ? ":" + std::to_string(mark.line + 1) : "";
}

// Ids are typed by learners (`course quiz ID`) and used as keys in answer files: keep them plain.
std::string plain_id(const Node& n) {
  const std::string id = n.str();
  const bool plain = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
  if (!plain) n.fail("'" + id + "' is not a valid id (use a-z, 0-9 and '-')");
  return id;
}

std::string non_empty(const Node& owner, const std::string& key) {
  const Node n = owner.at(key);
  const std::string text = n.str();
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) n.fail("must not be empty");
  return text;
}

std::string letter_range(std::size_t choices) {
  return "a–" + std::string(1, choice_letter(int(choices) - 1));
}

// One answer letter, which must name one of the question's choices.
int answer_letter(const Node& n, std::size_t choices) {
  const std::string text = n.str();
  if (text.size() != 1 || text[0] < 'a' || text[0] > 'z')
    n.fail("'" + text + "' is not a choice letter (" + letter_range(choices) + ")");
  const int index = text[0] - 'a';
  if (std::size_t(index) >= choices)
    n.fail("answer '" + text + "' is beyond the " + std::to_string(choices) + " choices (" +
           letter_range(choices) + ")");
  return index;
}

void load_choice_answer(const Node& n, Question& q) {
  const std::vector<Node> choices = n.seq("choices", true);
  if (choices.size() < kMinChoices || choices.size() > kMaxChoices)
    n.at("choices").fail("give 2 to 6 choices (got " + std::to_string(choices.size()) + ")");
  for (const auto& c : choices) {
    const std::string text = c.str();
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) c.fail("must not be empty");
    if (std::find(q.choices.begin(), q.choices.end(), text) != q.choices.end())
      c.fail("the same choice is listed twice");
    q.choices.push_back(text);
  }
  for (const char* key : {"tolerance", "unit"})
    if (n.has(key)) n.at(key).fail("only numeric questions have a " + std::string(key));
  const Node answer = n.at("answer");
  if (q.type == QuestionType::kSingle) {
    if (answer.raw().IsSequence())
      answer.fail("a single-choice answer is one letter; use type: multiple for a list");
    q.answer = {answer_letter(answer, q.choices.size())};
    return;
  }
  if (!answer.raw().IsSequence())
    answer.fail("a multiple-choice answer is a list of letters, e.g. [a, c]");
  for (const auto& item : n.seq("answer", true)) {
    const int index = answer_letter(item, q.choices.size());
    if (std::find(q.answer.begin(), q.answer.end(), index) != q.answer.end())
      item.fail("letter '" + item.str() + "' is listed twice");
    q.answer.push_back(index);
  }
  if (q.answer.empty()) answer.fail("list at least one correct letter");
  std::sort(q.answer.begin(), q.answer.end());
}

void load_numeric_answer(const Node& n, Question& q) {
  if (n.has("choices")) n.at("choices").fail("numeric questions have no choices");
  const Node answer = n.at("answer");
  // A quoted "0.25" is text that happens to parse: the schema asks for a number.
  if (answer.raw().IsScalar() && answer.raw().Tag() == "!")
    answer.fail("expected a number, not quoted text");
  q.numeric_answer = answer.finite();
  if (n.has("tolerance")) {
    const Node t = n.at("tolerance");
    q.tolerance = t.finite();
    if (q.tolerance < 0) t.fail("must be 0 or more (an absolute tolerance)");
  }
  q.unit = n.str_or("unit", "");
}

Question load_question(const Node& n, int module, const std::string& display) {
  n.expect_map({"id", "type", "prompt", "choices", "answer", "tolerance", "unit", "explanation",
                "socratic"});
  Question q;
  q.id = plain_id(n.at("id"));
  q.module = module;
  q.source = display + line_of(n);
  const Node type = n.at("type");
  const std::string name = type.str();
  if (name == "single")
    q.type = QuestionType::kSingle;
  else if (name == "multiple")
    q.type = QuestionType::kMultiple;
  else if (name == "numeric")
    q.type = QuestionType::kNumeric;
  else
    type.fail("is '" + name + "'; use single, multiple or numeric");
  q.prompt = non_empty(n, "prompt");
  q.explanation = non_empty(n, "explanation");
  q.socratic = n.boolean("socratic", false);
  if (q.type == QuestionType::kNumeric)
    load_numeric_answer(n, q);
  else
    load_choice_answer(n, q);
  return q;
}

// The bank's files by module number (numeric order: module-10 after module-2).
std::map<int, std::filesystem::path> bank_files(const Course& course) {
  namespace fs = std::filesystem;
  std::map<int, fs::path> files;
  const fs::path dir = course.root / "assessments" / "quizzes";
  if (!fs::is_directory(dir)) return files;
  static const std::regex kName(R"(module-([1-9][0-9]?)\.yaml)");
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    const std::string ext = entry.path().extension().string();
    if (ext != ".yaml" && ext != ".yml") continue;  // A README beside the bank is fine.
    const std::string display = "assessments/quizzes/" + name;
    std::smatch match;
    if (!std::regex_match(name, match, kName))
      fail_input(display, "quiz bank files are named module-N.yaml, N a module number");
    const int number = std::stoi(match[1].str());
    if (!course.find_module(number))
      fail_input(display, "no module " + match[1].str() + " in this course (modules/course.yaml)");
    if (!entry.is_regular_file()) fail_input(display, "not a regular file");
    files[number] = entry.path();
  }
  return files;
}

std::string module_list(const std::vector<int>& modules) {
  std::string out;
  for (int m : modules) out += (out.empty() ? "" : ", ") + std::to_string(m);
  return out;
}

}  // namespace

void load_quiz_bank(Course& course) {
  std::map<std::string, std::string> seen;  // Question id → where it was first defined.
  for (const auto& [number, path] : bank_files(course)) {
    const std::string display = "assessments/quizzes/" + path.filename().string();
    const Node n = yaml::load_yaml_file(path, display, kBankSchemaVersion);
    n.expect_map({"schema_version", "module", "questions"});
    const int module = n.integer("module", -1, 1, 99);
    if (module == -1) n.fail("missing required field 'module'");
    if (module != number)
      n.at("module").fail("is " + std::to_string(module) + " but the file is module-" +
                          std::to_string(number) + ".yaml");
    const std::vector<Node> questions = n.seq("questions", true);
    if (questions.empty()) n.at("questions").fail("give at least one question");
    for (const auto& qn : questions) {
      Question q = load_question(qn, module, display);
      const auto [it, fresh] = seen.emplace(q.id, q.source);
      if (!fresh)
        qn.at("id").fail("duplicate question id '" + q.id + "' (first at " + it->second + ")");
      course.quiz_bank.questions.push_back(std::move(q));
    }
  }
}

void load_quizzes(const Node& manifest, Course& course) {
  std::set<std::string> ids;
  for (const auto& qn : manifest.seq("quizzes", false)) {
    qn.expect_map({"id", "title", "modules", "questions", "pass_mark"});
    Quiz quiz;
    quiz.id = plain_id(qn.at("id"));
    if (!ids.insert(quiz.id).second) qn.at("id").fail("duplicate quiz id '" + quiz.id + "'");
    quiz.title = non_empty(qn, "title");
    for (const auto& mn : qn.seq("modules", true)) {
      const int number = mn.whole();
      if (!course.find_module(number))
        mn.fail("no module " + std::to_string(number) + " in this course");
      if (std::find(quiz.modules.begin(), quiz.modules.end(), number) != quiz.modules.end())
        mn.fail("module " + std::to_string(number) + " is listed twice");
      quiz.modules.push_back(number);
    }
    if (quiz.modules.empty()) qn.at("modules").fail("list at least one module");
    quiz.questions = qn.integer("questions", -1, 1, 10000);
    if (quiz.questions == -1) qn.fail("missing required field 'questions'");
    const Node mark = qn.at("pass_mark");
    quiz.pass_mark = mark.finite();
    if (!(quiz.pass_mark > 0 && quiz.pass_mark <= 1))
      mark.fail("must be a fraction of the points in (0, 1], e.g. 0.8");
    const std::size_t available = course.quiz_bank.of_modules(quiz.modules).size();
    if (std::size_t(quiz.questions) > available)
      qn.at("questions")
          .fail("asks for " + std::to_string(quiz.questions) + " questions but the bank " +
                "(assessments/quizzes/) has " + std::to_string(available) + " for module(s) " +
                module_list(quiz.modules));
    course.quizzes.push_back(std::move(quiz));
  }
}

}  // namespace course

#include "course/quiz_answers_file.hpp"

#include "course/error.hpp"
#include "course/suggest.hpp"
#include "yaml_node.hpp"

namespace course {
namespace {

using yaml::Node;

// The value as the text a learner would type; a list of letters becomes "a,c".
std::string typed_text(const Node& value) {
  if (!value.raw().IsSequence()) return value.str();
  std::string text;
  for (std::size_t i = 0; i < value.raw().size(); ++i) {
    const Node item(value.raw()[i], value.file(), value.path() + "[" + std::to_string(i) + "]");
    text += (text.empty() ? "" : ",") + item.str();
  }
  return text;
}

std::string unknown_id_message(const std::string& id, const QuizBank& bank) {
  std::vector<std::string> ids;
  for (const auto& q : bank.questions) ids.push_back(q.id);
  const std::string guess = closest_match(id, ids);
  return "no question '" + id + "' in the quiz bank" +
         (guess.empty() ? "" : "; did you mean '" + guess + "'?");
}

}  // namespace

std::map<std::string, Answer> load_answers_file(const std::filesystem::path& path,
                                                const std::string& display, const QuizBank& bank) {
  if (!std::filesystem::is_regular_file(path)) fail_input(display, "no such file");
  const Node root = yaml::parse_yaml_file(path, display);
  if (!root.is_map()) root.fail("expected a mapping of question id to answer, e.g. m1-psi: b");
  std::map<std::string, Answer> answers;
  for (const auto& kv : root.raw()) {
    const std::string id = yaml::key_text(kv.first, display, "");
    const Question* question = bank.find(id);
    if (!question) Node(kv.first, display, id).fail(unknown_id_message(id, bank));
    const Node value(kv.second, display, id);
    if (kv.second.IsNull()) continue;  // Written down as unanswered.
    std::string error;
    const auto answer = parse_answer(*question, typed_text(value), error);
    if (!answer)
      value.fail("'" + typed_text(value) + "' does not answer this " +
                 question_type_name(question->type) + " question: " + error);
    answers[id] = *answer;
  }
  return answers;
}

}  // namespace course

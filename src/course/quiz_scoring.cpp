#include "course/quiz_scoring.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

namespace course {
namespace {

std::string trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::string letters_hint(const Question& q) {
  const std::string last(1, choice_letter(int(q.choices.size()) - 1));
  return q.type == QuestionType::kSingle ? "type one letter, a–" + last
                                         : "type one or more letters, a–" + last + ", e.g. a,c";
}

std::optional<Answer> parse_letters(const Question& q, const std::string& text,
                                    std::string& error) {
  Answer answer;
  for (char c : text) {
    if (c == ',' || c == ' ' || c == '\t') continue;
    const int index = std::tolower(static_cast<unsigned char>(c)) - 'a';
    if (index < 0 || index >= int(q.choices.size())) {
      error = letters_hint(q);
      return std::nullopt;
    }
    if (std::find(answer.choices.begin(), answer.choices.end(), index) == answer.choices.end())
      answer.choices.push_back(index);
  }
  if (answer.choices.empty() || (q.type == QuestionType::kSingle && answer.choices.size() != 1)) {
    error = letters_hint(q);
    return std::nullopt;
  }
  std::sort(answer.choices.begin(), answer.choices.end());
  return answer;
}

std::optional<Answer> parse_number(const Question& q, std::string text, std::string& error) {
  if (!q.unit.empty() && text.size() > q.unit.size() &&
      text.compare(text.size() - q.unit.size(), q.unit.size(), q.unit) == 0)
    text = trim(text.substr(0, text.size() - q.unit.size()));
  char* end = nullptr;
  const double value = text.empty() ? 0 : std::strtod(text.c_str(), &end);
  if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(value)) {
    error = "type a number, e.g. 0.25";
    return std::nullopt;
  }
  Answer answer;
  answer.number = value;
  return answer;
}

}  // namespace

std::optional<Answer> parse_answer(const Question& question, const std::string& text,
                                   std::string& error) {
  const std::string t = trim(text);
  return question.type == QuestionType::kNumeric ? parse_number(question, t, error)
                                                 : parse_letters(question, t, error);
}

std::string answer_text(const Question& question, const Answer& answer) {
  Question shown = question;  // Reuse the bank answer's formatting for the learner's answer.
  shown.answer = answer.choices;
  shown.numeric_answer = answer.number;
  return answer_text(shown);
}

bool is_correct(const Question& question, const Answer& answer) {
  if (question.type == QuestionType::kNumeric) {
    // Slack for decimal rounding: 0.26 is within 0.01 of 0.25, although in doubles the
    // difference is 0.010000000000000009.
    const double slack = 1e-9 * std::max(1.0, std::fabs(question.numeric_answer));
    return std::fabs(answer.number - question.numeric_answer) <= question.tolerance + slack;
  }
  return answer.choices == question.answer;  // Both ascending: the exact set, nothing more.
}

int QuizResult::points() const {
  return int(std::count_if(questions.begin(), questions.end(),
                           [](const QuestionResult& r) { return r.correct; }));
}

int QuizResult::max_points() const { return int(questions.size()); }

double QuizResult::score() const {
  return questions.empty() ? 0.0 : double(points()) / double(max_points());
}

bool QuizResult::passed() const {
  // 8 of 10 at pass mark 0.8 must pass although 0.8 * 10 is 8.000000000000002 in doubles.
  return !questions.empty() && double(points()) + 1e-9 >= pass_mark * double(max_points());
}

QuizResult score_quiz(const Quiz& quiz, int attempt, const std::vector<const Question*>& asked,
                      const std::map<std::string, Answer>& answers) {
  QuizResult result;
  result.quiz_id = quiz.id;
  result.attempt = attempt;
  result.pass_mark = quiz.pass_mark;
  for (const Question* q : asked) {
    QuestionResult r;
    r.question = q;
    if (const auto it = answers.find(q->id); it != answers.end()) {
      r.given = it->second;
      r.correct = is_correct(*q, it->second);
    }
    result.questions.push_back(std::move(r));
  }
  return result;
}

}  // namespace course

// `course quiz ID --answers FILE`: a learner's answers written down beforehand, for CI and tests.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "course/quiz.hpp"
#include "course/quiz_scoring.hpp"

namespace course {

// Reads a YAML or JSON mapping of question id → answer (JSON is read as YAML, of which it is a
// subset). An answer is what a learner would type (parse_answer: "b", "a,c", 0.25), or for
// `multiple` a list of letters ([a, c]); an empty value (`id:` or null) leaves the question
// unanswered. Ids of the whole bank are accepted, so one file can answer every attempt; questions
// an attempt does not ask are ignored. Throws InputError naming `display`, line:column and the
// question id for: an unreadable or unparsable file, a top level that is not a mapping, an id not
// in the bank (with "did you mean"), and an answer that does not fit its question.
std::map<std::string, Answer> load_answers_file(const std::filesystem::path& path,
                                                const std::string& display, const QuizBank& bank);

}  // namespace course

// Human-readable rendering of engine values. The only place (with the commands) that prints.
#pragma once

#include <string>
#include <vector>

#include "course/content.hpp"
#include "course/learner_session.hpp"
#include "course/result.hpp"
#include "terminal.hpp"

namespace course::cli {

// Per-checkpoint ✓/✗ lines with points and messages, compiler output first when it failed; one
// line for an exercise not started. Returned, not printed: `--output FILE` writes it too.
std::string format_result(const ExerciseResult& result, const Style& style, bool verbose);

// Who the advice after a check is for: `course check` tells the learner which command to run;
// `course watch` checks again on save and takes keys.
enum class NextStep { kCommands, kWatch };

// What to do after a check: celebrate, point at the next exercise, or suggest a hint.
std::string format_after_check(const CheckOutcome& outcome, const Course& course,
                               const Style& style, NextStep next_step = NextStep::kCommands);

// `course check --all`: one ✓/✗ line per exercise (not started ones marked) and the totals.
std::string format_all_summary(const std::vector<ExerciseResult>& results, const Style& style);

// The exercise as `course next` shows it: title, module, instructions, the file to edit.
void print_exercise(const Course& course, const Exercise& exercise, const std::string& file_shown,
                    const Style& style);

// Every line of a (possibly multi-line) text with `pad` in front, each ending in a newline.
std::string indent(const std::string& text, const std::string& pad);

// "[#####-----] 3/10" style bar; plain ASCII so it survives any terminal.
std::string progress_bar(int done, int total, int width = 20);

// A fraction 0..1 as a whole percentage, "80%".
std::string percent(double fraction);

}  // namespace course::cli

// What `course next`, `course hint` and `course list` print, as functions, so `course watch` shows
// exactly the same thing when the learner moves on or presses h or l.
#pragma once

#include "course/content.hpp"
#include "course/learner_session.hpp"
#include "course/progress.hpp"
#include "terminal.hpp"

namespace course::cli {

// The progress bar, then the exercise (title, module, instructions, file to edit).
void print_next_exercise(const Course& course, const Progress& progress, const Exercise& exercise,
                         const Style& style);

// Every hint revealed so far, numbered "Hint i/n:".
void print_hints(const Exercise& exercise, const HintOutcome& hints, const Style& style);

// Every module and exercise with its state mark, best score and the current one marked.
void print_exercise_list(const Course& course, const Progress& progress, const Style& style);

}  // namespace course::cli

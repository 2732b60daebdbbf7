// Text helpers shared by the report renderers (private to src/course/report/).
//
// Learner programs print arbitrary bytes; every format needs valid UTF-8 (XML and JSON parsers
// reject anything else), and some formats cap lengths in characters, not bytes.
#pragma once

#include <cstddef>
#include <map>
#include <string>

#include "course/result.hpp"

namespace course::report {

// `text` with every invalid UTF-8 sequence (stray continuation byte, overlong form, surrogate,
// code point past U+10FFFF, truncated sequence) replaced by U+FFFD.
std::string valid_utf8(const std::string& text);

// `text` with each byte found in `replacements` replaced by its value (every format has its own
// small escape table: XML entities, GitHub's %XX, Markdown cells).
std::string replace_chars(const std::string& text, const std::map<char, std::string>& replacements);

// The first `max_chars` code points of valid UTF-8 `text` (all of it when shorter).
std::string first_chars(const std::string& text, std::size_t max_chars);

// Number of code points in valid UTF-8 `text`.
std::size_t char_count(const std::string& text);

// The first line of `text` (without its newline).
std::string first_line(const std::string& text);

// What a learner may see of a checkpoint's message: the message, followed for a compile error
// by the compiler output (the message alone, "does not compile", gives nothing to act on).
std::string checkpoint_detail(const ExerciseResult& exercise, const CheckpointResult& checkpoint);

// True when no case of the exercise ran: every checkpoint is compile_error or error.
bool nothing_ran(const ExerciseResult& exercise);

// "1.1 Data quality checks": how an exercise is named in suites, summaries and test names.
std::string exercise_label(const ExerciseResult& exercise);

}  // namespace course::report

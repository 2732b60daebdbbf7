// Machine-readable output (`--format json`). Versioned: every document carries "format_version";
// consumers should refuse a major version they do not know. Documented in docs/json-output.md.
#pragma once

#include <string>
#include <vector>

#include "course/content.hpp"
#include "course/course_validation.hpp"
#include "course/progress.hpp"
#include "course/result.hpp"

namespace course {

// `course check`: {"format_version", "exercises": [result…], "points", "max_points", "passed"}.
std::string results_json(const std::vector<ExerciseResult>& results);

// `course status`: level, what is missing for the next level, per-module completion.
std::string status_json(const Course& course, const Progress& progress);

// `course list`: every module and exercise with state and best score.
std::string list_json(const Course& course, const Progress& progress);

// `course level award`: {"format_version", "awarded": {level, name, reached_at, awarded_by,
// reason}}.
std::string level_award_json(const LevelEvent& event);

// `course certificate`: {"format_version", "issued", "level", "level_name", "required_level",
// "missing": [text…], "files": {"markdown", "html"} or null}. `files` holds the two paths
// written (markdown first) and is empty when nothing was issued.
std::string certificate_json(const Course& course, int level,
                             const std::vector<std::string>& missing,
                             const std::vector<std::string>& files);

// `course journal`: {"format_version", "entries": [{"at", "text"}…]} in the order written.
// `course journal add` prints the same document holding only the entry it added.
std::string journal_json(const std::vector<JournalEntry>& entries);

// `course lesson`: {"format_version", "module", "title", "duration", "objectives", "lesson",
// "questions", "mastery", "exercises": [{"id", "kind", "title"}]}.
std::string lesson_json(const Module& module);

// `course lesson ASSESSMENT --format json`: what a learner needs before taking a written
// assessment (never its cases, hidden checks or solutions).
std::string assessment_brief_json(const Assessment& assessment);

// `course validate`: per exercise, whether the starter fails and the solution passes, and why not.
std::string validation_json(const CourseValidation& validation);

}  // namespace course

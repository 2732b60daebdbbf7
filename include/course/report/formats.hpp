// Report formats for `course check --format …`: pure functions from results to text.
//
// Every renderer takes the results of one or more exercises (one for `course check ID`, the
// whole workspace for `course check --all`) and returns the complete document; none prints or
// writes files (the CLI does). The human format is rendered by the CLI (colors, terminal).
// What each format contains, and where it deviates from its consumer's specification, is
// documented in docs/report-formats.md; approval tests in tests/approval/ freeze each one.
//
// Hidden checkpoints: every format shows their title, status and points, and the message the
// grader wrote for them (which never holds inputs, expected values or program output); no
// format attaches the program's output to a hidden checkpoint.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "course/result.hpp"

namespace course {

enum class ReportFormat { kHuman, kJson, kJunit, kGradescope, kExercism, kGithub };

// "human", "json", "junit", "gradescope", "exercism", "github", in that order.
const std::vector<std::string>& report_format_names();
// The format called `name`, or nullopt when there is none.
std::optional<ReportFormat> parse_report_format(const std::string& name);

// JUnit XML as JUnit and pytest write it: <testsuites> with one <testsuite> per exercise and one
// <testcase> per checkpoint; <failure> for a wrong answer, <error> for anything that kept the
// code from being judged (compile error, crash, timeout, limits, infrastructure), <skipped> for
// a checkpoint not run; times in seconds; detail in the element body.
std::string junit_xml(const std::vector<ExerciseResult>& results);

// Gradescope autograder results.json: one document summing every exercise; one test per
// checkpoint; hidden checkpoints get "visibility": "hidden".
std::string gradescope_json(const std::vector<ExerciseResult>& results);

// Exercism test-runner results.json, version 3. With several exercises each becomes a task
// (task_id = its position, from 1) and test names start with the exercise id.
std::string exercism_json(const std::vector<ExerciseResult>& results);

// GitHub Actions: workflow commands for the log, and Markdown for the job summary.
struct GithubReport {
  std::string commands;  // ::error/::warning/::notice lines, then a one-line plain summary.
  std::string summary;   // Markdown table, to append to the file named by $GITHUB_STEP_SUMMARY.
};
GithubReport github_report(const std::vector<ExerciseResult>& results);

// The document for a machine format (json, junit, gradescope, exercism; github gives its
// commands). Throws std::logic_error for kHuman, which only the CLI renders.
std::string render_report(ReportFormat format, const std::vector<ExerciseResult>& results);

}  // namespace course

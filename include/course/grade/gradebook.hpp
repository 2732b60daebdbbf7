// The gradebook of a `course grade` run: gradebook.csv and gradebook.json under --out, one row per
// submission sorted by name, and `course gradebook merge`'s reading of them.
//
// Rows hold no timestamps and nothing that depends on how the batch was split, so the gradebook
// of shards merged equals the unsharded one byte for byte; gradebook.json's top-level
// "generated_at" is the only timestamp. Columns: docs/assessment-schema.md.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "course/grade/submission.hpp"

namespace course {

constexpr int kGradebookFormatVersion = 1;

struct AreaInfo {
  std::string id;
  std::string title;
  double weight = 0;
  int max_points = 0;
};

// What the outputs need to know about the assessment. Stored in gradebook.json, so merging
// shards needs neither the course nor the assessment file.
struct AssessmentInfo {
  std::string id;
  std::string title;
  std::string hash;  // Of the assessment file and every file its exercises use.
  double pass_mark = 0;
  int time_box_minutes = 0;
  std::vector<AreaInfo> areas;
};

AssessmentInfo assessment_info(const Course& course, const Assessment& assessment);

std::string gradebook_csv(const AssessmentInfo& info, const std::vector<SubmissionResult>& rows);
// `grader` is the version every row was graded with.
std::string gradebook_json(const AssessmentInfo& info, const std::vector<SubmissionResult>& rows,
                           const std::string& generated_at);

struct Gradebook {
  AssessmentInfo info;
  std::string grader_version;
  std::vector<std::string> submissions;  // Row names, sorted.
};

// Reads DIR/gradebook.json. Throws InputError naming the file.
Gradebook read_gradebook(const std::filesystem::path& dir);

}  // namespace course

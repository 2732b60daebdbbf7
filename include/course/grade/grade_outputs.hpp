// Everything `course grade` and `course gradebook merge` write under --out besides the
// per-submission results (batch.hpp): gradebook.csv, gradebook.json, results/<name>.json (again,
// with manual marks) and feedback/<name>.md. Each file is replaced atomically.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "course/grade/gradebook.hpp"

namespace course {

void write_grade_outputs(const AssessmentInfo& info, const std::filesystem::path& out_dir,
                         const std::vector<SubmissionResult>& results,
                         const std::string& generated_at);

}  // namespace course

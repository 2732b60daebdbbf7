// `course gradebook merge`: the shards of a sharded `course grade` as one gradebook.
#pragma once

#include <filesystem>
#include <vector>

#include "course/grade/gradebook.hpp"

namespace course {

struct MergedGradebook {
  AssessmentInfo info;
  std::vector<SubmissionResult> results;  // Sorted by name.
};

// Reads each DIR/gradebook.json and the results/<name>.json it lists. Throws InputError naming
// the directory when shards grade different assessments (id or content hash) or with different
// grader versions, when a submission appears in two shards, or a listed result is missing.
MergedGradebook merge_gradebooks(const std::vector<std::filesystem::path>& dirs);

}  // namespace course

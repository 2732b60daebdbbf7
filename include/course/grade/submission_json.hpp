// SubmissionResult as JSON: the per-submission file results/<name>.json under `course grade
// --out`, read back by --resume and by `course gradebook merge` (docs/assessment-schema.md).
// Versioned by "format_version"; a newer version is refused.
#pragma once

#include <filesystem>
#include <string>

#include "course/grade/submission.hpp"

namespace course {

constexpr int kSubmissionFormatVersion = 1;

std::string submission_to_json(const SubmissionResult& result);
// Throws InputError naming `display` for malformed or newer documents.
SubmissionResult submission_from_json(const std::string& text, const std::string& display);

// Writes `text` to `path` through a temp file and a rename: readers never see half a file.
// Throws Error(kInternal) naming the path when the disk refuses.
void write_file_atomically(const std::filesystem::path& path, const std::string& text);
void write_submission_json(const std::filesystem::path& path, const SubmissionResult& result);

}  // namespace course

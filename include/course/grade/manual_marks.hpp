// Manual marks (`course grade --manual FILE`): an instructor's points for rubric criteria,
// merged over the automatic ones (a manual mark wins where both exist). YAML or CSV, chosen by
// the file's extension; format in docs/assessment-schema.md.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "course/grade/submission.hpp"

namespace course {

// Marks by submission name; each list sorted by criterion id.
using ManualMarks = std::map<std::string, std::vector<ManualMark>>;

// Reads FILE (.yaml/.yml or .csv). Throws InputError naming file:line(:column) and the field for:
// unknown criterion ids, points outside 0..the criterion's points, a submission not among
// `submissions`, a mark given twice, and malformed files.
ManualMarks load_manual_marks(const std::filesystem::path& file, const Assessment& assessment,
                              const std::vector<std::string>& submissions);

// Sets each result's manual_marks from `marks` (none when absent) and scores it again.
void apply_manual_marks(const ManualMarks& marks, const Assessment& assessment,
                        std::vector<SubmissionResult>& results);

}  // namespace course

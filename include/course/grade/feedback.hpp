// Per-submission feedback reports (feedback/<name>.md under --out): score breakdown, what passed
// and failed and why. Hidden checks appear only as passed/failed: no message, input, expected
// value or output. Rendered from the SubmissionResult alone (no timestamps, no timings), so a
// merge of shards writes the same bytes as the unsharded run.
#pragma once

#include <string>

#include "course/grade/gradebook.hpp"

namespace course {

std::string feedback_markdown(const AssessmentInfo& info, const SubmissionResult& result);

// "90.0%": one decimal, as every report shows scores.
std::string percent(double fraction);

}  // namespace course

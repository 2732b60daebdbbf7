// Self-contained HTML reports of a `course grade` run: feedback/<name>.html per submission and
// summary.html for the cohort, with inline SVG charts (no scripts, no external files: they open
// from an e-mail attachment or an LMS). Every text from a submission is HTML-escaped. Like the
// Markdown feedback, hidden checks appear only as passed/failed.
#pragma once

#include <string>
#include <vector>

#include "course/grade/gradebook.hpp"

namespace course {

std::string feedback_html(const AssessmentInfo& info, const SubmissionResult& result);

// The cohort: score histogram, per-criterion pass rates, statuses, slowest submissions.
std::string summary_markdown(const AssessmentInfo& info, const std::vector<SubmissionResult>& rows);
std::string summary_html(const AssessmentInfo& info, const std::vector<SubmissionResult>& rows);

std::string html_escape(const std::string& text);

}  // namespace course

#include "course/report/formats.hpp"

#include <stdexcept>

#include "course/report_json.hpp"

namespace course {

const std::vector<std::string>& report_format_names() {
  // Same order as ReportFormat.
  static const std::vector<std::string> names = {"human",      "json",     "junit",
                                                 "gradescope", "exercism", "github"};
  return names;
}

std::optional<ReportFormat> parse_report_format(const std::string& name) {
  const auto& names = report_format_names();
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return static_cast<ReportFormat>(i);
  return std::nullopt;
}

std::string render_report(ReportFormat format, const std::vector<ExerciseResult>& results) {
  switch (format) {
    case ReportFormat::kJson:
      return results_json(results);
    case ReportFormat::kJunit:
      return junit_xml(results);
    case ReportFormat::kGradescope:
      return gradescope_json(results);
    case ReportFormat::kExercism:
      return exercism_json(results);
    case ReportFormat::kGithub:
      return github_report(results).commands;
    case ReportFormat::kHuman:
      break;
  }
  throw std::logic_error("render_report: the human format is rendered by the CLI");
}

}  // namespace course

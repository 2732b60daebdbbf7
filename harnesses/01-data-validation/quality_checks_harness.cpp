// Harness for exercise 1.1 (data quality checks): turns a case's CSV text and rules into an
// mlcore::Table and ex::DatasetRules, calls the learner's find_quality_issues(), and returns the
// issues as records {row, column, kind}. The parent compares them with the injected truth.
#include <string>

#include "course/exercise/harness.hpp"
#include "mlcore/csv.hpp"
#include "quality_checks.hpp"

namespace {

using nlohmann::json;

const char* kind_name(ex::IssueKind kind) {
  switch (kind) {
    case ex::IssueKind::kMissing:
      return "missing";
    case ex::IssueKind::kOutOfRange:
      return "out_of_range";
    case ex::IssueKind::kDuplicateId:
      return "duplicate_id";
    case ex::IssueKind::kWrongType:
      return "wrong_type";
    case ex::IssueKind::kInconsistentCategory:
      return "inconsistent_category";
  }
  return "unknown";  // A value outside the enum: the learner cast an int; judged as wrong.
}

ex::DatasetRules rules_from(const json& j) {
  ex::DatasetRules rules;
  rules.id_column = j.at("id_column").get<std::string>();
  rules.required = j.at("required").get<std::vector<std::string>>();
  for (const auto& n : j.at("numeric"))
    rules.numeric.push_back(
        {n.at("column").get<std::string>(), n.at("min").get<double>(), n.at("max").get<double>()});
  for (const auto& c : j.at("categories"))
    rules.categories.push_back(
        {c.at("column").get<std::string>(), c.at("allowed").get<std::vector<std::string>>()});
  return rules;
}

}  // namespace

namespace course::exercise {

json run_case(const json& input) {
  const mlcore::Table table = mlcore::parse_csv(input.at("csv").get<std::string>());
  const ex::DatasetRules rules = rules_from(input.at("rules"));
  json issues = json::array();
  for (const auto& issue : ex::find_quality_issues(table, rules))
    issues.push_back(
        {{"row", issue.row}, {"column", issue.column}, {"kind", kind_name(issue.kind)}});
  return {{"issues", issues}};
}

}  // namespace course::exercise

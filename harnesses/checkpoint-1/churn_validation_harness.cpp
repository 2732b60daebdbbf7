// Harness for exam exercise checkpoint-1.1 (churn validation): parses the case's CSV text into an
// mlcore::Table, calls the learner's validate_churn(), and returns the issues as records
// {row, column, kind}. The parent compares them, as a set, with the injected truth.
#include <string>

#include "churn_validation.hpp"
#include "course/exercise/harness.hpp"
#include "mlcore/csv.hpp"

namespace {

const char* kind_name(ex::ChurnIssueKind kind) {
  switch (kind) {
    case ex::ChurnIssueKind::kMissing:
      return "missing";
    case ex::ChurnIssueKind::kWrongType:
      return "wrong_type";
    case ex::ChurnIssueKind::kOutOfRange:
      return "out_of_range";
    case ex::ChurnIssueKind::kNotAllowed:
      return "not_allowed";
    case ex::ChurnIssueKind::kChargeMismatch:
      return "charge_mismatch";
    case ex::ChurnIssueKind::kInconsistent:
      return "inconsistent";
    case ex::ChurnIssueKind::kDuplicateRow:
      return "duplicate_row";
  }
  return "unknown";  // A value outside the enum (an int cast by the learner): judged as wrong.
}

}  // namespace

namespace course::exercise {

nlohmann::json run_case(const nlohmann::json& input) {
  const mlcore::Table table = mlcore::parse_csv(input.at("csv").get<std::string>());
  nlohmann::json issues = nlohmann::json::array();
  for (const auto& issue : ex::validate_churn(table))
    issues.push_back(
        {{"row", issue.row}, {"column", issue.column}, {"kind", kind_name(issue.kind)}});
  return {{"issues", issues}};
}

}  // namespace course::exercise

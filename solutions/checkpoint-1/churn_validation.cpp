// Checkpoint exam 1, part 1 — reference solution.
//
// One pass per rule family. The only subtle part is reading numbers: a column the reader typed as
// text (because of one bad cell) still holds numbers in its other cells, and those must be range-
// and charge-checked like any other; parse_number tells the two apart.
#include <cmath>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "churn_validation.hpp"
#include "mlcore/csv.hpp"
#include "mlcore/table.hpp"

namespace ex {
namespace {

// The cell as a number: nullopt when missing or not a number (so callers never mistake a
// missing cell's NaN for a value).
std::optional<double> number_at(const mlcore::Column& col, std::size_t row) {
  if (col.is_missing(row)) return std::nullopt;
  if (col.type() == mlcore::ColumnType::kNumeric) return col.numeric(row);
  return mlcore::parse_number(col.to_string(row));
}

void check_present_cells(const mlcore::Table& table, std::vector<ChurnIssue>& issues) {
  for (const NumericSpec& spec : kNumericSchema) {
    const mlcore::Column& col = table.column(spec.column);
    for (std::size_t row = 0; row < col.size(); ++row) {
      if (col.is_missing(row)) {
        issues.push_back({row, spec.column, ChurnIssueKind::kMissing});
        continue;
      }
      const std::optional<double> value = number_at(col, row);
      if (!value)
        issues.push_back({row, spec.column, ChurnIssueKind::kWrongType});
      else if (*value < spec.min || *value > spec.max)
        issues.push_back({row, spec.column, ChurnIssueKind::kOutOfRange});
    }
  }
  for (const CategorySpec& spec : kCategorySchema) {
    const mlcore::Column& col = table.column(spec.column);
    const std::unordered_set<std::string> allowed(spec.allowed.begin(), spec.allowed.end());
    for (std::size_t row = 0; row < col.size(); ++row) {
      if (col.is_missing(row))
        issues.push_back({row, spec.column, ChurnIssueKind::kMissing});
      else if (!allowed.count(col.to_string(row)))
        issues.push_back({row, spec.column, ChurnIssueKind::kNotAllowed});
    }
  }
}

// Cross-field rules: they only judge rows where the cells they compare are readable numbers;
// a missing or garbled cell already has its own issue.
void check_cross_fields(const mlcore::Table& table, std::vector<ChurnIssue>& issues) {
  for (const ChargeSpec& spec : kChargeSchema) {
    const mlcore::Column& minutes = table.column(spec.minutes);
    const mlcore::Column& charge = table.column(spec.charge);
    for (std::size_t row = 0; row < table.rows(); ++row) {
      const auto m = number_at(minutes, row), c = number_at(charge, row);
      if (m && c && std::fabs(*c - *m * spec.rate) > kChargeTolerance)
        issues.push_back({row, spec.charge, ChurnIssueKind::kChargeMismatch});
    }
  }
  const mlcore::Column& plan = table.column("voice_mail_plan");
  const mlcore::Column& messages = table.column("number_vmail_messages");
  for (std::size_t row = 0; row < table.rows(); ++row) {
    const auto n = number_at(messages, row);
    if (!plan.is_missing(row) && plan.to_string(row) == "no" && n && *n > 0)
      issues.push_back({row, "number_vmail_messages", ChurnIssueKind::kInconsistent});
  }
}

void check_duplicates(const mlcore::Table& table, std::vector<ChurnIssue>& issues) {
  std::unordered_set<std::string> seen;
  for (std::size_t row = 0; row < table.rows(); ++row) {
    std::string key;
    // '\x1f' (unit separator) cannot occur in a CSV cell we compare, so "a|b" + "c" never
    // collides with "a" + "b|c".
    for (const mlcore::Column& col : table.columns()) key += col.to_string(row) + '\x1f';
    if (!seen.insert(key).second) issues.push_back({row, "*", ChurnIssueKind::kDuplicateRow});
  }
}

}  // namespace

std::vector<ChurnIssue> validate_churn(const mlcore::Table& table) {
  std::vector<ChurnIssue> issues;
  check_present_cells(table, issues);
  check_cross_fields(table, issues);
  check_duplicates(table, issues);
  return issues;
}

}  // namespace ex

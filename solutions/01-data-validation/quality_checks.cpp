// Exercise 1.1 — Data quality checks: reference solution.
//
// One small function per rule, each appending to the same vector. Every check walks whole
// columns, so the cost is O(rows × rule columns) and a single bad cell never hides another.
#include "quality_checks.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "mlcore/csv.hpp"
#include "mlcore/table.hpp"

namespace ex {
namespace {

void add_issue(std::vector<QualityIssue>& issues, std::size_t row, const std::string& column,
               IssueKind kind) {
  issues.push_back(QualityIssue{row, column, kind});
}

// The value of a present cell if it is a number. A numeric column was typed by the reader, so its
// cells are numbers by construction. Any other column holds text (a single bad cell made the
// reader give up on the whole column), so each cell must be judged on its own, with the same
// parser the reader uses: a learner-visible "42" must count exactly as the reader would count it.
std::optional<double> cell_number(const mlcore::Column& column, std::size_t row) {
  if (column.type() == mlcore::ColumnType::kNumeric) return column.numeric(row);
  return mlcore::parse_number(column.to_string(row));
}

void check_required(const mlcore::Table& table, const std::string& name,
                    std::vector<QualityIssue>& issues) {
  const mlcore::Column& column = table.column(name);
  for (std::size_t row = 0; row < column.size(); ++row) {
    if (column.is_missing(row)) add_issue(issues, row, name, IssueKind::kMissing);
  }
}

// Wrong type and out of range in one pass: a cell is either not a number, or a number that may
// be out of bounds, never both. Missing cells are left to the `required` check, so a blank is
// reported once, as what it is.
void check_numeric(const mlcore::Table& table, const NumericRule& rule,
                   std::vector<QualityIssue>& issues) {
  const mlcore::Column& column = table.column(rule.column);
  for (std::size_t row = 0; row < column.size(); ++row) {
    if (column.is_missing(row)) continue;
    const std::optional<double> value = cell_number(column, row);
    if (!value) {
      add_issue(issues, row, rule.column, IssueKind::kWrongType);
    } else if (*value < rule.min || *value > rule.max) {
      add_issue(issues, row, rule.column, IssueKind::kOutOfRange);
    }
  }
}

// Ids are compared as the text they would be written back as, so the check means the same thing
// whether the reader typed the id column as numbers or as text. The first occurrence is the
// record; every later one is the copy to investigate.
void check_duplicate_ids(const mlcore::Table& table, const std::string& name,
                         std::vector<QualityIssue>& issues) {
  const mlcore::Column& column = table.column(name);
  std::unordered_set<std::string> seen;
  for (std::size_t row = 0; row < column.size(); ++row) {
    if (column.is_missing(row)) continue;  // an unknown id duplicates nothing
    if (!seen.insert(column.to_string(row)).second) {
      add_issue(issues, row, name, IssueKind::kDuplicateId);
    }
  }
}

// Exact comparison on purpose: "fire" and "Fire " are the kind of drift (manual entry, a join
// with another source) that silently splits one category into several.
void check_category(const mlcore::Table& table, const CategoryRule& rule,
                    std::vector<QualityIssue>& issues) {
  const mlcore::Column& column = table.column(rule.column);
  const std::unordered_set<std::string> allowed(rule.allowed.begin(), rule.allowed.end());
  for (std::size_t row = 0; row < column.size(); ++row) {
    if (column.is_missing(row)) continue;
    if (allowed.count(column.to_string(row)) == 0) {
      add_issue(issues, row, rule.column, IssueKind::kInconsistentCategory);
    }
  }
}

bool same_issue(const QualityIssue& a, const QualityIssue& b) {
  return a.row == b.row && a.column == b.column && a.kind == b.kind;
}

bool issue_less(const QualityIssue& a, const QualityIssue& b) {
  if (a.row != b.row) return a.row < b.row;
  if (a.column != b.column) return a.column < b.column;
  return a.kind < b.kind;
}

}  // namespace

std::vector<QualityIssue> find_quality_issues(const mlcore::Table& table,
                                              const DatasetRules& rules) {
  std::vector<QualityIssue> issues;
  for (const std::string& name : rules.required) check_required(table, name, issues);
  for (const NumericRule& rule : rules.numeric) check_numeric(table, rule, issues);
  if (!rules.id_column.empty()) check_duplicate_ids(table, rules.id_column, issues);
  for (const CategoryRule& rule : rules.categories) check_category(table, rule, issues);

  // A column listed twice in the rules (say, required twice) would report its cells twice.
  // Sorting also gives a stable, readable order: by row, then column, then kind.
  std::sort(issues.begin(), issues.end(), issue_less);
  issues.erase(std::unique(issues.begin(), issues.end(), same_issue), issues.end());
  return issues;
}

}  // namespace ex

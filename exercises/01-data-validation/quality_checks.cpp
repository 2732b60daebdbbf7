// Exercise 1.1 — Data quality checks.
//
// Implement find_quality_issues (declared and specified in quality_checks.hpp) so that it reports
// every problem in a table of real Pokémon data with defects injected into it. Run
// `course check 1.1` to test it, `course hint 1.1` when stuck.
//
// Useful mlcore calls (see mlcore/table.hpp and mlcore/csv.hpp):
//   const mlcore::Column& col = table.column("hp");   // throws if there is no such column
//   col.size(), col.type() == mlcore::ColumnType::kNumeric, col.is_missing(row),
//   col.numeric(row), col.to_string(row), mlcore::parse_number(text) -> std::optional<double>
#include "quality_checks.hpp"

#include <optional>
#include <string>
#include <vector>

#include "mlcore/csv.hpp"    // mlcore::parse_number
#include "mlcore/table.hpp"  // mlcore::Table, mlcore::Column, mlcore::ColumnType

namespace ex {

std::vector<QualityIssue> find_quality_issues([[maybe_unused]] const mlcore::Table& table,
                                              [[maybe_unused]] const DatasetRules& rules) {
  std::vector<QualityIssue> issues;

  // TODO 1 — missing values (IssueKind::kMissing).
  // For each column name in rules.required, look the column up and add an issue for every row
  // where is_missing(row) is true.
  // Why: a model cannot learn from a blank, and most libraries either crash on it or silently
  // turn it into NaN or 0, which skews every statistic computed afterwards.

  // TODO 2 — wrong types (IssueKind::kWrongType).
  // For each NumericRule, skip missing cells. If the column's type() is kNumeric, every cell is a
  // number: nothing to report. Otherwise, parse each present cell's to_string(row) with
  // mlcore::parse_number; std::nullopt means "not a number" → an issue.
  // Why: one "45kg" typed by hand makes the whole column text; a pipeline that then casts or
  // drops the column breaks far from the cause.

  // TODO 3 — out of range (IssueKind::kOutOfRange).
  // For the same NumericRule columns, take each present cell's value (numeric(row) in a numeric
  // column, the parsed value otherwise) and report it when value < rule.min or value > rule.max.
  // Bounds are inclusive. Hint: TODOs 2 and 3 fit in one loop over the cells.
  // Why: a weight of 1500 kg or an HP of 0 is a unit mix-up or a sentinel value; left in, it
  // drags means and scalers and the model learns from nonsense.

  // TODO 4 — duplicate ids (IssueKind::kDuplicateId).
  // Walk the rules.id_column rows in order, remembering each id's text (to_string(row)) the first
  // time you see it; report every later row that repeats one. Skip missing ids. The issue's
  // column is rules.id_column. A std::unordered_set<std::string> is a good fit.
  // Why: duplicated records are over-weighted in training, and a duplicate that lands in both
  // the training and the test split leaks the answer into the evaluation.

  // TODO 5 — inconsistent categories (IssueKind::kInconsistentCategory).
  // For each CategoryRule, report every present cell whose to_string(row) is not exactly one of
  // rule.allowed. Exactly means exactly: "fire" and " Fire" are not "Fire".
  // Why: "Fire", "fire" and "Fire " become three different one-hot columns, and the model
  // treats one type as three.

  return issues;
}

}  // namespace ex

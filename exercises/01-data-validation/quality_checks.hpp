// Exercise 1.1 — Data quality checks.
//
// Before a model sees a dataset, a pipeline checks it against rules: ids are unique, required
// fields are filled in, numbers are numbers and within plausible bounds, categories are spelled
// the one agreed way. You implement those checks in quality_checks.cpp. This header is the
// contract the grader tests against: read it, do not edit it.
//
// The table comes from mlcore::read_csv / mlcore::parse_csv (see mlcore/table.hpp and
// mlcore/csv.hpp). Remember how the reader types a column: it is numeric only when EVERY present
// cell parses as a number. A single "45kg" turns the whole column into a categorical (text)
// column, the way one bad cell turns a pandas column into dtype object. Your checks must work
// for both.
//
// Rows are 0-based data rows (the header line is not a row): row 0 is the first line after it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "mlcore/table.hpp"

namespace ex {

// What is wrong with one cell.
enum class IssueKind {
  // A column listed in DatasetRules::required has a missing cell (Column::is_missing).
  kMissing,
  // A NumericRule column holds a number outside [min, max].
  kOutOfRange,
  // The id column repeats a value seen in an earlier row.
  kDuplicateId,
  // A NumericRule column holds a present cell that is not a number at all ("45kg", "high").
  kWrongType,
  // A CategoryRule column holds a value that is not one of the allowed spellings ("fire").
  kInconsistentCategory,
};

// A numeric column and its plausible range. Bounds are inclusive: min and max themselves are fine.
struct NumericRule {
  std::string column;
  double min;
  double max;
};

// A categorical column and its allowed values, compared exactly: case, spaces and all.
struct CategoryRule {
  std::string column;
  std::vector<std::string> allowed;
};

// The rules a dataset must satisfy. Every column named here must exist in the table.
struct DatasetRules {
  std::string id_column;                 // values must be unique
  std::vector<std::string> required;     // cells must not be missing
  std::vector<NumericRule> numeric;      // cells must be numbers within [min, max]
  std::vector<CategoryRule> categories;  // cells must be one of `allowed`, spelled exactly
};

// One problem found: which data row (0-based), which column, and what kind.
struct QualityIssue {
  std::size_t row;
  std::string column;
  IssueKind kind;
};

// Checks `table` against `rules` and returns every issue found, in any order, each
// (row, column, kind) at most once. A clean table gives an empty vector: no false alarms.
//
// The rules, precisely:
//
// * kMissing — for each column in rules.required, every row whose cell is missing
//   (Column::is_missing). Missing cells in columns that are not required are fine.
//
// * kWrongType — for each NumericRule column, every PRESENT cell that is not a number:
//   - a numeric column (ColumnType::kNumeric) holds only numbers: no cell is wrong;
//   - otherwise (typically kCategorical, after one bad cell) a present cell is wrong exactly when
//     mlcore::parse_number(cell text) returns std::nullopt. parse_number (mlcore/csv.hpp) accepts
//     surrounding spaces and needs the whole cell to be a number: "42", " 78 ", "-3.5" and "1e3"
//     are numbers; "12kg", "high", "?" and "1,5" are not. Use Column::to_string(row) as the
//     cell's text (for a categorical column it is the same as Column::text(row)).
//   Missing cells are never wrong-typed (only `required` reports them).
//
// * kOutOfRange — for each NumericRule column, every present cell that IS a number (read with
//   Column::numeric in a numeric column, or parsed from the text as above) and is < min or > max.
//   A "999" in a text-typed column is still out of range; a "45kg" is kWrongType, not this.
//
// * kDuplicateId — every row whose id_column value equals that of an EARLIER row, comparing the
//   cells as text (Column::to_string). The first occurrence is not flagged; a value seen three
//   times is flagged twice. Missing ids are never duplicates (of each other or of anything).
//   The issue's column is id_column.
//
// * kInconsistentCategory — for each CategoryRule column, every present cell whose text
//   (Column::to_string) is not exactly one of `allowed`: with "Fire" allowed, "fire", " Fire" and
//   "Fire " are all issues. Missing cells are not category issues.
//
// Throws mlcore::Error (from Table::column) when a rule names a column the table does not have.
std::vector<QualityIssue> find_quality_issues(const mlcore::Table& table,
                                              const DatasetRules& rules);

}  // namespace ex

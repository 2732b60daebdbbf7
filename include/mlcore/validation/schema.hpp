// Schema checks for mlcore::Table: declare what a data set must look like, get back every place
// where it does not, as values (a bad file is a result, not an exception).
//
// A Schema lists columns with an expected type (numeric, categorical, boolean), whether missing
// cells are allowed, an inclusive numeric range, a set of allowed values, and uniqueness; plus
// whether columns the schema does not name may appear. validate() returns one SchemaIssue per
// problem, in this order: missing columns (schema order), unexpected columns (table order), then
// for each schema column present in the table (schema order) its cell issues by ascending row; a
// cell with several problems yields them in the order wrong_type, null_not_allowed, below_min,
// above_max, not_allowed, duplicate (null_not_allowed excludes the others for that cell).
//
// Type rules (the CSV reader infers types, so a column may arrive as another type than declared):
//   - numeric expected, numeric column: fine. Categorical column (some cell did not parse as a
//     number): each present cell goes through mlcore::parse_number; cells that do not parse are
//     wrong_type at their row, the others are checked as numbers. Boolean column: one
//     column-level wrong_type issue.
//   - boolean expected, boolean column: fine. Categorical column: cells other than true/false
//     (any case) are wrong_type at their row. Numeric column: one column-level wrong_type issue.
//   - categorical expected: any column is accepted; cells are compared through their text form
//     (Column::to_string: "3", "0.5", "true").
//   - A column with no present cell never has a type issue (an all-empty CSV column reads as
//     numeric).
// A present NaN number counts as a null. min/max apply to numbers only; allowed_values compare
// text exactly for categorical and boolean ("true"/"false") columns and numerically (after
// parse_number) for numeric ones. unique flags every present cell equal to an earlier one.
//
// Rows are 0-based table rows (for a CSV with one header line and no line breaks inside quoted
// fields, the file line is row + 2). Messages use the same numbers.
//
// Thread safety: pure functions of their arguments.
#pragma once

#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mlcore/table.hpp"

namespace mlcore {

struct ColumnSchema {
  // Column name; non-empty and unique within a Schema.
  std::string name;
  // Expected type.
  ColumnType type = ColumnType::kNumeric;
  // Whether missing cells (and NaN numbers) are allowed.
  bool nullable = true;
  // Whether the column must be present.
  bool required = true;
  // Inclusive bounds for numbers; only for numeric columns. Must not be NaN; min <= max.
  std::optional<double> min;
  std::optional<double> max;
  // Allowed values; empty means any. Numeric columns: each entry must parse as a number;
  // boolean columns: entries must be "true" or "false".
  std::vector<std::string> allowed_values;
  // Whether present values must be distinct.
  bool unique = false;
};

struct Schema {
  std::vector<ColumnSchema> columns;
  // Whether the table may have columns the schema does not name.
  bool allow_extra_columns = true;

  // The column named `name`, or nullptr.
  const ColumnSchema* find(std::string_view name) const;
  // Throws mlcore::Error naming the column and field for an inconsistent schema (empty or
  // repeated name, NaN or crossed bounds, bounds on a non-numeric column, allowed values that do
  // not fit the type).
  void validate() const;
};

enum class SchemaIssueKind {
  kMissingColumn,
  kUnexpectedColumn,
  kWrongType,
  kNullNotAllowed,
  kBelowMin,
  kAboveMax,
  kNotAllowed,
  kDuplicate,
};

// "missing_column", "unexpected_column", "wrong_type", "null_not_allowed", "below_min",
// "above_max", "not_allowed", "duplicate".
const char* schema_issue_kind_name(SchemaIssueKind kind);

struct SchemaIssue {
  static constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();
  std::size_t row = npos;  // npos for column-level issues
  std::string column;
  SchemaIssueKind kind = SchemaIssueKind::kWrongType;
  // One line for people, e.g. "column 'hp' row 3: value -5 is below min 1".
  std::string message;
};

// Checks the table against the schema. Throws mlcore::Error only for an invalid schema (see
// Schema::validate); every data problem is an issue. An empty result means the table conforms.
std::vector<SchemaIssue> validate(const Table& table, const Schema& schema);

struct InferSchemaOptions {
  // Categorical columns with at most this many distinct present values get them (sorted) as
  // allowed_values; 0 disables.
  std::size_t max_categories = 20;
  // Whether numeric columns get the observed min and max as bounds.
  bool infer_range = true;
  // Whether columns whose present values are all distinct are marked unique.
  bool infer_unique = false;
  // Copied into Schema::allow_extra_columns.
  bool allow_extra_columns = false;
};

// A schema that `reference` satisfies: each column's type as read, nullable when it has a missing
// cell (or NaN), required, plus the bounds, categories and uniqueness the options ask for.
// Numeric bounds skip NaN; an all-missing column gets no bounds.
Schema infer_schema(const Table& reference, const InferSchemaOptions& options = {});

// Schema files are JSON:
//   {"format_version": 1, "allow_extra_columns": false, "columns": [
//     {"name": "hp", "type": "numeric", "nullable": false, "required": true,
//      "min": 1, "max": 255, "allowed_values": [], "unique": false}, ...]}
// to_json writes every field (min/max only when set) with numbers in shortest round-trip form.
// from_json requires "columns" and each column's "name" and "type"; other fields default as in
// ColumnSchema. Unknown keys, wrong value types, a format_version newer than 1, invalid JSON and
// an inconsistent schema throw mlcore::Error naming the place ("schema JSON: columns[2].min must
// be a number").
std::string schema_to_json(const Schema& schema);
Schema schema_from_json(const std::string& text);

}  // namespace mlcore

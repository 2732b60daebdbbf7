// Challenge 1.C — New Pokémon data drop.
//
// Upstream has sent a new batch: the species of generations 8 and 9, straight from their source
// (the npm package @pkmn/dex), in ITS layout: nested objects (baseStats.atk), lists (types.0,
// types.1), its own field names (weightkg), and whatever fields it does or does not have. Before
// anything trains on it, your pipeline reviews it against the data contract and against the data
// we already have (generations 1..7), and writes down what it found.
//
// This header is the contract the grader tests against: read it, do not edit it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "mlcore/table.hpp"

namespace ex {

// One canonical column of the contract and where the drop carries it.
struct FieldRule {
  std::string column;         // canonical name, as in the reference table ("weight_kg")
  std::string source;         // column of the flattened drop that holds it ("weightkg")
  mlcore::ColumnType type;    // the type the source column must have
  bool required = true;       // a missing cell is an issue
  std::optional<double> min;  // numeric: inclusive bounds
  std::optional<double> max;
  std::vector<std::string> allowed;  // categorical: allowed values (exact); empty = any
  bool drift = false;                // compare its distribution with the reference
};

struct DropContract {
  std::string id_column;  // canonical name of the key ("num")
  std::vector<FieldRule> fields;
};

enum class SchemaViolationKind {
  kMissingField,  // the drop has no column named `source` at all
  kWrongType,     // it has one, of another type than `type`
};

struct SchemaViolation {
  std::string column;  // the canonical name
  SchemaViolationKind kind;
};

enum class DropIssueKind {
  kMissing,      // a required field's cell is missing
  kOutOfRange,   // a number < min or > max
  kNotAllowed,   // a categorical value not in `allowed`
  kDuplicateId,  // the id repeats an earlier drop row's, or one already in the reference
};

struct DropIssue {
  std::size_t row;     // 0-based row of the drop
  std::string column;  // the canonical name
  DropIssueKind kind;
};

struct DropReport {
  std::vector<SchemaViolation> schema;
  std::vector<DropIssue> quality;
  std::vector<std::string> drifted;  // canonical names of the drifted features, any order
  // A findings note in Markdown for the data owner, with (at least) these headings:
  // "Schema", "Quality", "Drift" and "Recommendation", each followed by a few sentences
  // (at least 8 words) saying what you found and what should happen next.
  std::string note;
};

// Reviews `drop` (the flattened raw records: nested fields joined with '.', list items numbered,
// "baseStats.atk", "types.0"; an absent field is a missing cell) against `contract` and
// `reference` (canonical columns, the data we already have).
//
// The rules, precisely:
//
// * Schema: for each FieldRule, kMissingField when the drop has no column `source`; kWrongType
//   when that column's type() is not `type`. A field with a schema violation is left out of the
//   quality and drift checks (its data cannot be trusted or read).
// * Quality, for each field without a schema violation, row by row:
//   kMissing when the cell is missing and `required`; otherwise (present cells) kOutOfRange for a
//   number outside [min, max] (a bound that is not set does not apply), kNotAllowed for a
//   categorical value (Column::to_string, exactly) not in a non-empty `allowed`.
//   kDuplicateId, on the id field (the FieldRule whose column is contract.id_column): a present
//   id whose text (Column::to_string) equals that of an earlier drop row, or of any present id in
//   the reference's id_column. Each (row, column, kind) at most once.
// * Drift, for each field with `drift` and no schema violation: compare the reference column
//   `column` with the drop column `source`, present values only, exactly as
//   mlcore::drift_report does with its default options (mlcore/validation/drift.hpp): a numeric
//   feature drifts when PSI (10 reference-quantile bins) > 0.2 or the KS p-value < 0.01; a
//   categorical one when its category PSI > 0.2. Tip: copy the source columns into a table under
//   their canonical names, then call mlcore::drift_report.
DropReport review_drop(const mlcore::Table& reference, const mlcore::Table& drop,
                       const DropContract& contract);

}  // namespace ex

// Challenge 1.C — New Pokémon data drop: reference solution.
//
// Three passes in the order a pipeline must run them: the schema decides which fields can be read
// at all, quality checks those fields cell by cell, and drift compares only what passed the
// schema, under the canonical names, with mlcore's drift report. The note is built from the same
// findings, so what it says and what the checks found cannot disagree.
#include "data_drop.hpp"

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "mlcore/table.hpp"
#include "mlcore/validation/drift.hpp"

namespace ex {
namespace {

bool usable(const FieldRule& field, const mlcore::Table& drop) {
  return drop.has_column(field.source) && drop.column(field.source).type() == field.type;
}

void check_schema(const DropContract& contract, const mlcore::Table& drop, DropReport& report) {
  for (const FieldRule& field : contract.fields) {
    if (!drop.has_column(field.source)) {
      report.schema.push_back({field.column, SchemaViolationKind::kMissingField});
    } else if (drop.column(field.source).type() != field.type) {
      report.schema.push_back({field.column, SchemaViolationKind::kWrongType});
    }
  }
}

void check_cells(const FieldRule& field, const mlcore::Column& column, DropReport& report) {
  const std::set<std::string> allowed(field.allowed.begin(), field.allowed.end());
  for (std::size_t row = 0; row < column.size(); ++row) {
    if (column.is_missing(row)) {
      if (field.required) report.quality.push_back({row, field.column, DropIssueKind::kMissing});
      continue;
    }
    if (field.type == mlcore::ColumnType::kNumeric) {
      const double value = column.numeric(row);
      if ((field.min && value < *field.min) || (field.max && value > *field.max))
        report.quality.push_back({row, field.column, DropIssueKind::kOutOfRange});
    } else if (!allowed.empty() && allowed.count(column.to_string(row)) == 0) {
      report.quality.push_back({row, field.column, DropIssueKind::kNotAllowed});
    }
  }
}

// A key already in the warehouse is as much a duplicate as one repeated inside the batch: loading
// it would overwrite or double a species we already have.
void check_ids(const FieldRule& field, const mlcore::Column& ids, const mlcore::Column& known,
               DropReport& report) {
  std::unordered_set<std::string> seen;
  for (std::size_t row = 0; row < known.size(); ++row)
    if (!known.is_missing(row)) seen.insert(known.to_string(row));
  for (std::size_t row = 0; row < ids.size(); ++row) {
    if (ids.is_missing(row)) continue;
    if (!seen.insert(ids.to_string(row)).second)
      report.quality.push_back({row, field.column, DropIssueKind::kDuplicateId});
  }
}

// The drop's column under its canonical name, so the drift report compares like with like.
mlcore::Column renamed(const mlcore::Column& source, const std::string& name) {
  mlcore::Column out(name, source.type());
  for (std::size_t row = 0; row < source.size(); ++row) {
    if (source.is_missing(row)) {
      out.push_missing();
    } else if (source.type() == mlcore::ColumnType::kNumeric) {
      out.push_numeric(source.numeric(row));
    } else if (source.type() == mlcore::ColumnType::kBoolean) {
      out.push_boolean(source.boolean(row));
    } else {
      out.push_text(source.text(row));
    }
  }
  return out;
}

void check_drift(const DropContract& contract, const mlcore::Table& reference,
                 const mlcore::Table& drop, DropReport& report) {
  mlcore::Table current;
  mlcore::DriftOptions options;
  for (const FieldRule& field : contract.fields) {
    if (!field.drift || !usable(field, drop)) continue;
    current.add_column(renamed(drop.column(field.source), field.column));
    options.columns.push_back(field.column);
  }
  if (options.columns.empty()) return;
  for (const mlcore::FeatureDrift& feature :
       mlcore::drift_report(reference, current, options).features)
    if (feature.drifted) report.drifted.push_back(feature.column);
}

std::string write_note(const DropReport& report, std::size_t rows) {
  std::string note = "# Review of the new data drop (" + std::to_string(rows) + " rows)\n\n";
  note += "## Schema\n\n";
  if (report.schema.empty())
    note += "Every field of the contract is present with the expected type.\n";
  for (const SchemaViolation& v : report.schema)
    note += "- `" + v.column + "`: " +
            (v.kind == SchemaViolationKind::kMissingField
                 ? "the drop has no such field at all, so it can be neither checked nor loaded."
                 : "the field has the wrong type, so its values cannot be read.") +
            "\n";
  note += "\n## Quality\n\n";
  std::map<std::string, std::size_t> counts;
  const char* names[] = {"missing", "out of range", "not allowed", "duplicate id"};
  for (const DropIssue& issue : report.quality)
    ++counts[issue.column + " " + names[static_cast<int>(issue.kind)]];
  if (counts.empty())
    note += "No missing, out-of-range, disallowed or duplicate values were found.\n";
  for (const auto& [what, count] : counts)
    note += "- " + what + ": " + std::to_string(count) + " of " + std::to_string(rows) + " rows.\n";
  note += "\n## Drift\n\n";
  if (report.drifted.empty()) {
    note += "No compared feature drifted from the reference (PSI <= 0.2 and KS p >= 0.01).\n";
  } else {
    note += "These features drifted from the reference (PSI > 0.2 or KS p < 0.01):";
    for (const std::string& column : report.drifted) note += " `" + column + "`";
    note += ".\n";
  }
  note += "\n## Recommendation\n\n";
  if (report.schema.empty() && report.quality.empty() && report.drifted.empty()) {
    note += "The drop matches the contract and the reference; it can be loaded as it is.\n";
  } else {
    note +=
        "Do not load this drop as it is. Ask the owner to send the missing fields, to drop or "
        "key alternate formes separately so ids stay unique, and to fix impossible values. "
        "Retrain or recalibrate only after checking that the drifted features reflect real "
        "new species rather than formes and defects.\n";
  }
  return note;
}

}  // namespace

DropReport review_drop(const mlcore::Table& reference, const mlcore::Table& drop,
                       const DropContract& contract) {
  DropReport report;
  check_schema(contract, drop, report);
  for (const FieldRule& field : contract.fields) {
    if (!usable(field, drop)) continue;
    check_cells(field, drop.column(field.source), report);
    if (field.column == contract.id_column)
      check_ids(field, drop.column(field.source), reference.column(contract.id_column), report);
  }
  check_drift(contract, reference, drop, report);
  report.note = write_note(report, drop.rows());
  return report;
}

}  // namespace ex

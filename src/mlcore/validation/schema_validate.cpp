// Schema::validate, issue kinds and validate(table, schema).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <unordered_map>

#include "mlcore/csv.hpp"
#include "mlcore/error.hpp"
#include "mlcore/validation/schema.hpp"
#include "number.hpp"

namespace mlcore {
namespace {

std::string number_text(double value) {
  std::string out;
  detail::append_number(out, value);
  return out;
}

std::optional<bool> parse_boolean(const std::string& text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lower == "true") return true;
  if (lower == "false") return false;
  return std::nullopt;
}

// Collects the issues of one schema column; keeps the row loop free of bookkeeping.
class ColumnChecker {
 public:
  ColumnChecker(const Column& column, const ColumnSchema& spec, std::vector<SchemaIssue>& out)
      : column_(column), spec_(spec), out_(out) {
    for (const auto& value : spec.allowed_values) {
      allowed_text_.insert(value);
      if (spec.type == ColumnType::kNumeric) allowed_numbers_.insert(*parse_number(value));
    }
  }

  void run() {
    if (column_.missing_count() < column_.size() && column_level_type_mismatch()) {
      add(SchemaIssue::npos, SchemaIssueKind::kWrongType,
          std::string("is ") + column_type_name(column_.type()) + ", expected " +
              column_type_name(spec_.type));
      return;
    }
    for (std::size_t row = 0; row < column_.size(); ++row) check_cell(row);
  }

 private:
  bool column_level_type_mismatch() const {
    return (spec_.type == ColumnType::kNumeric && column_.type() == ColumnType::kBoolean) ||
           (spec_.type == ColumnType::kBoolean && column_.type() == ColumnType::kNumeric);
  }

  void check_cell(std::size_t row) {
    const bool null = column_.is_missing(row) ||
                      (column_.type() == ColumnType::kNumeric && std::isnan(column_.numeric(row)));
    if (null) {
      if (!spec_.nullable) add(row, SchemaIssueKind::kNullNotAllowed, "is missing");
      return;
    }
    if (spec_.type == ColumnType::kNumeric) {
      std::optional<double> value;
      if (column_.type() == ColumnType::kNumeric) {
        value = column_.numeric(row);
      } else {
        value = parse_number(column_.text(row));
        if (!value) {
          add(row, SchemaIssueKind::kWrongType,
              "value '" + column_.text(row) + "' is not a number");
          return;
        }
      }
      check_number(row, *value);
    } else if (spec_.type == ColumnType::kBoolean) {
      std::string text = column_.to_string(row);
      if (column_.type() == ColumnType::kCategorical) {
        const auto parsed = parse_boolean(text);
        if (!parsed) {
          add(row, SchemaIssueKind::kWrongType, "value '" + text + "' is not true/false");
          return;
        }
        text = *parsed ? "true" : "false";
      }
      check_text(row, text);
    } else {
      check_text(row, column_.to_string(row));
    }
  }

  void check_number(std::size_t row, double value) {
    const std::string text = number_text(value);
    if (spec_.min && value < *spec_.min) {
      add(row, SchemaIssueKind::kBelowMin,
          "value " + text + " is below min " + number_text(*spec_.min));
    }
    if (spec_.max && value > *spec_.max) {
      add(row, SchemaIssueKind::kAboveMax,
          "value " + text + " is above max " + number_text(*spec_.max));
    }
    if (!allowed_numbers_.empty() && allowed_numbers_.count(value) == 0) {
      add(row, SchemaIssueKind::kNotAllowed, "value " + text + " is not an allowed value");
    }
    // + 0.0 makes -0 and 0 one key.
    check_unique(row, number_text(value + 0.0), text);
  }

  void check_text(std::size_t row, const std::string& text) {
    if (!allowed_text_.empty() && allowed_text_.count(text) == 0) {
      add(row, SchemaIssueKind::kNotAllowed, "value '" + text + "' is not an allowed value");
    }
    check_unique(row, text, "'" + text + "'");
  }

  void check_unique(std::size_t row, const std::string& key, const std::string& shown) {
    if (!spec_.unique) return;
    auto [it, inserted] = first_row_.emplace(key, row);
    if (!inserted) {
      add(row, SchemaIssueKind::kDuplicate,
          "value " + shown + " repeats row " + std::to_string(it->second));
    }
  }

  void add(std::size_t row, SchemaIssueKind kind, const std::string& what) {
    std::string message = "column '" + spec_.name + "'";
    if (row != SchemaIssue::npos) message += " row " + std::to_string(row);
    out_.push_back(SchemaIssue{row, spec_.name, kind, message + ": " + what});
  }

  const Column& column_;
  const ColumnSchema& spec_;
  std::vector<SchemaIssue>& out_;
  std::set<std::string> allowed_text_;
  std::set<double> allowed_numbers_;
  std::unordered_map<std::string, std::size_t> first_row_;
};

}  // namespace

const char* schema_issue_kind_name(SchemaIssueKind kind) {
  switch (kind) {
    case SchemaIssueKind::kMissingColumn:
      return "missing_column";
    case SchemaIssueKind::kUnexpectedColumn:
      return "unexpected_column";
    case SchemaIssueKind::kWrongType:
      return "wrong_type";
    case SchemaIssueKind::kNullNotAllowed:
      return "null_not_allowed";
    case SchemaIssueKind::kBelowMin:
      return "below_min";
    case SchemaIssueKind::kAboveMax:
      return "above_max";
    case SchemaIssueKind::kNotAllowed:
      return "not_allowed";
    case SchemaIssueKind::kDuplicate:
      return "duplicate";
  }
  return "unknown";
}

const ColumnSchema* Schema::find(std::string_view name) const {
  for (const auto& column : columns) {
    if (column.name == name) return &column;
  }
  return nullptr;
}

void Schema::validate() const {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const ColumnSchema& c = columns[i];
    const std::string where = "Schema.columns[" + std::to_string(i) + "]";
    if (c.name.empty()) throw Error(where + ".name must not be empty");
    const std::string named = where + " ('" + c.name + "')";
    if (!seen.insert(c.name).second) throw Error(named + ".name is repeated");
    if ((c.min || c.max) && c.type != ColumnType::kNumeric) {
      throw Error(named + " has min/max but is " + column_type_name(c.type));
    }
    if (c.min && std::isnan(*c.min)) throw Error(named + ".min must not be NaN");
    if (c.max && std::isnan(*c.max)) throw Error(named + ".max must not be NaN");
    if (c.min && c.max && *c.min > *c.max) {
      throw Error(named + ".min must be <= max (got " + number_text(*c.min) + " > " +
                  number_text(*c.max) + ")");
    }
    for (const auto& value : c.allowed_values) {
      if (c.type == ColumnType::kNumeric && !parse_number(value)) {
        throw Error(named + ".allowed_values: '" + value + "' is not a number");
      }
      if (c.type == ColumnType::kBoolean && value != "true" && value != "false") {
        throw Error(named + ".allowed_values: '" + value + "' is not true/false");
      }
    }
  }
}

std::vector<SchemaIssue> validate(const Table& table, const Schema& schema) {
  schema.validate();
  std::vector<SchemaIssue> issues;
  for (const auto& spec : schema.columns) {
    if (spec.required && !table.has_column(spec.name)) {
      issues.push_back(SchemaIssue{SchemaIssue::npos, spec.name, SchemaIssueKind::kMissingColumn,
                                   "required column '" + spec.name + "' is missing"});
    }
  }
  if (!schema.allow_extra_columns) {
    for (const Column& column : table.columns()) {
      if (schema.find(column.name()) == nullptr) {
        issues.push_back(SchemaIssue{
            SchemaIssue::npos, column.name(), SchemaIssueKind::kUnexpectedColumn,
            "column '" + column.name() + "' is not in the schema (extra columns not allowed)"});
      }
    }
  }
  for (const auto& spec : schema.columns) {
    if (!table.has_column(spec.name)) continue;
    ColumnChecker(table.column(spec.name), spec, issues).run();
  }
  return issues;
}

}  // namespace mlcore

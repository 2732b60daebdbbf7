#include "serve/record_parser.hpp"

#include <fmt/core.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace course::serve {
namespace {

using nlohmann::json;

std::string json_type(const json& value) {
  if (value.is_number()) return "a number";
  if (value.is_string()) return "a string";
  if (value.is_boolean()) return "a boolean";
  if (value.is_array()) return "an array";
  if (value.is_object()) return "an object";
  return "null";
}

std::string shown(double v) { return fmt::format("{}", v); }

// A few categories in the message are enough to correct a typo; /v1/model lists all of them.
std::string category_hint(const std::vector<std::string>& categories) {
  std::string out;
  const std::size_t shown_count = std::min<std::size_t>(categories.size(), 8);
  for (std::size_t i = 0; i < shown_count; ++i) out += (i ? ", " : "") + categories[i];
  if (categories.size() > shown_count) out += ", …";
  return out;
}

class RecordChecker {
 public:
  explicit RecordChecker(std::vector<FieldError>& errors) : errors_(errors) {}

  // Checks one field's value and appends it to `column` when valid.
  void add(std::size_t record, const FieldSpec& field, const json& value, mlcore::Column& column) {
    if (value.is_null()) {
      if (!field.nullable) return error(record, field.name, "null_not_allowed", "must not be null");
      return column.push_missing();
    }
    switch (field.kind) {
      case FieldKind::kNumber:
        return add_number(record, field, value, column);
      case FieldKind::kBoolean:
        if (!value.is_boolean()) return wrong_type(record, field, value, "true or false");
        return column.push_numeric(value.get<bool>() ? 1.0 : 0.0);
      case FieldKind::kCategory:
        return add_category(record, field, value, column);
    }
  }

  void error(std::size_t record, const std::string& field, const char* code,
             const std::string& what) {
    errors_.push_back({record, field, code, "field '" + field + "': " + what});
  }

 private:
  void wrong_type(std::size_t record, const FieldSpec& field, const json& value,
                  const char* expected) {
    error(record, field.name, "wrong_type",
          std::string("must be ") + expected + ", got " + json_type(value));
  }

  void add_number(std::size_t record, const FieldSpec& field, const json& value,
                  mlcore::Column& column) {
    if (!value.is_number()) return wrong_type(record, field, value, "a number");
    const double v = value.get<double>();
    if (!std::isfinite(v)) return error(record, field.name, "wrong_type", "must be finite");
    if (field.min && v < *field.min)
      return error(record, field.name, "below_min",
                   shown(v) + " is below the training minimum " + shown(*field.min));
    if (field.max && v > *field.max)
      return error(record, field.name, "above_max",
                   shown(v) + " is above the training maximum " + shown(*field.max));
    column.push_numeric(v);
  }

  void add_category(std::size_t record, const FieldSpec& field, const json& value,
                    mlcore::Column& column) {
    if (!value.is_string()) return wrong_type(record, field, value, "a string");
    const std::string& text = value.get_ref<const std::string&>();
    if (!std::binary_search(field.categories.begin(), field.categories.end(), text))
      return error(record, field.name, "unknown_category",
                   "'" + text + "' was not seen in training (known: " +
                       category_hint(field.categories) + ")");
    column.push_text(text);
  }

  std::vector<FieldError>& errors_;
};

mlcore::ColumnType column_type(FieldKind kind) {
  // Booleans enter the model as numbers, as they did in training (TablePreprocessor).
  return kind == FieldKind::kCategory ? mlcore::ColumnType::kCategorical
                                      : mlcore::ColumnType::kNumeric;
}

}  // namespace

ParsedRecords parse_records(const json& records, const RecordSchema& schema) {
  ParsedRecords out;
  std::vector<mlcore::Column> columns;
  for (const FieldSpec& field : schema.fields()) {
    columns.emplace_back(field.name, column_type(field.kind));
    columns.back().reserve(records.size());
  }
  RecordChecker checker(out.errors);
  for (std::size_t r = 0; r < records.size(); ++r) {
    const json& record = records[r];
    if (!record.is_object()) {
      out.errors.push_back(
          {r, "", "not_an_object", "must be a JSON object of fields, got " + json_type(record)});
      continue;
    }
    for (std::size_t f = 0; f < schema.fields().size(); ++f) {
      const FieldSpec& field = schema.fields()[f];
      const auto it = record.find(field.name);
      if (it == record.end())
        checker.error(r, field.name, "missing_field", "is required");
      else
        checker.add(r, field, *it, columns[f]);
    }
    for (const auto& item : record.items())
      if (!schema.find(item.key()))
        checker.error(r, item.key(), "unknown_field", "is not a model input");
  }
  if (out.errors.empty())
    for (mlcore::Column& column : columns) out.table.add_column(std::move(column));
  return out;
}

}  // namespace course::serve

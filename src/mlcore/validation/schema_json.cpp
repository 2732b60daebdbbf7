// Schema <-> JSON. The only file of the validation area that sees nlohmann/json.
#include <nlohmann/json.hpp>

#include <cmath>
#include <set>

#include "mlcore/error.hpp"
#include "mlcore/validation/schema.hpp"

namespace mlcore {
namespace {

using Json = nlohmann::json;

constexpr int kSchemaFormatVersion = 1;

[[noreturn]] void fail(const std::string& what) { throw Error("schema JSON: " + what); }

ColumnType parse_type(const Json& value, const std::string& where) {
  if (!value.is_string()) fail(where + " must be a string");
  const auto text = value.get<std::string>();
  if (text == "numeric") return ColumnType::kNumeric;
  if (text == "categorical") return ColumnType::kCategorical;
  if (text == "boolean") return ColumnType::kBoolean;
  fail(where + " must be numeric, categorical or boolean (got '" + text + "')");
}

bool bool_field(const Json& object, const char* key, bool fallback, const std::string& where) {
  if (!object.contains(key)) return fallback;
  const Json& value = object.at(key);
  if (!value.is_boolean()) fail(where + "." + key + " must be true or false");
  return value.get<bool>();
}

std::optional<double> number_field(const Json& object, const char* key, const std::string& where) {
  if (!object.contains(key) || object.at(key).is_null()) return std::nullopt;
  const Json& value = object.at(key);
  if (!value.is_number()) fail(where + "." + key + " must be a number");
  return value.get<double>();
}

void reject_unknown_keys(const Json& object, const std::set<std::string>& known,
                         const std::string& where) {
  for (const auto& item : object.items()) {
    if (known.count(item.key()) == 0) fail(where + ": unknown key '" + item.key() + "'");
  }
}

ColumnSchema parse_column(const Json& object, const std::string& where) {
  if (!object.is_object()) fail(where + " must be an object");
  reject_unknown_keys(
      object, {"name", "type", "nullable", "required", "min", "max", "allowed_values", "unique"},
      where);
  ColumnSchema c;
  if (!object.contains("name") || !object.at("name").is_string()) {
    fail(where + ".name must be a string");
  }
  c.name = object.at("name").get<std::string>();
  if (!object.contains("type")) fail(where + ".type is missing");
  c.type = parse_type(object.at("type"), where + ".type");
  c.nullable = bool_field(object, "nullable", c.nullable, where);
  c.required = bool_field(object, "required", c.required, where);
  c.unique = bool_field(object, "unique", c.unique, where);
  c.min = number_field(object, "min", where);
  c.max = number_field(object, "max", where);
  if (object.contains("allowed_values")) {
    const Json& values = object.at("allowed_values");
    if (!values.is_array()) fail(where + ".allowed_values must be an array of strings");
    for (const Json& v : values) {
      if (!v.is_string()) fail(where + ".allowed_values must be an array of strings");
      c.allowed_values.push_back(v.get<std::string>());
    }
  }
  return c;
}

}  // namespace

std::string schema_to_json(const Schema& schema) {
  Json columns = Json::array();
  for (const auto& c : schema.columns) {
    Json column = {{"name", c.name},
                   {"type", column_type_name(c.type)},
                   {"nullable", c.nullable},
                   {"required", c.required}};
    // An infinite bound bounds nothing; JSON has no infinity, so it is left out.
    if (c.min && std::isfinite(*c.min)) column["min"] = *c.min;
    if (c.max && std::isfinite(*c.max)) column["max"] = *c.max;
    column["allowed_values"] = c.allowed_values;
    column["unique"] = c.unique;
    columns.push_back(std::move(column));
  }
  Json document = {{"format_version", kSchemaFormatVersion},
                   {"allow_extra_columns", schema.allow_extra_columns},
                   {"columns", std::move(columns)}};
  return document.dump(2) + "\n";
}

Schema schema_from_json(const std::string& text) {
  Json document;
  try {
    document = Json::parse(text);
  } catch (const Json::parse_error& e) {
    fail(std::string("invalid JSON: ") + e.what());
  }
  if (!document.is_object()) fail("the document must be an object");
  reject_unknown_keys(document, {"format_version", "allow_extra_columns", "columns"}, "document");
  if (document.contains("format_version")) {
    const Json& version = document.at("format_version");
    if (!version.is_number_integer()) fail("format_version must be an integer");
    if (version.get<long long>() > kSchemaFormatVersion) {
      fail("format_version " + std::to_string(version.get<long long>()) +
           " is newer than this mlcore supports (" + std::to_string(kSchemaFormatVersion) +
           "); upgrade course");
    }
  }
  Schema schema;
  schema.allow_extra_columns =
      bool_field(document, "allow_extra_columns", schema.allow_extra_columns, "document");
  if (!document.contains("columns") || !document.at("columns").is_array()) {
    fail("columns must be an array");
  }
  const Json& columns = document.at("columns");
  for (std::size_t i = 0; i < columns.size(); ++i) {
    schema.columns.push_back(parse_column(columns[i], "columns[" + std::to_string(i) + "]"));
  }
  try {
    schema.validate();
  } catch (const Error& e) {
    fail(e.what());
  }
  return schema;
}

}  // namespace mlcore

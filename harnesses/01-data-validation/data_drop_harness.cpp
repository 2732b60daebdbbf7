// Harness for challenge 1.C (new data drop). Turns the case into the learner's inputs: the
// reference CSV into an mlcore::Table, the RAW drop records (JSON as @pkmn/dex has them) into a
// flattened table, the contract into ex::DropContract; returns the learner's report as records the
// parent compares with the known truth (and the note, checked for its sections).
//
// Flattening, as pandas.json_normalize would, plus list items: {"baseStats": {"atk": 5}} gives
// column "baseStats.atk", {"types": ["Grass"]} gives "types.0". Columns appear in order of first
// appearance; a field a record lacks is a missing cell. A column is numeric when every present
// value is a number, boolean when every one is true/false, categorical (the JSON text of numbers
// and booleans) otherwise.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "course/exercise/harness.hpp"
#include "data_drop.hpp"
#include "mlcore/csv.hpp"

namespace {

using nlohmann::json;

void flatten(const json& value, const std::string& path, std::map<std::string, json>& out) {
  if (value.is_object()) {
    for (const auto& [key, item] : value.items())
      flatten(item, path.empty() ? key : path + "." + key, out);
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i)
      flatten(value[i], path + "." + std::to_string(i), out);
  } else if (!value.is_null()) {
    out[path] = value;
  }
}

mlcore::Table flat_table(const json& records) {
  std::vector<std::map<std::string, json>> rows;
  std::vector<std::string> names;
  std::map<std::string, bool> known;
  for (const json& record : records) {
    std::map<std::string, json> cells;
    flatten(record, "", cells);
    rows.push_back(std::move(cells));
  }
  // nlohmann::json keeps object keys sorted, so "first appearance" is by record, then by sorted
  // path: stable, and the same in every run.
  for (const auto& cells : rows)
    for (const auto& [name, value] : cells)
      if (!known[name]) {
        known[name] = true;
        names.push_back(name);
      }
  mlcore::Table table;
  for (const std::string& name : names) {
    bool numeric = true, boolean = true;
    for (const auto& cells : rows) {
      const auto it = cells.find(name);
      if (it == cells.end()) continue;
      numeric = numeric && it->second.is_number();
      boolean = boolean && it->second.is_boolean();
    }
    const mlcore::ColumnType type = numeric   ? mlcore::ColumnType::kNumeric
                                    : boolean ? mlcore::ColumnType::kBoolean
                                              : mlcore::ColumnType::kCategorical;
    mlcore::Column column(name, type);
    for (const auto& cells : rows) {
      const auto it = cells.find(name);
      if (it == cells.end()) {
        column.push_missing();
      } else if (type == mlcore::ColumnType::kNumeric) {
        column.push_numeric(it->second.get<double>());
      } else if (type == mlcore::ColumnType::kBoolean) {
        column.push_boolean(it->second.get<bool>());
      } else {
        column.push_text(it->second.is_string() ? it->second.get<std::string>()
                                                : it->second.dump());
      }
    }
    table.add_column(std::move(column));
  }
  return table;
}

mlcore::ColumnType type_named(const std::string& name) {
  if (name == "numeric") return mlcore::ColumnType::kNumeric;
  if (name == "boolean") return mlcore::ColumnType::kBoolean;
  return mlcore::ColumnType::kCategorical;
}

ex::DropContract contract_from(const json& j) {
  ex::DropContract contract;
  contract.id_column = j.at("id_column").get<std::string>();
  for (const json& f : j.at("fields")) {
    ex::FieldRule rule;
    rule.column = f.at("column").get<std::string>();
    rule.source = f.at("source").get<std::string>();
    rule.type = type_named(f.at("type").get<std::string>());
    rule.required = f.at("required").get<bool>();
    if (f.contains("min")) rule.min = f.at("min").get<double>();
    if (f.contains("max")) rule.max = f.at("max").get<double>();
    rule.allowed = f.at("allowed").get<std::vector<std::string>>();
    rule.drift = f.at("drift").get<bool>();
    contract.fields.push_back(std::move(rule));
  }
  return contract;
}

const char* schema_kind(ex::SchemaViolationKind kind) {
  switch (kind) {
    case ex::SchemaViolationKind::kMissingField:
      return "missing_field";
    case ex::SchemaViolationKind::kWrongType:
      return "wrong_type";
  }
  return "unknown";
}

const char* issue_kind(ex::DropIssueKind kind) {
  switch (kind) {
    case ex::DropIssueKind::kMissing:
      return "missing";
    case ex::DropIssueKind::kOutOfRange:
      return "out_of_range";
    case ex::DropIssueKind::kNotAllowed:
      return "not_allowed";
    case ex::DropIssueKind::kDuplicateId:
      return "duplicate_id";
  }
  return "unknown";
}

}  // namespace

namespace course::exercise {

json run_case(const json& input) {
  const mlcore::Table reference = mlcore::parse_csv(input.at("reference_csv").get<std::string>());
  const mlcore::Table drop = flat_table(input.at("drop"));
  const ex::DropReport report =
      ex::review_drop(reference, drop, contract_from(input.at("contract")));
  json schema = json::array(), quality = json::array(), drifted = json::array();
  for (const auto& v : report.schema)
    schema.push_back({{"column", v.column}, {"kind", schema_kind(v.kind)}});
  for (const auto& i : report.quality)
    quality.push_back({{"row", i.row}, {"column", i.column}, {"kind", issue_kind(i.kind)}});
  for (const auto& c : report.drifted) drifted.push_back({{"column", c}});
  return {{"schema", schema}, {"quality", quality}, {"drifted", drifted}, {"note", report.note}};
}

}  // namespace course::exercise

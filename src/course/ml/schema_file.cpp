#include "course/ml/schema_file.hpp"

#include <limits>
#include <set>

#include "../yaml_node.hpp"
#include "mlcore/error.hpp"

namespace course::ml {
namespace {

using yaml::Node;

constexpr int kSchemaVersion = 1;
constexpr double kInf = std::numeric_limits<double>::infinity();

mlcore::ColumnType column_type(const Node& n) {
  const std::string type = n.str();
  if (type == "numeric") return mlcore::ColumnType::kNumeric;
  if (type == "categorical") return mlcore::ColumnType::kCategorical;
  if (type == "boolean") return mlcore::ColumnType::kBoolean;
  n.fail("must be numeric, categorical or boolean (got '" + type + "')");
}

mlcore::ColumnSchema load_column(const Node& n) {
  n.expect_map({"name", "type", "nullable", "required", "min", "max", "allowed", "unique"});
  mlcore::ColumnSchema c;
  c.name = n.str("name");
  if (c.name.empty()) n.at("name").fail("must not be empty");
  c.type = column_type(n.at("type"));
  c.nullable = n.boolean("nullable", c.nullable);
  c.required = n.boolean("required", c.required);
  c.unique = n.boolean("unique", c.unique);
  for (const char* bound : {"min", "max"}) {
    if (!n.has(bound)) continue;
    if (c.type != mlcore::ColumnType::kNumeric)
      n.at(bound).fail("only numeric columns take bounds");
    (bound[1] == 'i' ? c.min : c.max) = n.number(bound, 0, -kInf, kInf);
  }
  if (c.min && c.max && *c.min > *c.max) n.at("min").fail("is greater than max");
  c.allowed_values = n.strings("allowed", false);
  // mlcore's own check catches allowed values that do not fit the type; it names the column,
  // this points at the line.
  try {
    mlcore::Schema{{c}, true}.validate();
  } catch (const mlcore::Error& e) {
    (n.has("allowed") ? n.at("allowed") : n).fail(e.what());
  }
  return c;
}

}  // namespace

mlcore::Schema load_schema_file(const std::string& path) {
  const Node root = yaml::load_yaml_file(path, path, kSchemaVersion);
  root.expect_map({"schema_version", "allow_extra_columns", "columns"});
  mlcore::Schema schema;
  schema.allow_extra_columns = root.boolean("allow_extra_columns", true);
  std::set<std::string> names;
  for (const Node& column : root.seq("columns", true)) {
    schema.columns.push_back(load_column(column));
    if (!names.insert(schema.columns.back().name).second)
      column.at("name").fail("column '" + schema.columns.back().name + "' is listed twice");
  }
  if (schema.columns.empty()) root.at("columns").fail("must list at least one column");
  return schema;
}

}  // namespace course::ml

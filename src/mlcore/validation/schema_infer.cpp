// infer_schema: a schema that a reference table satisfies.
#include <algorithm>
#include <cmath>
#include <set>

#include "mlcore/validation/schema.hpp"

namespace mlcore {
namespace {

bool is_null(const Column& column, std::size_t row) {
  return column.is_missing(row) ||
         (column.type() == ColumnType::kNumeric && std::isnan(column.numeric(row)));
}

void infer_numeric(const Column& column, const InferSchemaOptions& options, ColumnSchema& spec) {
  std::set<double> distinct;
  std::size_t present = 0;
  for (std::size_t row = 0; row < column.size(); ++row) {
    if (is_null(column, row)) continue;
    const double v = column.numeric(row);
    ++present;
    if (options.infer_range) {
      spec.min = spec.min ? std::min(*spec.min, v) : v;
      spec.max = spec.max ? std::max(*spec.max, v) : v;
    }
    if (options.infer_unique) distinct.insert(v + 0.0);
  }
  spec.unique = options.infer_unique && present > 0 && distinct.size() == present;
}

void infer_text(const Column& column, const InferSchemaOptions& options, ColumnSchema& spec) {
  std::set<std::string> distinct;
  std::size_t present = 0;
  for (std::size_t row = 0; row < column.size(); ++row) {
    if (column.is_missing(row)) continue;
    ++present;
    distinct.insert(column.to_string(row));
  }
  if (column.type() == ColumnType::kCategorical && options.max_categories > 0 &&
      !distinct.empty() && distinct.size() <= options.max_categories) {
    spec.allowed_values.assign(distinct.begin(), distinct.end());
  }
  spec.unique = options.infer_unique && present > 0 && distinct.size() == present;
}

}  // namespace

Schema infer_schema(const Table& reference, const InferSchemaOptions& options) {
  Schema schema;
  schema.allow_extra_columns = options.allow_extra_columns;
  for (const Column& column : reference.columns()) {
    ColumnSchema spec;
    spec.name = column.name();
    spec.type = column.type();
    spec.required = true;
    spec.nullable = false;
    for (std::size_t row = 0; row < column.size() && !spec.nullable; ++row) {
      spec.nullable = is_null(column, row);
    }
    if (column.type() == ColumnType::kNumeric) {
      infer_numeric(column, options, spec);
    } else {
      infer_text(column, options, spec);
    }
    schema.columns.push_back(std::move(spec));
  }
  return schema;
}

}  // namespace mlcore

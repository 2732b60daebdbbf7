#include "serve/record_schema.hpp"

#include <algorithm>

#include "course/error.hpp"

namespace course::serve {
namespace {

// The one-hot encoder's name for a missing cell: a model trained with missing categories knows it.
constexpr const char* kMissingCategory = "nan";

const mlcore::ColumnSchema* declared(const mlcore::Schema* schema, const std::string& name,
                                     const std::string& source) {
  if (!schema) return nullptr;
  const mlcore::ColumnSchema* column = schema->find(name);
  if (!column)
    fail_input(source, "column '" + name + "', which the model was trained on, is not in it");
  return column;
}

FieldSpec numeric_field(const std::string& name, const mlcore::ColumnSchema* column,
                        const std::string& source) {
  FieldSpec field;
  field.name = name;
  if (!column) return field;  // Any number; null is imputed.
  if (column->type == mlcore::ColumnType::kCategorical)
    throw InputError(source, 0, 0, name,
                     "is text in the data but the model takes it as a number (is this the "
                     "training data?)");
  field.kind =
      column->type == mlcore::ColumnType::kBoolean ? FieldKind::kBoolean : FieldKind::kNumber;
  field.nullable = column->nullable;
  field.min = column->min;
  field.max = column->max;
  return field;
}

FieldSpec category_field(const std::string& name, std::vector<std::string> categories,
                         const mlcore::ColumnSchema* column) {
  FieldSpec field;
  field.name = name;
  field.kind = FieldKind::kCategory;
  const auto missing = std::find(categories.begin(), categories.end(), kMissingCategory);
  field.nullable = missing != categories.end();
  if (field.nullable) categories.erase(missing);
  // A declared schema can only narrow what the model knows: a category the model never saw
  // would be encoded as all zeros.
  if (column && !column->allowed_values.empty())
    categories.erase(std::remove_if(categories.begin(), categories.end(),
                                    [&](const std::string& c) {
                                      return std::find(column->allowed_values.begin(),
                                                       column->allowed_values.end(),
                                                       c) == column->allowed_values.end();
                                    }),
                     categories.end());
  if (column) field.nullable = field.nullable && column->nullable;
  std::sort(categories.begin(), categories.end());
  field.categories = std::move(categories);
  return field;
}

}  // namespace

const char* field_kind_name(FieldKind kind) {
  switch (kind) {
    case FieldKind::kNumber:
      return "number";
    case FieldKind::kBoolean:
      return "boolean";
    case FieldKind::kCategory:
      return "category";
  }
  return "number";
}

RecordSchema RecordSchema::build(const ml::SavedModel& model, const mlcore::Schema* data_schema,
                                 const std::string& source) {
  RecordSchema schema;
  const mlcore::TablePreprocessor& prep = model.preprocessor;
  for (const std::string& name : prep.numeric_columns())
    schema.fields_.push_back(numeric_field(name, declared(data_schema, name, source), source));
  const auto& categorical = prep.categorical_columns();
  for (std::size_t c = 0; c < categorical.size(); ++c)
    schema.fields_.push_back(category_field(categorical[c], prep.encoder().categories().at(c),
                                            declared(data_schema, categorical[c], source)));
  return schema;
}

const FieldSpec* RecordSchema::find(std::string_view name) const {
  for (const FieldSpec& field : fields_)
    if (field.name == name) return &field;
  return nullptr;
}

}  // namespace course::serve

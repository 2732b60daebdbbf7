// The training schema a served model checks every incoming record against: one FieldSpec per
// model input column, built from what the saved model knows (its numeric and categorical columns,
// the categories its encoder learned) and, when given, the training data (types, nullability,
// value ranges: mlcore::infer_schema) or a declared schema file.
//
// Thread safety: immutable after construction; const methods may run concurrently.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "course/ml/model_workflow.hpp"
#include "mlcore/table.hpp"
#include "mlcore/validation/schema.hpp"

namespace course::serve {

enum class FieldKind {
  kNumber,    // JSON number
  kBoolean,   // JSON true/false (the model sees 0/1)
  kCategory,  // JSON string, one of `categories`
};

// "number", "boolean", "category".
const char* field_kind_name(FieldKind kind);

struct FieldSpec {
  std::string name;
  FieldKind kind = FieldKind::kNumber;
  // Whether JSON null is accepted (the model imputes it). An absent field is always an error.
  bool nullable = true;
  // Inclusive bounds for numbers (from the training data or the schema file).
  std::optional<double> min;
  std::optional<double> max;
  // Categories the model was trained on, sorted; only for kCategory.
  std::vector<std::string> categories;
};

class RecordSchema {
 public:
  // `data_schema` (inferred from the reference data or read from a schema file) adds types,
  // nullability and ranges; without it numbers have no bounds and nulls are allowed where the
  // model can impute them. Throws InputError naming `source` when the data schema lacks a model
  // column or gives it a type the model cannot take (text for a numeric input).
  static RecordSchema build(const ml::SavedModel& model, const mlcore::Schema* data_schema,
                            const std::string& source);

  const std::vector<FieldSpec>& fields() const { return fields_; }
  // The field named `name`, or nullptr.
  const FieldSpec* find(std::string_view name) const;

 private:
  std::vector<FieldSpec> fields_;
};

}  // namespace course::serve

// Harness for exercise 5.1 (validating inference). Decodes the case's model and request records
// (JSON values keep their JSON type, so "45" stays text), calls predict_batch, and returns its
// errors as {record, field, kind} (judged with set_equal) and its predictions as labels and
// probabilities (judged with exact and approx against scikit-learn's).
#include <string>
#include <vector>

#include "course/exercise/harness.hpp"
#include "validated_inference.hpp"

namespace {

using nlohmann::json;

// The case's "model" object, as assessments/exercises/inference_data.py writes it.
ex::ModelArtifact artifact_of(const json& model) {
  return {model.at("classifier").dump(), model.at("mean").get<std::vector<double>>(),
          model.at("scale").get<std::vector<double>>()};
}

ex::Value value_of(const json& j) {
  ex::Value v;
  if (j.is_boolean()) {
    v.type = ex::Value::Type::kBool;
    v.boolean = j.get<bool>();
  } else if (j.is_number()) {
    v.type = ex::Value::Type::kNumber;
    v.number = j.get<double>();
  } else if (j.is_string()) {
    v.type = ex::Value::Type::kString;
    v.text = j.get<std::string>();
  }
  return v;  // null (and nested values, which no field accepts) stay kNull
}

std::string kind_name(ex::ErrorKind kind) {
  switch (kind) {
    case ex::ErrorKind::kMissingField:
      return "missing_field";
    case ex::ErrorKind::kWrongType:
      return "wrong_type";
    case ex::ErrorKind::kOutOfRange:
      return "out_of_range";
    case ex::ErrorKind::kUnknownCategory:
      return "unknown_category";
    case ex::ErrorKind::kEmptyBatch:
      return "empty_batch";
    case ex::ErrorKind::kBatchTooLarge:
      return "batch_too_large";
  }
  return "unknown";
}

}  // namespace

namespace course::exercise {

json run_case(const json& input) {
  const ex::StarterTypeModel model = ex::load_model(artifact_of(input.at("model")));
  std::vector<ex::Record> batch;
  for (const json& record : input.at("records")) {
    ex::Record decoded;
    if (record.is_object())
      for (const auto& [name, value] : record.items()) decoded[name] = value_of(value);
    batch.push_back(decoded);
  }
  const ex::InferenceResult result = ex::predict_batch(model, batch);
  json errors = json::array();
  for (const ex::InferenceError& e : result.errors)
    errors.push_back({{"record", e.record}, {"field", e.field}, {"kind", kind_name(e.kind)}});
  json labels = json::array();
  json probabilities = json::array();
  for (const ex::Prediction& p : result.predictions) {
    labels.push_back(p.type);
    probabilities.push_back(p.probabilities);
  }
  return {{"errors", errors}, {"labels", labels}, {"probabilities", probabilities}};
}

}  // namespace course::exercise

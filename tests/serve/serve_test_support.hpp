// A small real model for the serve unit tests: logistic regression on data/pokemon.csv, trained
// once per test binary through the same engine path `course ml train` uses.
#pragma once

#include <memory>

#include "course/ml/model_workflow.hpp"
#include "mlcore/csv.hpp"
#include "serve/model_service.hpp"
#include "serve/record_schema.hpp"

namespace course::serve::test {

inline const mlcore::Table& pokemon() {
  static const mlcore::Table table =
      mlcore::read_csv(std::string(COURSE_TEST_SOURCE_DIR) + "/data/pokemon.csv");
  return table;
}

inline ml::SavedModel trained_model() {
  ml::TrainRequest request;
  request.target = "is_legendary";
  return std::move(ml::train(pokemon(), "pokemon.csv", request).model);
}

// The schema with the ranges of the training data, as `--reference` builds it.
inline RecordSchema reference_schema(const ml::SavedModel& model) {
  mlcore::InferSchemaOptions infer;
  infer.max_categories = 0;
  const mlcore::Schema data = mlcore::infer_schema(pokemon(), infer);
  return RecordSchema::build(model, &data, "pokemon.csv");
}

}  // namespace course::serve::test

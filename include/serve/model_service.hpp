// The served model, free of HTTP: validates a predict request body against the training schema,
// predicts, and answers with JSON (or a structured error). The HTTP layer (http_server.hpp) only
// moves bytes, times requests and feeds metrics and drift monitoring with the outcome.
//
// Request body: one record (a JSON object of fields) or a batch (a JSON array of such objects).
// Statuses: 200; 400 malformed JSON (or nesting deeper than 32); 413 a batch above max_batch;
// 415 a Content-Type other than application/json; 422 an empty batch, a body that is neither an
// object nor an array, or any field problem (record_parser.hpp), all listed with field names.
//
// Thread safety: predict() and the accessors may run concurrently (mlcore's const verbs are).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "course/ml/model_workflow.hpp"
#include "mlcore/table.hpp"
#include "serve/http_reply.hpp"
#include "serve/record_schema.hpp"

namespace course::serve {

struct ModelIdentity {
  std::string name;     // The model file's stem ("pokemon_lr" for pokemon_lr.json).
  std::string version;  // Hash of the model file's bytes: changes whenever the model does.
};

struct PredictOutcome {
  HttpReply reply;
  mlcore::Table inputs;             // The validated records; empty unless reply.status is 200.
  std::vector<std::string> labels;  // Predicted class per record (classification).
  std::vector<double> values;       // Predicted value per record (regression).
};

class ModelService {
 public:
  ModelService(ml::SavedModel model, RecordSchema schema, ModelIdentity identity,
               std::size_t max_batch);

  PredictOutcome predict(std::string_view body, std::string_view content_type) const;
  // GET /v1/model: name, version, kind, task, target, classes, features with their schema,
  // training metrics.
  std::string describe_json() const;

  const ml::SavedModel& model() const { return model_; }
  const RecordSchema& schema() const { return schema_; }
  const ModelIdentity& identity() const { return identity_; }

 private:
  PredictOutcome predict_table(mlcore::Table table) const;

  ml::SavedModel model_;
  RecordSchema schema_;
  ModelIdentity identity_;
  std::size_t max_batch_;
};

}  // namespace course::serve

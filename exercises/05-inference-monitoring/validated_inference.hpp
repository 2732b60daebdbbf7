// Exercise 5.1 — An inference function that refuses bad input.
//
// predict_batch() receives a batch of request records as they arrived (any field may be missing
// or of the wrong JSON type) and either predicts every record or reports every problem. This
// header is the contract: read it, do not edit it.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "starter_type_model.hpp"

namespace ex {

// One JSON value of a request record, as the service decoded it.
struct Value {
  enum class Type { kNull, kBool, kNumber, kString };
  Type type = Type::kNull;
  bool boolean = false;  // when type == kBool
  double number = 0;     // when type == kNumber
  std::string text;      // when type == kString
};

// One record: field name -> value. Fields other than the model's are ignored.
using Record = std::map<std::string, Value>;

// The model's input contract (the training data's ranges, rounded out; both ends included).
inline constexpr double kStatMin = 1, kStatMax = 255;         // the six stats
inline constexpr double kHeightMin = 0.1, kHeightMax = 100;   // height_m
inline constexpr double kWeightMin = 0.1, kWeightMax = 1000;  // weight_kg
inline constexpr std::size_t kMaxBatch = 64;                  // records per request

enum class ErrorKind {
  kMissingField,     // a model field is absent, or null
  kWrongType,        // a numeric field that is not a number, or a color that is not a string
  kOutOfRange,       // a number outside its range above
  kUnknownCategory,  // a color not in kColors (exact spelling)
  kEmptyBatch,       // no records
  kBatchTooLarge,    // more than kMaxBatch records
};

struct InferenceError {
  std::size_t record = 0;  // index of the record in the batch (0 for batch errors)
  std::string field;       // the field's name ("" for batch errors)
  ErrorKind kind = ErrorKind::kMissingField;
};

struct Prediction {
  std::string type;                   // one of kTypes
  std::vector<double> probabilities;  // per class, in kTypes order
};

// An empty or oversized batch gives that one batch error and nothing else. Otherwise every
// problem of every record is listed (a record may have several), in any order.
// Either errors is non-empty and predictions is empty, or errors is empty and there is one
// prediction per record, in order.
struct InferenceResult {
  std::vector<InferenceError> errors;
  std::vector<Prediction> predictions;
};

InferenceResult predict_batch(const StarterTypeModel& model, const std::vector<Record>& batch);

}  // namespace ex

// Exercise 5.1 — reference solution (contract in validated_inference.hpp).
//
// Validate everything first, predict only when the whole batch is clean: a service that predicts
// the valid half of a batch makes the caller match answers to records by position, and one that
// stops at the first problem makes a client fix its payload one error per round trip.
#include "validated_inference.hpp"

#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

#include "mlcore/linalg.hpp"

namespace ex {
namespace {

struct Range {
  double min;
  double max;
};

Range range_of(std::size_t field) {
  if (field < 6) return {kStatMin, kStatMax};
  return field == 6 ? Range{kHeightMin, kHeightMax} : Range{kWeightMin, kWeightMax};
}

bool known_color(const std::string& color) {
  for (const char* known : kColors)
    if (color == known) return true;  // exact: "red" is not "Red", the model never saw it
  return false;
}

// Appends every problem of one record. A missing field and a null one are the same problem to
// the caller: the value the model needs is not there.
void check_record(const Record& record, std::size_t index, std::vector<InferenceError>& errors) {
  for (std::size_t j = 0; j < kNumericFields.size(); ++j) {
    const std::string name = kNumericFields[j];
    const auto it = record.find(name);
    if (it == record.end() || it->second.type == Value::Type::kNull) {
      errors.push_back({index, name, ErrorKind::kMissingField});
    } else if (it->second.type != Value::Type::kNumber) {
      errors.push_back({index, name, ErrorKind::kWrongType});  // "45" is text, true is not 1
    } else {
      const Range range = range_of(j);
      const double v = it->second.number;
      // Written so that NaN fails too: !(v >= min) is true for NaN.
      if (!(v >= range.min && v <= range.max))
        errors.push_back({index, name, ErrorKind::kOutOfRange});
    }
  }
  const auto color = record.find("color");
  if (color == record.end() || color->second.type == Value::Type::kNull) {
    errors.push_back({index, "color", ErrorKind::kMissingField});
  } else if (color->second.type != Value::Type::kString) {
    errors.push_back({index, "color", ErrorKind::kWrongType});
  } else if (!known_color(color->second.text)) {
    // An all-zero one-hot would still produce a confident-looking answer: refuse instead.
    errors.push_back({index, "color", ErrorKind::kUnknownCategory});
  }
}

}  // namespace

InferenceResult predict_batch(const StarterTypeModel& model, const std::vector<Record>& batch) {
  InferenceResult result;
  if (batch.empty()) {
    result.errors.push_back({0, "", ErrorKind::kEmptyBatch});
    return result;
  }
  if (batch.size() > kMaxBatch) {  // refuse before doing any per-record work
    result.errors.push_back({0, "", ErrorKind::kBatchTooLarge});
    return result;
  }
  for (std::size_t i = 0; i < batch.size(); ++i) check_record(batch[i], i, result.errors);
  if (!result.errors.empty()) return result;

  // Same features as training: standardized numbers with the shipped scaler, then the one-hot.
  const auto rows = static_cast<Eigen::Index>(batch.size());
  mlcore::Matrix X = mlcore::Matrix::Zero(rows, 18);
  for (Eigen::Index i = 0; i < rows; ++i) {
    const Record& record = batch[static_cast<std::size_t>(i)];
    for (std::size_t j = 0; j < kNumericFields.size(); ++j)
      X(i, static_cast<Eigen::Index>(j)) =
          (record.at(kNumericFields[j]).number - model.mean[j]) / model.scale[j];
    for (std::size_t c = 0; c < kColors.size(); ++c)
      if (record.at("color").text == kColors[c]) X(i, static_cast<Eigen::Index>(8 + c)) = 1;
  }
  // One batched call: predict() takes the argmax of these same probabilities.
  const mlcore::Matrix proba = model.classifier.predict_proba(X);
  const mlcore::Vector labels = model.classifier.predict(X);
  for (Eigen::Index i = 0; i < rows; ++i) {
    Prediction prediction;
    prediction.type = kTypes[static_cast<std::size_t>(labels[i])];
    for (Eigen::Index k = 0; k < proba.cols(); ++k) prediction.probabilities.push_back(proba(i, k));
    result.predictions.push_back(prediction);
  }
  return result;
}

}  // namespace ex

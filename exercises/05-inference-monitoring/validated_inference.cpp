// Exercise 5.1 — An inference function that refuses bad input (contract in
// validated_inference.hpp).
//
// This version handles the happy path: given perfect records it predicts exactly like the
// reference model. Given anything else it crashes, or worse, predicts from garbage. Make it
// check every record first and report every problem as a typed InferenceError.
// Run `course check 5.1`; `course hint 5.1` when stuck.
#include "validated_inference.hpp"

#include <cstddef>
#include <string>
#include <vector>

#include "mlcore/linalg.hpp"

namespace ex {

InferenceResult predict_batch(const StarterTypeModel& model, const std::vector<Record>& batch) {
  InferenceResult result;

  // TODO: reject an empty batch and one larger than kMaxBatch (a single batch error each).
  // TODO: check every field of every record (missing or null, wrong type, out of range,
  //       unknown color) and return all the errors, with no predictions, if there is any.

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

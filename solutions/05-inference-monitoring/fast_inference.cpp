// Exercise 5.2 — reference solution (contract in fast_inference.hpp).
//
// Two changes, each measured: parse the model once, when the service starts (the parse costs
// far more than the arithmetic of one row), and build one matrix per request so the classifier
// runs one matrix product for all its rows instead of one small product and several heap
// allocations per row. The arithmetic per row is unchanged, so the answers are too.
#include "fast_inference.hpp"

#include <cstddef>
#include <vector>

#include "mlcore/linalg.hpp"

namespace ex {

FastPredictor::FastPredictor(const ModelArtifact& artifact)
    : artifact_(artifact), model_(load_model(artifact)) {}

std::vector<TypePrediction> FastPredictor::predict(const std::vector<Species>& rows) const {
  const auto n = static_cast<Eigen::Index>(rows.size());
  mlcore::Matrix X = mlcore::Matrix::Zero(n, 18);
  for (Eigen::Index i = 0; i < n; ++i) {
    const Species& species = rows[static_cast<std::size_t>(i)];
    for (std::size_t j = 0; j < species.numbers.size(); ++j)
      X(i, static_cast<Eigen::Index>(j)) = (species.numbers[j] - model_.mean[j]) / model_.scale[j];
    for (std::size_t c = 0; c < kColors.size(); ++c)
      if (species.color == kColors[c]) X(i, static_cast<Eigen::Index>(8 + c)) = 1;
  }
  // predict() would compute the probabilities a second time: take the argmax here instead
  // (the first maximum, as predict() breaks ties toward the smallest label).
  const mlcore::Matrix proba = model_.classifier.predict_proba(X);
  std::vector<TypePrediction> out(rows.size());
  for (Eigen::Index i = 0; i < n; ++i) {
    TypePrediction& prediction = out[static_cast<std::size_t>(i)];
    for (Eigen::Index k = 0; k < 3; ++k) {
      prediction.probabilities[static_cast<std::size_t>(k)] = proba(i, k);
      if (proba(i, k) > proba(i, prediction.label)) prediction.label = static_cast<int>(k);
    }
  }
  return out;
}

}  // namespace ex

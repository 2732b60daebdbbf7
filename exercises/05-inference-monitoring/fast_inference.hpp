// Exercise 5.2 — Make inference fast without changing an answer.
//
// SlowPredictor below is what the service ran until the latency alarm: correct, and far too
// slow. FastPredictor must give the same predictions at least 5 times faster. This header is the
// contract: read it, do not edit it.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "mlcore/linalg.hpp"
#include "starter_type_model.hpp"

namespace ex {

// One species to classify: the 8 numbers of kNumericFields, in that order, and its color (always
// one of kColors here: the records were validated upstream, as in exercise 5.1).
struct Species {
  std::array<double, 8> numbers{};
  std::string color;
};

struct TypePrediction {
  int label = 0;                          // index into kTypes
  std::array<double, 3> probabilities{};  // per class, in kTypes order
};

// The provided slow reference. Its predictions are right; its costs are the lesson: it parses
// the model file again for every row, and builds a fresh 1-row matrix (heap allocations) for each.
class SlowPredictor {
 public:
  explicit SlowPredictor(const ModelArtifact& artifact) : artifact_(artifact) {}

  std::vector<TypePrediction> predict(const std::vector<Species>& rows) const {
    std::vector<TypePrediction> out;
    for (const Species& species : rows) {
      const StarterTypeModel model = load_model(artifact_);  // parse per row
      mlcore::Matrix x = mlcore::Matrix::Zero(1, 18);        // allocate per row
      for (std::size_t j = 0; j < species.numbers.size(); ++j)
        x(0, static_cast<Eigen::Index>(j)) = (species.numbers[j] - model.mean[j]) / model.scale[j];
      for (std::size_t c = 0; c < kColors.size(); ++c)
        if (species.color == kColors[c]) x(0, static_cast<Eigen::Index>(8 + c)) = 1;
      const mlcore::Matrix proba = model.classifier.predict_proba(x);
      TypePrediction prediction;
      prediction.label = static_cast<int>(model.classifier.predict(x)[0]);
      for (Eigen::Index k = 0; k < 3; ++k)
        prediction.probabilities[static_cast<std::size_t>(k)] = proba(0, k);
      out.push_back(prediction);
    }
    return out;
  }

 private:
  ModelArtifact artifact_;
};

// Yours. Constructed once when the service starts; predict() is then called for every request,
// with batches of 1 to thousands of rows. Same predictions as SlowPredictor (labels equal,
// probabilities within 1e-9), at least 5 times less CPU.
class FastPredictor {
 public:
  explicit FastPredictor(const ModelArtifact& artifact);
  std::vector<TypePrediction> predict(const std::vector<Species>& rows) const;

 private:
  ModelArtifact artifact_;  // the model file as shipped (what the starter re-parses)
  StarterTypeModel model_;  // the model loaded; yours to fill in the constructor
};

}  // namespace ex

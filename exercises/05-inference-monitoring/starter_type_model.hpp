// Module 5's served model, shared by its exercises: the "starter type" classifier.
//
// It answers: is a species' primary type Fire, Grass or Water? It was fitted once, by
// assessments/exercises/inference_data.py (scikit-learn, then written in mlcore's model format),
// on the 303 real species of data/pokemon.csv with one of those three types. This header is the
// contract: read it, do not edit it.
//
// Feature row the classifier expects (18 columns, in this order):
//   0..7   the numeric fields of kNumericFields, each standardized: (value - mean[j]) / scale[j]
//   8..17  a one-hot of `color`, in kColors order (1 for the species' color, 0 elsewhere)
// The classifier's labels are 0, 1, 2: the index into kTypes.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "mlcore/linear/logistic_regression.hpp"

namespace ex {

inline constexpr std::array<const char*, 8> kNumericFields = {
    "hp", "attack", "defense", "sp_attack", "sp_defense", "speed", "height_m", "weight_kg"};
inline constexpr std::array<const char*, 10> kColors = {
    "Black", "Blue", "Brown", "Gray", "Green", "Pink", "Purple", "Red", "White", "Yellow"};
inline constexpr std::array<const char*, 3> kTypes = {"Fire", "Grass", "Water"};

// The model as it is shipped: the classifier's mlcore model file (text) and the scaler's
// per-feature mean and scale (standard deviation), for the 8 numeric fields.
struct ModelArtifact {
  std::string classifier_json;
  std::vector<double> mean;
  std::vector<double> scale;
};

// The model loaded and ready to predict.
struct StarterTypeModel {
  mlcore::LogisticRegression classifier;
  std::vector<double> mean;
  std::vector<double> scale;
};

// Parses the artifact (mlcore::LogisticRegression::from_json: tens of microseconds, so do it
// once, not per request). Throws mlcore::Error for a malformed model file.
inline StarterTypeModel load_model(const ModelArtifact& artifact) {
  return {mlcore::LogisticRegression::from_json(artifact.classifier_json), artifact.mean,
          artifact.scale};
}

}  // namespace ex

// Random forest of CART regression trees, as scikit-learn 1.2's RandomForestRegressor: bootstrap
// samples, max_features all features by default (scikit-learn's 1.0), prediction = mean of the
// trees' predictions.
//
// Trees are grown in parallel on n_jobs std::threads; seeds, bootstraps and feature draws follow
// scikit-learn's random streams for random_state, so results do not depend on n_jobs and with
// max_bins = 0 equal scikit-learn's forest.
//
// Errors (mlcore::Error): invalid params (naming the field), the input errors of
// DecisionTreeRegressor, predicting with an unfitted model
// ("RandomForestRegressor is not fitted; call fit() first"), a malformed or newer model file.
//
// Thread safety: const methods may be called concurrently; fit() needs exclusive access.
#pragma once

#include <string>
#include <vector>

#include "mlcore/linalg.hpp"
#include "mlcore/model_metadata.hpp"
#include "mlcore/tree/tree_model.hpp"
#include "mlcore/tree/tree_params.hpp"

namespace mlcore {

struct RandomForestRegressorParams : TreeGrowthParams {
  int n_estimators = 100;                          // Number of trees (>= 1).
  bool bootstrap = true;                           // Grow each tree on a bootstrap sample.
  int n_jobs = 0;                                  // Threads growing trees; 0 = all cores.
  Criterion criterion = Criterion::kSquaredError;  // Only kSquaredError.

  // Histogram splits with 255 bins by default (see RandomForestClassifierParams); max_features
  // stays "all", scikit-learn's regressor default.
  RandomForestRegressorParams() { max_bins = 255; }

  // Throws mlcore::Error("RandomForestRegressorParams.<field> ...") for the first bad field.
  void validate() const;
};

class RandomForestRegressor {
 public:
  RandomForestRegressorParams params;
  ModelMetadata metadata;  // Saved with the model; fit() sets n_samples.

  RandomForestRegressor() = default;
  explicit RandomForestRegressor(const RandomForestRegressorParams& p) : params(p) {}

  void fit(const Matrix& X, const Vector& y, const Vector* sample_weight = nullptr);

  Vector predict(const Matrix& X) const;

  bool fitted() const { return !trees_.empty(); }
  Vector feature_importances() const;  // Mean of the trees' importances, renormalized.
  const std::vector<TreeModel>& trees() const;

  std::string to_json() const;  // model "random_forest_regressor"
  static RandomForestRegressor from_json(const std::string& text);

 private:
  void require_fitted() const;
  std::vector<TreeModel> trees_;
};

}  // namespace mlcore

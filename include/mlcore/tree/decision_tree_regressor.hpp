// CART regression tree (squared error); with the default max_bins = 0 it reproduces
// scikit-learn 1.2's DecisionTreeRegressor node for node, ties included, for the same
// random_state (see tree_params.hpp). A leaf predicts the weighted mean target of its training
// rows.
//
// Errors (mlcore::Error): invalid params (naming the field), empty X, X/y/sample_weight length
// mismatch, non-finite X or y, negative or non-finite weights, all weights zero, predicting with
// an unfitted model ("DecisionTreeRegressor is not fitted; call fit() first") or with a column
// count other than the fitted one, a malformed or newer model file.
//
// Thread safety: const methods may be called concurrently; fit() needs exclusive access.
#pragma once

#include <string>

#include "mlcore/linalg.hpp"
#include "mlcore/model_metadata.hpp"
#include "mlcore/tree/tree_model.hpp"
#include "mlcore/tree/tree_params.hpp"

namespace mlcore {

struct DecisionTreeRegressorParams : TreeGrowthParams {
  Criterion criterion = Criterion::kSquaredError;  // Only kSquaredError.

  // Throws mlcore::Error("DecisionTreeRegressorParams.<field> ...") for the first bad field.
  void validate() const;
};

class DecisionTreeRegressor {
 public:
  DecisionTreeRegressorParams params;
  ModelMetadata metadata;  // Saved with the model; fit() sets n_samples.

  DecisionTreeRegressor() = default;
  explicit DecisionTreeRegressor(const DecisionTreeRegressorParams& p) : params(p) {}

  // Grows the tree; rows of weight 0 are ignored. Replaces any previous fit.
  void fit(const Matrix& X, const Vector& y, const Vector* sample_weight = nullptr);

  Vector predict(const Matrix& X) const;

  bool fitted() const { return !tree_.empty(); }
  Vector feature_importances() const;  // Sums to 1 unless the tree is a single leaf.
  int depth() const;
  int n_leaves() const;
  const TreeModel& tree() const;

  std::string to_json() const;  // model "decision_tree_regressor"
  static DecisionTreeRegressor from_json(const std::string& text);

 private:
  void require_fitted() const;
  TreeModel tree_;
};

}  // namespace mlcore

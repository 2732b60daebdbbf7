// CART classification tree; with the default max_bins = 0 it reproduces scikit-learn 1.2's
// DecisionTreeClassifier node for node, ties included, for the same random_state (see
// tree_params.hpp).
//
// Labels are any doubles (0/1, 3/7, ...); classes() is their sorted unique set and predict_proba's
// columns follow it. predict returns the class with the largest leaf weight (the first such
// class on a tie, like numpy's argmax).
//
// Errors (mlcore::Error): invalid params (naming the field), empty X, X/y/sample_weight length
// mismatch, non-finite X or y, negative or non-finite weights, all weights zero, predicting with
// an unfitted model ("DecisionTreeClassifier is not fitted; call fit() first") or with a column
// count other than the fitted one, a malformed or newer model file.
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

struct DecisionTreeClassifierParams : TreeGrowthParams {
  Criterion criterion = Criterion::kGini;  // kGini or kEntropy.

  // Throws mlcore::Error("DecisionTreeClassifierParams.<field> ...") for the first bad field.
  void validate() const;
};

class DecisionTreeClassifier {
 public:
  DecisionTreeClassifierParams params;
  ModelMetadata metadata;  // Saved with the model; fit() sets n_samples.

  DecisionTreeClassifier() = default;
  explicit DecisionTreeClassifier(const DecisionTreeClassifierParams& p) : params(p) {}

  // Grows the tree on rows of X with labels y and optional per-row weights (rows of weight 0 are
  // ignored, as in scikit-learn). Replaces any previous fit.
  void fit(const Matrix& X, const Vector& y, const Vector* sample_weight = nullptr);

  Vector predict(const Matrix& X) const;        // Class labels.
  Matrix predict_proba(const Matrix& X) const;  // rows x classes().size(), rows sum to 1.

  bool fitted() const { return !tree_.empty(); }
  const Vector& classes() const { return classes_; }
  Vector feature_importances() const;  // Sums to 1 unless the tree is a single leaf.
  int depth() const;
  int n_leaves() const;
  const TreeModel& tree() const;  // The fitted tree's arrays; value holds class distributions.

  std::string to_json() const;  // model "decision_tree_classifier"
  static DecisionTreeClassifier from_json(const std::string& text);

 private:
  void require_fitted() const;
  Vector classes_;
  TreeModel tree_;
};

}  // namespace mlcore

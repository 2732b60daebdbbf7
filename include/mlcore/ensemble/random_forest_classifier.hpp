// Random forest of CART classification trees, as scikit-learn 1.2's RandomForestClassifier:
// each tree is grown on a bootstrap sample (drawn with replacement, n rows; expressed as
// per-row counts multiplied into the sample weights) with max_features features drawn per split;
// predict_proba is the mean of the trees' leaf class distributions and predict its argmax.
//
// Trees are grown in parallel on n_jobs std::threads. The trees' seeds, bootstrap samples and
// feature draws come from scikit-learn's own random streams for random_state (drawn up front), so
// a fit is the same for any n_jobs, and with max_bins = 0 it is scikit-learn's forest (golden
// test: identical predict_proba). The default histogram splits match it in accuracy instead.
//
// Errors (mlcore::Error): invalid params (naming the field), the input errors of
// DecisionTreeClassifier, predicting with an unfitted model
// ("RandomForestClassifier is not fitted; call fit() first"), a malformed or newer model file.
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

struct RandomForestClassifierParams : TreeGrowthParams {
  int n_estimators = 100;                  // Number of trees (>= 1).
  bool bootstrap = true;                   // Grow each tree on a bootstrap sample.
  int n_jobs = 0;                          // Threads growing trees; 0 = all cores.
  Criterion criterion = Criterion::kGini;  // kGini or kEntropy.

  // scikit-learn's forest defaults where they differ from a single tree: max_features "sqrt";
  // histogram splits with 255 bins (bootstrap already makes trees differ from scikit-learn's,
  // and binning once for all trees makes a forest several times faster). Set max_bins = 0 for
  // exact splits.
  RandomForestClassifierParams() {
    max_features = kMaxFeaturesSqrt;
    max_bins = 255;
  }

  // Throws mlcore::Error("RandomForestClassifierParams.<field> ...") for the first bad field.
  void validate() const;
};

class RandomForestClassifier {
 public:
  RandomForestClassifierParams params;
  ModelMetadata metadata;  // Saved with the model; fit() sets n_samples.

  RandomForestClassifier() = default;
  explicit RandomForestClassifier(const RandomForestClassifierParams& p) : params(p) {}

  void fit(const Matrix& X, const Vector& y, const Vector* sample_weight = nullptr);

  Vector predict(const Matrix& X) const;        // Class labels.
  Matrix predict_proba(const Matrix& X) const;  // rows x classes().size(), rows sum to 1.

  bool fitted() const { return !trees_.empty(); }
  const Vector& classes() const { return classes_; }
  // Mean of the trees' importances (trees that are a single leaf left out), renormalized.
  Vector feature_importances() const;
  const std::vector<TreeModel>& trees() const;

  std::string to_json() const;  // model "random_forest_classifier"
  static RandomForestClassifier from_json(const std::string& text);

 private:
  void require_fitted() const;
  Vector classes_;
  std::vector<TreeModel> trees_;
};

}  // namespace mlcore

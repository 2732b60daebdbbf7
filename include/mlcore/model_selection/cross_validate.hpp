// cross_validate: fit a fresh model per fold (folds in parallel) and score it on the fold's test
// rows, like scikit-learn's cross_validate.
//
//   CrossValidationResult r = cross_validate<Matrix>(
//       [] { return make_estimator(LogisticRegression({})); }, X, y,
//       StratifiedKFold(), {{"accuracy", score_function(make_scorer("accuracy"))}});
//
// Contract:
//   - make_model is called on the calling thread, once per fold, before any fitting (so it needs
//     no thread safety); each model is then fitted on its fold's train rows only and scored on its
//     test rows (and train rows with return_train_score) on a worker thread. Models must not
//     share mutable state.
//   - Results are in fold order and do not depend on n_jobs: each fold's numbers come from that
//     fold's model alone.
//   - A score function gets (y_true, y_pred, proba, classes): proba is predict_proba's output
//     when the model has one, else nullptr; classes is the fitted model's classes() (nullptr for
//     regressors). Score functions are called concurrently from worker threads.
//   - Errors: any exception from make_model, fit, predict or a scorer propagates (the one of the
//     lowest failing fold); y must have one label per row (mlcore::Error otherwise); an empty
//     scorer map is an error.
// Input is Matrix or Table (explicitly instantiated for both).
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "mlcore/linalg.hpp"
#include "mlcore/model_selection/estimator.hpp"
#include "mlcore/model_selection/kfold.hpp"
#include "mlcore/table.hpp"

namespace mlcore {

// Higher is better, like scikit-learn's scorers (a loss scorer returns the negated loss).
using ScoreFunction = std::function<double(const Vector& y_true, const Vector& y_pred,
                                           const Matrix* proba, const Vector* classes)>;
// By score name; results use the same names.
using ScoreFunctions = std::map<std::string, ScoreFunction>;

// Adapts any scorer object with `double score(y_true, y_pred, proba, classes) const`, such as
// mlcore::make_scorer("roc_auc") from mlcore/metrics/scorer.hpp, to a ScoreFunction.
template <class ScorerLike>
ScoreFunction score_function(ScorerLike scorer) {
  return [scorer = std::move(scorer)](const Vector& y_true, const Vector& y_pred,
                                      const Matrix* proba, const Vector* classes) {
    return scorer.score(y_true, y_pred, proba, classes);
  };
}

template <class Input>
using EstimatorFactory = std::function<std::unique_ptr<BasicEstimator<Input>>()>;

struct CrossValidateParams {
  std::size_t n_jobs = 0;           // Worker threads; 0 = std::thread::hardware_concurrency().
  bool return_train_score = false;  // Also score each model on its own train rows.

  void validate() const {}  // Every value is valid; kept for the uniform params shape.
};

struct CrossValidationResult {
  std::map<std::string, std::vector<double>> test_scores;   // Name -> one score per fold.
  std::map<std::string, std::vector<double>> train_scores;  // Empty unless return_train_score.
  std::vector<double> fit_times;                            // Seconds spent in fit, per fold.
  std::vector<double> score_times;  // Seconds spent predicting + scoring test rows, per fold.

  // Mean of test_scores[name]; throws mlcore::Error for an unknown name.
  double mean_test_score(const std::string& name) const;
};

namespace detail {
template <class T>
struct Identity {
  using type = T;
};
}  // namespace detail

template <class Input>
CrossValidationResult cross_validate(
    const typename detail::Identity<EstimatorFactory<Input>>::type& make_model, const Input& X,
    const Vector& y, const Splitter& splitter, const ScoreFunctions& scorers,
    const CrossValidateParams& params = {});

extern template CrossValidationResult cross_validate<Matrix>(const EstimatorFactory<Matrix>&,
                                                             const Matrix&, const Vector&,
                                                             const Splitter&, const ScoreFunctions&,
                                                             const CrossValidateParams&);
extern template CrossValidationResult cross_validate<Table>(const EstimatorFactory<Table>&,
                                                            const Table&, const Vector&,
                                                            const Splitter&, const ScoreFunctions&,
                                                            const CrossValidateParams&);

}  // namespace mlcore

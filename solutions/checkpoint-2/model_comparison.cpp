// Checkpoint exam 2, part 1 — reference solution (contract in model_comparison.hpp).
//
// Three candidates of increasing flexibility, each an mlcore::Pipeline so that imputation,
// scaling and the one-hot categories are learned inside cross_validate from each fold's training
// rows only. Preprocessing the whole table first and cross-validating the matrix would let every
// test fold shape the means and scales its rows are judged with: a small optimistic leak that
// becomes a large one when the data has outliers.
#include "model_comparison.hpp"

#include <memory>
#include <string>
#include <vector>

#include "mlcore/ensemble/random_forest_classifier.hpp"
#include "mlcore/linalg.hpp"
#include "mlcore/linear/logistic_regression.hpp"
#include "mlcore/metrics/scorer.hpp"
#include "mlcore/model_selection/cross_validate.hpp"
#include "mlcore/model_selection/stratified_kfold.hpp"
#include "mlcore/preprocessing/pipeline.hpp"
#include "mlcore/tree/decision_tree_classifier.hpp"

namespace ex {

namespace {

// The default TablePreprocessor infers the columns: numbers (mean-imputed, standardised) and text
// (one-hot, a missing cell as its own category). Trees do not need the scaling; it does not hurt.
template <class Model>
ModelFactory pipeline_of(Model model) {
  return [model] {
    return std::make_unique<mlcore::Pipeline>(mlcore::TablePreprocessorParams{},
                                              mlcore::make_estimator(model));
  };
}

std::vector<std::pair<std::string, ModelFactory>> candidates() {
  mlcore::DecisionTreeClassifierParams tree;
  tree.max_depth = 5;  // Deep enough for interactions, shallow enough not to memorise.
  tree.min_samples_leaf = 10;
  mlcore::RandomForestClassifierParams forest;
  forest.n_estimators = 40;  // Few trees keep the grade fast; more barely moves the AUC here.
  forest.max_depth = 8;
  forest.min_samples_leaf = 3;
  forest.n_jobs = 1;  // Results do not depend on it; one thread keeps CPU accounting simple.
  return {{"logistic_regression", pipeline_of(mlcore::LogisticRegression())},
          {"decision_tree", pipeline_of(mlcore::DecisionTreeClassifier(tree))},
          {"random_forest", pipeline_of(mlcore::RandomForestClassifier(forest))}};
}

}  // namespace

Comparison compare_models(const mlcore::Table& applicants, const std::vector<double>& is_bad,
                          const CvProtocol& protocol) {
  // ROC AUC: threshold-free and unmoved by the 72/28 split, where accuracy would rate "approve
  // everyone" at 0.72.
  Comparison comparison;
  comparison.metric = "roc_auc";
  const mlcore::Vector y =
      Eigen::Map<const mlcore::Vector>(is_bad.data(), static_cast<Eigen::Index>(is_bad.size()));

  // One splitter for every candidate: the same folds make the scores comparable fold by fold.
  mlcore::StratifiedKFoldParams params;
  params.n_splits = protocol.n_splits;
  params.shuffle = true;
  params.random_state = protocol.seed;
  const mlcore::StratifiedKFold splitter(params);
  for (const mlcore::Fold& fold : splitter.split(applicants.rows(), &y))
    comparison.test_folds.push_back(fold.test);

  const mlcore::ScoreFunctions scorers = {
      {comparison.metric, mlcore::score_function(mlcore::make_scorer(comparison.metric))}};
  mlcore::CrossValidateParams cv;
  cv.n_jobs = 1;
  for (auto& [name, make] : candidates()) {
    const mlcore::CrossValidationResult result =
        mlcore::cross_validate<mlcore::Table>(make, applicants, y, splitter, scorers, cv);
    ModelScores scores;
    scores.name = name;
    scores.make = make;
    scores.fold_scores = result.test_scores.at(comparison.metric);
    scores.mean = result.mean_test_score(comparison.metric);
    comparison.models.push_back(std::move(scores));
  }
  return comparison;
}

}  // namespace ex

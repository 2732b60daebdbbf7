// grid_search: exhaustive search over a parameter grid with cross-validation, like
// scikit-learn's GridSearchCV, including its final refit of the best candidate on all the data.
//
//   ParamGrid grid = {{"C", {0.01, 0.1, 1.0}}, {"penalty", {"l2"}}};
//   GridSearchResult r = grid_search<Matrix>(
//       [](const ParamSet& p) { LogisticRegressionParams lp; lp.C = param_number(p, "C");
//                               return make_estimator(LogisticRegression(lp)); },
//       grid, X, y, StratifiedKFold(), {"accuracy", score_function(make_scorer("accuracy"))});
//   r.best_estimator->predict(X_new);  // r.best_params refitted on all of X.
//
// Contract:
//   - Candidates come in scikit-learn's ParameterGrid order: keys sorted, then the cartesian
//     product with the last key varying fastest (itertools.product). results[i] is candidate i.
//   - The folds are computed once and shared by every candidate (as GridSearchCV does).
//   - Scores are means over folds; std is the population std (numpy's np.std). The best
//     candidate has the highest mean; ties go to the first in grid order (scikit-learn's rank 1
//     with the lowest index). Ranks follow scikit-learn: rankdata(-mean, method="min"), a NaN
//     mean (a failed fold) ranks below every number.
//   - With refit (the default, as in GridSearchCV), a fresh make_model(best_params) is fitted
//     on all of X and y on the calling thread after the search: best_estimator. Without refit
//     best_estimator is null.
//   - make_model is called on the calling thread; (candidate, fold) fits run in parallel on
//     n_jobs threads; results do not depend on n_jobs.
//   - Errors: an empty grid or a key with no values, exceptions from models or the scorer (see
//     cross_validate), wrong-size y: all throw, as mlcore::Error where mlcore detects them.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "mlcore/model_selection/cross_validate.hpp"

namespace mlcore {

using ParamValue = std::variant<double, std::string>;              // A number or a choice by name.
using ParamSet = std::map<std::string, ParamValue>;                // One candidate: name -> value.
using ParamGrid = std::map<std::string, std::vector<ParamValue>>;  // Name -> values to try.

// Every candidate of the grid, in scikit-learn's ParameterGrid order. Throws mlcore::Error for a
// key with an empty value list.
std::vector<ParamSet> parameter_grid(const ParamGrid& grid);

// Typed reads of a candidate; throw mlcore::Error naming the parameter when it is absent or of
// the other kind.
double param_number(const ParamSet& params, const std::string& name);
const std::string& param_text(const ParamSet& params, const std::string& name);
// "{C: 0.1, penalty: l2}" (numbers in shortest round-trip form), for reports.
std::string to_string(const ParamSet& params);

template <class Input>
using ParamEstimatorFactory =
    std::function<std::unique_ptr<BasicEstimator<Input>>(const ParamSet& params)>;

struct GridSearchParams {
  std::size_t n_jobs = 0;  // Worker threads; 0 = std::thread::hardware_concurrency().
  bool refit = true;       // Fit the best candidate on all the data (best_estimator).

  void validate() const {}  // Every value is valid; kept for the uniform params shape.
};

struct GridSearchEntry {
  ParamSet params;
  std::vector<double> test_scores;  // One per fold.
  double mean_test_score = 0.0;
  double std_test_score = 0.0;  // Population std over folds.
  std::size_t rank = 0;         // 1 = best; equal means share a rank (scikit-learn's "min").
};

// scikit-learn's best_params_, best_score_, best_index_, cv_results_ and best_estimator_.
template <class Input>
struct BasicGridSearchResult {
  ParamSet best_params;
  double best_score = 0.0;
  std::size_t best_index = 0;            // Into results.
  std::vector<GridSearchEntry> results;  // In parameter_grid order (cv_results_).
  // make_model(best_params) fitted on all the data; null when GridSearchParams::refit is false.
  std::unique_ptr<BasicEstimator<Input>> best_estimator;
  double refit_seconds = 0.0;  // Time spent in the refit (scikit-learn's refit_time_).
};
using GridSearchResult = BasicGridSearchResult<Matrix>;
using TableGridSearchResult = BasicGridSearchResult<Table>;

template <class Input>
BasicGridSearchResult<Input> grid_search(
    const typename detail::Identity<ParamEstimatorFactory<Input>>::type& make_model,
    const ParamGrid& grid, const Input& X, const Vector& y, const Splitter& splitter,
    const std::pair<std::string, ScoreFunction>& scorer, const GridSearchParams& params = {});

extern template GridSearchResult grid_search<Matrix>(const ParamEstimatorFactory<Matrix>&,
                                                     const ParamGrid&, const Matrix&, const Vector&,
                                                     const Splitter&,
                                                     const std::pair<std::string, ScoreFunction>&,
                                                     const GridSearchParams&);
extern template TableGridSearchResult grid_search<Table>(
    const ParamEstimatorFactory<Table>&, const ParamGrid&, const Table&, const Vector&,
    const Splitter&, const std::pair<std::string, ScoreFunction>&, const GridSearchParams&);

}  // namespace mlcore

// 5-fold stratified cross-validation benchmarks on SYNTHETIC data generated in-process with a
// fixed seed (bench_data.hpp, 100k x 50 binary, seed 1: the same data as linear_bench's
// binary_100k_x_50; bench/compare_cv.py regenerates it for scikit-learn's cross_validate).
//
//   CrossValidate/logreg              LogisticRegression defaults (C = 1, tol = 1e-4, lbfgs)
//   CrossValidate/tree_depth8         DecisionTreeClassifier(max_depth = 8): exact splits, the
//                                     default, like scikit-learn's tree
//   CrossValidate/tree_depth8_hist    the same with histogram splits (max_bins = 255)
//
// All run folds one after another on the calling thread (n_jobs = 1, as scikit-learn's n_jobs=1),
// so CPU time is the work of one core. StratifiedKFold(5) without shuffling gives the same folds
// as scikit-learn's. Counters: mean_accuracy (over folds), fit_seconds (wall time inside fit,
// all folds), y_sum and x_sum (checksums
// compare_cv.py uses to prove both sides saw the same data).
#include <benchmark/benchmark.h>

#include <memory>
#include <string>

#include "bench_data.hpp"
#include "mlcore/linear/logistic_regression.hpp"
#include "mlcore/metrics/scorer.hpp"
#include "mlcore/model_selection/cross_validate.hpp"
#include "mlcore/model_selection/stratified_kfold.hpp"
#include "mlcore/tree/decision_tree_classifier.hpp"

namespace {

struct Dataset {
  mlcore::Matrix X;
  mlcore::Vector y;
};

const Dataset& synthetic() {
  static const Dataset data = [] {
    Dataset d;
    bench_data::make_classification(100000, 50, 2, 1, d.X, d.y);
    return d;
  }();
  return data;
}

void run_cv(benchmark::State& state, const mlcore::EstimatorFactory<mlcore::Matrix>& make) {
  const Dataset& d = synthetic();
  mlcore::CrossValidateParams params;
  params.n_jobs = 1;
  const mlcore::ScoreFunctions scorers = {
      {"accuracy", mlcore::score_function(mlcore::make_scorer("accuracy"))}};
  double mean_accuracy = 0.0, fit_seconds = 0.0;
  for (auto _ : state) {
    const mlcore::CrossValidationResult r = mlcore::cross_validate<mlcore::Matrix>(
        make, d.X, d.y, mlcore::StratifiedKFold(), scorers, params);
    mean_accuracy = r.mean_test_score("accuracy");
    fit_seconds = 0.0;
    for (double t : r.fit_times) fit_seconds += t;
  }
  state.counters["mean_accuracy"] = mean_accuracy;
  state.counters["fit_seconds"] = fit_seconds;  // Of all folds; the rest is splitting + scoring.
  state.counters["y_sum"] = d.y.sum();
  state.counters["x_sum"] = d.X.sum();
}

void BM_CvLogReg(benchmark::State& state) {
  run_cv(state, [] { return mlcore::make_estimator(mlcore::LogisticRegression()); });
}

void tree_cv(benchmark::State& state, int max_bins) {
  run_cv(state, [max_bins] {
    mlcore::DecisionTreeClassifierParams p;
    p.max_depth = 8;
    p.max_bins = max_bins;
    return mlcore::make_estimator(mlcore::DecisionTreeClassifier(p));
  });
}
void BM_CvTreeDepth8(benchmark::State& state) { tree_cv(state, 0); }
void BM_CvTreeDepth8Hist(benchmark::State& state) { tree_cv(state, 255); }

BENCHMARK(BM_CvLogReg)->Name("CrossValidate/logreg")->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_CvTreeDepth8)
    ->Name("CrossValidate/tree_depth8")
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
BENCHMARK(BM_CvTreeDepth8Hist)
    ->Name("CrossValidate/tree_depth8_hist")
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

}  // namespace

BENCHMARK_MAIN();

// Linear-model benchmarks on SYNTHETIC data generated in-process with fixed seeds
// (bench_data.hpp; bench/compare_linear.py regenerates the same numbers for scikit-learn).
//
//   LogisticFit/binary_100k_x_50      seed 1
//   LogisticFit/binary_1M_x_20        seed 2
//   LogisticFit/multinomial_100k_x_50_x_5   seed 3
//   ..._2threads                       the same with LogisticRegressionParams.n_threads = 2
//   PredictProbaOneRow                 a model fitted on binary_100k_x_50
//   PassOverX/1M_x_20                  one read of X: the memory-bandwidth floor per evaluation
//
// Counters: log_loss (training data, mean), n_iter, n_fev (= passes over X by the solver),
// y_sum and x_sum (checksums compare_linear.py uses to prove both sides saw the same data).
// Defaults as scikit-learn: C = 1, tol = 1e-4, max_iter = 100.
#include <benchmark/benchmark.h>

#include <cmath>
#include <map>
#include <string>
#include <tuple>

#include "bench_data.hpp"
#include "mlcore/linear/logistic_regression.hpp"

namespace {

struct Dataset {
  mlcore::Matrix X;
  mlcore::Vector y;
};

const Dataset& dataset(int n, int p, int classes, std::uint64_t seed) {
  static std::map<std::tuple<int, int, int, std::uint64_t>, Dataset> cache;
  auto key = std::make_tuple(n, p, classes, seed);
  auto it = cache.find(key);
  if (it == cache.end()) {
    Dataset d;
    bench_data::make_classification(n, p, classes, seed, d.X, d.y);
    it = cache.emplace(key, std::move(d)).first;
  }
  return it->second;
}

double log_loss(const mlcore::LogisticRegression& model, const Dataset& d) {
  const mlcore::Matrix proba = model.predict_proba(d.X);
  double total = 0.0;
  for (Eigen::Index i = 0; i < d.X.rows(); ++i) {
    Eigen::Index k = 0;
    while (model.classes()[k] != d.y[i]) ++k;
    total -= std::log(std::max(proba(i, k), 1e-15));
  }
  return total / static_cast<double>(d.X.rows());
}

void fit(benchmark::State& state, int n, int p, int classes, std::uint64_t seed, int threads = 1) {
  const Dataset& d = dataset(n, p, classes, seed);
  mlcore::LogisticRegressionParams params;
  params.n_threads = threads;
  mlcore::LogisticRegression model(params);
  for (auto _ : state) {
    model.fit(d.X, d.y);
    benchmark::DoNotOptimize(model.coef().data());
  }
  state.counters["log_loss"] = log_loss(model, d);
  state.counters["n_iter"] = model.n_iter();
  state.counters["n_fev"] = model.n_fev();
  state.counters["y_sum"] = d.y.sum();
  state.counters["x_sum"] = d.X.sum();
}

void PassOverX(benchmark::State& state) {
  const Dataset& d = dataset(1000000, 20, 2, 2);
  for (auto _ : state) benchmark::DoNotOptimize(d.X.sum());
  state.SetBytesProcessed(state.iterations() * d.X.size() * static_cast<int64_t>(sizeof(double)));
}

void PredictProbaOneRow(benchmark::State& state) {
  const Dataset& d = dataset(100000, 50, 2, 1);
  mlcore::LogisticRegression model;
  model.fit(d.X, d.y);
  Eigen::Index i = 0;
  for (auto _ : state) {
    const mlcore::Matrix row = d.X.row(i);
    mlcore::Matrix proba = model.predict_proba(row);
    benchmark::DoNotOptimize(proba.data());
    i = (i + 1) % 1000;
  }
}

}  // namespace

BENCHMARK_CAPTURE(fit, binary_100k_x_50, 100000, 50, 2, 1)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(1.0);
BENCHMARK_CAPTURE(fit, binary_1M_x_20, 1000000, 20, 2, 2)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);
BENCHMARK_CAPTURE(fit, multinomial_100k_x_50_x_5, 100000, 50, 5, 3)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);
// The same fits with two std::threads per evaluation (results bit-identical to one thread).
BENCHMARK_CAPTURE(fit, binary_1M_x_20_2threads, 1000000, 20, 2, 2, 2)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0)
    ->UseRealTime();
BENCHMARK_CAPTURE(fit, multinomial_100k_x_50_x_5_2threads, 100000, 50, 5, 3, 2)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0)
    ->UseRealTime();
BENCHMARK(PassOverX)->Unit(benchmark::kMillisecond);
BENCHMARK(PredictProbaOneRow)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();

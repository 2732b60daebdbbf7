// Decision tree fit benchmarks (100k x 50, gini): histogram splits at unlimited depth and depth 8,
// exact splits once for reference; plus a comparison mode for bench/compare_trees.py.
//
//   tree_bench [google-benchmark flags]      synthetic data from bench_data.hpp
//   tree_bench --compare FILE [--histogram-only]
//                                            reads FILE (written by compare_trees.py), fits each
//                                            configuration, prints one JSON line per fit
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>

#include "bench_data.hpp"
#include "mlcore/tree/decision_tree_classifier.hpp"

namespace {

struct Data {
  mlcore::Matrix X, X_test;
  mlcore::Vector y, y_test;
};

const Data& synthetic() {
  static const Data data = [] {
    Data d;
    bench_data::make_classification(100000, 50, 2, 7, d.X, d.y);
    return d;
  }();
  return data;
}

void fit_tree(benchmark::State& state, int max_depth, int max_bins) {
  const Data& d = synthetic();
  mlcore::DecisionTreeClassifier model;
  model.params.max_depth = max_depth;
  model.params.max_bins = max_bins;
  for (auto _ : state) {
    model.fit(d.X, d.y);
    benchmark::DoNotOptimize(model.n_leaves());
  }
  state.counters["leaves"] = model.n_leaves();
}

void BM_TreeFitHistogramUnlimited(benchmark::State& s) { fit_tree(s, -1, 255); }
void BM_TreeFitHistogramDepth8(benchmark::State& s) { fit_tree(s, 8, 255); }
void BM_TreeFitExactUnlimited(benchmark::State& s) { fit_tree(s, -1, 0); }
void BM_TreeFitExactDepth8(benchmark::State& s) { fit_tree(s, 8, 0); }
BENCHMARK(BM_TreeFitHistogramUnlimited)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_TreeFitHistogramDepth8)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_TreeFitExactUnlimited)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_TreeFitExactDepth8)->Unit(benchmark::kMillisecond)->Iterations(1);

// File layout (little-endian): int64 n_train, n_test, p; then X_train (row-major doubles),
// y_train, X_test, y_test.
Data read_data(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(std::string("cannot open ") + path);
  std::int64_t header[3];
  in.read(reinterpret_cast<char*>(header), sizeof header);
  Data d;
  d.X.resize(header[0], header[2]);
  d.y.resize(header[0]);
  d.X_test.resize(header[1], header[2]);
  d.y_test.resize(header[1]);
  auto read = [&in](double* p, Eigen::Index n) {
    in.read(reinterpret_cast<char*>(p), static_cast<std::streamsize>(n * sizeof(double)));
  };
  read(d.X.data(), d.X.size());
  read(d.y.data(), d.y.size());
  read(d.X_test.data(), d.X_test.size());
  read(d.y_test.data(), d.y_test.size());
  if (!in) throw std::runtime_error(std::string("short file ") + path);
  return d;
}

int compare(const char* path, bool histogram_only) {
  const Data d = read_data(path);
  for (const auto& [name, depth, bins] :
       {std::tuple<const char*, int, int>{"histogram_unlimited", -1, 255},
        {"histogram_depth8", 8, 255},
        {"exact_unlimited", -1, 0},
        {"exact_depth8", 8, 0}}) {
    if (histogram_only && bins == 0) continue;
    mlcore::DecisionTreeClassifier model;
    model.params.max_depth = depth;
    model.params.max_bins = bins;
    double best = 1e30;
    const int repeats = bins > 0 ? 3 : 1;
    for (int r = 0; r < repeats; ++r) {
      const auto start = std::chrono::steady_clock::now();
      model.fit(d.X, d.y);
      const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
      best = std::min(best, took.count());
    }
    const double accuracy =
        (model.predict(d.X_test).array() == d.y_test.array()).cast<double>().mean();
    std::printf("{\"name\": \"%s\", \"seconds\": %.4f, \"accuracy\": %.5f, \"leaves\": %d}\n", name,
                best, accuracy, model.n_leaves());
    std::fflush(stdout);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if ((argc == 3 || argc == 4) && std::strcmp(argv[1], "--compare") == 0)
    return compare(argv[2], argc == 4 && std::strcmp(argv[3], "--histogram-only") == 0);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

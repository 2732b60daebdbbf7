// Internal: the engine shared by cross_validate and grid_search. Runs independent
// (model, fold) tasks on std::threads and scores each, with results stored by task index so
// they never depend on thread count or scheduling.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "mlcore/model_selection/cross_validate.hpp"

namespace mlcore::internal {

// Runs task(i) for every i in [0, n) on up to n_jobs threads (0 = hardware concurrency; never
// more threads than tasks; 1 = on the calling thread). After all tasks end, rethrows the
// exception of the lowest failing i, if any.
void parallel_for(std::size_t n, std::size_t n_jobs, const std::function<void(std::size_t)>& task);

struct FoldOutcome {
  std::map<std::string, double> test_scores;
  std::map<std::string, double> train_scores;
  double fit_time = 0.0;
  double score_time = 0.0;
};

// Fits `model` on fold.train and scores it on fold.test (and fold.train when train_scores).
template <class Input>
FoldOutcome run_fold(BasicEstimator<Input>& model, const Input& X, const Vector& y,
                     const Fold& fold, const ScoreFunctions& scorers, bool train_scores);

// Checks shared by cross_validate and grid_search: one label per row, at least one scorer.
void check_inputs(const char* who, std::size_t n_rows, const Vector& y,
                  const ScoreFunctions& scorers);

}  // namespace mlcore::internal

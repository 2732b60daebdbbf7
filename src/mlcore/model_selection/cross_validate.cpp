#include "mlcore/model_selection/cross_validate.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <numeric>
#include <thread>

#include "mlcore/data/rows.hpp"
#include "mlcore/error.hpp"
#include "model_selection/fold_runner.hpp"

namespace mlcore {
namespace internal {
namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

template <class Input>
std::map<std::string, double> score(const BasicEstimator<Input>& model, const Input& X,
                                    const Vector& y_true, const ScoreFunctions& scorers) {
  const Vector y_pred = model.predict(X);
  Matrix proba;
  const bool with_proba = model.has_predict_proba();
  if (with_proba) proba = model.predict_proba(X);
  const Vector classes = model.classes();
  std::map<std::string, double> out;
  for (const auto& [name, scorer] : scorers)
    out[name] = scorer(y_true, y_pred, with_proba ? &proba : nullptr,
                       classes.size() > 0 ? &classes : nullptr);
  return out;
}

}  // namespace

void parallel_for(std::size_t n, std::size_t n_jobs, const std::function<void(std::size_t)>& task) {
  if (n_jobs == 0) n_jobs = std::max(1U, std::thread::hardware_concurrency());
  const std::size_t threads = std::min(n_jobs, n);
  std::vector<std::exception_ptr> errors(n);
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < n; i = next++) {
      try {
        task(i);
      } catch (...) {
        errors[i] = std::current_exception();
      }
    }
  };
  if (threads <= 1) {
    worker();
  } else {
    std::vector<std::thread> pool;
    pool.reserve(threads);
    for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(worker);
    for (std::thread& t : pool) t.join();
  }
  for (const std::exception_ptr& e : errors)
    if (e) std::rethrow_exception(e);
}

template <class Input>
FoldOutcome run_fold(BasicEstimator<Input>& model, const Input& X, const Vector& y,
                     const Fold& fold, const ScoreFunctions& scorers, bool train_scores) {
  // The fold's rows are copied, as scikit-learn does (models fit contiguous matrices). The
  // training copy is gone before the test copy is made: a fold holds at most (k-1)/k of X at a
  // time, beside X itself, instead of all of it.
  FoldOutcome outcome;
  {
    const Input X_train = take_rows(X, fold.train);
    const Vector y_train = take_rows(y, fold.train);
    const auto start = std::chrono::steady_clock::now();
    model.fit(X_train, y_train, nullptr);
    outcome.fit_time = seconds_since(start);
    if (train_scores) outcome.train_scores = score(model, X_train, y_train, scorers);
  }
  const Input X_test = take_rows(X, fold.test);
  const Vector y_test = take_rows(y, fold.test);
  const auto start = std::chrono::steady_clock::now();
  outcome.test_scores = score(model, X_test, y_test, scorers);
  outcome.score_time = seconds_since(start);
  return outcome;
}

void check_inputs(const char* who, std::size_t n_rows, const Vector& y,
                  const ScoreFunctions& scorers) {
  if (static_cast<std::size_t>(y.size()) != n_rows)
    throw Error(std::string(who) + ": y has " + std::to_string(y.size()) + " labels, expected " +
                std::to_string(n_rows) + " (one per row of X)");
  if (scorers.empty()) throw Error(std::string(who) + ": needs at least one scorer");
  for (const auto& [name, scorer] : scorers)
    if (!scorer) throw Error(std::string(who) + ": scorer '" + name + "' is empty");
}

template FoldOutcome run_fold<Matrix>(BasicEstimator<Matrix>&, const Matrix&, const Vector&,
                                      const Fold&, const ScoreFunctions&, bool);
template FoldOutcome run_fold<Table>(BasicEstimator<Table>&, const Table&, const Vector&,
                                     const Fold&, const ScoreFunctions&, bool);

}  // namespace internal

double CrossValidationResult::mean_test_score(const std::string& name) const {
  const auto it = test_scores.find(name);
  if (it == test_scores.end())
    throw Error("CrossValidationResult: no test score named '" + name + "'");
  if (it->second.empty()) return 0.0;
  return std::accumulate(it->second.begin(), it->second.end(), 0.0) /
         static_cast<double>(it->second.size());
}

template <class Input>
CrossValidationResult cross_validate(
    const typename detail::Identity<EstimatorFactory<Input>>::type& make_model, const Input& X,
    const Vector& y, const Splitter& splitter, const ScoreFunctions& scorers,
    const CrossValidateParams& params) {
  params.validate();
  const std::size_t n = n_rows(X);
  internal::check_inputs("cross_validate", n, y, scorers);
  const std::vector<Fold> folds = splitter.split(n, &y);

  std::vector<std::unique_ptr<BasicEstimator<Input>>> models;
  for (std::size_t f = 0; f < folds.size(); ++f) {
    models.push_back(make_model());
    if (!models.back()) throw Error("cross_validate: make_model returned no model");
  }
  std::vector<internal::FoldOutcome> outcomes(folds.size());
  internal::parallel_for(folds.size(), params.n_jobs, [&](std::size_t f) {
    outcomes[f] =
        internal::run_fold(*models[f], X, y, folds[f], scorers, params.return_train_score);
  });

  CrossValidationResult result;
  for (const internal::FoldOutcome& o : outcomes) {
    for (const auto& [name, value] : o.test_scores) result.test_scores[name].push_back(value);
    for (const auto& [name, value] : o.train_scores) result.train_scores[name].push_back(value);
    result.fit_times.push_back(o.fit_time);
    result.score_times.push_back(o.score_time);
  }
  return result;
}

template CrossValidationResult cross_validate<Matrix>(const EstimatorFactory<Matrix>&,
                                                      const Matrix&, const Vector&, const Splitter&,
                                                      const ScoreFunctions&,
                                                      const CrossValidateParams&);
template CrossValidationResult cross_validate<Table>(const EstimatorFactory<Table>&, const Table&,
                                                     const Vector&, const Splitter&,
                                                     const ScoreFunctions&,
                                                     const CrossValidateParams&);

}  // namespace mlcore

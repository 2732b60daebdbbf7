#include "mlcore/model_selection/grid_search.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "mlcore/data/rows.hpp"
#include "mlcore/error.hpp"
#include "model_selection/fold_runner.hpp"

namespace mlcore {
namespace {

const ParamValue& find_param(const ParamSet& params, const std::string& name) {
  const auto it = params.find(name);
  if (it == params.end())
    throw Error("grid_search: parameter '" + name + "' is not in the set " + to_string(params));
  return it->second;
}

std::string number_text(double value) {
  char buffer[32];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
    if (std::strtod(buffer, nullptr) == value) break;
  }
  return buffer;
}

}  // namespace

std::vector<ParamSet> parameter_grid(const ParamGrid& grid) {
  std::vector<ParamSet> out;
  if (grid.empty()) return {ParamSet{}};  // scikit-learn: one empty candidate.
  for (const auto& [name, values] : grid)
    if (values.empty()) throw Error("parameter_grid: parameter '" + name + "' has no values");
  // Odometer over the sorted keys, last key fastest (itertools.product).
  std::vector<std::pair<const std::string*, const std::vector<ParamValue>*>> axes;
  for (const auto& [name, values] : grid) axes.emplace_back(&name, &values);
  std::vector<std::size_t> at(axes.size(), 0);
  while (true) {
    ParamSet candidate;
    for (std::size_t a = 0; a < axes.size(); ++a)
      candidate[*axes[a].first] = (*axes[a].second)[at[a]];
    out.push_back(std::move(candidate));
    std::size_t a = axes.size();
    while (a > 0) {
      --a;
      if (++at[a] < axes[a].second->size()) break;
      at[a] = 0;
      if (a == 0) return out;
    }
  }
}

double param_number(const ParamSet& params, const std::string& name) {
  const ParamValue& v = find_param(params, name);
  if (const double* d = std::get_if<double>(&v)) return *d;
  throw Error("grid_search: parameter '" + name + "' is text ('" + std::get<std::string>(v) +
              "'), not a number");
}

const std::string& param_text(const ParamSet& params, const std::string& name) {
  const ParamValue& v = find_param(params, name);
  if (const std::string* s = std::get_if<std::string>(&v)) return *s;
  throw Error("grid_search: parameter '" + name + "' is a number (" +
              number_text(std::get<double>(v)) + "), not text");
}

std::string to_string(const ParamSet& params) {
  std::string out = "{";
  for (const auto& [name, value] : params) {
    if (out.size() > 1) out += ", ";
    out += name + ": ";
    out += std::holds_alternative<double>(value) ? number_text(std::get<double>(value))
                                                 : std::get<std::string>(value);
  }
  return out + "}";
}

template <class Input>
BasicGridSearchResult<Input> grid_search(
    const typename detail::Identity<ParamEstimatorFactory<Input>>::type& make_model,
    const ParamGrid& grid, const Input& X, const Vector& y, const Splitter& splitter,
    const std::pair<std::string, ScoreFunction>& scorer, const GridSearchParams& params) {
  params.validate();
  const std::size_t n = n_rows(X);
  const ScoreFunctions scorers = {scorer};
  internal::check_inputs("grid_search", n, y, scorers);
  const std::vector<ParamSet> candidates = parameter_grid(grid);
  const std::vector<Fold> folds = splitter.split(n, &y);
  const std::size_t k = folds.size();

  std::vector<std::unique_ptr<BasicEstimator<Input>>> models;
  for (const ParamSet& candidate : candidates) {
    for (std::size_t f = 0; f < k; ++f) {
      models.push_back(make_model(candidate));
      if (!models.back())
        throw Error("grid_search: make_model returned no model for " + to_string(candidate));
    }
  }
  std::vector<double> scores(models.size());
  internal::parallel_for(models.size(), params.n_jobs, [&](std::size_t task) {
    scores[task] = internal::run_fold(*models[task], X, y, folds[task % k], scorers, false)
                       .test_scores.at(scorer.first);
    models[task].reset();  // Free the fitted model early; only its score is kept.
  });

  BasicGridSearchResult<Input> result;
  for (std::size_t c = 0; c < candidates.size(); ++c) {
    GridSearchEntry entry;
    entry.params = candidates[c];
    entry.test_scores.assign(scores.begin() + static_cast<std::ptrdiff_t>(c * k),
                             scores.begin() + static_cast<std::ptrdiff_t>((c + 1) * k));
    double sum = 0.0;
    for (double s : entry.test_scores) sum += s;
    entry.mean_test_score = sum / static_cast<double>(k);
    double squares = 0.0;
    for (double s : entry.test_scores)
      squares += (s - entry.mean_test_score) * (s - entry.mean_test_score);
    entry.std_test_score = std::sqrt(squares / static_cast<double>(k));
    result.results.push_back(std::move(entry));
  }
  // A NaN mean (a failed score) ranks below every number, as in scikit-learn.
  auto better = [](double a, double b) { return !std::isnan(a) && (std::isnan(b) || a > b); };
  for (GridSearchEntry& entry : result.results) {
    entry.rank = 1;
    for (const GridSearchEntry& other : result.results)
      if (better(other.mean_test_score, entry.mean_test_score)) ++entry.rank;
  }
  for (std::size_t c = 0; c < result.results.size(); ++c) {
    if (result.results[c].rank == 1) {
      result.best_index = c;
      break;
    }
  }
  result.best_params = result.results[result.best_index].params;
  result.best_score = result.results[result.best_index].mean_test_score;
  if (params.refit) {
    const auto start = std::chrono::steady_clock::now();
    result.best_estimator = make_model(result.best_params);
    if (!result.best_estimator)
      throw Error("grid_search: make_model returned no model for " + to_string(result.best_params));
    result.best_estimator->fit(X, y, nullptr);
    result.refit_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }
  return result;
}

template GridSearchResult grid_search<Matrix>(const ParamEstimatorFactory<Matrix>&,
                                              const ParamGrid&, const Matrix&, const Vector&,
                                              const Splitter&,
                                              const std::pair<std::string, ScoreFunction>&,
                                              const GridSearchParams&);
template TableGridSearchResult grid_search<Table>(const ParamEstimatorFactory<Table>&,
                                                  const ParamGrid&, const Table&, const Vector&,
                                                  const Splitter&,
                                                  const std::pair<std::string, ScoreFunction>&,
                                                  const GridSearchParams&);

}  // namespace mlcore

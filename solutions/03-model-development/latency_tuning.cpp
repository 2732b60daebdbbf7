// Exercise 3.3 — reference solution (contract in latency_tuning.hpp).
#include "latency_tuning.hpp"

#include <algorithm>
#include <cstddef>
#include <ctime>
#include <vector>

#include "mlcore/data/rows.hpp"
#include "mlcore/linalg.hpp"
#include "mlcore/metrics/scorer.hpp"
#include "mlcore/model_selection/cross_validate.hpp"
#include "mlcore/model_selection/stratified_kfold.hpp"

namespace ex {
namespace {

// CPU microseconds per row to predict `batch` with `model`: a large batch (tens of thousands of
// rows) so that per-call overhead does not dominate, the best of three runs so that a one-off
// stall (another process, a page fault) does not either. CPU time, not wall time: a busy
// machine stretches the wall clock of every candidate unevenly.
double micros_per_row(const mlcore::RandomForestClassifier& model, const mlcore::Matrix& batch) {
  double best = 0.0;
  for (int run = 0; run < 3; ++run) {
    const std::clock_t start = std::clock();
    const mlcore::Vector predicted = model.predict(batch);
    const double seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    if (predicted.size() != batch.rows()) return 0.0;  // cannot happen; keeps the call alive
    best = run == 0 ? seconds : std::min(best, seconds);
  }
  return best * 1e6 / static_cast<double>(batch.rows());
}

}  // namespace

TuningReport tune_forest(const mlcore::Matrix& X, const mlcore::Vector& y,
                         double max_micros_per_row) {
  mlcore::StratifiedKFoldParams folds;
  folds.shuffle = true;
  const mlcore::StratifiedKFold splitter(folds);
  const mlcore::ScoreFunctions scorers = {
      {"accuracy", mlcore::score_function(mlcore::make_scorer("accuracy"))}};
  // The latency batch: the training rows tiled to 50,000 rows (realistic feature values, so the
  // trees take realistic paths).
  mlcore::Indices tiled(50000);
  for (std::size_t i = 0; i < tiled.size(); ++i) tiled[i] = i % static_cast<std::size_t>(X.rows());
  const mlcore::Matrix batch = mlcore::take_rows(X, tiled);

  TuningReport report;
  for (const ForestConfig& config : kGrid) {
    const mlcore::CrossValidationResult cv = mlcore::cross_validate<mlcore::Matrix>(
        [&config] { return mlcore::make_estimator(make_forest(config)); }, X, y, splitter, scorers);
    const std::vector<double>& scores = cv.test_scores.at("accuracy");
    double mean = 0.0;
    for (const double s : scores) mean += s;
    mean /= static_cast<double>(scores.size());
    // Latency is a property of the model that ships: fitted on all rows, as deployed.
    mlcore::RandomForestClassifier model = make_forest(config);
    model.fit(X, y);
    report.candidates.push_back({config, mean, micros_per_row(model, batch)});
  }
  // Budget first, accuracy second: a configuration over the budget is not a candidate at all.
  bool found = false;
  for (std::size_t i = 0; i < report.candidates.size(); ++i) {
    const CandidateResult& c = report.candidates[i];
    if (c.micros_per_row > max_micros_per_row) continue;
    if (!found || c.cv_accuracy > report.candidates[report.chosen].cv_accuracy) {
      report.chosen = i;
      found = true;
    }
  }
  return report;
}

ForestConfig shipped_config() {
  // tune_forest's choice on the course's training rows with 2.5 µs per row: 30 unlimited-depth
  // trees (CV 0.845, about 1.4 µs per row). The most accurate configuration overall (100
  // unlimited-depth trees, CV 0.851) costs about 6 µs per row.
  return {30, -1};
}

}  // namespace ex

// Exercise 4.1 — Metric selection: reference solution.
#include "metric_selection.hpp"

#include <stdexcept>

#include "mlcore/linalg.hpp"
#include "mlcore/metrics/classification.hpp"
#include "mlcore/metrics/ranking.hpp"

namespace ex {

Metric choose_metric(Scenario scenario) {
  switch (scenario) {
    case Scenario::kScreening:
      // A missed case is the expensive error and the threshold is fixed: the share of the
      // positives caught, recall.
      return Metric::kRecall;
    case Scenario::kSpamFiltering:
      // A false positive is the expensive error: of the rows flagged, the share that deserved
      // it, precision.
      return Metric::kPrecision;
    case Scenario::kCardFraud:
      // No threshold yet, so no label metric; a ranking metric that ignores the mass of easy
      // negatives. ROC AUC counts every legitimate row ranked below a fraud and stays high
      // while the top of the queue is mostly legitimate; average precision does not.
      return Metric::kAveragePrecision;
  }
  throw std::invalid_argument("unknown scenario");
}

namespace {

mlcore::Vector to_vector(const std::vector<double>& values) {
  return Eigen::Map<const mlcore::Vector>(values.data(), static_cast<Eigen::Index>(values.size()));
}

}  // namespace

double compute_metric(Metric metric, const Predictions& rows) {
  const std::size_t n = rows.labels.size();
  if (n == 0 || rows.scores.size() != n || rows.predictions.size() != n)
    throw std::invalid_argument(
        "labels, scores and predictions must have the same, non-zero "
        "length");
  const mlcore::Vector y = to_vector(rows.labels);
  const mlcore::Vector predicted = to_vector(rows.predictions);
  const mlcore::Vector scores = to_vector(rows.scores);
  switch (metric) {
    case Metric::kAccuracy:
      return mlcore::accuracy_score(y, predicted);
    case Metric::kPrecision:
      return mlcore::precision_score(y, predicted);
    case Metric::kRecall:
      return mlcore::recall_score(y, predicted);
    case Metric::kF1:
      return mlcore::f1_score(y, predicted);
    case Metric::kRocAuc:
      return mlcore::roc_auc_score(y, scores);
    case Metric::kAveragePrecision:
      return mlcore::average_precision_score(y, scores);
  }
  throw std::invalid_argument("unknown metric");
}

}  // namespace ex

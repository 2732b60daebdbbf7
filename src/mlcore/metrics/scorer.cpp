#include "mlcore/metrics/scorer.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "metrics/common.hpp"
#include "mlcore/error.hpp"
#include "mlcore/metrics/classification.hpp"
#include "mlcore/metrics/ranking.hpp"
#include "mlcore/metrics/regression.hpp"

namespace mlcore {

namespace {

using Metric = Scorer::Metric;

struct Entry {
  const char* name;
  ScorerInput input;
  bool greater_is_better;
  Metric metric;
};

Metric label_metric(double (*fn)(const Vector&, const Vector&, const Vector*)) {
  return [fn](const Vector& y, const Vector& pred, const Matrix*, const Vector*) {
    return fn(y, pred, nullptr);
  };
}

Metric prf_metric(double (*fn)(const Vector&, const Vector&, const PrfParams&, const Vector*),
                  Average average) {
  return [fn, average](const Vector& y, const Vector& pred, const Matrix*, const Vector*) {
    PrfParams params;
    params.average = average;
    return fn(y, pred, params, nullptr);
  };
}

// The probability of the positive class classes[1] of a binary problem, as sklearn's
// _select_proba_binary.
Vector positive_column(const std::string& name, const Matrix& proba, const Vector& classes) {
  if (classes.size() != 2 || proba.cols() != 2) {
    throw Error("scorer " + name + ": needs a binary problem (got " +
                std::to_string(classes.size()) + " classes and " + std::to_string(proba.cols()) +
                " probability columns)");
  }
  return proba.col(1);
}

const std::vector<Entry>& entries() {
  using In = ScorerInput;
  static const std::vector<Entry> table = [] {
    const Metric log_loss_metric = [](const Vector& y, const Vector&, const Matrix* proba,
                                      const Vector* classes) {
      LogLossParams params;
      params.labels = *classes;
      // sklearn's proba scorer passes only the positive column for a binary target.
      if (metrics_detail::sorted_unique(y).size() <= 2 && proba->cols() <= 2 &&
          classes->size() == 2) {
        return log_loss(y, proba->col(1), params, nullptr);
      }
      return log_loss(y, *proba, params, nullptr);
    };
    const Metric rmse = label_metric(root_mean_squared_error);
    const Metric mae = label_metric(mean_absolute_error);
    std::vector<Entry> t = {
        {"accuracy", In::kPredictions, true, label_metric(accuracy_score)},
        {"balanced_accuracy", In::kPredictions, true, label_metric(balanced_accuracy_score)},
        {"f1", In::kPredictions, true, prf_metric(f1_score, Average::kBinary)},
        {"f1_macro", In::kPredictions, true, prf_metric(f1_score, Average::kMacro)},
        {"f1_micro", In::kPredictions, true, prf_metric(f1_score, Average::kMicro)},
        {"f1_weighted", In::kPredictions, true, prf_metric(f1_score, Average::kWeighted)},
        {"precision", In::kPredictions, true, prf_metric(precision_score, Average::kBinary)},
        {"precision_macro", In::kPredictions, true, prf_metric(precision_score, Average::kMacro)},
        {"precision_weighted", In::kPredictions, true,
         prf_metric(precision_score, Average::kWeighted)},
        {"recall", In::kPredictions, true, prf_metric(recall_score, Average::kBinary)},
        {"recall_macro", In::kPredictions, true, prf_metric(recall_score, Average::kMacro)},
        {"recall_weighted", In::kPredictions, true, prf_metric(recall_score, Average::kWeighted)},
        {"roc_auc", In::kProbabilities, true,
         [](const Vector& y, const Vector&, const Matrix* proba, const Vector* classes) {
           return roc_auc_score(y, positive_column("roc_auc", *proba, *classes), nullptr);
         }},
        {"roc_auc_ovr", In::kProbabilities, true,
         [](const Vector& y, const Vector&, const Matrix* proba, const Vector* classes) {
           return roc_auc_ovr(y, *proba, *classes, Average::kMacro, nullptr);
         }},
        {"roc_auc_ovr_weighted", In::kProbabilities, true,
         [](const Vector& y, const Vector&, const Matrix* proba, const Vector* classes) {
           return roc_auc_ovr(y, *proba, *classes, Average::kWeighted, nullptr);
         }},
        {"average_precision", In::kProbabilities, true,
         [](const Vector& y, const Vector&, const Matrix* proba, const Vector* classes) {
           return average_precision_score(y, positive_column("average_precision", *proba, *classes),
                                          (*classes)[1], nullptr);
         }},
        {"neg_brier_score", In::kProbabilities, false,
         [](const Vector& y, const Vector&, const Matrix* proba, const Vector* classes) {
           return brier_score_loss(y, positive_column("neg_brier_score", *proba, *classes),
                                   (*classes)[1], nullptr);
         }},
        {"neg_log_loss", In::kProbabilities, false, log_loss_metric},
        {"log_loss", In::kProbabilities, false, log_loss_metric},
        {"r2", In::kPredictions, true, label_metric(r2_score)},
        {"neg_mean_squared_error", In::kPredictions, false, label_metric(mean_squared_error)},
        {"neg_root_mean_squared_error", In::kPredictions, false, rmse},
        {"rmse", In::kPredictions, false, rmse},
        {"neg_mean_absolute_error", In::kPredictions, false, mae},
        {"mae", In::kPredictions, false, mae},
        {"neg_mean_absolute_percentage_error", In::kPredictions, false,
         label_metric(mean_absolute_percentage_error)},
    };
    std::sort(t.begin(), t.end(),
              [](const Entry& a, const Entry& b) { return std::string(a.name) < b.name; });
    return t;
  }();
  return table;
}

}  // namespace

Scorer::Scorer(std::string name, ScorerInput input, bool greater_is_better, Metric metric)
    : name_(std::move(name)),
      input_(input),
      greater_is_better_(greater_is_better),
      metric_(std::move(metric)) {}

double Scorer::metric(const Vector& y_true, const Vector& y_pred, const Matrix* proba,
                      const Vector* classes) const {
  if (input_ == ScorerInput::kPredictions) {
    return metric_(y_true, y_pred, nullptr, nullptr);
  }
  if (proba == nullptr || classes == nullptr) {
    throw Error("scorer " + name_ + ": needs predicted probabilities and their classes");
  }
  if (proba->cols() != classes->size()) {
    throw Error("scorer " + name_ + ": proba has " + std::to_string(proba->cols()) +
                " columns but there are " + std::to_string(classes->size()) + " classes");
  }
  return metric_(y_true, y_pred, proba, classes);
}

double Scorer::score(const Vector& y_true, const Vector& y_pred, const Matrix* proba,
                     const Vector* classes) const {
  const double value = metric(y_true, y_pred, proba, classes);
  return greater_is_better_ ? value : -value;
}

Scorer make_scorer(const std::string& name) {
  for (const Entry& e : entries()) {
    if (name == e.name) return Scorer(e.name, e.input, e.greater_is_better, e.metric);
  }
  std::string known;
  for (const std::string& n : scorer_names()) known += (known.empty() ? "" : ", ") + n;
  throw Error("unknown scorer '" + name + "'; known scorers: " + known);
}

std::vector<std::string> scorer_names() {
  std::vector<std::string> names;
  for (const Entry& e : entries()) names.emplace_back(e.name);
  return names;
}

}  // namespace mlcore

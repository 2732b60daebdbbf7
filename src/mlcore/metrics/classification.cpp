#include "mlcore/metrics/classification.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "metrics/common.hpp"
#include "mlcore/error.hpp"

namespace mlcore {

using metrics_detail::check_pair;
using metrics_detail::format_list;
using metrics_detail::format_number;
using metrics_detail::numpy_average;
using metrics_detail::numpy_sum;
using metrics_detail::sorted_union;

namespace {

std::vector<double> to_std(const Vector& v) {
  return std::vector<double>(v.data(), v.data() + v.size());
}

Vector to_vector(const std::vector<double>& v) {
  return Eigen::Map<const Vector>(v.data(), static_cast<Eigen::Index>(v.size()));
}

double weight_of(const Vector* sample_weight, Eigen::Index i) {
  return sample_weight == nullptr ? 1.0 : (*sample_weight)[i];
}

// Per-label weighted counts, accumulated in sample order like np.bincount.
struct LabelCounts {
  std::vector<double> tp, pred, truth;
};

// Position of a label in a caller-ordered label list, by binary search over a sorted copy
// (faster than std::map for the per-sample lookups). The first occurrence wins on duplicates.
class LabelIndex {
 public:
  explicit LabelIndex(const std::vector<double>& labels) {
    for (std::size_t i = 0; i < labels.size(); ++i) sorted_.emplace_back(labels[i], i);
    std::stable_sort(sorted_.begin(), sorted_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
  }
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t find(double label) const {
    const auto it = std::lower_bound(sorted_.begin(), sorted_.end(), label,
                                     [](const auto& entry, double v) { return entry.first < v; });
    return it != sorted_.end() && it->first == label ? it->second : kNone;
  }

 private:
  std::vector<std::pair<double, std::size_t>> sorted_;
};

LabelCounts count_labels(const Vector& y_true, const Vector& y_pred,
                         const std::vector<double>& labels, const Vector* sample_weight) {
  const LabelIndex index(labels);
  LabelCounts c{std::vector<double>(labels.size(), 0.0), std::vector<double>(labels.size(), 0.0),
                std::vector<double>(labels.size(), 0.0)};
  for (Eigen::Index i = 0; i < y_true.size(); ++i) {
    const double w = weight_of(sample_weight, i);
    const std::size_t t = index.find(y_true[i]);
    const std::size_t p = index.find(y_pred[i]);
    if (t != LabelIndex::kNone) c.truth[t] += w;
    if (p != LabelIndex::kNone) c.pred[p] += w;
    if (y_true[i] == y_pred[i] && t != LabelIndex::kNone) c.tp[t] += w;
  }
  return c;
}

// sklearn's _prf_divide: 0/0 gives zero_division.
std::vector<double> prf_divide(const std::vector<double>& num, const std::vector<double>& den,
                               double zero_division) {
  std::vector<double> out(num.size());
  for (std::size_t i = 0; i < num.size(); ++i) {
    out[i] = den[i] == 0.0 ? zero_division : num[i] / den[i];
  }
  return out;
}

}  // namespace

double accuracy_score(const Vector& y_true, const Vector& y_pred, const Vector* sample_weight) {
  check_pair("accuracy_score", y_true, "y_pred", y_pred, sample_weight);
  std::vector<double> hits(static_cast<std::size_t>(y_true.size()));
  for (Eigen::Index i = 0; i < y_true.size(); ++i) hits[i] = y_true[i] == y_pred[i] ? 1.0 : 0.0;
  if (sample_weight == nullptr) return numpy_average(hits, nullptr, "accuracy_score");
  const std::vector<double> w = to_std(*sample_weight);
  return numpy_average(hits, &w, "accuracy_score");
}

Matrix confusion_matrix(const Vector& y_true, const Vector& y_pred, const Vector& labels,
                        const Vector* sample_weight) {
  check_pair("confusion_matrix", y_true, "y_pred", y_pred, sample_weight);
  std::vector<double> order = labels.size() == 0 ? sorted_union(y_true, y_pred) : to_std(labels);
  if (labels.size() != 0) {
    metrics_detail::check_finite("confusion_matrix", "labels", labels);
    const bool any_in_true = std::any_of(order.begin(), order.end(),
                                         [&](double l) { return (y_true.array() == l).any(); });
    if (!any_in_true) {
      throw Error("confusion_matrix: none of the labels " + format_list(order) +
                  " occurs in y_true");
    }
  }
  const LabelIndex index(order);
  const auto k = static_cast<Eigen::Index>(order.size());
  Matrix cm = Matrix::Zero(k, k);
  // Accumulated in sample order, like scipy's coo_matrix.toarray() that sklearn uses.
  for (Eigen::Index i = 0; i < y_true.size(); ++i) {
    const std::size_t t = index.find(y_true[i]);
    const std::size_t p = index.find(y_pred[i]);
    if (t == LabelIndex::kNone || p == LabelIndex::kNone) continue;
    cm(static_cast<Eigen::Index>(t), static_cast<Eigen::Index>(p)) += weight_of(sample_weight, i);
  }
  return cm;
}

double balanced_accuracy_score(const Vector& y_true, const Vector& y_pred,
                               const Vector* sample_weight) {
  check_pair("balanced_accuracy_score", y_true, "y_pred", y_pred, sample_weight);
  const Matrix cm = confusion_matrix(y_true, y_pred, {}, sample_weight);
  std::vector<double> per_class;
  for (Eigen::Index i = 0; i < cm.rows(); ++i) {
    const double row = numpy_sum(cm.row(i).data(), static_cast<std::size_t>(cm.cols()));
    const double recall = cm(i, i) / row;
    // 0/0 for classes only predicted, never true: sklearn drops them (with a warning).
    if (!std::isnan(recall)) per_class.push_back(recall);
  }
  return numpy_average(per_class, nullptr, "balanced_accuracy_score");
}

void PrfParams::validate() const {
  if (zero_division != 0.0 && zero_division != 1.0) {
    throw Error("PrfParams.zero_division must be 0 or 1 (got " + format_number(zero_division) +
                ")");
  }
  if (!(beta >= 0.0)) {
    throw Error("PrfParams.beta must be >= 0 (got " + format_number(beta) + ")");
  }
  metrics_detail::check_finite("PrfParams", "labels", labels);
}

PrfResult precision_recall_fscore(const Vector& y_true, const Vector& y_pred,
                                  const PrfParams& params, const Vector* sample_weight) {
  const std::string fn = "precision_recall_fscore";
  params.validate();
  check_pair(fn, y_true, "y_pred", y_pred, sample_weight);
  const std::vector<double> present = sorted_union(y_true, y_pred);
  std::vector<double> labels;
  if (params.average == Average::kBinary) {
    if (present.size() > 2) {
      throw Error(fn + ": target is multiclass (labels " + format_list(present) +
                  ") but average is binary; use macro, weighted or micro");
    }
    const bool known = std::find(present.begin(), present.end(), params.pos_label) != present.end();
    if (!known && present.size() == 2) {
      throw Error(fn + ": pos_label=" + format_number(params.pos_label) +
                  " is not a valid label; it should be one of " + format_list(present));
    }
    labels = {params.pos_label};
  } else {
    labels = params.labels.size() == 0 ? present : to_std(params.labels);
  }
  const LabelCounts c = count_labels(y_true, y_pred, labels, sample_weight);
  std::vector<double> tp = c.tp, pred = c.pred, truth = c.truth;
  if (params.average == Average::kMicro) {
    tp = {numpy_sum(tp)};
    pred = {numpy_sum(pred)};
    truth = {numpy_sum(truth)};
  }
  const double z = params.zero_division;
  const std::vector<double> precision = prf_divide(tp, pred, z);
  const std::vector<double> recall = prf_divide(tp, truth, z);
  const double beta2 = params.beta * params.beta;
  std::vector<double> f(precision.size());
  for (std::size_t i = 0; i < f.size(); ++i) {
    if (std::isinf(params.beta)) {
      f[i] = recall[i];
      continue;
    }
    double denom = beta2 * precision[i] + recall[i];
    if (denom == 0.0) denom = 1.0;
    f[i] = (1.0 + beta2) * precision[i] * recall[i] / denom;
  }

  PrfResult result;
  result.labels = to_vector(labels);
  result.support = to_vector(c.truth);
  if (params.average == Average::kMicro) {
    // Per-class rows are the unaveraged values, as sklearn's average=None gives them.
    PrfParams per_class = params;
    per_class.average = Average::kMacro;
    const PrfResult rows = precision_recall_fscore(y_true, y_pred, per_class, sample_weight);
    result.precision = rows.precision;
    result.recall = rows.recall;
    result.f_score = rows.f_score;
    result.precision_avg = precision[0];
    result.recall_avg = recall[0];
    result.f_score_avg = f[0];
    return result;
  }
  result.precision = to_vector(precision);
  result.recall = to_vector(recall);
  result.f_score = to_vector(f);
  if (params.average == Average::kWeighted) {
    if (numpy_sum(truth) == 0.0) {
      // sklearn's special case: no true samples of any requested label.
      const bool no_pred = numpy_sum(pred) == 0.0;
      result.precision_avg = no_pred ? z : 0.0;
      result.recall_avg = z;
      result.f_score_avg = no_pred ? z : 0.0;
      return result;
    }
    result.precision_avg = numpy_average(precision, &truth, fn);
    result.recall_avg = numpy_average(recall, &truth, fn);
    result.f_score_avg = numpy_average(f, &truth, fn);
  } else {
    if (labels.empty()) throw Error(fn + ": no labels to average over");
    result.precision_avg = numpy_average(precision, nullptr, fn);
    result.recall_avg = numpy_average(recall, nullptr, fn);
    result.f_score_avg = numpy_average(f, nullptr, fn);
  }
  return result;
}

double precision_score(const Vector& y_true, const Vector& y_pred, const PrfParams& params,
                       const Vector* sample_weight) {
  return precision_recall_fscore(y_true, y_pred, params, sample_weight).precision_avg;
}

double recall_score(const Vector& y_true, const Vector& y_pred, const PrfParams& params,
                    const Vector* sample_weight) {
  return precision_recall_fscore(y_true, y_pred, params, sample_weight).recall_avg;
}

double f1_score(const Vector& y_true, const Vector& y_pred, const PrfParams& params,
                const Vector* sample_weight) {
  return precision_recall_fscore(y_true, y_pred, params, sample_weight).f_score_avg;
}

ClassificationReport classification_report(const Vector& y_true, const Vector& y_pred,
                                           const Vector& labels, const Vector* sample_weight,
                                           double zero_division) {
  PrfParams params;
  params.labels = labels;
  params.zero_division = zero_division;
  ClassificationReport report;
  const std::vector<double> present = sorted_union(y_true, y_pred);
  if (labels.size() != 0) {
    std::vector<double> given = to_std(labels);
    std::sort(given.begin(), given.end());
    given.erase(std::unique(given.begin(), given.end()), given.end());
    report.micro_is_accuracy = given == present;
  }
  const Average averages[] = {Average::kMicro, Average::kMacro, Average::kWeighted};
  ReportRow* rows[] = {&report.micro_avg, &report.macro_avg, &report.weighted_avg};
  for (int a = 0; a < 3; ++a) {
    params.average = averages[a];
    const PrfResult r = precision_recall_fscore(y_true, y_pred, params, sample_weight);
    *rows[a] = ReportRow{r.precision_avg, r.recall_avg, r.f_score_avg,
                         numpy_sum(r.support.data(), static_cast<std::size_t>(r.support.size()))};
    if (a == 1) {
      report.labels = r.labels;
      for (Eigen::Index i = 0; i < r.labels.size(); ++i) {
        report.rows.push_back(ReportRow{r.precision[i], r.recall[i], r.f_score[i], r.support[i]});
      }
    }
  }
  return report;
}

void LogLossParams::validate() const {
  if (!(eps >= 0.0 && eps < 0.5)) {
    throw Error("LogLossParams.eps must be in [0, 0.5) (got " + format_number(eps) + ")");
  }
  metrics_detail::check_finite("LogLossParams", "labels", labels);
}

double log_loss(const Vector& y_true, const Matrix& proba, const LogLossParams& params,
                const Vector* sample_weight) {
  const std::string fn = "log_loss";
  params.validate();
  metrics_detail::check_not_empty(fn, "y_true", y_true.size());
  metrics_detail::check_same_length(fn, "y_true", y_true.size(), "proba rows", proba.rows());
  metrics_detail::check_finite(fn, "y_true", y_true);
  if (!proba.allFinite()) throw Error(fn + ": proba contains a non-finite value");
  if (sample_weight != nullptr) {
    metrics_detail::check_same_length(fn, "y_true", y_true.size(), "sample_weight",
                                      sample_weight->size());
    metrics_detail::check_finite(fn, "sample_weight", *sample_weight);
  }
  std::vector<double> classes = params.labels.size() == 0
                                    ? metrics_detail::sorted_unique(y_true)
                                    : metrics_detail::sorted_unique(params.labels);
  if (classes.size() < 2) {
    if (params.labels.size() == 0) {
      throw Error(fn + ": y_true contains only one label (" + format_number(classes[0]) +
                  "); pass the labels explicitly through LogLossParams.labels");
    }
    throw Error(fn + ": labels must contain at least two labels (got " + format_list(classes) +
                ")");
  }
  const auto k = static_cast<Eigen::Index>(classes.size());
  const bool one_column = proba.cols() == 1;
  if (!(proba.cols() == k || (one_column && k == 2))) {
    throw Error(fn + ": proba has " + std::to_string(proba.cols()) + " columns but there are " +
                std::to_string(k) + " classes " + format_list(classes));
  }
  std::vector<double> loss(static_cast<std::size_t>(y_true.size()));
  std::vector<double> row(static_cast<std::size_t>(k));
  for (Eigen::Index i = 0; i < y_true.size(); ++i) {
    const auto it = std::lower_bound(classes.begin(), classes.end(), y_true[i]);
    if (it == classes.end() || *it != y_true[i]) {
      throw Error(fn + ": y_true contains label " + format_number(y_true[i]) +
                  " not in the labels " + format_list(classes));
    }
    const auto truth = static_cast<std::size_t>(it - classes.begin());
    // Clip first, then build the complement of a 1-column input, then renormalise: sklearn's
    // order, which decides the last bits.
    if (one_column) {
      const double p = std::clamp(proba(i, 0), params.eps, 1.0 - params.eps);
      row[0] = 1.0 - p;
      row[1] = p;
    } else {
      for (Eigen::Index j = 0; j < k; ++j) {
        row[static_cast<std::size_t>(j)] = std::clamp(proba(i, j), params.eps, 1.0 - params.eps);
      }
    }
    const double total = numpy_sum(row);
    // -xlogy(onehot, p).sum(): the zero terms add exact zeros.
    loss[static_cast<std::size_t>(i)] = -(0.0 + std::log(row[truth] / total));
  }
  if (sample_weight == nullptr) return numpy_average(loss, nullptr, fn);
  const std::vector<double> w = to_std(*sample_weight);
  return numpy_average(loss, &w, fn);
}

double brier_score_loss(const Vector& y_true, const Vector& y_prob, std::optional<double> pos_label,
                        const Vector* sample_weight) {
  const std::string fn = "brier_score_loss";
  check_pair(fn, y_true, "y_prob", y_prob, sample_weight);
  const std::vector<double> classes = metrics_detail::sorted_unique(y_true);
  if (classes.size() > 2) {
    throw Error(fn + ": only binary classification is supported (y_true has labels " +
                format_list(classes) + ")");
  }
  if (y_prob.maxCoeff() > 1.0) throw Error(fn + ": y_prob contains values greater than 1");
  if (y_prob.minCoeff() < 0.0) throw Error(fn + ": y_prob contains values less than 0");
  double positive = 1.0;
  if (pos_label.has_value()) {
    positive = *pos_label;
  } else {
    // sklearn: 1 for {0, 1}, {-1, 1} and their singletons, else the largest label.
    const bool standard =
        classes == std::vector<double>{0, 1} || classes == std::vector<double>{-1, 1} ||
        (classes.size() == 1 && (classes[0] == 0 || classes[0] == 1 || classes[0] == -1));
    positive = standard ? 1.0 : classes.back();
  }
  std::vector<double> squared(static_cast<std::size_t>(y_true.size()));
  for (Eigen::Index i = 0; i < y_true.size(); ++i) {
    const double d = (y_true[i] == positive ? 1.0 : 0.0) - y_prob[i];
    squared[static_cast<std::size_t>(i)] = d * d;
  }
  if (sample_weight == nullptr) return numpy_average(squared, nullptr, fn);
  const std::vector<double> w = to_std(*sample_weight);
  return numpy_average(squared, &w, fn);
}

}  // namespace mlcore

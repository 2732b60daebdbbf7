#include "mlcore/metrics/ranking.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "metrics/clf_curve.hpp"
#include "metrics/common.hpp"
#include "mlcore/error.hpp"

namespace mlcore {

using metrics_detail::ClfCurve;
using metrics_detail::format_list;
using metrics_detail::numpy_sum;
using metrics_detail::sorted_unique;

namespace {

ClfCurve checked_curve(const std::string& fn, const Vector& y_true, const Vector& scores,
                       double pos_label, const Vector* sample_weight) {
  ClfCurve curve = metrics_detail::binary_clf_curve(fn, y_true, scores, pos_label, sample_weight);
  if (curve.thresholds.empty()) throw Error(fn + ": all sample weights are zero");
  return curve;
}

// np.trapz(y, x) with sklearn auc's direction check.
double area_under(const std::string& fn, const Vector& x, const Vector& y) {
  if (x.size() < 2) throw Error(fn + ": at least 2 points are needed to compute an area");
  bool any_decrease = false, all_nonincreasing = true;
  for (Eigen::Index i = 1; i < x.size(); ++i) {
    const double dx = x[i] - x[i - 1];
    any_decrease = any_decrease || dx < 0;
    all_nonincreasing = all_nonincreasing && dx <= 0;
  }
  double direction = 1.0;
  if (any_decrease) {
    if (!all_nonincreasing) throw Error(fn + ": x is neither increasing nor decreasing");
    direction = -1.0;
  }
  std::vector<double> terms(static_cast<std::size_t>(x.size() - 1));
  for (Eigen::Index i = 0; i + 1 < x.size(); ++i) {
    terms[static_cast<std::size_t>(i)] = (x[i + 1] - x[i]) * (y[i + 1] + y[i]) / 2.0;
  }
  return direction * numpy_sum(terms);
}

// sklearn's _binary_roc_auc_score on y_true already reduced to "is positive" semantics.
double binary_auc(const std::string& fn, const Vector& y_true, const Vector& scores,
                  double pos_label, const Vector* sample_weight) {
  if (sorted_unique(y_true).size() != 2) {
    throw Error(fn +
                ": Only one class present in y_true. ROC AUC score is not defined in that case.");
  }
  const RocCurve roc = roc_curve(y_true, scores, RocCurveParams{pos_label, true}, sample_weight);
  return area_under(fn, roc.fpr, roc.tpr);
}

}  // namespace

RocCurve roc_curve(const Vector& y_true, const Vector& scores, const RocCurveParams& params,
                   const Vector* sample_weight) {
  const ClfCurve c = checked_curve("roc_curve", y_true, scores, params.pos_label, sample_weight);
  std::vector<std::size_t> keep;
  const std::size_t m = c.fps.size();
  for (std::size_t i = 0; i < m; ++i) {
    bool kept = true;
    if (params.drop_intermediate && m > 2 && i > 0 && i + 1 < m) {
      // np.diff(x, 2) != 0: a change of slope at point i, computed as numpy does.
      const double dfps = (c.fps[i + 1] - c.fps[i]) - (c.fps[i] - c.fps[i - 1]);
      const double dtps = (c.tps[i + 1] - c.tps[i]) - (c.tps[i] - c.tps[i - 1]);
      kept = dfps != 0.0 || dtps != 0.0;
    }
    if (kept) keep.push_back(i);
  }
  const auto n = static_cast<Eigen::Index>(keep.size() + 1);
  RocCurve roc{Vector(n), Vector(n), Vector(n)};
  const double fps_total = c.fps[keep.back()];
  const double tps_total = c.tps[keep.back()];
  const double nan = std::numeric_limits<double>::quiet_NaN();
  roc.fpr[0] = fps_total <= 0 ? nan : 0.0 / fps_total;
  roc.tpr[0] = tps_total <= 0 ? nan : 0.0 / tps_total;
  roc.thresholds[0] = c.thresholds[keep.front()] + 1.0;
  for (std::size_t j = 0; j < keep.size(); ++j) {
    const auto at = static_cast<Eigen::Index>(j + 1);
    roc.fpr[at] = fps_total <= 0 ? nan : c.fps[keep[j]] / fps_total;
    roc.tpr[at] = tps_total <= 0 ? nan : c.tps[keep[j]] / tps_total;
    roc.thresholds[at] = c.thresholds[keep[j]];
  }
  return roc;
}

double roc_auc_score(const Vector& y_true, const Vector& scores, const Vector* sample_weight) {
  const std::string fn = "roc_auc_score";
  metrics_detail::check_pair(fn, y_true, "scores", scores, sample_weight);
  const std::vector<double> classes = sorted_unique(y_true);
  if (classes.size() > 2) {
    throw Error(fn + ": y_true has " + std::to_string(classes.size()) + " classes " +
                format_list(classes) + "; use roc_auc_ovr with a probability matrix");
  }
  return binary_auc(fn, y_true, scores, classes.back(), sample_weight);
}

double roc_auc_ovr(const Vector& y_true, const Matrix& proba, const Vector& classes_in,
                   Average average, const Vector* sample_weight) {
  const std::string fn = "roc_auc_ovr";
  metrics_detail::check_not_empty(fn, "y_true", y_true.size());
  metrics_detail::check_same_length(fn, "y_true", y_true.size(), "proba rows", proba.rows());
  metrics_detail::check_finite(fn, "y_true", y_true);
  if (!proba.allFinite()) throw Error(fn + ": proba contains a non-finite value");
  if (sample_weight != nullptr) {
    metrics_detail::check_same_length(fn, "y_true", y_true.size(), "sample_weight",
                                      sample_weight->size());
  }
  if (average == Average::kBinary) {
    throw Error(fn + ": average must be macro, weighted or micro (got binary)");
  }
  std::vector<double> classes;
  if (classes_in.size() == 0) {
    classes = sorted_unique(y_true);
  } else {
    metrics_detail::check_finite(fn, "classes", classes_in);
    classes.assign(classes_in.data(), classes_in.data() + classes_in.size());
    if (classes != sorted_unique(classes_in)) {
      throw Error(fn + ": classes must be unique and sorted (got " + format_list(classes) + ")");
    }
    for (Eigen::Index i = 0; i < y_true.size(); ++i) {
      if (!std::binary_search(classes.begin(), classes.end(), y_true[i])) {
        throw Error(fn + ": y_true contains label " + metrics_detail::format_number(y_true[i]) +
                    " not in classes " + format_list(classes));
      }
    }
  }
  const auto k = static_cast<Eigen::Index>(classes.size());
  if (proba.cols() != k) {
    throw Error(fn + ": proba has " + std::to_string(proba.cols()) + " columns but there are " +
                std::to_string(k) + " classes " + format_list(classes));
  }
  if (k < 2) {
    throw Error(fn +
                ": Only one class present in y_true. ROC AUC score is not defined in that case.");
  }
  if (k == 2) {
    // sklearn's roc_auc_ovr scorer scores a binary target with the positive column only.
    return binary_auc(fn, y_true, proba.col(1), classes[1], sample_weight);
  }
  for (Eigen::Index i = 0; i < proba.rows(); ++i) {
    const double s = numpy_sum(proba.row(i).data(), static_cast<std::size_t>(k));
    if (!(std::abs(1.0 - s) <= 1e-8 + 1e-5 * std::abs(s))) {
      throw Error(fn + ": proba rows must sum to 1 (row " + std::to_string(i) + " sums to " +
                  metrics_detail::format_number(s) + ")");
    }
  }
  const Eigen::Index n = y_true.size();
  if (average == Average::kMicro) {
    Vector flat_true(n * k), flat_score(n * k), flat_weight(n * k);
    for (Eigen::Index i = 0; i < n; ++i) {
      for (Eigen::Index c = 0; c < k; ++c) {
        flat_true[i * k + c] = y_true[i] == classes[static_cast<std::size_t>(c)] ? 1.0 : 0.0;
        flat_score[i * k + c] = proba(i, c);
        flat_weight[i * k + c] = sample_weight == nullptr ? 1.0 : (*sample_weight)[i];
      }
    }
    return binary_auc(fn, flat_true, flat_score, 1.0,
                      sample_weight == nullptr ? nullptr : &flat_weight);
  }
  std::vector<double> scores(static_cast<std::size_t>(k)), prevalence(static_cast<std::size_t>(k));
  for (Eigen::Index c = 0; c < k; ++c) {
    const auto cu = static_cast<std::size_t>(c);
    Vector is_class(n);
    double total = 0.0;  // Sequential, as numpy's axis-0 sum of a C-ordered matrix.
    for (Eigen::Index i = 0; i < n; ++i) {
      is_class[i] = y_true[i] == classes[cu] ? 1.0 : 0.0;
      total += is_class[i] * (sample_weight == nullptr ? 1.0 : (*sample_weight)[i]);
    }
    prevalence[cu] = total;
    scores[cu] = binary_auc(fn, is_class, proba.col(c), 1.0, sample_weight);
  }
  if (average == Average::kMacro) return metrics_detail::numpy_average(scores, nullptr, fn);
  if (std::abs(numpy_sum(prevalence)) <= 1e-8) return 0.0;  // np.isclose(sum, 0)
  for (std::size_t c = 0; c < scores.size(); ++c) {
    if (prevalence[c] == 0.0) scores[c] = 0.0;
  }
  return metrics_detail::numpy_average(scores, &prevalence, fn);
}

PrecisionRecallCurve precision_recall_curve(const Vector& y_true, const Vector& scores,
                                            double pos_label, const Vector* sample_weight) {
  const ClfCurve c =
      checked_curve("precision_recall_curve", y_true, scores, pos_label, sample_weight);
  const std::size_t m = c.tps.size();
  const auto n = static_cast<Eigen::Index>(m);
  PrecisionRecallCurve pr{Vector(n + 1), Vector(n + 1), Vector(n)};
  const double tps_total = c.tps.back();
  // Reversed so that thresholds increase, then the (precision 1, recall 0) end point.
  for (std::size_t j = 0; j < m; ++j) {
    const std::size_t i = m - 1 - j;
    const auto at = static_cast<Eigen::Index>(j);
    const double predicted = c.tps[i] + c.fps[i];
    pr.precision[at] = predicted != 0.0 ? c.tps[i] / predicted : 0.0;
    pr.recall[at] = tps_total == 0.0 ? 1.0 : c.tps[i] / tps_total;
    pr.thresholds[at] = c.thresholds[i];
  }
  pr.precision[n] = 1.0;
  pr.recall[n] = 0.0;
  return pr;
}

double average_precision_score(const Vector& y_true, const Vector& scores, double pos_label,
                               const Vector* sample_weight) {
  const std::string fn = "average_precision_score";
  metrics_detail::check_pair(fn, y_true, "scores", scores, sample_weight);
  const std::vector<double> present = sorted_unique(y_true);
  if (present.size() > 2) {
    throw Error(fn + ": multiclass y_true " + format_list(present) + " is not supported");
  }
  if (present.size() == 2 && pos_label != present[0] && pos_label != present[1]) {
    throw Error(fn + ": pos_label=" + metrics_detail::format_number(pos_label) +
                " is not a valid label; it should be one of " + format_list(present));
  }
  const PrecisionRecallCurve pr = precision_recall_curve(y_true, scores, pos_label, sample_weight);
  std::vector<double> terms(static_cast<std::size_t>(pr.thresholds.size()));
  for (std::size_t i = 0; i < terms.size(); ++i) {
    const auto at = static_cast<Eigen::Index>(i);
    terms[i] = (pr.recall[at + 1] - pr.recall[at]) * pr.precision[at];
  }
  return -numpy_sum(terms);
}

}  // namespace mlcore

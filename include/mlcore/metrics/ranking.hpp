// Ranking metrics (ROC, precision-recall) with scikit-learn 1.2's definitions.
//
// Contract shared by every function here:
// - scores: any real-valued confidence that the sample is positive (probability or decision
//   value); higher = more positive. A threshold t predicts positive for score >= t.
// - pos_label: the positive class; every other value of y_true is negative. (sklearn's default
//   pos_label=None means 1 for 0/1 or -1/1 labels; mlcore's default 1.0 gives the same there.)
// - sample_weight (optional, same length): samples with weight 0 are dropped first, as sklearn.
// - Ties in scores form one curve point; tied samples are accumulated in numpy's reversed
//   stable-argsort order so weighted sums equal sklearn's bit for bit.
// - Errors (mlcore::Error, message prefixed with the function name): empty input, length
//   mismatch, non-finite values, all weights zero, and the cases where sklearn raises.
// - Results equal scikit-learn 1.2.1 to within 1e-12, curves element-wise with the same length.
// Thread safety: all functions are pure and may be called concurrently.
#pragma once

#include "mlcore/linalg.hpp"
#include "mlcore/metrics/classification.hpp"

namespace mlcore {

struct RocCurve {
  Vector fpr;         // Increasing false positive rates, starting at 0.
  Vector tpr;         // Increasing true positive rates, starting at 0.
  Vector thresholds;  // Decreasing; thresholds[0] = max score + 1 (sklearn 1.2).
};

struct RocCurveParams {
  // Positive class.
  double pos_label = 1.0;
  // Drop points collinear with their neighbours (sklearn's default true): same AUC, fewer points.
  bool drop_intermediate = true;
};

// sklearn's roc_curve. Without negative (positive) samples fpr (tpr) is all NaN, as in sklearn
// (which warns); roc_auc_score throws in that case instead.
RocCurve roc_curve(const Vector& y_true, const Vector& scores, const RocCurveParams& params = {},
                   const Vector* sample_weight = nullptr);

// Binary ROC AUC (trapezoidal area under roc_curve). y_true must hold exactly two labels; the
// larger one is positive (sklearn's label_binarize). Throws "Only one class present in y_true.
// ROC AUC score is not defined in that case." for a single label.
double roc_auc_score(const Vector& y_true, const Vector& scores,
                     const Vector* sample_weight = nullptr);

// Multi-class one-vs-rest ROC AUC (sklearn roc_auc_score(multi_class="ovr")): the binary AUC of
// each class c with scores proba.col(c), combined by average (kMacro, kWeighted by class
// prevalence, or kMicro over all flattened cells; kBinary is an error).
// classes: the sorted labels of proba's columns; empty = sorted distinct y_true (then every class
// must have a column). Rows of proba must sum to 1 (np.allclose), every class needs positive and
// negative samples, and y_true must only hold labels of classes.
double roc_auc_ovr(const Vector& y_true, const Matrix& proba, const Vector& classes = {},
                   Average average = Average::kMacro, const Vector* sample_weight = nullptr);

struct PrecisionRecallCurve {
  Vector precision;   // One more than thresholds; the last is 1.
  Vector recall;      // Decreasing; the last is 0.
  Vector thresholds;  // Increasing distinct scores (sklearn 1.2 keeps all of them).
};

// sklearn 1.2's precision_recall_curve. Without positives recall is 1 at every threshold (sklearn
// warns).
PrecisionRecallCurve precision_recall_curve(const Vector& y_true, const Vector& scores,
                                            double pos_label = 1.0,
                                            const Vector* sample_weight = nullptr);

// Step-wise average precision: sum over thresholds of (R_n - R_{n-1}) * P_n, no interpolation.
// Throws when y_true holds two labels and pos_label is neither, or more than two labels.
double average_precision_score(const Vector& y_true, const Vector& scores, double pos_label = 1.0,
                               const Vector* sample_weight = nullptr);

}  // namespace mlcore

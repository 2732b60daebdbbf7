// Classification metrics with scikit-learn 1.2's definitions, edge cases and summation order.
//
// Contract shared by every function here:
// - Labels are doubles compared exactly (0/1, 3/7, 0..k-1 ...). "Present labels" means the
//   sorted distinct values of y_true and y_pred together, like sklearn's unique_labels.
// - sample_weight (optional, same length as y_true) weights each sample; nullptr = all 1.
// - Errors (mlcore::Error, message prefixed with the function name): empty input, length
//   mismatch, non-finite labels/weights/probabilities, invalid params, weights summing to zero,
//   and the cases where sklearn raises (e.g. average=binary on a multiclass target).
// - 0/0 in precision, recall or F1 gives params.zero_division (default 0, as sklearn's "warn"
//   without the warning).
// - Results equal scikit-learn 1.2.1 to within 1e-12 (tests/golden/metrics).
// Thread safety: all functions are pure and may be called concurrently.
#pragma once

#include <optional>
#include <vector>

#include "mlcore/linalg.hpp"

namespace mlcore {

// Fraction of samples with y_pred == y_true (weighted by sample_weight).
double accuracy_score(const Vector& y_true, const Vector& y_pred,
                      const Vector* sample_weight = nullptr);

// Mean per-class recall over the classes present in y_true (sklearn adjusted=false). Classes that
// appear only in y_pred are ignored, as in sklearn.
double balanced_accuracy_score(const Vector& y_true, const Vector& y_pred,
                               const Vector* sample_weight = nullptr);

// Weighted counts C(i, j) of samples with true label labels[i] predicted as labels[j].
// labels: row/column order; empty = present labels. Samples whose true or predicted label is not
// in labels are left out. Throws if labels is given and none of them occurs in y_true.
Matrix confusion_matrix(const Vector& y_true, const Vector& y_pred, const Vector& labels = {},
                        const Vector* sample_weight = nullptr);

enum class Average {
  kBinary,    // Only the class pos_label (sklearn average="binary", the default).
  kMacro,     // Unweighted mean over labels.
  kWeighted,  // Mean over labels weighted by their (weighted) support in y_true.
  kMicro,     // Global counts over labels (equals accuracy when all labels are included).
};

struct PrfParams {
  // How per-class values are combined. kBinary requires at most two present labels.
  Average average = Average::kBinary;
  // The positive class for Average::kBinary; ignored otherwise (as in sklearn).
  double pos_label = 1.0;
  // Labels to include, in this order, for the non-binary averages; empty = present labels.
  // May name labels absent from the data (their counts are 0) or leave some out.
  Vector labels;
  // Value of 0/0 (no predicted / no true samples of a class): 0 or 1.
  double zero_division = 0.0;
  // F-beta's beta (1 = F1); must be >= 0.
  double beta = 1.0;

  // Throws mlcore::Error naming the field when zero_division is not 0/1 or beta < 0.
  void validate() const;
};

// Per-class values (average == nullopt in sklearn) or the averaged ones.
struct PrfResult {
  Vector labels;     // The labels of the per-class rows (params.labels or present labels).
  Vector precision;  // Per class.
  Vector recall;     // Per class.
  Vector f_score;    // Per class, F-beta.
  Vector support;    // Per class: (weighted) number of samples with that true label.
  double precision_avg = 0.0;  // Averaged as params.average says.
  double recall_avg = 0.0;
  double f_score_avg = 0.0;
};

// sklearn's precision_recall_fscore_support: per-class values for the labels in use (for kBinary:
// only pos_label) and their params.average.
PrfResult precision_recall_fscore(const Vector& y_true, const Vector& y_pred,
                                  const PrfParams& params = {},
                                  const Vector* sample_weight = nullptr);
double precision_score(const Vector& y_true, const Vector& y_pred, const PrfParams& params = {},
                       const Vector* sample_weight = nullptr);
double recall_score(const Vector& y_true, const Vector& y_pred, const PrfParams& params = {},
                    const Vector* sample_weight = nullptr);
// F-beta with params.beta (F1 by default).
double f1_score(const Vector& y_true, const Vector& y_pred, const PrfParams& params = {},
                const Vector* sample_weight = nullptr);

struct ReportRow {
  double precision = 0.0;
  double recall = 0.0;
  double f1 = 0.0;
  double support = 0.0;  // Weighted count of true samples (for averages: over the labels).
};

// The data of sklearn's classification_report(output_dict=True).
struct ClassificationReport {
  Vector labels;                // Row labels in order.
  std::vector<ReportRow> rows;  // One per label.
  ReportRow micro_avg;          // Always computed.
  ReportRow macro_avg;
  ReportRow weighted_avg;
  // True when micro average equals accuracy (no labels given, or labels equal to the present
  // ones as a set): sklearn then reports "accuracy" = micro_avg.precision instead of a "micro avg"
  // row.
  bool micro_is_accuracy = true;
};

// labels: empty = present labels. zero_division: 0 or 1.
ClassificationReport classification_report(const Vector& y_true, const Vector& y_pred,
                                           const Vector& labels = {},
                                           const Vector* sample_weight = nullptr,
                                           double zero_division = 0.0);

struct LogLossParams {
  // The classes of proba's columns, sorted ascending; empty = sorted distinct y_true. Must hold at
  // least two classes, and y_true must only contain these (sklearn scores an unknown label as a
  // zero loss; mlcore throws instead).
  Vector labels;
  // Clipping to [eps, 1 - eps] before renormalising rows. Default: sklearn 1.2's eps="auto",
  // i.e. the float64 machine epsilon 2.220446049250313e-16 (1.2 changed the default from 1e-15;
  // pass 1e-15 for sklearn <= 1.1). Must be in [0, 0.5).
  double eps = 2.220446049250313e-16;

  void validate() const;
};

// Mean cross-entropy. proba: n x k with columns following labels, or n x 1 holding the
// probability of the larger of two classes (sklearn's 1-d y_pred). Each row is clipped and
// divided by its sum, exactly as sklearn 1.2.
double log_loss(const Vector& y_true, const Matrix& proba, const LogLossParams& params = {},
                const Vector* sample_weight = nullptr);

// Mean squared difference between the 0/1 outcome (y_true == positive class) and y_prob.
// pos_label: nullopt = sklearn's default (1 when y_true only holds values of {0, 1} or {-1, 1},
// else the largest label). y_true must hold at most two labels; y_prob must lie in [0, 1].
double brier_score_loss(const Vector& y_true, const Vector& y_prob,
                        std::optional<double> pos_label = std::nullopt,
                        const Vector* sample_weight = nullptr);

}  // namespace mlcore

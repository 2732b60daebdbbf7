// Choosing a decision threshold from a cost matrix.
//
// A binary classifier's score becomes a decision with a threshold t: predict positive iff
// score >= t (the convention of roc_curve). Given what each outcome costs, the best t minimises
// the total cost over the samples:
//   cost(t) = FP(t) * false_positive + FN(t) * false_negative
//           + TP(t) * true_positive  + TN(t) * true_negative
// with FP, FN, TP, TN the (weighted) counts at t. The candidates are the distinct scores, so every
// candidate predicts at least the top-scored samples positive; "predict nothing positive" is not a
// candidate.
//
// Tie rule: among candidates with the same minimal cost (exactly equal as computed), the HIGHEST
// threshold wins, i.e. the one flagging the fewest samples as positive.
//
// Thread safety: pure function; may be called concurrently.
#pragma once

#include "mlcore/linalg.hpp"

namespace mlcore {

struct CostMatrix {
  // Cost of predicting positive for a negative sample.
  double false_positive = 1.0;
  // Cost of predicting negative for a positive sample.
  double false_negative = 1.0;
  // Cost (negative = gain) of a correctly predicted positive.
  double true_positive = 0.0;
  // Cost (negative = gain) of a correctly predicted negative.
  double true_negative = 0.0;

  // Throws mlcore::Error naming the field when a cost is not finite.
  void validate() const;
};

struct ThresholdChoice {
  double threshold = 0.0;       // Predict positive iff score >= threshold; one of the scores.
  double cost = 0.0;            // Total cost at threshold (sum of sample weight x outcome cost).
  double mean_cost = 0.0;       // cost / total sample weight.
  double true_positives = 0.0;  // Weighted counts at threshold.
  double false_positives = 0.0;
  double true_negatives = 0.0;
  double false_negatives = 0.0;
};

// The threshold minimising the total cost. y_true must hold at most two labels, and pos_label
// must be one of them when it holds two; every other label is negative. Errors (mlcore::Error
// prefixed "choose_threshold: "): empty input, length mismatch, non-finite values, more than two
// labels, invalid pos_label, all sample weights zero, invalid costs.
ThresholdChoice choose_threshold(const Vector& y_true, const Vector& scores,
                                 const CostMatrix& costs, double pos_label = 1.0,
                                 const Vector* sample_weight = nullptr);

}  // namespace mlcore

// Checkpoint exam 2, part 3 — The threshold a loan officer can defend, and the metrics at it.
//
// A model's scores become decisions with a threshold: refuse the loan (predict bad) iff
// score >= threshold. Which threshold is right depends on what the two mistakes cost the lender
// (a scenario here; the labels and scores are real: out-of-fold probabilities of a logistic
// regression on applicants of data/credit.csv). This header is the contract: read it, do not
// edit it.
#pragma once

#include <vector>

namespace ex {

// What each mistake costs, per applicant, in any unit (correct decisions cost 0).
struct LoanCosts {
  double missed_bad = 5.0;     // A bad loan approved (false negative): the lost principal.
  double rejected_good = 1.0;  // A good applicant refused (false positive): the lost margin.
};

// Counts at the threshold, with "bad" (label 1) as the positive class.
struct ConfusionCounts {
  int true_positives = 0;   // Bad, refused.
  int false_positives = 0;  // Good, refused.
  int true_negatives = 0;   // Good, approved.
  int false_negatives = 0;  // Bad, approved.
};

struct ThresholdReport {
  // The threshold minimising the total cost FN·missed_bad + FP·rejected_good over the rows.
  // The candidates are the distinct scores (each refuses at least the top-scored applicants); on
  // a tie in cost the highest threshold wins (it refuses the fewest).
  double threshold = 0.0;
  ConfusionCounts confusion;  // At `threshold`.
  double precision = 0.0;     // TP / (TP + FP) at `threshold` (0 when nothing is refused).
  double recall = 0.0;        // TP / (TP + FN) at `threshold`.
  double mean_cost = 0.0;     // The total cost at `threshold` divided by the number of rows.
  // Threshold-free: the area under the precision-recall curve as scikit-learn's
  // average_precision_score computes it, Σ (R_n − R_{n−1}) · P_n over the thresholds.
  double pr_auc = 0.0;
};

// is_bad holds 1 (bad) or 0 (good) per row, scores the model's P(bad) per row. Throws
// std::invalid_argument when the two are empty or differ in length.
ThresholdReport analyse_threshold(const std::vector<double>& is_bad,
                                  const std::vector<double>& scores, const LoanCosts& costs);

}  // namespace ex

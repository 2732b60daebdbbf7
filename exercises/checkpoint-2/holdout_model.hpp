// Checkpoint exam 2, part 2 — Score applicants the model has never seen.
//
// Fit the model you chose in part 1 on the training applicants and score new ones: their
// probability of going bad, and the threshold above which you would refuse the loan. The labels
// of the new applicants stay with the grader, which measures ROC AUC on your probabilities and
// balanced accuracy on your decisions. This header is the contract: read it, do not edit it.
#pragma once

#include <vector>

#include "mlcore/table.hpp"

namespace ex {

struct ScoredApplicants {
  // P(bad) for each row of `applicants`, in order: finite, in [0, 1].
  std::vector<double> probability_bad;
  // Refuse (predict bad) iff probability_bad >= threshold; finite. Your decision: with 28% bad
  // loans, 0.5 is rarely the right one.
  double threshold = 0.5;
};

// train and applicants have the thirteen feature columns of data/credit.csv (as in part 1; no
// Status), missing values included; train_is_bad holds 1 (bad) or 0 (good) per training row.
// Learn only from the training rows: nothing may be fitted on `applicants`.
ScoredApplicants score_applicants(const mlcore::Table& train,
                                  const std::vector<double>& train_is_bad,
                                  const mlcore::Table& applicants);

}  // namespace ex

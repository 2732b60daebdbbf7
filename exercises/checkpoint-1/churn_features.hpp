// Checkpoint exam 1, part 3 — Features that lift a fixed model.
//
// The churn model is fixed and lives in the grader: the 15 raw numeric columns of the extract
// plus YOUR extra columns, a StandardScaler, then mlcore::LogisticRegression (C = 1). With the
// raw columns alone it reaches a cross-validated ROC AUC of about 0.76. You lift it by adding
// columns only. This header is the contract: do not edit it.
#pragma once

#include <string>
#include <vector>

#include "mlcore/linalg.hpp"
#include "mlcore/table.hpp"

namespace ex {

struct ExtraFeatures {
  std::vector<std::string> names;  // one non-empty name per column, distinct, not a raw column's
  mlcore::Matrix values;           // customers.rows() x names.size(), every value finite
};

// Returns the extra columns for `customers`: the 20 columns of data/churn.csv as
// mlcore::parse_csv reads them (text: state, area_code, international_plan, voice_mail_plan;
// numeric: the rest), except that churn MAY be absent: the model is fed features computed
// without it, as in production; the guard also calls this with it. At least one column.
//
// No leakage, which the grader checks:
//   * never read the churn column: the features must not change when churn is shuffled or absent;
//   * compute each row's features from that row alone (and constants you choose): a row must get
//     the same features whether it is scored with all training rows or with a subset. A statistic
//     over `customers` (a mean, a rank) differs between calls, exactly the leak of exercise 2.2.
// No need to scale: the grader's StandardScaler does.
ExtraFeatures add_features(const mlcore::Table& customers);

}  // namespace ex

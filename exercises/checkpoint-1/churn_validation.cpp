// Checkpoint exam 1, part 1 — Validating the churn extract.
//
// The exam (90 minutes, pass mark 80%), graded as a whole by `course check checkpoint-1`:
//   part 1  exercises/checkpoint-1/churn_validation.cpp  validate_churn   35%
//   part 2  exercises/checkpoint-1/churn_eda.cpp         explore_churn    25%
//   part 3  exercises/checkpoint-1/churn_features.cpp    add_features     30%
//   FINDINGS.md at the workspace root: sections "Data quality", "Insights", "Features",
//   "Next steps", at least 80 words, your own numbers                       10%
// Data: data/churn.csv, modeldata's mlc_churn (see data/SOURCES.md), which its own documentation
// calls "artificial based on claims similar to real world": practice data, not real customers.
// Hidden checkpoints run your code on rows you never see: write the rules, not the answers.
//
// Implement validate_churn (specified in churn_validation.hpp): every issue, no false alarm.
// `course lesson checkpoint-1` shows the whole brief; `course check checkpoint-1` grades the exam.
//
// Useful calls (mlcore/table.hpp, mlcore/csv.hpp): table.column("state"), col.type(),
// col.is_missing(row), col.numeric(row), col.to_string(row), mlcore::parse_number(text),
// table.rows(), table.columns().
#include "churn_validation.hpp"

#include <vector>

#include "mlcore/csv.hpp"
#include "mlcore/table.hpp"

namespace ex {

std::vector<ChurnIssue> validate_churn([[maybe_unused]] const mlcore::Table& table) {
  std::vector<ChurnIssue> issues;

  // TODO 1 — kMissing: every missing cell of the schema columns (kNumericSchema and
  // kCategorySchema together name all 20 columns).

  // TODO 2 — kWrongType and kOutOfRange for kNumericSchema: read each present cell as a number
  // (numeric(row) in a numeric column, mlcore::parse_number(to_string(row)) otherwise).

  // TODO 3 — kNotAllowed for kCategorySchema: present cells not spelled exactly as allowed.

  // TODO 4 — kChargeMismatch for kChargeSchema, and kInconsistent (voice mail).

  // TODO 5 — kDuplicateRow: remember each row's cells joined into one key; flag repeats.

  return issues;
}

}  // namespace ex

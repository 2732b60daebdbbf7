// Checkpoint exam 1, part 1 — Validating the churn extract.
//
// Implement validate_churn (specified in churn_validation.hpp): every issue, no false alarm.
// Run `course check checkpoint-1` to grade the whole exam.
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

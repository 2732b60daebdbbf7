// Checkpoint exam 1, part 2 — EDA findings as values.
//
// Implement explore_churn (specified in churn_eda.hpp). Useful calls: sample.rows(),
// sample.columns(), col.name(), col.type() == mlcore::ColumnType::kNumeric, col.numeric(row),
// col.text(row); mlcore::correlation (mlcore/eda/correlation.hpp) if you like, or the formula.
#include "churn_eda.hpp"

#include "mlcore/table.hpp"

namespace ex {

ChurnFindings explore_churn([[maybe_unused]] const mlcore::Table& sample) {
  ChurnFindings findings;

  // TODO 1 — churn rates: overall, and within international_plan "yes" and "no".

  // TODO 2 — largest standardised gap between churners and the others, over the numeric columns
  // except *_charge. Standard deviation over all rows, dividing by n - 1.

  // TODO 3 — Pearson correlation of total_day_minutes and total_day_charge.

  // TODO 4 — how many rows have number_customer_service_calls > 3, and their churn rate.

  return findings;
}

}  // namespace ex

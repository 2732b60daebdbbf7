// Checkpoint exam 1, part 3 — Features that lift a fixed model.
//
// Implement add_features (specified in churn_features.hpp). The grader adds your columns to the
// 15 raw numeric ones and cross-validates a fixed StandardScaler + LogisticRegression.
//
// Useful calls: customers.rows(), customers.column("international_plan").text(row),
// customers.column("total_day_charge").numeric(row). Build the matrix with
// mlcore::Matrix X(rows, cols) and X(row, col) = value.
#include "churn_features.hpp"

#include <cstddef>

#include "mlcore/linalg.hpp"
#include "mlcore/table.hpp"

namespace ex {

ExtraFeatures add_features(const mlcore::Table& customers) {
  ExtraFeatures extra;
  // TODO: name your columns, e.g. extra.names = {"international_plan_yes", ...};
  extra.values = mlcore::Matrix(customers.rows(), extra.names.size());
  for (std::size_t row = 0; row < customers.rows(); ++row) {
    // TODO: fill extra.values(row, j) for each named column j. Your findings from part 2 point
    // at what a linear model on the raw numbers cannot see: the text columns, thresholds on
    // counts, and effects that grow faster than a straight line.
  }
  return extra;
}

}  // namespace ex

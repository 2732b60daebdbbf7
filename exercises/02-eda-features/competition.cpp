// Challenge 2.C — Feature engineering competition.
//
// make_features (specified in competition.hpp) feeds a fixed StandardScaler + LogisticRegression.
// The starter below is the baseline: the six raw stats, about 65% accuracy. Reach more than 75%
// on the hidden holdout by adding features. Run `course check 2.C`; `course hint 2.C` when stuck.
//
// Useful calls: raw.rows(), raw.column("attack").numeric(row), .boolean(row), .text(row),
// .is_missing(row); std::log (<cmath>). Build the matrix with mlcore::Matrix X(rows, cols) and
// X(row, col) = value.
#include "competition.hpp"

#include <cmath>
#include <cstddef>

#include "mlcore/linalg.hpp"
#include "mlcore/table.hpp"

namespace ex {

mlcore::Matrix make_features(const mlcore::Table& raw) {
  const char* const stats[] = {"hp", "attack", "defense", "sp_attack", "sp_defense", "speed"};
  const std::size_t n_features = 6;  // TODO: grow this as you add columns below
  mlcore::Matrix X(raw.rows(), n_features);
  for (std::size_t row = 0; row < raw.rows(); ++row) {
    for (std::size_t j = 0; j < 6; ++j) X(row, j) = raw.column(stats[j]).numeric(row);

    // TODO: add features. Explore first (course ml describe data/pokemon.csv, or mlcore/eda):
    // how do unevolved species differ from evolved ones, and which differences can a linear
    // model NOT draw from the raw stats alone? Think about legendary species, about size, and
    // about totals that are neither small nor large.
  }
  return X;
}

}  // namespace ex

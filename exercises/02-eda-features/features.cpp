// Exercise 2.1 — Engineer features from raw stats.
//
// Implement engineer_features (declared and specified in features.hpp): five features per row,
// each a finite number whatever the input. Run `course check 2.1` to test it, `course hint 2.1`
// when stuck.
//
// Useful calls (see mlcore/table.hpp):
//   const mlcore::Column& col = raw.column("attack");
//   col.is_missing(row), col.numeric(row), col.to_string(row), raw.rows()
//   std::isfinite(x) (<cmath>), std::clamp(x, lo, hi) and std::max (<algorithm>), std::sqrt
#include "features.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include "mlcore/table.hpp"

namespace ex {

std::vector<PokemonFeatures> engineer_features(const mlcore::Table& raw) {
  std::vector<PokemonFeatures> features(raw.rows());

  // TODO 0 — a helper first: the value of a numeric cell if it is usable (present and finite),
  // clipped to [lo, hi]; std::nullopt otherwise. Every feature below uses it.
  // Why: writing the "is this value usable?" rule once means five features cannot disagree
  // about it, and a nan or inf can never slip through one of them.

  for (std::size_t row = 0; row < raw.rows(); ++row) {
    [[maybe_unused]] PokemonFeatures& f = features[row];

    // TODO 1 — power_ratio = attack / max(defense, 1); 1.0 when either is unusable.
    // Why: ratios are among the most useful features (price per square metre, clicks per view),
    // and every ratio needs an answer for a zero denominator before it reaches production.

    // TODO 2 — physical_special_balance = (P - S) / (P + S); 0.0 when any input is unusable or
    // P + S == 0. A normalised difference compares two quantities on any scale.

    // TODO 3 — weight_per_height = weight_kg / height_m (both clipped); 0.0 when unusable.

    // TODO 4 — stat_spread: population standard deviation of the usable stats (0.0 when fewer
    // than two). A specialist and an all-rounder can have the same total: spread tells them apart.

    // TODO 5 — types: set f.types[i] = 1.0 when type1 or type2 equals kPokemonTypes[i] exactly.
    // Why: a model takes numbers, not text; one indicator column per category (one-hot) is the
    // standard encoding. A species has two type slots, so this is a "two-hot" encoding.
  }
  return features;
}

}  // namespace ex

// Exercise 2.1 — Engineer features from raw stats: reference solution.
//
// One rule decides whether a cell can be used (present and finite) and clips it to its plausible
// range; every feature reads its inputs through that rule and states its own fallback. That is
// what keeps nan and inf out: no feature ever divides by, or sums, a value nobody checked.
#include "features.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "mlcore/table.hpp"

namespace ex {
namespace {

constexpr const char* kStats[] = {"hp", "attack", "defense", "sp_attack", "sp_defense", "speed"};

// The clipped value of a usable cell. A missing cell, inf and nan are broken measurements, not
// big or small ones, so they are refused rather than clipped: clipping inf to 255 would turn a
// bug upstream into a plausible-looking, strong Pokémon.
std::optional<double> usable(const mlcore::Column& column, std::size_t row, double lo, double hi) {
  if (column.is_missing(row)) return std::nullopt;
  const double value = column.numeric(row);
  if (!std::isfinite(value)) return std::nullopt;
  return std::clamp(value, lo, hi);
}

std::optional<double> stat(const mlcore::Table& raw, const char* name, std::size_t row) {
  return usable(raw.column(name), row, kStatMin, kStatMax);
}

double power_ratio(const mlcore::Table& raw, std::size_t row) {
  const auto attack = stat(raw, "attack", row);
  const auto defense = stat(raw, "defense", row);
  if (!attack || !defense) return 1.0;
  // Clipped stats are in [0, 255], so max(defense, 1) is never 0 and the ratio at most 255.
  return *attack / std::max(*defense, 1.0);
}

double physical_special_balance(const mlcore::Table& raw, std::size_t row) {
  const auto attack = stat(raw, "attack", row), defense = stat(raw, "defense", row);
  const auto sp_attack = stat(raw, "sp_attack", row), sp_defense = stat(raw, "sp_defense", row);
  if (!attack || !defense || !sp_attack || !sp_defense) return 0.0;
  const double physical = *attack + *defense, special = *sp_attack + *sp_defense;
  const double total = physical + special;  // >= 0: every term was clipped to [0, 255]
  return total > 0.0 ? (physical - special) / total : 0.0;
}

double weight_per_height(const mlcore::Table& raw, std::size_t row) {
  const auto weight = usable(raw.column("weight_kg"), row, kWeightMin, kWeightMax);
  const auto height = usable(raw.column("height_m"), row, kHeightMin, kHeightMax);
  if (!weight || !height) return 0.0;
  return *weight / *height;  // height >= 0.1 after clipping
}

double stat_spread(const mlcore::Table& raw, std::size_t row) {
  std::vector<double> values;
  for (const char* name : kStats) {
    if (const auto value = stat(raw, name, row)) values.push_back(*value);
  }
  if (values.size() < 2) return 0.0;  // one value has no spread worth the name
  const double n = static_cast<double>(values.size());
  double sum = 0.0;
  for (double v : values) sum += v;
  const double mean = sum / n;
  double squares = 0.0;
  for (double v : values) squares += (v - mean) * (v - mean);
  return std::sqrt(squares / n);
}

// Two type slots, one indicator per type: setting (not adding) 1.0 makes a species whose two
// slots repeat a type count it once.
void set_types(const mlcore::Table& raw, std::size_t row, PokemonFeatures& f) {
  for (const char* name : {"type1", "type2"}) {
    const std::string text = raw.column(name).to_string(row);  // "" when missing
    for (std::size_t i = 0; i < kPokemonTypes.size(); ++i) {
      if (text == kPokemonTypes[i]) f.types[i] = 1.0;
    }
  }
}

}  // namespace

std::vector<PokemonFeatures> engineer_features(const mlcore::Table& raw) {
  std::vector<PokemonFeatures> features(raw.rows());
  for (std::size_t row = 0; row < raw.rows(); ++row) {
    PokemonFeatures& f = features[row];
    f.power_ratio = power_ratio(raw, row);
    f.physical_special_balance = physical_special_balance(raw, row);
    f.weight_per_height = weight_per_height(raw, row);
    f.stat_spread = stat_spread(raw, row);
    set_types(raw, row, f);
  }
  return features;
}

}  // namespace ex

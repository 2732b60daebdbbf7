// Exercise 2.1 — Engineer features from raw stats.
//
// Raw columns rarely say what a model needs. A ratio, a balance, a spread or an indicator often
// does, but every derived feature brings new ways to break: a division by zero, a missing input,
// an absurd value from upstream. You implement five features in features.cpp. This header is the
// contract the grader tests against: read it, do not edit it.
//
// The table comes from mlcore::parse_csv (see mlcore/table.hpp) and has the columns
//   hp, attack, defense, sp_attack, sp_defense, speed, height_m, weight_kg  (numeric)
//   type1, type2                                                            (text)
// plus others you may ignore (num, name). Rows are 0-based data rows. Any numeric cell may be
// missing (Column::is_missing) or hold a value no real Pokémon has: 0, -5, 1e308, inf or nan.
// Every feature you return must be a finite number for every row, whatever the input.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

#include "mlcore/table.hpp"

namespace ex {

// The 18 types, in the order of PokemonFeatures::types.
inline constexpr std::array<const char*, 18> kPokemonTypes = {
    "Bug",   "Dark",   "Dragon", "Electric", "Fairy",  "Fighting", "Fire", "Flying", "Ghost",
    "Grass", "Ground", "Ice",    "Normal",   "Poison", "Psychic",  "Rock", "Steel",  "Water"};

// Plausible ranges. A usable value outside its range is clipped to it (std::clamp) before use:
// a stat of 300 counts as 255, a stat of -5 as 0, a height of 0 as 0.1 m.
inline constexpr double kStatMin = 0.0, kStatMax = 255.0;       // the six stats
inline constexpr double kHeightMin = 0.1, kHeightMax = 20.0;    // height_m
inline constexpr double kWeightMin = 0.0, kWeightMax = 1000.0;  // weight_kg

// The engineered features of one row.
struct PokemonFeatures {
  double power_ratio = 0.0;
  double physical_special_balance = 0.0;
  double weight_per_height = 0.0;
  double stat_spread = 0.0;
  std::array<double, kPokemonTypes.size()> types{};  // 1.0 or 0.0 per kPokemonTypes entry
};

// Returns one PokemonFeatures per row of `raw`, in row order.
//
// A numeric cell is USABLE when it is present and finite (std::isfinite): a missing cell, inf
// and nan are not. A usable value is clipped to its range above; an unusable one is never used.
//
// * power_ratio = attack / max(defense, 1), both clipped. Defense 0 divides by 1, so the result
//   is always defined. 1.0 (neutral: as strong as sturdy) when attack or defense is unusable.
//
// * physical_special_balance = (P - S) / (P + S) with P = attack + defense and
//   S = sp_attack + sp_defense, all four clipped: +1 all physical, -1 all special. 0.0 when
//   any of the four is unusable, or when P + S is 0.
//
// * weight_per_height = weight_kg / height_m, both clipped (the height's lower bound 0.1 keeps
//   the division defined). 0.0 when either is unusable.
//
// * stat_spread = population standard deviation (divide by the count, not count - 1) of the
//   usable stats among hp, attack, defense, sp_attack, sp_defense, speed, each clipped; the
//   unusable ones are left out. 0.0 when fewer than two are usable.
//
// * types[i] = 1.0 when type1 or type2 is exactly kPokemonTypes[i] (compare the cell's
//   Column::to_string(row), so "fire" or " Fire" match nothing), else 0.0. A species has at most
//   two 1.0s; a missing or unknown type sets none; type1 == type2 sets one.
std::vector<PokemonFeatures> engineer_features(const mlcore::Table& raw);

}  // namespace ex

// Harness for exercise 2.1 (feature engineering): parses a case's CSV into an mlcore::Table, calls
// the learner's engineer_features(), and returns the features column by column. A non-finite
// number is written as the text "nan", "inf" or "-inf" (JSON has no such numbers, and null would
// hide which one leaked), so the learner's report shows what went wrong.
#include <cmath>
#include <string>

#include "course/exercise/harness.hpp"
#include "features.hpp"
#include "mlcore/csv.hpp"

namespace {

using nlohmann::json;

json number(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  return value;
}

}  // namespace

namespace course::exercise {

json run_case(const json& input) {
  const mlcore::Table table = mlcore::parse_csv(input.at("csv").get<std::string>());
  json power = json::array(), balance = json::array(), bulk = json::array(), spread = json::array(),
       types = json::array();
  for (const auto& f : ex::engineer_features(table)) {
    power.push_back(number(f.power_ratio));
    balance.push_back(number(f.physical_special_balance));
    bulk.push_back(number(f.weight_per_height));
    spread.push_back(number(f.stat_spread));
    json row = json::array();
    for (double t : f.types) row.push_back(number(t));
    types.push_back(row);
  }
  return {{"power_ratio", power},
          {"physical_special_balance", balance},
          {"weight_per_height", bulk},
          {"stat_spread", spread},
          {"types", types}};
}

}  // namespace course::exercise

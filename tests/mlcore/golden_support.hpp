// Test helper shared by the eda and validation tests: their golden JSON files (both read
// tests/golden/validation, set by MLCORE_GOLDEN_DIR) and the Pokémon table.
#pragma once

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "mlcore/csv.hpp"

namespace mlcore::test {

inline nlohmann::json load_golden(const std::string& name) {
  std::ifstream in(std::string(MLCORE_GOLDEN_DIR) + "/" + name);
  if (!in) throw std::runtime_error("cannot open golden file " + name);
  std::stringstream text;
  text << in.rdbuf();
  return nlohmann::json::parse(text.str());
}

inline const Table& pokemon() {
  static const Table table = read_csv(std::string(MLCORE_DATA_DIR) + "/pokemon.csv");
  return table;
}

// JSON null stands for NaN (JSON has no NaN).
inline double number(const nlohmann::json& value) {
  return value.is_null() ? std::numeric_limits<double>::quiet_NaN() : value.get<double>();
}

inline std::vector<double> numbers(const nlohmann::json& array) {
  std::vector<double> out;
  for (const auto& v : array) out.push_back(number(v));
  return out;
}

// |actual - expected| <= tol * max(1, |expected|); NaN matches NaN.
inline ::testing::AssertionResult close(double actual, double expected, double tol) {
  if (std::isnan(expected) && std::isnan(actual)) return ::testing::AssertionSuccess();
  const double diff = std::abs(actual - expected);
  if (diff <= tol * std::max(1.0, std::abs(expected))) return ::testing::AssertionSuccess();
  std::ostringstream out;
  out.precision(17);
  out << "actual " << actual << " vs expected " << expected << " (diff " << diff << ")";
  return ::testing::AssertionFailure() << out.str();
}

}  // namespace mlcore::test

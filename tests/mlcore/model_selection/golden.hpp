// Test helpers: the golden files written by tests/golden/model_selection/generate.py and the real
// Pokemon labels they were computed on.
#pragma once

#include <nlohmann/json.hpp>

#include <fstream>
#include <limits>
#include <string>

#include "mlcore/csv.hpp"
#include "mlcore/data/label_encode.hpp"
#include "mlcore/linalg.hpp"

namespace mlcore::testing {

inline nlohmann::json golden(const std::string& name) {
  std::ifstream in(std::string(MLCORE_GOLDEN_DIR) + "/" + name);
  if (!in) throw std::runtime_error("cannot open golden file " + name);
  return nlohmann::json::parse(in);
}

inline const Table& pokemon() {
  static const Table table = read_csv(std::string(MLCORE_DATA_DIR) + "/pokemon.csv");
  return table;
}

inline Indices indices(const nlohmann::json& j) { return j.get<Indices>(); }

// null -> NaN (how the generator writes NaN).
inline Vector vector_of(const nlohmann::json& j) {
  Vector v(static_cast<Eigen::Index>(j.size()));
  for (std::size_t i = 0; i < j.size(); ++i)
    v[static_cast<Eigen::Index>(i)] =
        j[i].is_null() ? std::numeric_limits<double>::quiet_NaN() : j[i].get<double>();
  return v;
}

inline Matrix matrix_of(const nlohmann::json& j) {
  const Vector data = vector_of(j.at("data"));
  return Eigen::Map<const Matrix>(data.data(), j.at("rows").get<Eigen::Index>(),
                                  j.at("cols").get<Eigen::Index>());
}

// The label vectors the splits were computed on: "type1", "is_legendary" (real) or "synthetic".
inline Vector labels(const std::string& name) {
  if (name == "synthetic") return vector_of(golden("splits.json").at("synthetic_labels"));
  return label_encode(pokemon().column(name)).codes;
}

}  // namespace mlcore::testing

// Internal: the checks and messages every mlcore transformer shares, so they fail alike.
#pragma once

#include <cstddef>
#include <string>

#include "mlcore/error.hpp"
#include "mlcore/linalg.hpp"

namespace mlcore::internal {

// "<Name> is not fitted; call fit() first".
[[noreturn]] inline void throw_not_fitted(const char* name) {
  throw Error(std::string(name) + " is not fitted; call fit() first");
}

// "<Name>: X has 3 columns, expected 4 (as in fit)".
inline void check_columns(const char* name, const Matrix& X, std::size_t expected) {
  if (static_cast<std::size_t>(X.cols()) != expected)
    throw Error(std::string(name) + ": X has " + std::to_string(X.cols()) + " columns, expected " +
                std::to_string(expected) + " (as in fit)");
}

// fit needs at least one row.
inline void check_rows(const char* name, std::size_t rows) {
  if (rows == 0) throw Error(std::string(name) + ": fit needs at least one row (got 0)");
}

}  // namespace mlcore::internal

// Helpers shared by the metrics unit tests.
#pragma once

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>

#include "mlcore/error.hpp"
#include "mlcore/linalg.hpp"

namespace mlcore::metrics_test {

inline Vector vec(std::initializer_list<double> values) {
  Vector v(static_cast<Eigen::Index>(values.size()));
  Eigen::Index i = 0;
  for (double x : values) v[i++] = x;
  return v;
}

// The message of the mlcore::Error that f throws ("" and a test failure if none).
template <typename F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  ADD_FAILURE() << "expected an mlcore::Error";
  return "";
}

}  // namespace mlcore::metrics_test

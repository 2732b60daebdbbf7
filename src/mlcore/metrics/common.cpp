#include "metrics/common.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "mlcore/error.hpp"

namespace mlcore::metrics_detail {

namespace {

// numpy's PW_BLOCKSIZE (numpy/core/src/umath/loops_utils.h.src).
constexpr std::size_t kPairwiseBlock = 128;

}  // namespace

double numpy_sum(const double* a, std::size_t n, std::size_t stride) {
  if (n < 8) {
    // numpy starts from 0.0, which matters only for the sign of an all -0.0 sum.
    double res = 0.0;
    for (std::size_t i = 0; i < n; ++i) res += a[i * stride];
    return res;
  }
  if (n <= kPairwiseBlock) {
    double r[8];
    for (std::size_t j = 0; j < 8; ++j) r[j] = a[j * stride];
    std::size_t i = 8;
    for (; i < n - (n % 8); i += 8) {
      for (std::size_t j = 0; j < 8; ++j) r[j] += a[(i + j) * stride];
    }
    double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < n; ++i) res += a[i * stride];
    return res;
  }
  std::size_t n2 = n / 2;
  n2 -= n2 % 8;
  return numpy_sum(a, n2, stride) + numpy_sum(a + n2 * stride, n - n2, stride);
}

double numpy_average(const std::vector<double>& values, const std::vector<double>* weights,
                     const std::string& fn) {
  if (weights == nullptr) return numpy_sum(values) / static_cast<double>(values.size());
  std::vector<double> products(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) products[i] = values[i] * (*weights)[i];
  const double scale = numpy_sum(*weights);
  if (scale == 0.0) throw Error(fn + ": sample weights sum to zero");
  return numpy_sum(products) / scale;
}

namespace {

// Adds the distinct values of a to the sorted set `out`. Label vectors hold few distinct values,
// so a small sorted vector with binary-search inserts is O(n log k); past kSmall distinct values
// (continuous scores) one full sort is cheaper.
void add_distinct(const Vector& a, std::vector<double>& out) {
  constexpr std::size_t kSmall = 64;
  for (Eigen::Index i = 0; i < a.size(); ++i) {
    const auto it = std::lower_bound(out.begin(), out.end(), a[i]);
    if (it != out.end() && *it == a[i]) continue;
    if (out.size() == kSmall) {
      out.insert(out.end(), a.data() + i, a.data() + a.size());
      std::sort(out.begin(), out.end());
      out.erase(std::unique(out.begin(), out.end()), out.end());
      return;
    }
    out.insert(it, a[i]);
  }
}

}  // namespace

std::vector<double> sorted_unique(const Vector& a) {
  std::vector<double> out;
  add_distinct(a, out);
  return out;
}

std::vector<double> sorted_union(const Vector& a, const Vector& b) {
  std::vector<double> out;
  add_distinct(a, out);
  add_distinct(b, out);
  return out;
}

void check_not_empty(const std::string& fn, const std::string& name, Eigen::Index n) {
  if (n == 0) throw Error(fn + ": empty input (" + name + " has 0 samples)");
}

void check_same_length(const std::string& fn, const std::string& a_name, Eigen::Index a,
                       const std::string& b_name, Eigen::Index b) {
  if (a != b) {
    throw Error(fn + ": " + a_name + " and " + b_name + " have different lengths (" +
                std::to_string(a) + " vs " + std::to_string(b) + ")");
  }
}

void check_finite(const std::string& fn, const std::string& name, const Vector& v) {
  for (Eigen::Index i = 0; i < v.size(); ++i) {
    if (!std::isfinite(v[i])) {
      throw Error(fn + ": " + name + " contains a non-finite value (" + format_number(v[i]) +
                  " at index " + std::to_string(i) + ")");
    }
  }
}

void check_pair(const std::string& fn, const Vector& y_true, const std::string& second_name,
                const Vector& second, const Vector* sample_weight) {
  check_not_empty(fn, "y_true", y_true.size());
  check_same_length(fn, "y_true", y_true.size(), second_name, second.size());
  check_finite(fn, "y_true", y_true);
  check_finite(fn, second_name, second);
  if (sample_weight != nullptr) {
    check_same_length(fn, "y_true", y_true.size(), "sample_weight", sample_weight->size());
    check_finite(fn, "sample_weight", *sample_weight);
  }
}

std::string format_number(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  char buffer[32];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
    if (std::strtod(buffer, nullptr) == value) break;
  }
  return buffer;
}

std::string format_list(const std::vector<double>& values) {
  std::string out = "[";
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += ", ";
    out += format_number(values[i]);
  }
  return out + "]";
}

}  // namespace mlcore::metrics_detail

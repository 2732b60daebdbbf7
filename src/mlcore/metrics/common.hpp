// Internal helpers shared by the metrics: numpy-compatible reductions and input checks.
//
// Why numpy-compatible: mlcore's metrics must equal scikit-learn's to 1e-12, and scikit-learn sums
// with numpy's pairwise summation (blocks of 8 partial sums, halving above 128 elements). A naive
// left-to-right loop differs in the last bits and, for sums of thousands of terms, by more than
// those digits allow, so every reduction that scikit-learn does with np.sum / np.mean /
// np.average is done here with the same algorithm and in the same order.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "mlcore/linalg.hpp"

namespace mlcore::metrics_detail {

// numpy's pairwise sum of a[0], a[stride], ..., a[(n-1)*stride] (np.add.reduce on float64).
double numpy_sum(const double* a, std::size_t n, std::size_t stride = 1);
inline double numpy_sum(const std::vector<double>& a) { return numpy_sum(a.data(), a.size()); }
inline double numpy_sum(const Vector& a) {
  return numpy_sum(a.data(), static_cast<std::size_t>(a.size()));
}

// np.average(values, weights=weights): numpy_sum(values) / n without weights, else
// numpy_sum(values * weights) / numpy_sum(weights). Throws mlcore::Error("<fn>: sample weights
// sum to zero") where numpy raises ZeroDivisionError.
double numpy_average(const std::vector<double>& values, const std::vector<double>* weights,
                     const std::string& fn);

// Sorted distinct values (np.unique). Values must be finite (checked by the callers).
std::vector<double> sorted_unique(const Vector& a);
std::vector<double> sorted_union(const Vector& a, const Vector& b);

// Input checks. Each throws mlcore::Error prefixed with "<fn>: ".
void check_not_empty(const std::string& fn, const std::string& name, Eigen::Index n);
void check_same_length(const std::string& fn, const std::string& a_name, Eigen::Index a,
                       const std::string& b_name, Eigen::Index b);
void check_finite(const std::string& fn, const std::string& name, const Vector& v);
// Checks y_true/second non-empty, same length, finite, and sample_weight (if any) the same length
// and finite. The common preamble of every metric taking two vectors.
void check_pair(const std::string& fn, const Vector& y_true, const std::string& second_name,
                const Vector& second, const Vector* sample_weight);

// Shortest text of a double that parses back to it ("3", "0.5", "7"), for error messages.
std::string format_number(double value);
std::string format_list(const std::vector<double>& values);

}  // namespace mlcore::metrics_detail

#include "mlcore/metrics/regression.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "metrics/common.hpp"
#include "mlcore/error.hpp"

namespace mlcore {

using metrics_detail::numpy_average;
using metrics_detail::numpy_sum;

namespace {

// sklearn's MAPE floor for |y_true|: np.finfo(np.float64).eps.
constexpr double kMapeEps = std::numeric_limits<double>::epsilon();

// np.average(terms, weights=sample_weight) after the common input checks.
template <typename Term>
double weighted_mean(const std::string& fn, const Vector& y_true, const Vector& y_pred,
                     const Vector* sample_weight, Term term) {
  metrics_detail::check_pair(fn, y_true, "y_pred", y_pred, sample_weight);
  std::vector<double> terms(static_cast<std::size_t>(y_true.size()));
  for (Eigen::Index i = 0; i < y_true.size(); ++i) {
    terms[static_cast<std::size_t>(i)] = term(y_true[i], y_pred[i]);
  }
  if (sample_weight == nullptr) return numpy_average(terms, nullptr, fn);
  const std::vector<double> w(sample_weight->data(), sample_weight->data() + sample_weight->size());
  return numpy_average(terms, &w, fn);
}

}  // namespace

double mean_squared_error(const Vector& y_true, const Vector& y_pred, const Vector* sample_weight) {
  return weighted_mean("mean_squared_error", y_true, y_pred, sample_weight, [](double t, double p) {
    const double d = t - p;
    return d * d;
  });
}

double root_mean_squared_error(const Vector& y_true, const Vector& y_pred,
                               const Vector* sample_weight) {
  return std::sqrt(weighted_mean("root_mean_squared_error", y_true, y_pred, sample_weight,
                                 [](double t, double p) {
                                   const double d = t - p;
                                   return d * d;
                                 }));
}

double mean_absolute_error(const Vector& y_true, const Vector& y_pred,
                           const Vector* sample_weight) {
  return weighted_mean("mean_absolute_error", y_true, y_pred, sample_weight,
                       [](double t, double p) { return std::abs(p - t); });
}

double mean_absolute_percentage_error(const Vector& y_true, const Vector& y_pred,
                                      const Vector* sample_weight) {
  return weighted_mean(
      "mean_absolute_percentage_error", y_true, y_pred, sample_weight,
      [](double t, double p) { return std::abs(p - t) / std::max(std::abs(t), kMapeEps); });
}

double r2_score(const Vector& y_true, const Vector& y_pred, const Vector* sample_weight) {
  const std::string fn = "r2_score";
  metrics_detail::check_pair(fn, y_true, "y_pred", y_pred, sample_weight);
  const auto n = static_cast<std::size_t>(y_true.size());
  if (n < 2) return std::numeric_limits<double>::quiet_NaN();
  const std::vector<double> truth(y_true.data(), y_true.data() + n);
  std::vector<double> w;
  if (sample_weight != nullptr) w.assign(sample_weight->data(), sample_weight->data() + n);
  const double mean = numpy_average(truth, sample_weight == nullptr ? nullptr : &w, fn);
  std::vector<double> residual(n), deviation(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double weight = sample_weight == nullptr ? 1.0 : w[i];
    const double r = y_true[static_cast<Eigen::Index>(i)] - y_pred[static_cast<Eigen::Index>(i)];
    const double d = truth[i] - mean;
    residual[i] = weight * (r * r);
    deviation[i] = weight * (d * d);
  }
  const double numerator = numpy_sum(residual);
  const double denominator = numpy_sum(deviation);
  // force_finite=True: no division by a zero total sum of squares.
  if (denominator == 0.0) return numerator == 0.0 ? 1.0 : 0.0;
  if (numerator == 0.0) return 1.0;
  return 1.0 - numerator / denominator;
}

}  // namespace mlcore

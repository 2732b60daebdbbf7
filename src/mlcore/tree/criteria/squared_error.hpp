// Squared error (variance reduction) split criterion (policy class, mlpack style).
//
// A node's statistics are stats[0] = sum w*y and stats[1] = sum w*y*y; split search only needs
// stats[0] (kScanStats = 1), so histograms carry one number per bin less. Formulas follow
// scikit-learn 1.2's MSE criterion.
#pragma once

namespace mlcore::internal {

struct SquaredErrorCriterion {
  static constexpr bool kClassification = false;
  static constexpr int kStats = 2;
  static constexpr int kScanStats = 1;

  // Weighted variance: sum w*y^2 / W - (sum w*y / W)^2.
  static double impurity(const double* stats, int /*k*/, double weighted_n) {
    const double mean = stats[0] / weighted_n;
    return stats[1] / weighted_n - mean * mean;
  }

  // scikit-learn's proxy: sum_l^2 / w_l + sum_r^2 / w_r (equal to the impurity decrease up to
  // terms that are the same for every candidate of one node).
  static double proxy(const double* left, double weighted_left, const double* right,
                      double weighted_right, int /*k*/) {
    return left[0] * left[0] / weighted_left + right[0] * right[0] / weighted_right;
  }

  // Histogram search ranks candidates by num / den, the proxy without its divisions.
  static void score(const double* left, double weighted_left, const double* right,
                    double weighted_right, int /*k*/, double& num, double& den) {
    num = left[0] * left[0] * weighted_right + right[0] * right[0] * weighted_left;
    den = weighted_left * weighted_right;
  }
};

}  // namespace mlcore::internal

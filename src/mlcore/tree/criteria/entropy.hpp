// Entropy (information gain) split criterion (policy class, mlpack style):
// -sum_c p_c log2 p_c per node, in bits like scikit-learn 1.2 (its trees' log is base 2).
//
// A node's statistics are its per-class sample weights stats[0..k).
#pragma once

#include <cmath>

namespace mlcore::internal {

struct EntropyCriterion {
  static constexpr bool kClassification = true;

  static double impurity(const double* stats, int k, double weighted_n) {
    double entropy = 0.0;
    for (int c = 0; c < k; ++c) {
      const double p = stats[c] / weighted_n;
      // scikit-learn's log(x) is ln(x) / ln(2.0), written the same way for identical bits.
      if (p > 0.0) entropy -= p * (std::log(p) / std::log(2.0));
    }
    return entropy;
  }

  // -(w_r * impurity_r + w_l * impurity_l), as scikit-learn's proxy_impurity_improvement.
  static double proxy(const double* left, double weighted_left, const double* right,
                      double weighted_right, int k) {
    return -weighted_right * impurity(right, k, weighted_right) -
           weighted_left * impurity(left, k, weighted_left);
  }

  // Histogram search ranks candidates by num / den; for entropy that is simply the proxy.
  static void score(const double* left, double weighted_left, const double* right,
                    double weighted_right, int k, double& num, double& den) {
    num = proxy(left, weighted_left, right, weighted_right, k);
    den = 1.0;
  }
};

}  // namespace mlcore::internal

// Gini impurity split criterion (policy class, mlpack style): 1 - sum_c p_c^2 per node.
//
// A node's statistics are its per-class sample weights stats[0..k). The formulas and their
// operation order are scikit-learn 1.2's (_criterion.pyx, Gini), so equal class weights give
// bit-identical impurities and proxies and the same split wins.
#pragma once

namespace mlcore::internal {

struct GiniCriterion {
  static constexpr bool kClassification = true;

  // Impurity of a node with per-class weights stats[0..k) summing to weighted_n.
  static double impurity(const double* stats, int k, double weighted_n) {
    double sq_count = 0.0;
    for (int c = 0; c < k; ++c) sq_count += stats[c] * stats[c];
    return 1.0 - sq_count / (weighted_n * weighted_n);
  }

  // scikit-learn's proxy_impurity_improvement: -(w_r * impurity_r + w_l * impurity_l). Larger is
  // better; only differences between candidates of one node matter.
  static double proxy(const double* left, double weighted_left, const double* right,
                      double weighted_right, int k) {
    return -weighted_right * impurity(right, k, weighted_right) -
           weighted_left * impurity(left, k, weighted_left);
  }

  // Histogram search ranks candidates by num / den = sum_l^2 / w_l + sum_r^2 / w_r (sum of
  // squared class weights): the same order as proxy() without its two divisions per candidate.
  static void score(const double* left, double weighted_left, const double* right,
                    double weighted_right, int k, double& num, double& den) {
    double sq_left = 0.0;
    double sq_right = 0.0;
    for (int c = 0; c < k; ++c) {
      sq_left += left[c] * left[c];
      sq_right += right[c] * right[c];
    }
    num = sq_left * weighted_right + sq_right * weighted_left;
    den = weighted_left * weighted_right;
  }
};

}  // namespace mlcore::internal

#include "linear/least_squares.hpp"

#include <Eigen/QR>

namespace mlcore::internal {

CenteredProblem center_and_scale(const Matrix& X, const Vector& y, const Vector* sample_weight,
                                 bool fit_intercept) {
  CenteredProblem out{X, y, Vector::Zero(X.cols()), 0.0};
  if (fit_intercept) {
    if (sample_weight) {
      const double total = sample_weight->sum();
      out.x_offset = (X.transpose() * *sample_weight) / total;
      out.y_offset = y.dot(*sample_weight) / total;
    } else {
      out.x_offset = X.colwise().mean().transpose();
      out.y_offset = y.mean();
    }
    out.X.rowwise() -= out.x_offset.transpose();
    out.y.array() -= out.y_offset;
  }
  if (sample_weight) {
    const Vector root = sample_weight->cwiseSqrt();
    out.X = root.asDiagonal() * out.X;
    out.y = out.y.cwiseProduct(root);
  }
  return out;
}

Vector min_norm_lstsq(const Matrix& X, const Vector& y, int* rank) {
  // Column-major copy: Eigen's QR works on column-major storage.
  const Eigen::MatrixXd A = X;
  Eigen::CompleteOrthogonalDecomposition<Eigen::MatrixXd> cod(A);
  // scipy's gelsd cutoff: singular values below eps * max(n, p) * s_max count as zero.
  cod.setThreshold(Eigen::NumTraits<double>::epsilon() *
                   static_cast<double>(std::max(A.rows(), A.cols())));
  if (rank) *rank = static_cast<int>(cod.rank());
  return cod.solve(y);
}

Vector linear_predict(const Matrix& X, const Vector& coef, double intercept) {
  Vector out(X.rows());
  out.noalias() = X * coef;
  out.array() += intercept;
  return out;
}

}  // namespace mlcore::internal

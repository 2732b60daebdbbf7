// Tiny models used to test cross_validate, grid_search and Pipeline without depending on the
// real models (written elsewhere): they follow the same verbs.
#pragma once

#include <map>
#include <vector>

#include "mlcore/error.hpp"
#include "mlcore/linalg.hpp"

namespace mlcore::testing {

// Predicts the nearest class mean; predict_proba is a softmax of negative squared distances.
class NearestCentroid {
 public:
  void fit(const Matrix& X, const Vector& y, const Vector* /*w*/) {
    std::map<double, std::pair<Vector, double>> sums;
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
      auto& [sum, count] = sums.try_emplace(y[i], Vector::Zero(X.cols()), 0.0).first->second;
      sum += X.row(i).transpose();
      count += 1.0;
    }
    classes_.clear();
    centroids_ = Matrix(static_cast<Eigen::Index>(sums.size()), X.cols());
    Eigen::Index k = 0;
    for (const auto& [label, sc] : sums) {
      classes_.push_back(label);
      centroids_.row(k++) = (sc.first / sc.second).transpose();
    }
  }
  Matrix distances(const Matrix& X) const {
    if (classes_.empty()) throw Error("NearestCentroid is not fitted; call fit() first");
    Matrix d(X.rows(), centroids_.rows());
    for (Eigen::Index i = 0; i < X.rows(); ++i)
      for (Eigen::Index k = 0; k < centroids_.rows(); ++k)
        d(i, k) = (X.row(i) - centroids_.row(k)).squaredNorm();
    return d;
  }
  Vector predict(const Matrix& X) const {
    const Matrix d = distances(X);
    Vector out(X.rows());
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
      Eigen::Index best;
      d.row(i).minCoeff(&best);
      out[i] = classes_[static_cast<std::size_t>(best)];
    }
    return out;
  }
  Matrix predict_proba(const Matrix& X) const {
    Matrix p = (-distances(X)).array().exp();
    for (Eigen::Index i = 0; i < p.rows(); ++i) p.row(i) /= p.row(i).sum();
    return p;
  }
  const std::vector<double>& classes() const { return classes_; }

 private:
  std::vector<double> classes_;
  Matrix centroids_;
};

// Predicts shrink * (mean of the training targets). No predict_proba, no classes().
class MeanRegressor {
 public:
  explicit MeanRegressor(double shrink = 1.0) : shrink_(shrink) {}
  void fit(const Matrix& /*X*/, const Vector& y, const Vector* /*w*/) {
    mean_ = y.mean();
    fitted_rows_ = static_cast<std::size_t>(y.size());
  }
  Vector predict(const Matrix& X) const { return Vector::Constant(X.rows(), shrink_ * mean_); }
  std::size_t fitted_rows() const { return fitted_rows_; }

 private:
  double shrink_;
  double mean_ = 0.0;
  std::size_t fitted_rows_ = 0;
};

inline double accuracy(const Vector& y, const Vector& pred, const Matrix* /*proba*/,
                       const Vector* /*classes*/) {
  return (y.array() == pred.array()).cast<double>().mean();
}

inline double neg_mse(const Vector& y, const Vector& pred, const Matrix* /*proba*/,
                      const Vector* /*classes*/) {
  return -(y - pred).squaredNorm() / static_cast<double>(y.size());
}

}  // namespace mlcore::testing

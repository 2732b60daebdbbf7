// LogisticRegression: label encoding, weights, the L-BFGS fit, prediction. The objective lives in
// logistic_loss.cpp, the model file in logistic_regression_json.cpp.
#include "mlcore/linear/logistic_regression.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <vector>

#include "linear/checks.hpp"
#include "linear/logistic_loss.hpp"
#include "mlcore/error.hpp"
#include "mlcore/linear/lbfgs.hpp"

namespace mlcore {
namespace {

constexpr const char* kName = "LogisticRegression";
constexpr std::size_t kFewClasses = 8;

std::string str(double v) {
  std::ostringstream out;
  out << v;
  return out.str();
}

}  // namespace

void LogisticRegressionParams::validate() const {
  const std::string p = "LogisticRegressionParams.";
  if (!(C > 0.0) || !std::isfinite(C)) throw Error(p + "C must be > 0 (got " + str(C) + ")");
  if (!(tol >= 0.0) || !std::isfinite(tol))
    throw Error(p + "tol must be >= 0 (got " + str(tol) + ")");
  if (max_iter < 1) throw Error(p + "max_iter must be >= 1 (got " + std::to_string(max_iter) + ")");
  if (n_threads < 1)
    throw Error(p + "n_threads must be >= 1 (got " + std::to_string(n_threads) + ")");
  if (class_weight != ClassWeight::kNone && class_weight != ClassWeight::kBalanced)
    throw Error(p + "class_weight must be kNone or kBalanced");
}

LogisticRegression& LogisticRegression::fit(const Matrix& X, const Vector& y,
                                            const Vector* sample_weight) {
  params_.validate();
  internal::check_training_data(kName, X, y, sample_weight, /*check_X_finite=*/false);
  const Eigen::Index n = X.rows(), p = X.cols();

  // Distinct labels, kept sorted, then each row's class index. With few classes (the usual
  // case) the index is a branch-free count of smaller labels: lower_bound's branches mispredict
  // on shuffled labels and cost a tenth of a 1M-row fit.
  std::vector<double> labels;
  for (Eigen::Index i = 0; i < n; ++i) {
    bool known = false;
    for (double label : labels) known |= label == y[i];
    if (!known) labels.insert(std::lower_bound(labels.begin(), labels.end(), y[i]), y[i]);
    if (labels.size() > kFewClasses) break;
  }
  if (labels.size() > kFewClasses) {
    labels.assign(y.data(), y.data() + n);
    std::sort(labels.begin(), labels.end());
    labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
  }
  if (labels.size() < 2)
    throw Error(std::string(kName) + ".fit: y needs at least two classes (got only " +
                str(labels[0]) + ")");
  const auto K = static_cast<Eigen::Index>(labels.size());
  std::vector<double> counts(labels.size(), 0.0);
  Vector index(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    std::size_t k = 0;
    if (labels.size() <= kFewClasses) {
      for (double label : labels) k += label < y[i];
    } else {
      k = static_cast<std::size_t>(std::lower_bound(labels.begin(), labels.end(), y[i]) -
                                   labels.begin());
    }
    index[i] = static_cast<double>(k);
    counts[k] += 1.0;
  }

  // Effective weights; left empty (all ones) when nothing reweights, the loss's fast path.
  Vector weights;
  if (sample_weight) weights = *sample_weight;
  if (params_.class_weight == ClassWeight::kBalanced) {
    if (weights.size() == 0) weights = Vector::Ones(n);
    for (Eigen::Index i = 0; i < n; ++i)
      weights[i] *= static_cast<double>(n) /
                    (static_cast<double>(K) * counts[static_cast<std::size_t>(index[i])]);
  }

  internal::LogisticLoss loss(X, index, weights, static_cast<int>(K), params_.fit_intercept,
                              params_.C, params_.n_threads);
  Vector theta = Vector::Zero(loss.n_params());
  LbfgsParams lbfgs;
  lbfgs.max_iter = params_.max_iter;
  lbfgs.pgtol = params_.tol;
  LbfgsResult result;
  try {
    result =
        minimize_lbfgs([&loss](const Vector& x, Vector& g) { return loss(x, g); }, theta, lbfgs);
  } catch (const Error&) {
    // At zero coefficients every term is finite unless X holds NaN or infinity (y and the
    // weights were checked), so this saves a separate pass over X.
    if (internal::all_finite(X)) throw;
    throw Error(std::string(kName) + ".fit: X contains NaN or infinity");
  }

  const Eigen::Index rows = K == 2 ? 1 : K;
  coef_ = Eigen::Map<const Matrix>(theta.data(), rows, p);
  intercept_ = params_.fit_intercept ? Vector(theta.segment(rows * p, rows)) : Vector::Zero(rows);
  classes_ = Eigen::Map<const Vector>(labels.data(), K);
  n_iter_ = result.n_iter;
  n_fev_ = result.n_fev;
  objective_ = result.f;
  converged_ = result.converged;
  warning_.clear();
  if (!converged_)
    warning_ = std::string(kName) + ": lbfgs did not converge (" + result.message + " after " +
               std::to_string(n_iter_) + " iterations, max |gradient| " +
               str(result.grad_max_norm) + " > tol " + str(params_.tol) +
               "); increase max_iter or scale the data";
  metadata.n_samples = static_cast<std::size_t>(n);
  return *this;
}

void LogisticRegression::check_fitted() const {
  if (!fitted()) internal::not_fitted(kName);
}

void LogisticRegression::check_features(const Matrix& X) const {
  check_fitted();
  internal::check_n_features(kName, X, coef_.cols());
}

const Vector& LogisticRegression::classes() const {
  check_fitted();
  return classes_;
}
const Matrix& LogisticRegression::coef() const {
  check_fitted();
  return coef_;
}
const Vector& LogisticRegression::intercept() const {
  check_fitted();
  return intercept_;
}
int LogisticRegression::n_iter() const {
  check_fitted();
  return n_iter_;
}
int LogisticRegression::n_fev() const {
  check_fitted();
  return n_fev_;
}
double LogisticRegression::objective() const {
  check_fitted();
  return objective_;
}
bool LogisticRegression::converged() const {
  check_fitted();
  return converged_;
}

Matrix LogisticRegression::decision_function(const Matrix& X) const {
  check_features(X);
  Matrix scores(X.rows(), coef_.rows());
  scores.noalias() = X * coef_.transpose();
  scores.rowwise() += intercept_.transpose();
  return scores;
}

Matrix LogisticRegression::predict_proba(const Matrix& X) const {
  const Matrix scores = decision_function(X);
  Matrix proba(X.rows(), classes_.size());
  if (coef_.rows() == 1) {
    // scipy's expit, 1 / (1 + exp(-z)), as scikit-learn.
    proba.col(1).array() = 1.0 / (1.0 + (-scores.col(0).array()).exp());
    proba.col(0).array() = 1.0 - proba.col(1).array();
    return proba;
  }
  for (Eigen::Index i = 0; i < scores.rows(); ++i) {
    const double max = scores.row(i).maxCoeff();
    proba.row(i).array() = (scores.row(i).array() - max).exp();
    proba.row(i) /= proba.row(i).sum();
  }
  return proba;
}

Vector LogisticRegression::predict(const Matrix& X) const {
  const Matrix scores = decision_function(X);
  Vector labels(X.rows());
  for (Eigen::Index i = 0; i < scores.rows(); ++i) {
    Eigen::Index best = 0;
    if (scores.cols() == 1) {
      best = scores(i, 0) > 0.0 ? 1 : 0;
    } else {
      scores.row(i).maxCoeff(&best);  // First maximum, like numpy's argmax.
    }
    labels[i] = classes_[best];
  }
  return labels;
}

}  // namespace mlcore

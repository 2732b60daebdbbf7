#include "tree/fit_checks.hpp"

#include <algorithm>
#include <string>

#include "mlcore/error.hpp"

namespace mlcore::internal {

void check_tree_fit_input(const char* model, const Matrix& X, const Vector& y,
                          const Vector* sample_weight) {
  const std::string where = std::string(model) + ".fit: ";
  if (X.rows() == 0 || X.cols() == 0)
    throw Error(where + "X is empty (" + std::to_string(X.rows()) + "x" + std::to_string(X.cols()) +
                ")");
  if (y.size() != X.rows())
    throw Error(where + "y has " + std::to_string(y.size()) + " values, expected " +
                std::to_string(X.rows()) + " (one per row of X)");
  if (!X.allFinite()) throw Error(where + "X contains NaN or infinity");
  if (!y.allFinite()) throw Error(where + "y contains NaN or infinity");
  if (sample_weight) {
    const Vector& w = *sample_weight;
    if (w.size() != X.rows())
      throw Error(where + "sample_weight has " + std::to_string(w.size()) + " values, expected " +
                  std::to_string(X.rows()));
    if (!w.allFinite() || (w.array() < 0.0).any())
      throw Error(where + "sample_weight must be finite and >= 0");
    if (!(w.array() > 0.0).any()) throw Error(where + "sample_weight is zero for every row");
  }
}

void check_tree_predict_input(const char* model, const Matrix& X, int n_features) {
  if (X.cols() != n_features)
    throw Error(std::string(model) + ": X has " + std::to_string(X.cols()) +
                " features, but the model was fitted with " + std::to_string(n_features));
  if (!X.allFinite()) throw Error(std::string(model) + ": X contains NaN or infinity");
}

Vector encode_classes(const Vector& y, std::vector<std::int32_t>& index) {
  std::vector<double> labels(y.data(), y.data() + y.size());
  std::sort(labels.begin(), labels.end());
  labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
  index.resize(static_cast<std::size_t>(y.size()));
  for (Eigen::Index i = 0; i < y.size(); ++i) {
    const auto at = std::lower_bound(labels.begin(), labels.end(), y[i]);
    index[static_cast<std::size_t>(i)] = static_cast<std::int32_t>(at - labels.begin());
  }
  return Eigen::Map<const Vector>(labels.data(), static_cast<Eigen::Index>(labels.size()));
}

}  // namespace mlcore::internal

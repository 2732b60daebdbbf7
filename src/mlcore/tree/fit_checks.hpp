// Internal: input checks and label encoding shared by mlcore's trees and forests, so every tree
// model rejects bad input with the same messages.
#pragma once

#include <cstdint>
#include <vector>

#include "mlcore/linalg.hpp"

namespace mlcore::internal {

// Throws mlcore::Error("<model>.fit: ...") for an empty X, y or sample_weight of a length other
// than X.rows(), non-finite X or y, negative or non-finite weights, or all weights zero.
void check_tree_fit_input(const char* model, const Matrix& X, const Vector& y,
                          const Vector* sample_weight);

// Throws mlcore::Error("<model>: X has N features, but the model was fitted with M") or for
// non-finite X.
void check_tree_predict_input(const char* model, const Matrix& X, int n_features);

// Sorted unique labels of y (scikit-learn's classes_); index[i] = position of y[i] in them.
Vector encode_classes(const Vector& y, std::vector<std::int32_t>& index);

}  // namespace mlcore::internal

// Internal: the binary logistic loss and gradient of one block of rows with AVX2 + FMA, chosen at
// run time. The portable kernels (row_kernels.hpp) are compiled for the baseline x86-64 ISA that
// Debian targets (SSE2, no FMA): on 1M x 20 they ran at 4-6x the memory-bandwidth floor, bound by
// arithmetic. This path runs four rows at a time through dot product, exp, residual and gradient
// while the rows are still in L1, so X is read from memory once per evaluation.
#pragma once

#include <cstddef>

namespace mlcore::internal {

struct BinaryBlockSums {
  double loss;      // sum_i w_i (max(z_i, 0) - y_i z_i) [+ sum_i log1p(e^-|z_i|) when unweighted]
  double residual;  // sum_i r_i
};

// True when this CPU runs the AVX2/FMA kernel (checked once) and it has not been switched off
// (environment variable MLCORE_NO_AVX2, or the setter below).
bool binary_block_avx2_available();

// Tests: false selects the portable kernels until set back to true.
void set_binary_block_avx2_enabled(bool enabled);

// For the nb rows of X (row-major, p columns) with coefficients w and intercept b:
// z_i = x_i.w + b, r_i = sw_i (sigmoid(z_i) - y_i), e[i] = exp(-|z_i|), grad[0..p) = sum_i r_i x_i
// (overwritten). sw may be null (all ones); when it is not, the caller adds sum_i sw_i log1p(e_i)
// from e, exactly as the portable path. Call only when binary_block_avx2_available().
BinaryBlockSums binary_block_avx2(const double* X, std::ptrdiff_t nb, std::ptrdiff_t p,
                                  const double* w, double b, const double* y, const double* sw,
                                  double* e, double* grad);

}  // namespace mlcore::internal

// The binary logistic loss and gradient from both kernels (AVX2/FMA and portable) against a
// long-double reference written straight from the formula, over shapes that exercise every tail
// (rows not a multiple of 4, columns not a multiple of the vector width), sample weights, and
// scores large enough to reach the exp clamp.
#include <gtest/gtest.h>

#include <cmath>

#include "linear/binary_block_avx2.hpp"
#include "linear/logistic_loss.hpp"
#include "test_data.hpp"

namespace mlcore {
namespace {

struct Reference {
  double loss;
  Vector grad;
};

Reference reference(const Matrix& X, const Vector& y, const Vector& sw, const Vector& params,
                    bool intercept, double C) {
  const Eigen::Index n = X.rows(), p = X.cols();
  long double loss = 0;
  std::vector<long double> grad(static_cast<std::size_t>(params.size()), 0.0L);
  for (Eigen::Index i = 0; i < n; ++i) {
    long double z = intercept ? params[p] : 0.0;
    for (Eigen::Index j = 0; j < p; ++j) z += static_cast<long double>(X(i, j)) * params[j];
    const long double w = sw.size() ? sw[i] : 1.0;
    loss += w * (std::log1p(std::exp(-std::fabs(z))) + std::max(z, 0.0L) - y[i] * z);
    const long double r = w * (1.0L / (1.0L + std::exp(-z)) - y[i]);
    for (Eigen::Index j = 0; j < p; ++j) grad[static_cast<std::size_t>(j)] += r * X(i, j);
    if (intercept) grad[static_cast<std::size_t>(p)] += r;
  }
  for (Eigen::Index j = 0; j < p; ++j) {
    loss += 0.5L / C * params[j] * params[j];
    grad[static_cast<std::size_t>(j)] += params[j] / C;
  }
  Reference out{static_cast<double>(loss), Vector(params.size())};
  for (Eigen::Index j = 0; j < params.size(); ++j)
    out.grad[j] = static_cast<double>(grad[static_cast<std::size_t>(j)]);
  return out;
}

// Loss and gradient of one shape through both kernels, against the reference.
void expect_kernels_match(int n, int p, bool weighted, bool intercept, double scale) {
  SCOPED_TRACE(::testing::Message() << "n=" << n << " p=" << p << " weighted=" << weighted
                                    << " intercept=" << intercept << " scale=" << scale);
  Matrix X;
  Vector y;
  testing_data::make_classification(n, p, 2, 7 + static_cast<std::uint64_t>(n * 31 + p), X, y,
                                    Vector::LinSpaced(2, 0.0, 1.0));
  X *= scale;  // scale 40: |z| in the hundreds, where exp(-|z|) meets its clamp.
  testing_data::Rng rng(99);
  Vector sw;
  if (weighted) {
    sw.resize(n);
    for (Eigen::Index i = 0; i < n; ++i) sw[i] = 0.25 + 2.0 * rng.uniform();
  }
  internal::LogisticLoss loss(X, y, sw, 2, intercept, 0.7);
  Vector params(loss.n_params());
  for (Eigen::Index j = 0; j < params.size(); ++j) params[j] = rng.normal() * 0.8;
  const Reference want = reference(X, y, sw, params, intercept, 0.7);

  for (bool avx2 : {true, false}) {
    internal::set_binary_block_avx2_enabled(avx2);
    SCOPED_TRACE(avx2 ? "AVX2 kernel" : "portable kernel");
    if (avx2 && !internal::binary_block_avx2_available()) continue;  // CPU without AVX2.
    Vector grad(loss.n_params());
    const double got = loss(params, grad);
    EXPECT_NEAR(got, want.loss, 1e-12 * std::max(1.0, std::fabs(want.loss)));
    const double grad_scale = std::max(1.0, want.grad.cwiseAbs().maxCoeff());
    for (Eigen::Index j = 0; j < grad.size(); ++j)
      EXPECT_NEAR(grad[j], want.grad[j], 1e-12 * grad_scale) << "gradient element " << j;
  }
  internal::set_binary_block_avx2_enabled(true);
}

TEST(LogisticKernels, BothKernelsMatchTheFormulaOnEveryTail) {
  for (int n : {1, 3, 4, 7, 130, 4099})
    for (int p : {1, 3, 4, 5, 8, 20, 50})
      for (bool weighted : {false, true})
        for (bool intercept : {false, true})
          for (double scale : {1.0, 40.0}) expect_kernels_match(n, p, weighted, intercept, scale);
}

TEST(LogisticKernels, ThisMachineRunsTheAvx2Kernel) {
  // CI and the benchmarks run on AVX2 machines: a broken CPU check would silently fall back.
  if (!__builtin_cpu_supports("avx2") || !__builtin_cpu_supports("fma"))
    GTEST_SKIP() << "CPU without AVX2/FMA";
  EXPECT_TRUE(internal::binary_block_avx2_available());
}

}  // namespace
}  // namespace mlcore

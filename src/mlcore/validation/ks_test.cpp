// Two-sample KS: statistic, exact lattice-path p-values, asymptotic fallback.
#include "mlcore/validation/ks_test.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>

#include "kolmogorov.hpp"
#include "mlcore/error.hpp"

namespace mlcore {
namespace {

// Largest sample scipy's "auto" still treats exactly.
constexpr std::size_t kMaxAutoExactN = 10000;

// Pr(D_{n,n} >= h/n) = 2 (A0 (1 - A1 (1 - A2 (...)))) with A_k = binom(2n, n - (k+1)h) /
// binom(2n, n - kh) expanded as h simple ratios; Horner form avoids the alternating sum's
// cancellation. Same order of operations as scipy's _compute_prob_outside_square.
double prob_outside_square(std::int64_t n, std::int64_t h) {
  double P = 0.0;
  for (std::int64_t k = n / h; k >= 0; --k) {
    double p1 = 1.0;
    for (std::int64_t j = 0; j < h; ++j) {
      p1 = static_cast<double>(n - k * h - j) * p1 / static_cast<double>(n + k * h + j + 1);
    }
    P = p1 * (1.0 - P);
  }
  return 2 * P;
}

// 1 - (paths from (0,0) to (m,n) staying strictly inside |x/m - y/n| < h/lcm) / binom(m+n, n),
// computed directly as a proportion one column at a time over a sliding window (Viehmann's
// recursion as in scipy's _compute_outer_prob_inside_method), so nothing overflows.
double outer_prob_inside(std::int64_t m, std::int64_t n, std::int64_t g, std::int64_t h) {
  if (m < n) std::swap(m, n);
  const std::int64_t mg = m / g;
  const std::int64_t ng = n / g;
  const auto dmg = static_cast<double>(mg);
  std::int64_t minj = 0;
  std::int64_t maxj =
      std::min(static_cast<std::int64_t>(std::ceil(static_cast<double>(h) / dmg)), n + 1);
  std::int64_t curlen = maxj - minj;
  const std::int64_t len = std::min(2 * maxj + 2, n + 1);
  std::vector<double> A(static_cast<std::size_t>(len), 1.0);
  for (std::int64_t j = minj; j < std::min(maxj, len); ++j) A[static_cast<std::size_t>(j)] = 0.0;
  for (std::int64_t i = 1; i <= m; ++i) {
    const std::int64_t lastminj = minj;
    const std::int64_t lastlen = curlen;
    minj =
        std::max(static_cast<std::int64_t>(std::floor(static_cast<double>(ng * i - h) / dmg)) + 1,
                 std::int64_t{0});
    minj = std::min(minj, n);
    maxj = std::min(static_cast<std::int64_t>(std::ceil(static_cast<double>(ng * i + h) / dmg)),
                    n + 1);
    if (maxj <= minj) return 1.0;
    double val = minj == 0 ? 0.0 : 1.0;
    const auto di = static_cast<double>(i);
    for (std::int64_t jj = 0; jj < maxj - minj; ++jj) {
      const std::int64_t j = jj + minj;
      val =
          (A[static_cast<std::size_t>(jj + minj - lastminj)] * di + val * static_cast<double>(j)) /
          static_cast<double>(i + j);
      A[static_cast<std::size_t>(jj)] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) {
      const std::int64_t end = std::min(maxj - minj + (lastlen - curlen), len);
      for (std::int64_t j = maxj - minj; j < end; ++j) A[static_cast<std::size_t>(j)] = 1.0;
    }
  }
  return A[static_cast<std::size_t>(maxj - minj - 1)];
}

double ks_statistic(const std::vector<double>& a, const std::vector<double>& b) {
  const auto n1 = static_cast<double>(a.size());
  const auto n2 = static_cast<double>(b.size());
  double max_diff = -std::numeric_limits<double>::infinity();
  double min_diff = std::numeric_limits<double>::infinity();
  std::size_t i = 0, j = 0;
  // Walk the distinct pooled values; at each, count values <= it in both samples (scipy's
  // searchsorted(side="right")) and form cdf1 - cdf2 with the same divisions.
  while (i < a.size() || j < b.size()) {
    const double x = (j >= b.size() || (i < a.size() && a[i] <= b[j])) ? a[i] : b[j];
    while (i < a.size() && a[i] <= x) ++i;
    while (j < b.size() && b[j] <= x) ++j;
    const double diff = static_cast<double>(i) / n1 - static_cast<double>(j) / n2;
    max_diff = std::max(max_diff, diff);
    min_diff = std::min(min_diff, diff);
  }
  const double min_s = std::min(std::max(-min_diff, 0.0), 1.0);
  return min_s > max_diff ? min_s : max_diff;
}

double asymptotic_pvalue(std::size_t n1, std::size_t n2, double d) {
  const double m = static_cast<double>(std::max(n1, n2));
  const double n = static_cast<double>(std::min(n1, n2));
  const double en = m * n / (m + n);
  // np.round rounds half to even; nearbyint does too in the default rounding mode.
  const auto N = static_cast<long>(std::nearbyint(en));
  return internal::kolmogorov_two_sided_sf(N, d);
}

void check_sample(const std::vector<double>& sample, const char* which) {
  if (sample.empty()) throw Error(std::string("ks_2samp: ") + which + " must not be empty");
  for (double v : sample) {
    if (std::isnan(v)) throw Error(std::string("ks_2samp: ") + which + " contains NaN");
  }
}

}  // namespace

KsResult ks_2samp(std::vector<double> sample1, std::vector<double> sample2, KsMethod method) {
  check_sample(sample1, "sample1");
  check_sample(sample2, "sample2");
  std::sort(sample1.begin(), sample1.end());
  std::sort(sample2.begin(), sample2.end());
  const std::size_t n1 = sample1.size();
  const std::size_t n2 = sample2.size();
  KsResult result;
  result.statistic = ks_statistic(sample1, sample2);

  const auto g = static_cast<std::int64_t>(std::gcd(n1, n2));
  const auto n1g = static_cast<std::int64_t>(n1) / g;
  const auto n2g = static_cast<std::int64_t>(n2) / g;
  bool exact = false;
  if (method == KsMethod::kAuto) {
    exact = std::max(n1, n2) <= kMaxAutoExactN;
  } else if (method == KsMethod::kExact) {
    exact =
        static_cast<double>(n1g) <
        static_cast<double>(std::numeric_limits<std::int32_t>::max()) / static_cast<double>(n2g);
  }
  if (exact) {
    const std::int64_t lcm = n1g * static_cast<std::int64_t>(n2);
    const auto h =
        static_cast<std::int64_t>(std::nearbyint(result.statistic * static_cast<double>(lcm)));
    const double snapped = static_cast<double>(h) / static_cast<double>(lcm);
    double p = 1.0;
    if (h != 0) {
      p = n1 == n2 ? prob_outside_square(static_cast<std::int64_t>(n1), h)
                   : outer_prob_inside(static_cast<std::int64_t>(n1), static_cast<std::int64_t>(n2),
                                       g, h);
    }
    result.statistic = snapped;
    if (p >= 0.0 && p <= 1.0) {
      result.pvalue = p;
      result.method_used = KsMethod::kExact;
      return result;
    }
  }
  result.method_used = KsMethod::kAsymptotic;
  const double p = asymptotic_pvalue(n1, n2, result.statistic);
  result.pvalue = std::isnan(p) ? p : std::min(1.0, std::max(0.0, p));
  return result;
}

}  // namespace mlcore

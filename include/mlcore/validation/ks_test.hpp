// Two-sample Kolmogorov-Smirnov test (two-sided), matching scipy.stats.ks_2samp (scipy 1.10).
//
// statistic D = max |F1(x) - F2(x)| over the pooled values, with empirical CDFs counting values
// <= x (ties handled exactly). method:
//   - kAuto (scipy's default): kExact when max(n1, n2) <= 10000, else kAsymptotic.
//   - kExact: the exact null distribution by lattice-path counting. n1 == n2 uses the closed
//     alternating sum (scipy's _compute_prob_outside_square); otherwise the column-by-column
//     recursion for 1 - P of Hodges' inside method (Viehmann 2021). As in scipy, D is snapped to
//     h / lcm(n1, n2) with h = round-half-even(D lcm) and that snapped value is returned. When
//     lcm(n1, n2) does not fit scipy's int32 bound, or the recursion leaves [0, 1], it falls back
//     to kAsymptotic (method_used says which ran).
//   - kAsymptotic: P(D_N >= D) of the one-sample distribution at N = round(n1 n2 / (n1 + n2))
//     (scipy: kstwo.sf(D, round(en))).
// Agreement with scipy (checked by tests/golden/validation): the exact path uses scipy's
// arithmetic step for step, so p-values agree to the last bits (tests allow 1e-10 relative for
// a different compiler's rounding); the asymptotic path picks scipy's method for each (N, D) but
// evaluates it with its own arithmetic (see src/mlcore/validation/kolmogorov.hpp): agreement to
// about 1e-10 relative. The statistic is bit-identical on both paths.
//
// Only the two-sided alternative is offered (the drift report needs no other).
//
// Thread safety: pure function of its arguments.
#pragma once

#include <cstddef>
#include <vector>

namespace mlcore {

enum class KsMethod { kAuto, kExact, kAsymptotic };

struct KsResult {
  double statistic = 0;  // D (snapped to h / lcm on the exact path, as scipy returns it)
  double pvalue = 1;
  KsMethod method_used = KsMethod::kExact;  // kExact or kAsymptotic, never kAuto
};

// Throws mlcore::Error when a sample is empty or contains NaN (infinities are values).
KsResult ks_2samp(std::vector<double> sample1, std::vector<double> sample2,
                  KsMethod method = KsMethod::kAuto);

}  // namespace mlcore

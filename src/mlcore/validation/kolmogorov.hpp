// Internal: tail probabilities of the one-sample Kolmogorov-Smirnov statistics, used by
// ks_2samp's asymptotic p-value (scipy evaluates it as kstwo.sf(d, round(m n / (m + n)))).
//
// These follow the method choice of scipy 1.10's scipy.stats._ksstats._kolmogn (Simard and
// L'Ecuyer 2011): Ruben-Gambino closed forms at the ends, the Durbin matrix (Marsaglia-Tsang-Wang)
// and Pomeranz recursions for small n d^2, the Pelz-Good expansion for large n, and 2 x the
// one-sided Smirnov tail where the two one-sided events cannot overlap. The branch chosen for each
// (n, d) is the same as scipy's; the arithmetic inside a branch is our own (matrix products,
// convolutions, and a long double Birnbaum-Tingey sum for the Smirnov tail where scipy uses
// double-double), so values agree to about 1e-12 relative, not bit for bit.
#pragma once

namespace mlcore::internal {

// P(D_n >= d) for the two-sided statistic D_n = sup |F_n - F| of n uniform samples; n >= 1.
double kolmogorov_two_sided_sf(long n, double d);

// P(D_n^+ >= d) for the one-sided statistic (scipy.special.smirnov); n >= 1, 0 <= d <= 1.
double smirnov_sf(long n, double d);

}  // namespace mlcore::internal

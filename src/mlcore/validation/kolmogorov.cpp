// One-sample Kolmogorov-Smirnov distributions; see kolmogorov.hpp for the method map.
#include "kolmogorov.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "mlcore/linalg.hpp"

namespace mlcore::internal {
namespace {

constexpr double kPi = 3.14159265358979323846;
const double kTwoPow128 = std::ldexp(1.0, 128);
const double kTwoPowMinus128 = std::ldexp(1.0, -128);

double clip01(double p) { return std::min(1.0, std::max(0.0, p)); }

// log(n! / n^n) by Stirling's series with n log n removed up front (no cancellation).
double log_factorial_over_power(double n) {
  static const double kStirling[] = {-2.955065359477124183e-2,  6.4102564102564102564e-3,
                                     -1.9175269175269175269e-3, 8.4175084175084175084e-4,
                                     -5.952380952380952381e-4,  7.9365079365079365079e-4,
                                     -2.7777777777777777778e-3, 8.3333333333333333333e-2};
  const double rn = 1.0 / n;
  double poly = 0;
  for (double c : kStirling) poly = poly * (rn / n) + c;
  return std::log(n) / 2 - n + std::log(2 * kPi) / 2 + rn * poly;
}

// P(D_n <= d) by Durbin's matrix: the (k, k) entry of H^n scaled by n!/n^n, with d = (k - h)/n.
// Matrix powers by squaring, rescaled by 2^128 to stay in range; O(m^2 log n) for m = 2k - 1.
double durbin_cdf(long n, double d) {
  if (d >= 1.0) return 1.0;
  const double nd = static_cast<double>(n) * d;
  if (nd <= 0.5) return 0.0;
  const auto k = static_cast<Eigen::Index>(std::ceil(nd));
  const double h = static_cast<double>(k) - nd;
  const Eigen::Index m = 2 * k - 1;
  Matrix H = Matrix::Zero(m, m);
  std::vector<double> v(static_cast<std::size_t>(m)), w(static_cast<std::size_t>(m));
  double fac = 1.0;
  for (Eigen::Index j = 1; j <= m; ++j) {
    const auto jj = static_cast<std::size_t>(j - 1);
    v[jj] = 1.0 - std::pow(h, static_cast<double>(j));
    w[jj] = fac;
    fac /= static_cast<double>(j);
    v[jj] *= fac;
  }
  const double tt = std::pow(std::max(2 * h - 1.0, 0.0), static_cast<double>(m)) -
                    2 * std::pow(h, static_cast<double>(m));
  v.back() = (1.0 + tt) * fac;
  for (Eigen::Index i = 1; i < m; ++i) {
    for (Eigen::Index r = i - 1; r < m; ++r) H(r, i) = w[static_cast<std::size_t>(r - (i - 1))];
  }
  for (Eigen::Index r = 0; r < m; ++r) H(r, 0) = v[static_cast<std::size_t>(r)];
  for (Eigen::Index c = 0; c < m; ++c) H(m - 1, c) = v[static_cast<std::size_t>(m - 1 - c)];

  Matrix power = Matrix::Identity(m, m);
  int exponent = 0, h_exponent = 0;
  for (long nn = n; nn > 0; nn /= 2) {
    if (nn % 2) {
      power = (power * H).eval();
      exponent += h_exponent;
    }
    H = (H * H).eval();
    h_exponent *= 2;
    if (std::abs(H(k - 1, k - 1)) > kTwoPow128) {
      H /= kTwoPow128;
      h_exponent += 128;
    }
  }
  double p = power(k - 1, k - 1);
  for (long i = 1; i <= n; ++i) {
    p = static_cast<double>(i) * p / static_cast<double>(n);
    if (std::abs(p) < kTwoPowMinus128) {
      p *= kTwoPow128;
      exponent -= 128;
    }
  }
  if (exponent != 0) p = std::ldexp(p, exponent);
  return clip01(p);
}

// Row i's band [j1, j2] of non-zero entries in Pomeranz's recursion.
void pomeranz_band(long i, long n, long ll, long ceilf, long roundf, long& j1, long& j2) {
  if (i == 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const long half = (i + 1) / 2;
    if ((i + 1) % 2 == 0) {
      if (half == n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = half - 1 - ll - roundf - 1;
        j2 = half + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundf - 1;
    }
  }
  j1 = std::max(j1 + 2, 0L);
  j2 = std::min(j2, n);
}

// P(D_n <= d) by Pomeranz's recursion: each row is the previous one convolved with (almost)
// Poisson probabilities; only a band of each row is non-zero.
double pomeranz_cdf(long n, double d) {
  const double t = static_cast<double>(n) * d;
  const auto ll = static_cast<long>(std::floor(t));
  const double f = t - static_cast<double>(ll);
  const double g = std::min(f, 1.0 - f);
  const long ceilf = f > 0 ? 1 : 0;
  const long roundf = f > 0.5 ? 1 : 0;
  const auto npwrs = static_cast<std::size_t>(2 * (ll + 1));
  std::vector<double> gpower(npwrs), twogpower(npwrs), onem2gpower(npwrs);
  gpower[0] = twogpower[0] = onem2gpower[0] = 1.0;
  const double dn = static_cast<double>(n);
  const double g_over_n = g / dn, two_g_over_n = 2 * g / dn, rest_over_n = (1 - 2 * g) / dn;
  for (std::size_t m = 1; m < npwrs; ++m) {
    const double dm = static_cast<double>(m);
    gpower[m] = gpower[m - 1] * g_over_n / dm;
    twogpower[m] = twogpower[m - 1] * two_g_over_n / dm;
    onem2gpower[m] = onem2gpower[m - 1] * rest_over_n / dm;
  }
  std::vector<double> V0(npwrs, 0.0), V1(npwrs, 0.0);
  V1[0] = 1;
  long V0s = 0, V1s = 0, j1 = 0, j2 = 0;
  int exponent = 0;
  pomeranz_band(0, n, ll, ceilf, roundf, j1, j2);
  auto at = [&](const std::vector<double>& row, long index) {
    return index >= 0 && static_cast<std::size_t>(index) < row.size()
               ? row[static_cast<std::size_t>(index)]
               : 0.0;
  };
  for (long i = 1; i < 2 * n + 2; ++i) {
    const long k1 = j1;
    std::swap(V0, V1);
    std::swap(V0s, V1s);
    std::fill(V1.begin(), V1.end(), 0.0);
    pomeranz_band(i, n, ll, ceilf, roundf, j1, j2);
    const std::vector<double>& pwrs =
        (i == 1 || i == 2 * n + 1) ? gpower : (i % 2 ? twogpower : onem2gpower);
    const long ln2 = j2 - k1 + 1;
    if (ln2 <= 0) continue;
    // Entry c of the full convolution of V0[k1 - V0s, +ln2) with pwrs[0, ln2).
    const long conv_start = j1 - k1;
    const long conv_len = j2 - j1 + 1;
    double biggest = 0;
    for (long c = 0; c < conv_len; ++c) {
      const long out = conv_start + c;
      double sum = 0;
      for (long a = std::max(0L, out - ln2 + 1); a <= std::min(out, ln2 - 1); ++a) {
        sum += at(V0, k1 - V0s + a) * at(pwrs, out - a);
      }
      V1[static_cast<std::size_t>(c)] = sum;
      biggest = std::max(biggest, sum);
    }
    if (biggest > 0 && biggest < kTwoPowMinus128) {
      for (double& value : V1) value *= kTwoPow128;
      exponent -= 128;
    }
    V1s = V0s + j1 - k1;
  }
  double answer = at(V1, n - V1s);
  for (long m = 1; m <= n; ++m) {
    if (std::abs(answer) > kTwoPow128) {
      answer *= kTwoPowMinus128;
      exponent += 128;
    }
    answer *= static_cast<double>(m);
  }
  if (exponent != 0) answer = std::ldexp(answer, exponent);
  return clip01(answer);
}

// Pelz-Good asymptotic expansion of P(D_n <= d) (Li-Chien/Korolyuk terms through n^-1.5,
// rewritten with Jacobi theta identities for small z = d sqrt(n)).
double pelz_good_cdf(long n, double d) {
  if (d <= 0.0) return 0.0;
  if (d >= 1.0) return 1.0;
  const double dn = static_cast<double>(n);
  const double z = std::sqrt(dn) * d;
  const double z2 = std::pow(z, 2), z3 = std::pow(z, 3), z4 = std::pow(z, 4), z6 = std::pow(z, 6);
  const double pi2 = std::pow(kPi, 2), pi4 = std::pow(kPi, 4), pi6 = std::pow(kPi, 6);
  const double qlog = -pi2 / 8 / z2;
  if (qlog < -708) return 0.0;
  double q = std::exp(qlog);
  const double k1a = -z2, k1b = pi2 / 4;
  const double k2a = 6 * z6 + 2 * z4, k2b = (2 * z4 - 5 * z2) * pi2 / 4,
               k2c = pi4 * (1 - 2 * z2) / 16;
  const double k3d = pi6 * (5 - 30 * z2) / 64, k3c = pi4 * (-60 * z2 + 212 * z4) / 16,
               k3b = pi2 * (135 * z4 - 96 * z6) / 4, k3a = -30 * z6 - 90 * std::pow(z, 8);
  double K[4] = {0, 0, 0, 0};
  const auto maxk = static_cast<long>(std::ceil(16 * z / kPi));
  for (long k = maxk; k > 0; --k) {
    const double m = static_cast<double>(2 * k - 1);
    const double m2 = std::pow(m, 2), m4 = std::pow(m, 4), m6 = std::pow(m, 6);
    const double qpower = std::pow(q, static_cast<double>(8 * k));
    const double coeffs[4] = {1.0, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4,
                              k3a + k3b * m2 + k3c * m4 + k3d * m6};
    for (int i = 0; i < 4; ++i) K[i] = K[i] * qpower + coeffs[i];
  }
  const double sqrt2pi = std::sqrt(2 * kPi);
  const double divisors[4] = {z, 6 * z4, 72 * std::pow(z, 7), 6480 * std::pow(z, 10)};
  for (int i = 0; i < 4; ++i) K[i] = K[i] * q * sqrt2pi / divisors[i];
  q = std::exp(-pi2 / 2 / z2);
  const double sqrt3z = std::sqrt(3.0) * z;
  double k2extra = 0, k3extra = 0;
  for (long k = maxk; k > 0; --k) {
    const double kk = static_cast<double>(k);
    const double ks2 = kk * kk;
    const double qp = std::pow(q, ks2);
    const double kspi = kPi * kk;
    k2extra += ks2 * qp;
    k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ks2 * qp;
  }
  K[2] += k2extra * (pi2 * sqrt2pi / (-36 * z3));
  K[3] += k3extra * (pi2 * sqrt2pi / (216 * z6));
  double sum = 0;
  for (int i = 0; i < 4; ++i) sum += K[i] / std::pow(dn, i / 2.0);
  return sum;
}

}  // namespace

double smirnov_sf(long n, double d) {
  if (!(n > 0 && d >= 0.0 && d <= 1.0)) return std::numeric_limits<double>::quiet_NaN();
  if (n == 1) return 1 - d;
  if (d == 0.0) return 1.0;
  if (d == 1.0) return 0.0;
  const double dn = static_cast<double>(n);
  // floor(n d) from the exact product n d = p + e (fma gives the rounding error e).
  const double p = dn * d;
  const double e = std::fma(dn, d, -p);
  double floor_nd = std::floor(p);
  if (p == floor_nd && e < 0) floor_nd -= 1;
  const long nxfl = static_cast<long>(floor_nd);
  const bool on_grid = (p == floor_nd && e == 0);
  if (nxfl == 0 || (nxfl == 1 && on_grid)) {
    // d <= 1/n: P(D+ < d) = d (1 + d)^(n - 1).
    const long double cdf = d * std::pow(1.0L + d, static_cast<long double>(n - 1));
    return clip01(static_cast<double>(1.0L - cdf));
  }
  if (-2 * dn * d * d < -708.3964185322641) return 0.0;
  if (nxfl >= n - 1) return clip01(std::pow(1.0 - d, dn));
  if (n > 1000000) return clip01(std::exp(-std::pow(6.0 * dn * d + 1, 2) / 18.0 / dn));
  // Birnbaum-Tingey: P(D+ >= d) = d sum_{v=0}^{floor(n(1-d))} C(n,v) (d + v/n)^(v-1)
  // (1 - d - v/n)^(n-v); every term is positive, so long double logs keep ~1e-15 relative.
  // The v = n(1 - d) term (d on the 1/n grid) is zero, so the sum stops one before it either way.
  const long last = n - nxfl - 1;
  const long double ld = d;
  const long double lgn = std::lgamma(static_cast<long double>(n) + 1);
  long double sum = 0;
  for (long v = 0; v <= last; ++v) {
    const long double lv = v;
    const long double up = ld + lv / n;
    const long double down = static_cast<long double>(n - v) / n - ld;
    if (down <= 0) break;
    const long double log_term = lgn - std::lgamma(lv + 1) - std::lgamma(n - lv + 1) +
                                 (lv - 1) * std::log(up) + (n - lv) * std::log(down);
    sum += std::exp(log_term);
  }
  return clip01(static_cast<double>(ld * sum));
}

double kolmogorov_two_sided_sf(long n, double d) {
  if (n <= 0) return std::numeric_limits<double>::quiet_NaN();
  if (d >= 1.0) return 0.0;
  if (d <= 0.0) return 1.0;
  const double dn = static_cast<double>(n);
  const double t = dn * d;
  if (t <= 1.0) {  // Ruben-Gambino: P(D_n <= d) = n!/n^n (2t - 1)^n for 1/2n <= d <= 1/n.
    if (t <= 0.5) return 1.0;
    double prob;
    if (n <= 140) {
      prob = 1.0;
      for (long i = 1; i <= n; ++i) prob *= static_cast<double>(i) * (1.0 / dn) * (2 * t - 1);
    } else {
      prob = std::exp(log_factorial_over_power(dn) + dn * std::log(2 * t - 1));
    }
    return clip01(1.0 - prob);
  }
  if (t >= dn - 1) return clip01(2 * std::pow(1.0 - d, dn));  // Ruben-Gambino upper end
  if (d >= 0.5) return clip01(2 * smirnov_sf(n, d));          // D+ and D- cannot both exceed d
  const double nd2 = t * d;
  if (n <= 140) {
    if (nd2 <= 0.754693) return clip01(1.0 - durbin_cdf(n, d));
    if (nd2 <= 4) return clip01(1.0 - pomeranz_cdf(n, d));
    return clip01(2 * smirnov_sf(n, d));
  }
  if (nd2 >= 370.0) return 0.0;
  if (nd2 >= 2.2) return clip01(2 * smirnov_sf(n, d));
  const double cdf =
      (n <= 100000 && dn * std::pow(d, 1.5) <= 1.4) ? durbin_cdf(n, d) : pelz_good_cdf(n, d);
  return clip01(1.0 - clip01(cdf));
}

}  // namespace mlcore::internal

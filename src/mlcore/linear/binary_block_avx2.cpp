// AVX2 + FMA kernel of binary_block_avx2.hpp.
//
// Only the functions marked MLCORE_AVX2 are compiled for AVX2; the rest of the library (and
// every inline function this file pulls from headers) keeps the baseline ISA, so no AVX code
// can leak into a COMDAT that a baseline caller might pick. That is why this file uses raw
// intrinsics rather than Eigen packets (Eigen chooses its packet type from the compile flags of
// the whole translation unit) and its own exp.
#include "linear/binary_block_avx2.hpp"

#include <immintrin.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>

#define MLCORE_AVX2 __attribute__((target("avx2,fma")))

namespace mlcore::internal {
namespace {

constexpr std::ptrdiff_t kPrefetchRows = 64;

// exp(x) = num / den for x <= 0, to within 1-2 ulp: Cephes' rational approximation on
// [-ln2/2, ln2/2] (the one Eigen's pexp uses), e^r = (Q + P) / (Q - P), scaled by 2^n. Returned
// as a fraction because the callers divide again (sigmoid = 1 / (1 + e)): with the parts, one
// division serves both. x is clamped at -708.39, where e^x ~ 2.5e-308 is still a normal double;
// only log1p(e^x) ~ e^x and the sigmoid use it, so the clamp is invisible.
struct Fraction {
  __m256d num, den;
};

MLCORE_AVX2 inline Fraction exp_nonpositive(__m256d x) {
  x = _mm256_max_pd(x, _mm256_set1_pd(-708.39));
  const __m256d n = _mm256_round_pd(_mm256_mul_pd(x, _mm256_set1_pd(1.4426950408889634073599)),
                                    _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
  x = _mm256_fnmadd_pd(n, _mm256_set1_pd(0.693145751953125), x);
  x = _mm256_fnmadd_pd(n, _mm256_set1_pd(1.42860682030941723212e-6), x);
  const __m256d x2 = _mm256_mul_pd(x, x);
  __m256d px = _mm256_fmadd_pd(_mm256_set1_pd(1.26177193074810590878e-4), x2,
                               _mm256_set1_pd(3.02994407707441961300e-2));
  px = _mm256_fmadd_pd(px, x2, _mm256_set1_pd(9.99999999999999999910e-1));
  px = _mm256_mul_pd(px, x);
  __m256d qx = _mm256_fmadd_pd(_mm256_set1_pd(3.00198505138664455042e-6), x2,
                               _mm256_set1_pd(2.52448340349684104192e-3));
  qx = _mm256_fmadd_pd(qx, x2, _mm256_set1_pd(2.27265548208155028766e-1));
  qx = _mm256_fmadd_pd(qx, x2, _mm256_set1_pd(2.00000000000000000009e0));
  // 2^n for integral n in [-1022, 0]: n + 1023 lands in the low mantissa bits of the sum with
  // 1.5 * 2^52; subtracting that constant's bits leaves the integer, shifted into the exponent.
  const __m256d magic = _mm256_set1_pd(6755399441055744.0);
  const __m256i biased = _mm256_sub_epi64(
      _mm256_castpd_si256(_mm256_add_pd(n, _mm256_add_pd(magic, _mm256_set1_pd(1023.0)))),
      _mm256_castpd_si256(magic));
  const __m256d scale = _mm256_castsi256_pd(_mm256_slli_epi64(biased, 52));
  return {_mm256_mul_pd(scale, _mm256_add_pd(qx, px)), _mm256_sub_pd(qx, px)};
}

MLCORE_AVX2 inline double sum_lanes(__m256d v) {
  const __m128d s = _mm_add_pd(_mm256_castpd256_pd128(v), _mm256_extractf128_pd(v, 1));
  return _mm_cvtsd_f64(_mm_add_sd(s, _mm_unpackhi_pd(s, s)));
}

MLCORE_AVX2 inline double product_of_lanes(__m256d v) {
  const __m128d s = _mm_mul_pd(_mm256_castpd256_pd128(v), _mm256_extractf128_pd(v, 1));
  return _mm_cvtsd_f64(_mm_mul_sd(s, _mm_unpackhi_pd(s, s)));
}

// Lanes [0, count) of a 4-lane mask for maskload/maskstore.
MLCORE_AVX2 inline __m256i first_lanes(std::ptrdiff_t count) {
  const __m256i index = _mm256_set_epi64x(3, 2, 1, 0);
  return _mm256_cmpgt_epi64(_mm256_set1_epi64x(count), index);
}

}  // namespace

namespace {
// MLCORE_NO_AVX2=1 in the environment selects the portable kernels (tests of that path, or a
// suspected miscompile); set_binary_block_avx2_enabled() does the same from a test.
std::atomic<bool>& avx2_enabled() {
  static std::atomic<bool> enabled{std::getenv("MLCORE_NO_AVX2") == nullptr};
  return enabled;
}
}  // namespace

bool binary_block_avx2_available() {
  static const bool supported = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  return supported && avx2_enabled().load(std::memory_order_relaxed);
}

void set_binary_block_avx2_enabled(bool enabled) { avx2_enabled().store(enabled); }

MLCORE_AVX2 BinaryBlockSums binary_block_avx2(const double* X, std::ptrdiff_t nb, std::ptrdiff_t p,
                                              const double* w, double b, const double* y,
                                              const double* sw, double* e, double* grad) {
  const std::ptrdiff_t pv = p - p % 4;
  const __m256i tail = first_lanes(p % 4);
  const __m256d zero = _mm256_setzero_pd(), one = _mm256_set1_pd(1.0);
  const __m256d bias = _mm256_set1_pd(b);
  for (std::ptrdiff_t j = 0; j < p; ++j) grad[j] = 0.0;

  __m256d loss = zero, residual = zero, numerators = one, denominators = one;
  double log_products = 0.0;
  int since_flush = 0;
  std::ptrdiff_t i = 0;
  for (; i + 4 <= nb; i += 4) {
    const double* x0 = X + i * p;
    const double* x1 = x0 + p;
    const double* x2 = x1 + p;
    const double* x3 = x2 + p;
    // The hardware prefetcher alone left the first touch of each row waiting on memory (a third
    // of the time on 1M x 20); asking for the group kPrefetchRows ahead keeps the stream ahead.
    {
      const char* ahead = reinterpret_cast<const char*>(x0 + kPrefetchRows * p);
      const char* end = reinterpret_cast<const char*>(X + nb * p);
      for (std::ptrdiff_t off = 0; off < 4 * p * 8 && ahead + off < end; off += 64)
        _mm_prefetch(ahead + off, _MM_HINT_T0);
    }
    // z for four rows: four accumulators, then a 4x4 transpose-and-add into one vector.
    __m256d a0 = zero, a1 = zero, a2 = zero, a3 = zero;
    for (std::ptrdiff_t j = 0; j < pv; j += 4) {
      const __m256d wj = _mm256_loadu_pd(w + j);
      a0 = _mm256_fmadd_pd(_mm256_loadu_pd(x0 + j), wj, a0);
      a1 = _mm256_fmadd_pd(_mm256_loadu_pd(x1 + j), wj, a1);
      a2 = _mm256_fmadd_pd(_mm256_loadu_pd(x2 + j), wj, a2);
      a3 = _mm256_fmadd_pd(_mm256_loadu_pd(x3 + j), wj, a3);
    }
    if (pv < p) {
      const __m256d wj = _mm256_maskload_pd(w + pv, tail);
      a0 = _mm256_fmadd_pd(_mm256_maskload_pd(x0 + pv, tail), wj, a0);
      a1 = _mm256_fmadd_pd(_mm256_maskload_pd(x1 + pv, tail), wj, a1);
      a2 = _mm256_fmadd_pd(_mm256_maskload_pd(x2 + pv, tail), wj, a2);
      a3 = _mm256_fmadd_pd(_mm256_maskload_pd(x3 + pv, tail), wj, a3);
    }
    const __m256d h01 = _mm256_hadd_pd(a0, a1), h23 = _mm256_hadd_pd(a2, a3);
    const __m256d z = _mm256_add_pd(_mm256_add_pd(_mm256_permute2f128_pd(h01, h23, 0x20),
                                                  _mm256_permute2f128_pd(h01, h23, 0x31)),
                                    bias);

    // Loss terms and residual, as the portable path: sigmoid(z) = 1/(1+e) for z >= 0, e/(1+e)
    // otherwise, with e = exp(-|z|), which never overflows.
    const __m256d abs_z = _mm256_andnot_pd(_mm256_set1_pd(-0.0), z);
    const Fraction ez = exp_nonpositive(_mm256_sub_pd(zero, abs_z));  // e = num / den.
    const __m256d yi = _mm256_loadu_pd(y + i);
    const __m256d one_plus_e = _mm256_add_pd(ez.den, ez.num);  // (1 + e) * den.
    const __m256d inverse = _mm256_div_pd(one, one_plus_e);
    const __m256d sigmoid =
        _mm256_blendv_pd(_mm256_mul_pd(ez.num, inverse), _mm256_mul_pd(ez.den, inverse),
                         _mm256_cmp_pd(z, zero, _CMP_GE_OQ));
    __m256d r = _mm256_sub_pd(sigmoid, yi);
    __m256d li = _mm256_fnmadd_pd(yi, z, _mm256_max_pd(z, zero));
    if (sw) {
      const __m256d wi = _mm256_loadu_pd(sw + i);
      r = _mm256_mul_pd(r, wi);
      li = _mm256_mul_pd(li, wi);
      _mm256_storeu_pd(e + i, _mm256_div_pd(ez.num, ez.den));
    } else {
      // log(1 + e) summed as log(prod (1 + e) den) - log(prod den); factors lie in [1.6, 4.7],
      // so 64 of them per lane stay far inside the double range.
      numerators = _mm256_mul_pd(numerators, one_plus_e);
      denominators = _mm256_mul_pd(denominators, ez.den);
      if (++since_flush == 64) {
        log_products +=
            std::log(product_of_lanes(numerators)) - std::log(product_of_lanes(denominators));
        numerators = denominators = one;
        since_flush = 0;
      }
    }
    loss = _mm256_add_pd(loss, li);
    residual = _mm256_add_pd(residual, r);

    // grad += r_k x_k for the four rows while they are in L1. Pairs are summed first so the
    // chain through each gradient element is one add per four rows.
    const __m256d r0 = _mm256_permute4x64_pd(r, 0x00), r1 = _mm256_permute4x64_pd(r, 0x55);
    const __m256d r2 = _mm256_permute4x64_pd(r, 0xAA), r3 = _mm256_permute4x64_pd(r, 0xFF);
    for (std::ptrdiff_t j = 0; j < pv; j += 4) {
      const __m256d s01 =
          _mm256_fmadd_pd(_mm256_loadu_pd(x1 + j), r1, _mm256_mul_pd(_mm256_loadu_pd(x0 + j), r0));
      const __m256d s23 =
          _mm256_fmadd_pd(_mm256_loadu_pd(x3 + j), r3, _mm256_mul_pd(_mm256_loadu_pd(x2 + j), r2));
      _mm256_storeu_pd(grad + j, _mm256_add_pd(_mm256_loadu_pd(grad + j), _mm256_add_pd(s01, s23)));
    }
    if (pv < p) {
      const __m256d s01 = _mm256_fmadd_pd(_mm256_maskload_pd(x1 + pv, tail), r1,
                                          _mm256_mul_pd(_mm256_maskload_pd(x0 + pv, tail), r0));
      const __m256d s23 = _mm256_fmadd_pd(_mm256_maskload_pd(x3 + pv, tail), r3,
                                          _mm256_mul_pd(_mm256_maskload_pd(x2 + pv, tail), r2));
      const __m256d g = _mm256_maskload_pd(grad + pv, tail);
      _mm256_maskstore_pd(grad + pv, tail, _mm256_add_pd(g, _mm256_add_pd(s01, s23)));
    }
  }

  BinaryBlockSums out{sum_lanes(loss), sum_lanes(residual)};
  if (!sw) {
    out.loss += log_products + std::log(product_of_lanes(numerators)) -
                std::log(product_of_lanes(denominators));
  }
  for (; i < nb; ++i) {  // The last nb % 4 rows, one at a time.
    const double* x = X + i * p;
    double zi = b;
    for (std::ptrdiff_t j = 0; j < p; ++j) zi += x[j] * w[j];
    const double ei = std::exp(-std::fabs(zi)), q = 1.0 / (1.0 + ei);
    const double wi = sw ? sw[i] : 1.0;
    const double ri = wi * ((zi >= 0.0 ? q : ei * q) - y[i]);
    e[i] = ei;
    out.loss += wi * (std::max(zi, 0.0) - y[i] * zi) + (sw ? 0.0 : std::log1p(ei));
    out.residual += ri;
    for (std::ptrdiff_t j = 0; j < p; ++j) grad[j] += ri * x[j];
  }
  return out;
}

}  // namespace mlcore::internal

// Internal: the two products of a logistic-loss evaluation on a row-major block of X, written
// with Eigen's packet primitives. Eigen's own row-major GEMV (and GEMM, which packs a copy of X)
// measured 1.3-2x slower for the short rows (p = 20..50) these models see: four rows share each
// load of w, and the gradient update reads each row once while it is still in L1.
#pragma once

#include <Eigen/Core>

namespace mlcore::internal {

using Packet = Eigen::internal::packet_traits<double>::type;
constexpr Eigen::Index kPacket = Eigen::internal::packet_traits<double>::size;

// z[i] = x_i . w for the nb rows of X (row-major, p columns, row stride p).
inline void rows_dot(const double* X, Eigen::Index nb, Eigen::Index p, const double* w, double* z) {
  using namespace Eigen::internal;
  const Eigen::Index pv = p - p % kPacket;
  Eigen::Index i = 0;
  for (; i + 4 <= nb; i += 4) {
    const double* x0 = X + i * p;
    const double* x1 = x0 + p;
    const double* x2 = x1 + p;
    const double* x3 = x2 + p;
    Packet a0 = pset1<Packet>(0.0), a1 = a0, a2 = a0, a3 = a0;
    for (Eigen::Index j = 0; j < pv; j += kPacket) {
      const Packet wj = ploadu<Packet>(w + j);
      a0 = pmadd(ploadu<Packet>(x0 + j), wj, a0);
      a1 = pmadd(ploadu<Packet>(x1 + j), wj, a1);
      a2 = pmadd(ploadu<Packet>(x2 + j), wj, a2);
      a3 = pmadd(ploadu<Packet>(x3 + j), wj, a3);
    }
    double s0 = predux(a0), s1 = predux(a1), s2 = predux(a2), s3 = predux(a3);
    for (Eigen::Index j = pv; j < p; ++j) {
      s0 += x0[j] * w[j];
      s1 += x1[j] * w[j];
      s2 += x2[j] * w[j];
      s3 += x3[j] * w[j];
    }
    z[i] = s0;
    z[i + 1] = s1;
    z[i + 2] = s2;
    z[i + 3] = s3;
  }
  for (; i < nb; ++i) {
    const double* x = X + i * p;
    double s = 0.0;
    for (Eigen::Index j = 0; j < p; ++j) s += x[j] * w[j];
    z[i] = s;
  }
}

// g += sum_i r[i] x_i over the nb rows of X (row-major, p columns).
inline void rows_axpy(const double* X, Eigen::Index nb, Eigen::Index p, const double* r,
                      double* g) {
  using namespace Eigen::internal;
  const Eigen::Index pv = p - p % kPacket;
  Eigen::Index i = 0;
  for (; i + 4 <= nb; i += 4) {
    const double* x0 = X + i * p;
    const double* x1 = x0 + p;
    const double* x2 = x1 + p;
    const double* x3 = x2 + p;
    const Packet r0 = pset1<Packet>(r[i]), r1 = pset1<Packet>(r[i + 1]);
    const Packet r2 = pset1<Packet>(r[i + 2]), r3 = pset1<Packet>(r[i + 3]);
    for (Eigen::Index j = 0; j < pv; j += kPacket) {
      Packet acc = ploadu<Packet>(g + j);
      acc = pmadd(ploadu<Packet>(x0 + j), r0, acc);
      acc = pmadd(ploadu<Packet>(x1 + j), r1, acc);
      acc = pmadd(ploadu<Packet>(x2 + j), r2, acc);
      acc = pmadd(ploadu<Packet>(x3 + j), r3, acc);
      pstoreu(g + j, acc);
    }
    for (Eigen::Index j = pv; j < p; ++j)
      g[j] += x0[j] * r[i] + x1[j] * r[i + 1] + x2[j] * r[i + 2] + x3[j] * r[i + 3];
  }
  for (; i < nb; ++i) {
    const double* x = X + i * p;
    for (Eigen::Index j = 0; j < p; ++j) g[j] += x[j] * r[i];
  }
}

// Z[i, k] = x_i . W_k for the nb rows of X and K weight rows (W row-major K x p, Z row-major
// nb x K). Replaces Eigen's GEMM, whose packing copies of X and W took a third of the time.
inline void rows_dot_classes(const double* X, Eigen::Index nb, Eigen::Index p, const double* W,
                             Eigen::Index K, double* Z) {
  using namespace Eigen::internal;
  const Eigen::Index pv = p - p % kPacket;
  for (Eigen::Index i = 0; i < nb; ++i) {
    const double* x = X + i * p;
    double* z = Z + i * K;
    Eigen::Index k = 0;
    for (; k + 4 <= K; k += 4) {  // Four classes share each load of x.
      const double* w0 = W + k * p;
      const double* w1 = w0 + p;
      const double* w2 = w1 + p;
      const double* w3 = w2 + p;
      Packet a0 = pset1<Packet>(0.0), a1 = a0, a2 = a0, a3 = a0;
      for (Eigen::Index j = 0; j < pv; j += kPacket) {
        const Packet xj = ploadu<Packet>(x + j);
        a0 = pmadd(xj, ploadu<Packet>(w0 + j), a0);
        a1 = pmadd(xj, ploadu<Packet>(w1 + j), a1);
        a2 = pmadd(xj, ploadu<Packet>(w2 + j), a2);
        a3 = pmadd(xj, ploadu<Packet>(w3 + j), a3);
      }
      double s0 = predux(a0), s1 = predux(a1), s2 = predux(a2), s3 = predux(a3);
      for (Eigen::Index j = pv; j < p; ++j) {
        s0 += x[j] * w0[j];
        s1 += x[j] * w1[j];
        s2 += x[j] * w2[j];
        s3 += x[j] * w3[j];
      }
      z[k] = s0;
      z[k + 1] = s1;
      z[k + 2] = s2;
      z[k + 3] = s3;
    }
    for (; k < K; ++k) {
      const double* wk = W + k * p;
      Packet a = pset1<Packet>(0.0);
      for (Eigen::Index j = 0; j < pv; j += kPacket)
        a = pmadd(ploadu<Packet>(x + j), ploadu<Packet>(wk + j), a);
      double s = predux(a);
      for (Eigen::Index j = pv; j < p; ++j) s += x[j] * wk[j];
      z[k] = s;
    }
  }
}

// G_k += sum_i R[i, k] x_i (G row-major K x p, R row-major nb x K), two rows per update of G.
inline void rows_axpy_classes(const double* X, Eigen::Index nb, Eigen::Index p, const double* R,
                              Eigen::Index K, double* G) {
  using namespace Eigen::internal;
  const Eigen::Index pv = p - p % kPacket;
  Eigen::Index i = 0;
  for (; i + 2 <= nb; i += 2) {
    const double* x0 = X + i * p;
    const double* x1 = x0 + p;
    for (Eigen::Index k = 0; k < K; ++k) {
      const double r0 = R[i * K + k], r1 = R[(i + 1) * K + k];
      const Packet p0 = pset1<Packet>(r0), p1 = pset1<Packet>(r1);
      double* g = G + k * p;
      for (Eigen::Index j = 0; j < pv; j += kPacket) {
        Packet acc = ploadu<Packet>(g + j);
        acc = pmadd(ploadu<Packet>(x0 + j), p0, acc);
        acc = pmadd(ploadu<Packet>(x1 + j), p1, acc);
        pstoreu(g + j, acc);
      }
      for (Eigen::Index j = pv; j < p; ++j) g[j] += x0[j] * r0 + x1[j] * r1;
    }
  }
  for (; i < nb; ++i) {
    const double* x = X + i * p;
    for (Eigen::Index k = 0; k < K; ++k) {
      double* g = G + k * p;
      for (Eigen::Index j = 0; j < p; ++j) g[j] += x[j] * R[i * K + k];
    }
  }
}

}  // namespace mlcore::internal

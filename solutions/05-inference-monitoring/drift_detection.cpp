// Exercise 5.3 — reference solution (contract in drift_detection.hpp).
//
// Two complementary tests: PSI looks at shares of reference-quantile bins (robust, with an
// industry rule of thumb, blind to changes inside a bin); KS looks at the largest gap between
// the two empirical CDFs and turns it into a p-value for these sample sizes. Neither alarms on
// the small mean changes every batch has.
#include "drift_detection.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

#include "mlcore/validation/ks_test.hpp"

namespace ex {
namespace {

// numpy.quantile's default ("linear"): interpolate between the two order statistics around
// q * (n - 1).
double quantile_sorted(const std::vector<double>& sorted, double q) {
  const double position = q * static_cast<double>(sorted.size() - 1);
  const auto lower = static_cast<std::size_t>(std::floor(position));
  const std::size_t upper = std::min(lower + 1, sorted.size() - 1);
  const double fraction = position - static_cast<double>(lower);
  return sorted[lower] + fraction * (sorted[upper] - sorted[lower]);
}

// Shares of `values` per bin; bin = number of edges strictly below the value.
std::vector<double> bin_shares(const std::vector<double>& edges,
                               const std::vector<double>& values) {
  std::vector<double> counts(edges.size() + 1, 0.0);
  for (double v : values) {
    const auto bin = std::lower_bound(edges.begin(), edges.end(), v) - edges.begin();
    counts[static_cast<std::size_t>(bin)] += 1;
  }
  for (double& c : counts) c /= static_cast<double>(values.size());
  return counts;
}

double psi(const std::vector<double>& reference, const std::vector<double>& current) {
  std::vector<double> sorted = reference;
  std::sort(sorted.begin(), sorted.end());
  // Edges come from the reference only: the bins say "where the training data lived".
  std::vector<double> edges;
  for (std::size_t i = 1; i < kPsiBins; ++i) {
    const double edge = quantile_sorted(sorted, static_cast<double>(i) / kPsiBins);
    if (edges.empty() || edge != edges.back()) edges.push_back(edge);  // tied data: fewer bins
  }
  const std::vector<double> expected = bin_shares(edges, reference);
  const std::vector<double> actual = bin_shares(edges, current);
  double total = 0;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    // An empty bin would make ln(0): the epsilon keeps a bin nobody visits any more finite
    // but large, which is what it should be.
    const double e = expected[i] == 0 ? kPsiEpsilon : expected[i];
    const double a = actual[i] == 0 ? kPsiEpsilon : actual[i];
    total += (a - e) * std::log(a / e);
  }
  return total;
}

}  // namespace

std::vector<FeatureDrift> detect_drift(const Columns& reference, const Columns& current,
                                       const std::vector<std::string>& features) {
  std::vector<FeatureDrift> report;
  for (const std::string& name : features) {
    const auto ref = reference.find(name);
    const auto cur = current.find(name);
    if (ref == reference.end() || cur == current.end())
      throw std::invalid_argument("feature '" + name + "' is missing from a sample");
    if (ref->second.empty() || cur->second.empty())
      throw std::invalid_argument("feature '" + name + "' has an empty sample");
    FeatureDrift drift;
    drift.feature = name;
    drift.psi = psi(ref->second, cur->second);
    const mlcore::KsResult ks = mlcore::ks_2samp(ref->second, cur->second);
    drift.ks_statistic = ks.statistic;
    drift.ks_pvalue = ks.pvalue;
    // Either test may see what the other misses: PSI a shift between bins, KS a gap in the CDF.
    drift.drifted = drift.psi > kPsiThreshold || drift.ks_pvalue < kKsPvalueThreshold;
    report.push_back(drift);
  }
  return report;
}

}  // namespace ex

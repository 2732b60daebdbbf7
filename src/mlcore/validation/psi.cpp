#include "mlcore/validation/psi.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "mlcore/eda/describe.hpp"
#include "mlcore/eda/value_counts.hpp"
#include "mlcore/error.hpp"

namespace mlcore {
namespace {

void check_epsilon(double epsilon) {
  if (!(epsilon > 0)) throw Error("PSI epsilon must be > 0 (got " + std::to_string(epsilon) + ")");
}

std::vector<double> without_nan(const std::vector<double>& values) {
  std::vector<double> out;
  out.reserve(values.size());
  for (double v : values) {
    if (!std::isnan(v)) out.push_back(v);
  }
  return out;
}

std::vector<double> bin_shares(const std::vector<double>& values,
                               const std::vector<double>& edges) {
  std::vector<std::size_t> counts(edges.size() + 1, 0);
  for (double v : values) {
    ++counts[static_cast<std::size_t>(std::lower_bound(edges.begin(), edges.end(), v) -
                                      edges.begin())];
  }
  std::vector<double> shares(counts.size());
  const auto n = static_cast<double>(values.size());
  for (std::size_t i = 0; i < counts.size(); ++i) shares[i] = static_cast<double>(counts[i]) / n;
  return shares;
}

}  // namespace

double psi_from_shares(const std::vector<double>& reference_shares,
                       const std::vector<double>& current_shares, double epsilon) {
  check_epsilon(epsilon);
  if (reference_shares.size() != current_shares.size()) {
    throw Error("psi_from_shares: expected equal lengths (got " +
                std::to_string(reference_shares.size()) + " reference and " +
                std::to_string(current_shares.size()) + " current shares)");
  }
  double psi = 0;
  for (std::size_t i = 0; i < reference_shares.size(); ++i) {
    const double e = reference_shares[i] == 0 ? epsilon : reference_shares[i];
    const double a = current_shares[i] == 0 ? epsilon : current_shares[i];
    psi += (a - e) * std::log(a / e);
  }
  return psi;
}

std::vector<double> quantile_bin_edges(std::vector<double> reference, std::size_t bins) {
  if (bins == 0) throw Error("PSI bins must be >= 1 (got 0)");
  reference = without_nan(reference);
  if (reference.empty()) throw Error("PSI: the reference sample has no values");
  std::sort(reference.begin(), reference.end());
  std::vector<double> edges;
  for (std::size_t i = 1; i < bins; ++i) {
    const double q = static_cast<double>(i) / static_cast<double>(bins);
    const double edge = quantile_sorted(reference, q);
    if (edges.empty() || edge != edges.back()) edges.push_back(edge);
  }
  return edges;
}

NumericPsi numeric_psi(const std::vector<double>& reference, const std::vector<double>& current,
                       std::size_t bins, double epsilon) {
  check_epsilon(epsilon);
  const std::vector<double> ref = without_nan(reference);
  const std::vector<double> cur = without_nan(current);
  if (cur.empty()) throw Error("PSI: the current sample has no values");
  NumericPsi out;
  out.edges = quantile_bin_edges(ref, bins);
  out.reference_shares = bin_shares(ref, out.edges);
  out.current_shares = bin_shares(cur, out.edges);
  out.psi = psi_from_shares(out.reference_shares, out.current_shares, epsilon);
  return out;
}

CategoricalDrift categorical_drift(const Column& reference, const Column& current, double epsilon) {
  check_epsilon(epsilon);
  if (reference.type() == ColumnType::kNumeric || reference.type() != current.type()) {
    throw Error("categorical_drift: column '" + reference.name() + "' is " +
                column_type_name(reference.type()) + " in the reference and " +
                column_type_name(current.type()) +
                " in the current data; expected both categorical or both boolean");
  }
  const auto ref_counts = value_counts(reference);
  const auto cur_counts = value_counts(current);
  if (ref_counts.empty() || cur_counts.empty()) {
    throw Error("categorical_drift: column '" + reference.name() + "' has no present values in " +
                (ref_counts.empty() ? "the reference" : "the current data"));
  }
  const double n_ref = static_cast<double>(reference.size() - reference.missing_count());
  const double n_cur = static_cast<double>(current.size() - current.missing_count());
  CategoricalDrift out;
  std::unordered_map<std::string, std::size_t> index;
  for (const auto& rc : ref_counts) {
    index.emplace(rc.value, out.categories.size());
    out.categories.push_back(CategoryShare{rc.value, rc.count, 0, 0, 0, false});
  }
  for (const auto& cc : cur_counts) {
    auto [it, inserted] = index.emplace(cc.value, out.categories.size());
    if (inserted) {
      out.categories.push_back(CategoryShare{cc.value, 0, 0, 0, 0, true});
      out.unseen_categories.push_back(cc.value);
    }
    out.categories[it->second].current_count = cc.count;
  }
  std::vector<double> ref_shares, cur_shares;
  std::size_t unseen_cells = 0;
  for (auto& c : out.categories) {
    c.reference_share = static_cast<double>(c.reference_count) / n_ref;
    c.current_share = static_cast<double>(c.current_count) / n_cur;
    ref_shares.push_back(c.reference_share);
    cur_shares.push_back(c.current_share);
    out.total_variation += std::abs(c.current_share - c.reference_share);
    if (c.unseen) unseen_cells += c.current_count;
  }
  out.total_variation *= 0.5;
  out.unseen_share = static_cast<double>(unseen_cells) / n_cur;
  out.psi = psi_from_shares(ref_shares, cur_shares, epsilon);
  return out;
}

}  // namespace mlcore

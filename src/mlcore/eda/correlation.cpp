#include "mlcore/eda/correlation.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "mlcore/error.hpp"

namespace mlcore {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct NumericData {
  std::vector<std::string> names;
  std::vector<std::vector<double>> values;  // per column, all rows
  std::vector<std::vector<char>> usable;    // present and finite
};

NumericData numeric_columns(const Table& table) {
  NumericData data;
  for (const Column& column : table.columns()) {
    if (column.type() == ColumnType::kCategorical) continue;
    data.names.push_back(column.name());
    data.values.push_back(column.numeric_values());
    std::vector<char> usable(column.size());
    for (std::size_t row = 0; row < column.size(); ++row) {
      usable[row] = !column.is_missing(row) && std::isfinite(data.values.back()[row]);
    }
    data.usable.push_back(std::move(usable));
  }
  return data;
}

// pandas' nancorr (libalgos.pyx), step for step.
double pearson_pair(const std::vector<double>& x, const std::vector<double>& y,
                    const std::vector<char>& ux, const std::vector<char>& uy,
                    std::size_t min_periods) {
  std::size_t nobs = 0;
  double mean_x = 0, mean_y = 0, ssq_x = 0, ssq_y = 0, cov = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (!ux[i] || !uy[i]) continue;
    ++nobs;
    const double dx = x[i] - mean_x;
    const double dy = y[i] - mean_y;
    mean_x += 1.0 / static_cast<double>(nobs) * dx;
    mean_y += 1.0 / static_cast<double>(nobs) * dy;
    ssq_x += (x[i] - mean_x) * dx;
    ssq_y += (y[i] - mean_y) * dy;
    cov += (x[i] - mean_x) * dy;
  }
  if (nobs < min_periods) return kNaN;
  const double divisor = std::sqrt(ssq_x * ssq_y);
  return divisor != 0 ? cov / divisor : kNaN;
}

double rank_correlation(const std::vector<double>& rx, const std::vector<double>& ry) {
  // Average ranks of n values always average (n + 1) / 2, so no mean pass is needed.
  const double mean = (static_cast<double>(rx.size()) + 1.0) / 2.0;
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t i = 0; i < rx.size(); ++i) {
    const double vx = rx[i] - mean;
    const double vy = ry[i] - mean;
    sxy += vx * vy;
    sxx += vx * vx;
    syy += vy * vy;
  }
  const double divisor = std::sqrt(sxx * syy);
  return divisor != 0 ? sxy / divisor : kNaN;
}

// pandas' nancorr_spearman: ranks per column over its own usable rows; a pair whose usable rows
// differ re-ranks the ranks of the rows both have.
double spearman_pair(const std::vector<double>& rank_x, const std::vector<double>& rank_y,
                     const std::vector<char>& ux, const std::vector<char>& uy,
                     std::size_t min_periods) {
  std::vector<double> mx, my;
  bool same_rows = true;
  for (std::size_t i = 0; i < rank_x.size(); ++i) {
    same_rows = same_rows && (ux[i] == uy[i]);
    if (ux[i] && uy[i]) {
      mx.push_back(rank_x[i]);
      my.push_back(rank_y[i]);
    }
  }
  if (mx.size() < min_periods || mx.empty()) return kNaN;
  if (!same_rows) {
    mx = average_ranks(mx);
    my = average_ranks(my);
  }
  return rank_correlation(mx, my);
}

}  // namespace

std::vector<double> average_ranks(const std::vector<double>& values) {
  for (double v : values) {
    if (std::isnan(v)) throw Error("average_ranks: values must not be NaN");
  }
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
  std::vector<double> ranks(values.size());
  for (std::size_t start = 0; start < order.size();) {
    std::size_t end = start + 1;
    while (end < order.size() && values[order[end]] == values[order[start]]) ++end;
    // Positions start..end-1 (0-based) share the mean of ranks start+1..end: exact in double.
    const double rank = (static_cast<double>(start + 1) + static_cast<double>(end)) / 2.0;
    for (std::size_t k = start; k < end; ++k) ranks[order[k]] = rank;
    start = end;
  }
  return ranks;
}

double CorrelationMatrix::at(const std::string& a, const std::string& b) const {
  auto index = [&](const std::string& name) {
    auto it = std::find(columns.begin(), columns.end(), name);
    if (it == columns.end()) {
      std::string known;
      for (const auto& c : columns) known += (known.empty() ? "" : ", ") + c;
      throw Error("correlation: no numeric column '" + name + "' (columns: " + known + ")");
    }
    return static_cast<Eigen::Index>(it - columns.begin());
  };
  return values(index(a), index(b));
}

CorrelationMatrix correlation(const Table& table, CorrelationMethod method,
                              std::size_t min_periods) {
  if (min_periods == 0) throw Error("correlation: min_periods must be >= 1 (got 0)");
  NumericData data = numeric_columns(table);
  const std::size_t k = data.names.size();
  std::vector<std::vector<double>> ranks;
  if (method == CorrelationMethod::kSpearman) {
    for (std::size_t c = 0; c < k; ++c) {
      // Rank the usable cells; others get a placeholder that is never read.
      std::vector<double> present;
      for (std::size_t i = 0; i < data.values[c].size(); ++i) {
        if (data.usable[c][i]) present.push_back(data.values[c][i]);
      }
      const std::vector<double> r = average_ranks(present);
      std::vector<double> full(data.values[c].size(), kNaN);
      std::size_t next = 0;
      for (std::size_t i = 0; i < full.size(); ++i) {
        if (data.usable[c][i]) full[i] = r[next++];
      }
      ranks.push_back(std::move(full));
    }
  }
  CorrelationMatrix result;
  result.columns = data.names;
  const auto dim = static_cast<Eigen::Index>(k);
  result.values = Matrix::Constant(dim, dim, kNaN);
  for (std::size_t a = 0; a < k; ++a) {
    for (std::size_t b = 0; b <= a; ++b) {
      const double r =
          method == CorrelationMethod::kPearson
              ? pearson_pair(data.values[a], data.values[b], data.usable[a], data.usable[b],
                             min_periods)
              : spearman_pair(ranks[a], ranks[b], data.usable[a], data.usable[b], min_periods);
      result.values(static_cast<Eigen::Index>(a), static_cast<Eigen::Index>(b)) = r;
      result.values(static_cast<Eigen::Index>(b), static_cast<Eigen::Index>(a)) = r;
    }
  }
  return result;
}

}  // namespace mlcore

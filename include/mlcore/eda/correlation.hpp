// Pearson and Spearman correlation matrices of a Table's numeric columns, like pandas'
// DataFrame.corr(method="pearson" | "spearman") (pandas 1.5).
//
// Columns: numeric and boolean ones (booleans as 0/1), in table order; categorical columns are
// skipped. Each pair uses the rows where both cells are present and finite ("pairwise complete
// observations"; infinities count as missing, as in pandas). A pair with fewer than min_periods
// such rows, or with a constant column over them, gets NaN. The diagonal is computed like any
// pair, so it is 1 up to rounding (or NaN for a constant column), exactly as pandas reports.
//
// Pearson uses pandas' Welford-style single pass (same operation order, so results agree to the
// last bits). Spearman ranks each column with average ranks for ties, re-ranks the pair's
// complete rows when the two columns' missing cells differ, and correlates the ranks.
//
// Thread safety: pure functions of their arguments.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "mlcore/linalg.hpp"
#include "mlcore/table.hpp"

namespace mlcore {

enum class CorrelationMethod { kPearson, kSpearman };

struct CorrelationMatrix {
  std::vector<std::string> columns;  // the numeric and boolean columns used, in table order
  Matrix values;                     // columns.size() x columns.size(), symmetric

  // The entry for two named columns; throws mlcore::Error naming an unknown column.
  double at(const std::string& a, const std::string& b) const;
};

// Throws mlcore::Error when min_periods is 0.
CorrelationMatrix correlation(const Table& table,
                              CorrelationMethod method = CorrelationMethod::kPearson,
                              std::size_t min_periods = 1);

// 1-based ranks with ties given the average of their positions (pandas' rank(method="average"),
// scipy.stats.rankdata). Values must not be NaN (throws mlcore::Error).
std::vector<double> average_ranks(const std::vector<double>& values);

}  // namespace mlcore

// Summary statistics of a Table, the way pandas' DataFrame.describe(include="all") reports them.
//
// Conventions (pandas 1.5):
//   - Numeric columns: count of present values, missing cells, mean, sample standard deviation
//     (ddof = 1; NaN when count < 2), min, 25%, 50%, 75% (numpy's "linear" quantile, see
//     quantile_sorted), max. A present NaN cell (the CSV text "nan") counts as missing, as pandas
//     does; infinities are values. With count == 0 every statistic is NaN.
//   - Categorical and boolean columns: count, missing, unique (distinct present values), top (the
//     most frequent value) and freq (its count). Booleans are reported as "true"/"false". Ties
//     for top go to the value that appears first in the column (see value_counts.hpp). With
//     count == 0, top is "" and freq 0 (pandas says NaN).
//
// Thread safety: pure functions of their arguments.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "mlcore/table.hpp"

namespace mlcore {

struct NumericSummary {
  std::string column;
  std::size_t count = 0;    // present, non-NaN values
  std::size_t missing = 0;  // missing cells plus present NaN values
  double mean = 0;
  double std = 0;  // sample standard deviation (ddof = 1)
  double min = 0;
  double q25 = 0;
  double median = 0;
  double q75 = 0;
  double max = 0;
};

struct CategoricalSummary {
  std::string column;
  std::size_t count = 0;
  std::size_t missing = 0;
  std::size_t unique = 0;
  std::string top;
  std::size_t freq = 0;
};

struct Description {
  std::vector<NumericSummary> numeric;          // numeric columns, in table order
  std::vector<CategoricalSummary> categorical;  // categorical and boolean columns, in table order
};

// Describes every column of the table. Never throws for well-formed tables.
Description describe(const Table& table);

// One column; throws mlcore::Error naming the column when its type does not match.
NumericSummary describe_numeric(const Column& column);
CategoricalSummary describe_categorical(const Column& column);

// numpy.quantile(values, q) with the default "linear" method on an ascending, NaN-free vector:
// virtual index v = (n - 1) * q, i = floor(v), g = v - i, and the result interpolates between
// sorted[i] and sorted[i + 1] as numpy's _lerp does (a + (b - a) * g when g < 0.5, otherwise
// b - (b - a) * (1 - g)), so results match numpy bit for bit. Throws mlcore::Error when sorted is
// empty or q is outside [0, 1].
double quantile_sorted(const std::vector<double>& sorted, double q);

}  // namespace mlcore

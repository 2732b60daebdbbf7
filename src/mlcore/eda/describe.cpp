#include "mlcore/eda/describe.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "mlcore/eda/value_counts.hpp"
#include "mlcore/error.hpp"

namespace mlcore {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

}  // namespace

double quantile_sorted(const std::vector<double>& sorted, double q) {
  if (sorted.empty()) throw Error("quantile of an empty sample");
  if (!(q >= 0.0 && q <= 1.0))
    throw Error("quantile q must be in [0, 1] (got " + std::to_string(q) + ")");
  const std::size_t n = sorted.size();
  const double virtual_index = static_cast<double>(n - 1) * q;
  if (virtual_index >= static_cast<double>(n - 1)) return sorted[n - 1];
  const double previous = std::floor(virtual_index);
  const auto i = static_cast<std::size_t>(previous);
  const double a = sorted[i];
  const double b = sorted[i + 1];
  const double gamma = virtual_index - previous;
  // numpy's _lerp: the two forms are exact at their own end, which keeps results monotone in q.
  const double diff = b - a;
  return gamma >= 0.5 ? b - diff * (1.0 - gamma) : a + diff * gamma;
}

NumericSummary describe_numeric(const Column& column) {
  if (column.type() != ColumnType::kNumeric) {
    throw Error("describe_numeric: column '" + column.name() + "' is " +
                column_type_name(column.type()) + ", expected numeric");
  }
  NumericSummary s;
  s.column = column.name();
  std::vector<double> values;
  values.reserve(column.size());
  const auto& numbers = column.numeric_values();
  for (std::size_t row = 0; row < column.size(); ++row) {
    if (!column.is_missing(row) && !std::isnan(numbers[row])) values.push_back(numbers[row]);
  }
  s.count = values.size();
  s.missing = column.size() - s.count;
  if (values.empty()) {
    s.mean = s.std = s.min = s.q25 = s.median = s.q75 = s.max = kNaN;
    return s;
  }
  // Two passes (mean, then squared deviations), as pandas/bottleneck compute the variance: it
  // does not lose digits when the mean is large compared with the spread.
  double sum = 0;
  for (double v : values) sum += v;
  const double n = static_cast<double>(values.size());
  s.mean = sum / n;
  if (values.size() < 2) {
    s.std = kNaN;
  } else {
    double squares = 0;
    for (double v : values) squares += (v - s.mean) * (v - s.mean);
    s.std = std::sqrt(squares / (n - 1.0));
  }
  std::sort(values.begin(), values.end());
  s.min = values.front();
  s.max = values.back();
  s.q25 = quantile_sorted(values, 0.25);
  s.median = quantile_sorted(values, 0.5);
  s.q75 = quantile_sorted(values, 0.75);
  return s;
}

CategoricalSummary describe_categorical(const Column& column) {
  if (column.type() == ColumnType::kNumeric) {
    throw Error("describe_categorical: column '" + column.name() +
                "' is numeric, expected categorical or boolean");
  }
  CategoricalSummary s;
  s.column = column.name();
  s.missing = column.missing_count();
  s.count = column.size() - s.missing;
  const auto counts = value_counts(column);
  s.unique = counts.size();
  if (!counts.empty()) {
    s.top = counts.front().value;
    s.freq = counts.front().count;
  }
  return s;
}

Description describe(const Table& table) {
  Description d;
  for (const Column& column : table.columns()) {
    if (column.type() == ColumnType::kNumeric) {
      d.numeric.push_back(describe_numeric(column));
    } else {
      d.categorical.push_back(describe_categorical(column));
    }
  }
  return d;
}

}  // namespace mlcore

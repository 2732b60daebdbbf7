#include "mlcore/eda/histogram.hpp"

#include <algorithm>
#include <cmath>

#include "mlcore/error.hpp"

namespace mlcore {

Histogram histogram(const std::vector<double>& values, std::size_t bins) {
  if (bins == 0) throw Error("histogram: bins must be >= 1 (got 0)");
  std::vector<double> x;
  x.reserve(values.size());
  for (double v : values) {
    if (std::isnan(v)) continue;
    if (std::isinf(v)) throw Error("histogram: values must be finite (got an infinite value)");
    x.push_back(v);
  }
  if (x.empty()) throw Error("histogram: no present values");
  const auto [lo, hi] = std::minmax_element(x.begin(), x.end());
  double first = *lo;
  double last = *hi;
  if (first == last) {
    first -= 0.5;
    last += 0.5;
  }
  Histogram h;
  const double k = static_cast<double>(bins);
  // numpy.linspace: y = i * step + start, last element overwritten with stop.
  const double step = (last - first) / k;
  h.edges.resize(bins + 1);
  for (std::size_t i = 0; i <= bins; ++i) h.edges[i] = static_cast<double>(i) * step + first;
  h.edges[bins] = last;
  h.counts.assign(bins, 0);
  // numpy's uniform-bin fast path (numpy/lib/histograms.py).
  const double norm = k / (last - first);
  for (double v : x) {
    auto index = static_cast<std::size_t>((v - first) * norm);
    if (index == bins) --index;
    if (v < h.edges[index]) {
      --index;
    } else if (v >= h.edges[index + 1] && index != bins - 1) {
      ++index;
    }
    ++h.counts[index];
  }
  return h;
}

Histogram histogram(const Column& column, std::size_t bins) {
  if (column.type() == ColumnType::kCategorical) {
    throw Error("histogram: column '" + column.name() +
                "' is categorical, expected numeric or boolean (use value_counts)");
  }
  std::vector<double> present;
  present.reserve(column.size());
  const auto& numbers = column.numeric_values();
  for (std::size_t row = 0; row < column.size(); ++row) {
    if (!column.is_missing(row)) present.push_back(numbers[row]);
  }
  try {
    return histogram(present, bins);
  } catch (const Error& e) {
    throw Error(std::string(e.what()) + " in column '" + column.name() + "'");
  }
}

}  // namespace mlcore

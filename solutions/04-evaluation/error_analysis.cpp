// Exercise 4.2 — Error analysis: reference solution.
#include "error_analysis.hpp"

#include <algorithm>
#include <map>
#include <utility>

namespace ex {

namespace {

std::vector<Confusion> confused_pairs(const std::vector<ClassifiedRow>& rows) {
  // A std::map keyed by the pair already iterates in (actual, predicted) order, so a stable sort
  // by count alone gives the contract's tie order.
  std::map<std::pair<std::string, std::string>, int> counts;
  for (const ClassifiedRow& row : rows)
    if (row.actual != row.predicted) ++counts[{row.actual, row.predicted}];
  std::vector<Confusion> pairs;
  for (const auto& [pair, count] : counts) pairs.push_back({pair.first, pair.second, count});
  std::stable_sort(pairs.begin(), pairs.end(),
                   [](const Confusion& a, const Confusion& b) { return a.count > b.count; });
  return pairs;
}

std::vector<RangeRate> range_rates(const std::vector<ClassifiedRow>& rows, const Binning& binning) {
  std::vector<RangeRate> ranges;
  for (std::size_t i = 0; i + 1 < binning.edges.size(); ++i) {
    RangeRate range{binning.feature, binning.edges[i], binning.edges[i + 1], 0, 0, 0.0};
    const bool last = i + 2 == binning.edges.size();
    for (const ClassifiedRow& row : rows) {
      const double v = row.features.at(binning.column);
      // Half-open bins so a value on an inner edge counts once; the last bin keeps the maximum.
      if (v < range.low || (last ? v > range.high : v >= range.high)) continue;
      ++range.rows;
      if (row.actual != row.predicted) ++range.errors;
    }
    if (range.rows > 0) range.error_rate = static_cast<double>(range.errors) / range.rows;
    ranges.push_back(range);
  }
  return ranges;
}

}  // namespace

ErrorBreakdown analyse_errors(const std::vector<ClassifiedRow>& rows,
                              const std::vector<Binning>& binnings, int min_rows) {
  ErrorBreakdown breakdown;
  for (const ClassifiedRow& row : rows)
    if (row.actual != row.predicted) ++breakdown.errors;
  breakdown.confusions = confused_pairs(rows);
  for (const Binning& binning : binnings)
    for (const RangeRate& range : range_rates(rows, binning)) breakdown.ranges.push_back(range);
  // Small bins are left out: 2 errors in 2 rows is a 100% rate and no evidence of anything.
  bool found = false;
  for (const RangeRate& range : breakdown.ranges)
    if (range.rows >= min_rows && (!found || range.error_rate > breakdown.worst.error_rate)) {
      breakdown.worst = range;
      found = true;
    }
  return breakdown;
}

}  // namespace ex

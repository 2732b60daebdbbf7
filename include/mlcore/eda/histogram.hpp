// Equal-width histogram bins, matching numpy.histogram(values, bins=k) edges and counts.
//
// The range is [min, max] of the present values (min - 0.5 and max + 0.5 when they are equal, as
// numpy does); edges are numpy.linspace(first, last, k + 1), i.e. first + i * ((last - first) / k)
// with the last edge set to exactly `last`. Bin i counts edges[i] <= x < edges[i + 1]; the last
// bin also includes its right edge. Values are placed with numpy's arithmetic (scaled index, then
// a one-step correction against the edges), so values sitting on an edge land where numpy puts
// them.
//
// Missing cells and present NaN values are skipped (numpy would raise on NaN; pandas' hist drops
// them). Booleans count as 0/1.
//
// Thread safety: pure functions of their arguments.
#pragma once

#include <cstddef>
#include <vector>

#include "mlcore/table.hpp"

namespace mlcore {

struct Histogram {
  std::vector<double> edges;        // bins + 1 ascending edges
  std::vector<std::size_t> counts;  // bins counts
};

// Throws mlcore::Error when bins is 0, when no value is left after skipping missing ones, or when
// a value is infinite (numpy: "autodetected range ... is not finite").
Histogram histogram(const std::vector<double>& values, std::size_t bins = 10);

// The column's present values; additionally throws mlcore::Error naming the column when it is
// categorical.
Histogram histogram(const Column& column, std::size_t bins = 10);

}  // namespace mlcore

// Frequency of each distinct value in a column, like pandas' Series.value_counts().
//
// Order: by count, descending; values with equal counts keep the order of their first appearance
// in the column. (pandas 1.5 sorts counts with an unstable quicksort, so its order among ties is
// first appearance for short results and unspecified beyond; ours is always first appearance.)
//
// Values are reported as text: categorical cells as they are, booleans as "true"/"false", numbers
// in Column::to_string's shortest round-trip form ("1", "0.5"). Numeric keys compare as doubles,
// so -0 and 0 are one value (reported in the form first seen). A present NaN number counts as
// missing, as in pandas.
//
// Thread safety: pure functions of their arguments.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "mlcore/table.hpp"

namespace mlcore {

struct ValueCount {
  std::string value;     // "" for the missing entry
  bool missing = false;  // true only for the entry counting missing cells
  std::size_t count = 0;
  double proportion = 0;  // count / (entries counted: present cells, plus missing if included)
};

struct ValueCountsOptions {
  // Adds one entry (missing = true) for missing cells when there are any, sorted among the others
  // by its count, like value_counts(dropna=False).
  bool include_missing = false;
};

// Works on every column type. Never throws.
std::vector<ValueCount> value_counts(const Column& column, const ValueCountsOptions& options = {});

}  // namespace mlcore

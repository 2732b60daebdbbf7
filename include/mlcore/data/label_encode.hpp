// label_encode: a column of labels (text, numbers or booleans) -> codes 0..k-1, with the classes
// sorted the way scikit-learn's LabelEncoder / np.unique sort them (text by code point, which is
// UTF-8 byte order; numbers by value; false before true).
//
// Errors: a missing cell or a NaN label throws mlcore::Error naming the column and the 0-based
// row (a label must be known to be encoded).
// Thread safety: a pure function.
#pragma once

#include <string>
#include <vector>

#include "mlcore/linalg.hpp"
#include "mlcore/table.hpp"

namespace mlcore {

struct LabelEncoding {
  // The k distinct labels in sorted order, as text (numbers in shortest round-trip form,
  // booleans as "false"/"true").
  std::vector<std::string> classes;
  // For numeric and boolean columns, the same k labels as numbers; empty for categorical ones.
  Vector numeric_classes;
  // codes[i] is the index in `classes` of row i's label.
  Vector codes;
};

LabelEncoding label_encode(const Column& column);

}  // namespace mlcore

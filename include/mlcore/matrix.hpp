// Conversion from mlcore::Table columns to Eigen, the input of every mlcore model.
//
// Only numeric and boolean columns convert (booleans as 0.0/1.0). Categorical columns must be
// encoded first and missing cells dropped or imputed first: both throw mlcore::Error naming the
// column (and, for a missing cell, its 0-based row), never silently produce NaN. A present NaN
// (a cell that read "nan") is a value, not a missing cell, and converts as NaN.
#pragma once

#include <string>
#include <vector>

#include "mlcore/linalg.hpp"

#include "mlcore/table.hpp"

namespace mlcore {

// A rows() x columns.size() matrix whose column j is table.column(columns[j]). Throws
// mlcore::Error for an unknown column (listing the available ones), a categorical column or a
// missing cell.
Matrix to_matrix(const Table& table, const std::vector<std::string>& columns);

// The column as a vector, under the same rules as to_matrix.
Vector to_vector(const Column& column);

}  // namespace mlcore

// Row selection shared by splitters, cross-validation and pipelines: the same verb for a Matrix,
// a Vector and a Table, so generic code (cross_validate over either input) can write
// take_rows(X, fold.test) whatever X is.
//
// Errors: an index not below the number of rows throws mlcore::Error naming it.
// Thread safety: pure functions of their arguments.
#pragma once

#include <cstddef>
#include <functional>

#include "mlcore/linalg.hpp"
#include "mlcore/table.hpp"

namespace mlcore {

// The listed rows, in that order (indices may repeat).
Matrix take_rows(const Matrix& X, const Indices& rows);
Vector take_rows(const Vector& y, const Indices& rows);
Table take_rows(const Table& table, const Indices& rows);

// Number of samples of an input, for generic code.
inline std::size_t n_rows(const Matrix& X) { return static_cast<std::size_t>(X.rows()); }
inline std::size_t n_rows(const Table& table) { return table.rows(); }

// Rows for which keep(table, row) is true, in ascending order.
Indices rows_where(const Table& table,
                   const std::function<bool(const Table& table, std::size_t row)>& keep);

// A new table with only the rows for which keep(table, row) is true, in their original order
// (like pandas `df[mask]`).
Table filter_rows(const Table& table,
                  const std::function<bool(const Table& table, std::size_t row)>& keep);

}  // namespace mlcore

#include "mlcore/data/rows.hpp"

#include <string>

#include "data/huge_pages.hpp"
#include "mlcore/error.hpp"

namespace mlcore {
namespace {

void check_row(std::size_t row, Eigen::Index n, const char* what) {
  if (row >= static_cast<std::size_t>(n))
    throw Error(std::string("take_rows: row ") + std::to_string(row) + " is out of range for a " +
                what + " with " + std::to_string(n) + " rows");
}

}  // namespace

Matrix take_rows(const Matrix& X, const Indices& rows) {
  Matrix out(static_cast<Eigen::Index>(rows.size()), X.cols());
  internal::advise_huge_pages(out.data(), sizeof(double) * static_cast<std::size_t>(out.size()));
  for (std::size_t i = 0; i < rows.size(); ++i) {
    check_row(rows[i], X.rows(), "matrix");
    out.row(static_cast<Eigen::Index>(i)) = X.row(static_cast<Eigen::Index>(rows[i]));
  }
  return out;
}

Vector take_rows(const Vector& y, const Indices& rows) {
  Vector out(static_cast<Eigen::Index>(rows.size()));
  for (std::size_t i = 0; i < rows.size(); ++i) {
    check_row(rows[i], y.size(), "vector");
    out[static_cast<Eigen::Index>(i)] = y[static_cast<Eigen::Index>(rows[i])];
  }
  return out;
}

Table take_rows(const Table& table, const Indices& rows) { return table.take_rows(rows); }

Indices rows_where(const Table& table,
                   const std::function<bool(const Table& table, std::size_t row)>& keep) {
  Indices rows;
  for (std::size_t r = 0; r < table.rows(); ++r)
    if (keep(table, r)) rows.push_back(r);
  return rows;
}

Table filter_rows(const Table& table,
                  const std::function<bool(const Table& table, std::size_t row)>& keep) {
  return table.take_rows(rows_where(table, keep));
}

}  // namespace mlcore

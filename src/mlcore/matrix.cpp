#include "mlcore/matrix.hpp"

#include <string>

#include "data/huge_pages.hpp"
#include "mlcore/error.hpp"

namespace mlcore {

namespace {

// Throws unless every cell of column can become a double.
void check_convertible(const Column& column) {
  if (column.type() == ColumnType::kCategorical) {
    throw Error("column '" + column.name() +
                "' is categorical; only numeric and boolean columns convert to a matrix (encode "
                "it first)");
  }
  for (std::size_t row = 0; row < column.size(); ++row) {
    if (column.is_missing(row)) {
      throw Error("column '" + column.name() + "' has a missing value at row " +
                  std::to_string(row) + " (0-based); drop or impute missing values first");
    }
  }
}

}  // namespace

Matrix to_matrix(const Table& table, const std::vector<std::string>& columns) {
  std::vector<const Column*> sources;
  sources.reserve(columns.size());
  for (const std::string& name : columns) {
    const Column& column = table.column(name);
    check_convertible(column);
    sources.push_back(&column);
  }
  const auto rows = static_cast<Eigen::Index>(table.rows());
  Matrix matrix(rows, static_cast<Eigen::Index>(sources.size()));
  internal::advise_huge_pages(matrix.data(),
                              sizeof(double) * static_cast<std::size_t>(matrix.size()));
  for (std::size_t j = 0; j < sources.size(); ++j) {
    const std::vector<double>& values = sources[j]->numeric_values();
    matrix.col(static_cast<Eigen::Index>(j)) =
        Eigen::Map<const Eigen::VectorXd>(values.data(), rows);
  }
  return matrix;
}

Vector to_vector(const Column& column) {
  check_convertible(column);
  const std::vector<double>& values = column.numeric_values();
  return Eigen::Map<const Eigen::VectorXd>(values.data(), static_cast<Eigen::Index>(values.size()));
}

}  // namespace mlcore

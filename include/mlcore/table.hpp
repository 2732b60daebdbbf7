// mlcore::Table: a small column-oriented data table with typed columns and missing values.
//
// This is what a learner gets from mlcore::read_csv, the way a pandas user gets a DataFrame.
// Columns are numeric (double), categorical (text) or boolean. Missing cells are tracked in a
// per-column mask, never encoded as a magic value: a numeric missing cell reads as NaN through
// numeric(), but is_missing() is the source of truth.
//
// This header deliberately does not include Eigen: exercise code that only needs tables compiles
// fast. Conversion to Eigen matrices lives in mlcore/matrix.hpp.
//
// Thread safety: const methods may be called concurrently; mutation needs external locking.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlcore {

enum class ColumnType { kNumeric, kCategorical, kBoolean };

// "numeric", "categorical", "boolean".
const char* column_type_name(ColumnType type);

class Column {
 public:
  Column(std::string name, ColumnType type);

  const std::string& name() const { return name_; }
  ColumnType type() const { return type_; }
  std::size_t size() const { return missing_.size(); }

  bool is_missing(std::size_t row) const;
  std::size_t missing_count() const;

  // Typed access. Each throws mlcore::Error naming the column when the type does not match or the
  // row is out of range. numeric() of a missing cell is NaN; text() of a missing cell is "".
  double numeric(std::size_t row) const;
  const std::string& text(std::size_t row) const;
  bool boolean(std::size_t row) const;

  // The cell as it would be written back to CSV ("" when missing; "true"/"false" for booleans;
  // numbers in shortest round-trip form).
  std::string to_string(std::size_t row) const;

  // Appending. Type mismatches throw mlcore::Error.
  void push_numeric(double value);
  void push_text(std::string value);
  void push_boolean(bool value);
  void push_missing();
  // Makes room for n cells in total so that pushing up to n cells does not reallocate (like
  // std::vector::reserve; never shrinks).
  void reserve(std::size_t n);

  // Whole-column views (size() elements; missing cells hold NaN / "" / false).
  // numeric_values() serves numeric columns and boolean ones (as 0/1, a missing cell as 0: check
  // is_missing()); text_values() serves categorical columns. Other types throw mlcore::Error.
  const std::vector<double>& numeric_values() const;
  const std::vector<std::string>& text_values() const;

  // A new column with the same name and type holding the given rows, in that order (indices may
  // repeat). Throws mlcore::Error naming the column when an index is out of range.
  Column take_rows(const std::vector<std::size_t>& rows) const;

 private:
  std::string name_;
  ColumnType type_;
  std::vector<double> numbers_;     // kNumeric and kBoolean (0/1).
  std::vector<std::string> texts_;  // kCategorical.
  std::vector<unsigned char> missing_;
};

class Table {
 public:
  Table() = default;

  std::size_t rows() const;
  std::size_t cols() const { return columns_.size(); }

  bool has_column(std::string_view name) const;
  // Throws mlcore::Error listing the available columns when name is unknown.
  const Column& column(std::string_view name) const;
  Column& column(std::string_view name);
  // By position; throws mlcore::Error when index >= cols().
  const Column& column(std::size_t index) const;
  const std::vector<Column>& columns() const { return columns_; }
  std::vector<std::string> column_names() const;

  // Adds a column; throws when the name is empty or taken, or the length differs from rows() (the
  // first column sets rows()).
  void add_column(Column column);

  // A new table with only the listed columns, in that order. Throws like column(name) for an
  // unknown name and like add_column for a repeated one.
  Table select(const std::vector<std::string>& names) const;
  // A new table with the given rows, in that order (indices may repeat). Throws mlcore::Error when
  // an index is not below rows().
  Table take_rows(const std::vector<std::size_t>& rows) const;

 private:
  std::vector<Column> columns_;
};

}  // namespace mlcore

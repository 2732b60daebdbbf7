#include "mlcore/table.hpp"

#include <algorithm>
#include <limits>
#include <string>
#include <utility>

#include "mlcore/error.hpp"
#include "number.hpp"

namespace mlcore {

namespace {

std::string quoted(std::string_view name) {
  std::string out = "'";
  out.append(name);
  out += "'";
  return out;
}

}  // namespace

const char* column_type_name(ColumnType type) {
  switch (type) {
    case ColumnType::kNumeric:
      return "numeric";
    case ColumnType::kCategorical:
      return "categorical";
    case ColumnType::kBoolean:
      return "boolean";
  }
  return "unknown";
}

// ---------------------------------------------------------------------------------------------
// Column

Column::Column(std::string name, ColumnType type) : name_(std::move(name)), type_(type) {}

namespace {

[[noreturn]] void throw_row_out_of_range(const std::string& name, std::size_t row,
                                         std::size_t size) {
  throw Error("column " + quoted(name) + ": row " + std::to_string(row) + " is out of range (" +
              std::to_string(size) + " rows)");
}

[[noreturn]] void throw_type_mismatch(const std::string& name, ColumnType actual,
                                      const char* operation, const char* wanted) {
  throw Error("column " + quoted(name) + " is " + column_type_name(actual) + ", but " + operation +
              " needs a " + wanted + " column");
}

}  // namespace

bool Column::is_missing(std::size_t row) const {
  if (row >= size()) throw_row_out_of_range(name_, row, size());
  return missing_[row] != 0;
}

std::size_t Column::missing_count() const {
  return static_cast<std::size_t>(std::count(missing_.begin(), missing_.end(), 1));
}

double Column::numeric(std::size_t row) const {
  if (type_ != ColumnType::kNumeric) throw_type_mismatch(name_, type_, "numeric()", "numeric");
  if (row >= size()) throw_row_out_of_range(name_, row, size());
  return numbers_[row];
}

const std::string& Column::text(std::size_t row) const {
  if (type_ != ColumnType::kCategorical) {
    throw_type_mismatch(name_, type_, "text()", "categorical");
  }
  if (row >= size()) throw_row_out_of_range(name_, row, size());
  return texts_[row];
}

bool Column::boolean(std::size_t row) const {
  if (type_ != ColumnType::kBoolean) throw_type_mismatch(name_, type_, "boolean()", "boolean");
  if (row >= size()) throw_row_out_of_range(name_, row, size());
  return numbers_[row] != 0.0;
}

std::string Column::to_string(std::size_t row) const {
  if (is_missing(row)) return "";
  switch (type_) {
    case ColumnType::kNumeric: {
      std::string out;
      detail::append_number(out, numbers_[row]);
      return out;
    }
    case ColumnType::kCategorical:
      return texts_[row];
    case ColumnType::kBoolean:
      return numbers_[row] != 0.0 ? "true" : "false";
  }
  return "";
}

void Column::push_numeric(double value) {
  if (type_ != ColumnType::kNumeric) {
    throw_type_mismatch(name_, type_, "push_numeric()", "numeric");
  }
  numbers_.push_back(value);
  missing_.push_back(0);
}

void Column::push_text(std::string value) {
  if (type_ != ColumnType::kCategorical) {
    throw_type_mismatch(name_, type_, "push_text()", "categorical");
  }
  texts_.push_back(std::move(value));
  missing_.push_back(0);
}

void Column::push_boolean(bool value) {
  if (type_ != ColumnType::kBoolean) {
    throw_type_mismatch(name_, type_, "push_boolean()", "boolean");
  }
  numbers_.push_back(value ? 1.0 : 0.0);
  missing_.push_back(0);
}

void Column::push_missing() {
  switch (type_) {
    case ColumnType::kNumeric:
      numbers_.push_back(std::numeric_limits<double>::quiet_NaN());
      break;
    case ColumnType::kCategorical:
      texts_.emplace_back();
      break;
    case ColumnType::kBoolean:
      numbers_.push_back(0.0);
      break;
  }
  missing_.push_back(1);
}

void Column::reserve(std::size_t n) {
  if (type_ == ColumnType::kCategorical) {
    texts_.reserve(n);
  } else {
    numbers_.reserve(n);
  }
  missing_.reserve(n);
}

const std::vector<double>& Column::numeric_values() const {
  if (type_ == ColumnType::kCategorical) {
    throw_type_mismatch(name_, type_, "numeric_values()", "numeric or boolean");
  }
  return numbers_;
}

const std::vector<std::string>& Column::text_values() const {
  if (type_ != ColumnType::kCategorical) {
    throw_type_mismatch(name_, type_, "text_values()", "categorical");
  }
  return texts_;
}

Column Column::take_rows(const std::vector<std::size_t>& rows) const {
  for (std::size_t row : rows) {
    if (row >= size()) throw_row_out_of_range(name_, row, size());
  }
  Column out(name_, type_);
  out.missing_.reserve(rows.size());
  if (type_ == ColumnType::kCategorical) {
    out.texts_.reserve(rows.size());
    for (std::size_t row : rows) out.texts_.push_back(texts_[row]);
  } else {
    out.numbers_.reserve(rows.size());
    for (std::size_t row : rows) out.numbers_.push_back(numbers_[row]);
  }
  for (std::size_t row : rows) out.missing_.push_back(missing_[row]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Table

std::size_t Table::rows() const { return columns_.empty() ? 0 : columns_.front().size(); }

bool Table::has_column(std::string_view name) const {
  return std::any_of(columns_.begin(), columns_.end(),
                     [name](const Column& c) { return c.name() == name; });
}

const Column& Table::column(std::string_view name) const {
  for (const Column& c : columns_) {
    if (c.name() == name) return c;
  }
  // Names are quoted so that stray spaces (" price" vs "price") are visible.
  std::string message = "no column named " + quoted(name) + "; available columns: ";
  if (columns_.empty()) {
    message += "(none)";
  } else {
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      if (i > 0) message += ", ";
      message += quoted(columns_[i].name());
    }
  }
  throw Error(message);
}

Column& Table::column(std::string_view name) {
  return const_cast<Column&>(static_cast<const Table&>(*this).column(name));
}

const Column& Table::column(std::size_t index) const {
  if (index >= columns_.size()) {
    throw Error("column index " + std::to_string(index) + " is out of range (" +
                std::to_string(columns_.size()) + " columns)");
  }
  return columns_[index];
}

std::vector<std::string> Table::column_names() const {
  std::vector<std::string> names;
  names.reserve(columns_.size());
  for (const Column& c : columns_) names.push_back(c.name());
  return names;
}

void Table::add_column(Column column) {
  if (column.name().empty()) throw Error("column names must not be empty");
  if (has_column(column.name())) {
    throw Error("the table already has a column named " + quoted(column.name()));
  }
  if (!columns_.empty() && column.size() != rows()) {
    throw Error("column " + quoted(column.name()) + " has " + std::to_string(column.size()) +
                " rows, but the table has " + std::to_string(rows()));
  }
  columns_.push_back(std::move(column));
}

Table Table::select(const std::vector<std::string>& names) const {
  Table out;
  for (const std::string& name : names) out.add_column(column(name));
  return out;
}

Table Table::take_rows(const std::vector<std::size_t>& rows) const {
  for (std::size_t row : rows) {
    if (row >= this->rows()) {
      throw Error("row index " + std::to_string(row) + " is out of range (table has " +
                  std::to_string(this->rows()) + " rows)");
    }
  }
  Table out;
  for (const Column& c : columns_) out.add_column(c.take_rows(rows));
  return out;
}

}  // namespace mlcore

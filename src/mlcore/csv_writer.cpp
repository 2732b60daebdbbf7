// to_csv: a Table as RFC 4180 text that parse_csv reads back to the same table.
#include <string>
#include <string_view>

#include "mlcore/csv.hpp"
#include "number.hpp"

namespace mlcore {

namespace {

// Quoting only where needed keeps the output diff-friendly. Leading or trailing spaces are quoted
// too, so that tools which trim unquoted fields keep them.
bool needs_quotes(std::string_view text) {
  if (text.empty()) return false;
  if (text.front() == ' ' || text.back() == ' ') return true;
  return text.find_first_of(",\"\r\n") != std::string_view::npos;
}

void append_field(std::string& out, std::string_view text) {
  if (!needs_quotes(text)) {
    out.append(text);
    return;
  }
  out += '"';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void append_cell(std::string& out, const Column& column, std::size_t row) {
  if (column.is_missing(row)) return;
  switch (column.type()) {
    case ColumnType::kNumeric:
      detail::append_number(out, column.numeric(row));
      return;
    case ColumnType::kBoolean:
      out += column.boolean(row) ? "true" : "false";
      return;
    case ColumnType::kCategorical:
      append_field(out, column.text(row));
      return;
  }
}

}  // namespace

std::string to_csv(const Table& table) {
  std::string out;
  const std::vector<Column>& columns = table.columns();
  if (columns.empty()) return out;
  for (std::size_t j = 0; j < columns.size(); ++j) {
    if (j > 0) out += ',';
    append_field(out, columns[j].name());
  }
  out += '\n';
  for (std::size_t row = 0; row < table.rows(); ++row) {
    for (std::size_t j = 0; j < columns.size(); ++j) {
      if (j > 0) out += ',';
      append_cell(out, columns[j], row);
    }
    out += '\n';
  }
  return out;
}

}  // namespace mlcore

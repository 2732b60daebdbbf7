// RFC 4180 CSV reading and writing for mlcore::Table.
//
// Reading handles quoted fields with embedded commas, quotes ("") and newlines, CRLF or LF line
// ends, a UTF-8 byte-order mark, and treats empty cells and the configured missing markers as
// missing. Column types are inferred per column unless given: numeric when every present cell
// parses as a finite or infinite double, boolean when every present cell is true/false
// (case-insensitive), otherwise categorical. A column that is entirely missing is numeric.
//
// Errors throw mlcore::CsvError carrying the source name, 1-based line and column.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mlcore/error.hpp"
#include "mlcore/table.hpp"

namespace mlcore {

struct CsvOptions {
  char delimiter = ',';
  // Cell texts read as missing, in addition to the empty cell.
  std::vector<std::string> missing_markers = {"NA", "N/A", "NaN", "null"};
  // Forced column types by name; other columns are inferred. A forced numeric column whose cell
  // does not parse throws CsvError naming the line and column.
  std::map<std::string, ColumnType> types;
  // Largest input accepted, in bytes; larger throws CsvError (guards against unbounded input).
  std::size_t max_bytes = std::size_t{1} << 30;
};

// Parses a whole cell as a number the way the reader infers numeric columns: optional surrounding
// spaces, then a decimal or scientific number ("42", "-3.5", "1e-3", "inf", "nan" are numbers;
// "", "12kg", "0x1A", "1,5" are not). Returns std::nullopt when the cell is not a number.
std::optional<double> parse_number(std::string_view cell);

// Parses CSV text. source_name is used in error messages (a file path or "<input>").
Table parse_csv(std::string_view text, const CsvOptions& options = {},
                const std::string& source_name = "<input>");

// Reads a CSV file. Throws CsvError when the file cannot be read or parsed.
Table read_csv(const std::string& path, const CsvOptions& options = {});

// Writes the table as RFC 4180 CSV (header row, LF line ends, quoting only where needed).
std::string to_csv(const Table& table);

}  // namespace mlcore

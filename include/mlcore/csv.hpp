// RFC 4180 CSV reading and writing for mlcore::Table.
//
// Reading handles quoted fields with embedded commas, quotes ("") and newlines, CRLF or LF line
// ends, a UTF-8 byte-order mark, and treats empty cells and the configured missing markers as
// missing. Column types are inferred per column unless given: numeric when every present cell
// passes parse_number (NaN included), boolean when every present cell is true/false
// (case-insensitive), otherwise categorical. A column that is entirely missing is numeric.
//
// Details of reading:
//   - The header row is required and its names must be non-empty and distinct.
//   - A cell is missing when it is empty or equals a missing marker exactly (case-sensitive, no
//     trimming: " NA" is text). Quoting changes nothing: a quoted empty string "" and a quoted
//     "NA" are missing too. Lower-case "nan" is not a default marker: it is a present NaN number.
//   - Categorical text is kept byte for byte (no trimming: " Fire" and "Fire" differ); numbers
//     may have surrounding spaces (see parse_number).
//   - A blank line is a record of one empty field (RFC 4180): a missing cell in a one-column
//     file, a wrong-field-count error otherwise. A final line end does not start a record.
//   - A quote inside an unquoted field, text after a closing quote, and a CR that is not part of
//     a CRLF outside quotes are errors. Inside quotes every byte is kept, CR and LF included.
//
// Errors throw mlcore::CsvError carrying the source name, a line and a column. The column is the
// 1-based index of the field (the CSV column), not a byte offset. Lines are 1-based physical
// lines after any byte-order mark (LF and CRLF each end one), so a quoted field spanning lines
// moves the line numbers of later records.
//   - A bad cell (forced type mismatch, stray or unterminated quote) is reported at the line
//     where that field starts (for an unterminated quote, the line of the opening quote).
//   - A record with the wrong number of fields is reported at the line where it starts and at the
//     first missing or extra field: min(fields, header fields) + 1.
//   - Empty input is line 1, column 1. An unknown name in CsvOptions::types is line 1, column 0.
//   - Whole-input problems (max_bytes, an invalid delimiter, read_csv's file errors) are line 0,
//     column 0.
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
  // Field separator; a quote, CR or LF is rejected with CsvError.
  char delimiter = ',';
  // Cell texts read as missing, in addition to the empty cell.
  std::vector<std::string> missing_markers = {"NA", "N/A", "NaN", "null"};
  // Forced column types by name; other columns are inferred. A forced numeric column whose cell
  // does not parse throws CsvError naming the line and column; so does a forced boolean column
  // with a present cell other than true/false. A forced categorical column keeps number-like text
  // ("00123"). A name the header lacks throws CsvError naming it.
  std::map<std::string, ColumnType> types;
  // Largest input accepted, in bytes; larger throws CsvError (guards against unbounded input).
  std::size_t max_bytes = std::size_t{1} << 30;
};

// Parses a whole cell as a number the way the reader infers numeric columns: optional surrounding
// spaces, then a decimal or scientific number ("42", "-3.5", "1e-3", "inf", "nan" are numbers;
// "", "12kg", "0x1A", "1,5" are not). Returns std::nullopt when the cell is not a number.
// Precisely: ASCII spaces (not tabs) may surround the number; one leading '+' is accepted ("+1",
// not "+-1" or "+"); "inf", "infinity" and "nan" match in any case; a decimal point is always
// '.', whatever the locale; the nearest double is returned, and values beyond double's range
// become +-inf ("1e400") or +-0 ("1e-400") as with strtod.
std::optional<double> parse_number(std::string_view cell);

// Parses CSV text. source_name is used in error messages (a file path or "<input>").
Table parse_csv(std::string_view text, const CsvOptions& options = {},
                const std::string& source_name = "<input>");

// Reads a CSV file. Throws CsvError when the file cannot be read (source = path, line 0, message
// with the system's reason, e.g. "cannot open file: No such file or directory"), is larger than
// max_bytes, or cannot be parsed (source = path).
Table read_csv(const std::string& path, const CsvOptions& options = {});

// Writes the table as RFC 4180 CSV (header row, LF line ends, quoting only where needed).
// A field is quoted when it contains a comma, quote, CR or LF or starts or ends with a space.
// Numbers use the shortest text that reads back as the same double ("0.1", "1e+20", "-0", "inf",
// "nan"); booleans are true/false; missing cells are empty. A table without columns is "".
// parse_csv(to_csv(t)) gives back t's names, missing cells, values and types, except where
// reading cannot tell: present text that is empty or a missing marker reads back as missing, a
// categorical column whose present cells all look like numbers or booleans (or are all missing)
// is inferred as those (force it with CsvOptions::types), and an all-missing boolean column reads
// back as numeric.
std::string to_csv(const Table& table);

}  // namespace mlcore

// CsvTokenizer: splits RFC 4180 text into records of fields (internal to mlcore).
//
// It knows quoting and line ends, nothing about headers or types. Fields are views: into the
// input for plain fields, into the tokenizer's own buffer for quoted fields that contained doubled
// quotes. Views stay valid until the next call to next().
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mlcore::detail {

struct CsvField {
  std::string_view text;  // unquoted and unescaped
  std::size_t line = 0;   // 1-based physical line where the field starts
  bool quoted = false;
};

class CsvTokenizer {
 public:
  // text must outlive the tokenizer; source names it in errors (and must outlive it too).
  CsvTokenizer(std::string_view text, char delimiter, const std::string& source);

  // Reads the next record into fields (cleared first). Returns false at the end of input; a final
  // line end does not start another record. Throws CsvError (column = 1-based field index) for an
  // unterminated quote (at the quote's line), a quote inside an unquoted field, text after a
  // closing quote, or a carriage return that is not part of a CRLF outside quotes.
  bool next(std::vector<CsvField>& fields);

  // 1-based physical line where the record last returned by next() starts.
  std::size_t record_line() const { return record_line_; }

 private:
  enum class End { kDelimiter, kLineEnd, kInput };
  // Reads one field starting at pos_ and consumes what ended it.
  End read_field(std::size_t field_number, CsvField& field);
  [[noreturn]] void fail(std::size_t line, std::size_t field_number, const std::string& message);

  std::string_view text_;
  char delimiter_;
  const std::string& source_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  std::size_t record_line_ = 0;
  std::string unescaped_;  // quoted fields with "" of the current record
  struct Escaped {
    std::size_t field;
    std::size_t offset;
    std::size_t length;
  };
  std::vector<Escaped> escaped_;
};

// The number of records in text, header included, counting line ends outside quotes: exact for
// well-formed input, one more when the text ends with a line end. A cheap pass that lets readers
// size their columns once instead of growing them.
std::size_t count_records(std::string_view text);

}  // namespace mlcore::detail

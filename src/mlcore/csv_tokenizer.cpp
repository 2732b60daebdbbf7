#include "csv_tokenizer.hpp"

#include <algorithm>
#include <cstring>

#include "mlcore/error.hpp"

namespace mlcore::detail {

CsvTokenizer::CsvTokenizer(std::string_view text, char delimiter, const std::string& source)
    : text_(text), delimiter_(delimiter), source_(source) {}

void CsvTokenizer::fail(std::size_t line, std::size_t field_number, const std::string& message) {
  throw CsvError(source_, line, field_number, message);
}

bool CsvTokenizer::next(std::vector<CsvField>& fields) {
  fields.clear();
  unescaped_.clear();
  escaped_.clear();
  if (pos_ >= text_.size()) return false;
  record_line_ = line_;
  for (;;) {
    CsvField field;
    const End end = read_field(fields.size() + 1, field);
    fields.push_back(field);
    if (end != End::kDelimiter) break;
  }
  // Views into unescaped_ are made only now: appending to it may have moved its buffer.
  const std::string_view buffer = unescaped_;
  for (const Escaped& e : escaped_) fields[e.field].text = buffer.substr(e.offset, e.length);
  return true;
}

CsvTokenizer::End CsvTokenizer::read_field(std::size_t field_number, CsvField& field) {
  const std::size_t n = text_.size();
  const char* data = text_.data();
  field.line = line_;
  if (pos_ < n && data[pos_] == '"') {
    field.quoted = true;
    const std::size_t quote_line = line_;
    const std::size_t start = ++pos_;
    std::size_t segment = start;  // start of the text not yet copied to unescaped_
    std::size_t escaped_offset = 0;
    bool escaped = false;
    for (;;) {
      const void* found = std::memchr(data + pos_, '"', n - pos_);
      if (found == nullptr) {
        fail(quote_line, field_number,
             "unterminated quoted field: the quote opened here is never closed");
      }
      const std::size_t quote = static_cast<std::size_t>(static_cast<const char*>(found) - data);
      line_ += static_cast<std::size_t>(std::count(data + pos_, data + quote, '\n'));
      if (quote + 1 < n && data[quote + 1] == '"') {  // "" stands for one quote
        if (!escaped) {
          escaped = true;
          escaped_offset = unescaped_.size();
        }
        unescaped_.append(data + segment, quote + 1 - segment);
        pos_ = quote + 2;
        segment = pos_;
        continue;
      }
      if (escaped) {
        unescaped_.append(data + segment, quote - segment);
        escaped_.push_back({field_number - 1, escaped_offset, unescaped_.size() - escaped_offset});
      } else {
        field.text = text_.substr(start, quote - start);
      }
      pos_ = quote + 1;
      break;
    }
    if (pos_ >= n) return End::kInput;
    if (data[pos_] == delimiter_) {
      ++pos_;
      return End::kDelimiter;
    }
    if (data[pos_] == '\n') {
      ++pos_;
      ++line_;
      return End::kLineEnd;
    }
    if (data[pos_] == '\r' && pos_ + 1 < n && data[pos_ + 1] == '\n') {
      pos_ += 2;
      ++line_;
      return End::kLineEnd;
    }
    fail(line_, field_number,
         "unexpected text after the closing quote of a quoted field (a quote inside a quoted "
         "field is written as two quotes: \"\")");
  }

  const std::size_t start = pos_;
  while (pos_ < n) {
    const char c = data[pos_];
    if (c == delimiter_) {
      field.text = text_.substr(start, pos_ - start);
      ++pos_;
      return End::kDelimiter;
    }
    if (c == '\n') {
      field.text = text_.substr(start, pos_ - start);
      ++pos_;
      ++line_;
      return End::kLineEnd;
    }
    if (c == '\r') {
      if (pos_ + 1 < n && data[pos_ + 1] == '\n') {
        field.text = text_.substr(start, pos_ - start);
        pos_ += 2;
        ++line_;
        return End::kLineEnd;
      }
      fail(line_, field_number,
           "carriage return outside quotes that is not part of a CRLF line end (line ends must "
           "be LF or CRLF)");
    }
    if (c == '"') {
      fail(line_, field_number,
           "quote inside an unquoted field (quote the whole field and double inner quotes, as "
           "in \"say \"\"hi\"\"\")");
    }
    ++pos_;
  }
  field.text = text_.substr(start);
  return End::kInput;
}

std::size_t count_records(std::string_view text) {
  // memchr does the scanning: line by line outside quotes, quote to quote inside them. A doubled
  // quote closes and reopens, which leaves the state right without parsing fields.
  const char* pos = text.data();
  const char* const end = pos + text.size();
  std::size_t records = 1;
  while (pos < end) {
    const auto* line_end = static_cast<const char*>(std::memchr(pos, '\n', end - pos));
    const char* segment_end = line_end == nullptr ? end : line_end;
    const auto* quote = static_cast<const char*>(std::memchr(pos, '"', segment_end - pos));
    if (quote == nullptr) {
      if (line_end == nullptr) break;
      ++records;
      pos = line_end + 1;
      continue;
    }
    const auto* closing = static_cast<const char*>(std::memchr(quote + 1, '"', end - quote - 1));
    if (closing == nullptr) break;
    pos = closing + 1;
  }
  return records;
}

}  // namespace mlcore::detail

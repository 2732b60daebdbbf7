// parse_csv and read_csv: CSV text to a typed Table.
//
// Reading is one tokenizer pass that also infers types, parsing numeric candidates straight into
// their columns. Only when some column turns out boolean or categorical does a second pass fill
// those columns: their earlier cells had to be seen as text again, and re-tokenizing is cheaper
// than keeping every cell's text around in case the column stops being numeric.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "csv_tokenizer.hpp"
#include "mlcore/csv.hpp"

namespace mlcore {

namespace {

using detail::CsvField;
using detail::CsvTokenizer;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// A cell as shown in messages: quoted, and cut short so a huge cell cannot flood the terminal.
std::string preview(std::string_view cell) {
  constexpr std::size_t kMax = 40;
  std::string out = "'";
  out.append(cell.substr(0, kMax));
  out += cell.size() > kMax ? "...'" : "'";
  return out;
}

bool equals_lowercase(std::string_view cell, std::string_view lower) {
  if (cell.size() != lower.size()) return false;
  for (std::size_t i = 0; i < cell.size(); ++i) {
    char c = cell[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

std::optional<bool> parse_boolean(std::string_view cell) {
  if (equals_lowercase(cell, "true")) return true;
  if (equals_lowercase(cell, "false")) return false;
  return std::nullopt;
}

class MissingMarkers {
 public:
  explicit MissingMarkers(const std::vector<std::string>& markers) : markers_(markers) {}
  // Exact comparison: " NA" is text, not missing. Quoting does not matter ("NA" quoted is missing
  // too), so a quoted empty field is missing like an empty one.
  bool operator()(std::string_view cell) const {
    if (cell.empty()) return true;
    for (const std::string& marker : markers_) {
      if (cell == marker) return true;
    }
    return false;
  }

 private:
  const std::vector<std::string>& markers_;
};

struct ColumnState {
  ColumnState(std::string name, std::optional<ColumnType> forced_type)
      : forced(forced_type), column(std::move(name), forced_type.value_or(ColumnType::kNumeric)) {}

  std::optional<ColumnType> forced;
  bool maybe_numeric = true;  // inferred columns only: every present cell so far is a number
  bool maybe_boolean = true;  // inferred columns only: every present cell so far is true/false
  bool any_present = false;
  // Filled in the first pass for forced columns and numeric candidates; a column that stops
  // being numeric is emptied and filled in the second pass once its type is known.
  Column column;

  bool needs_second_pass() const { return !forced && !maybe_numeric; }
};

class Reader {
 public:
  Reader(std::string_view text, const CsvOptions& options, const std::string& source)
      : text_(text), options_(options), source_(source), is_missing_(options.missing_markers) {}

  Table read();

 private:
  std::vector<std::string> read_header(CsvTokenizer& tokenizer);
  void check_record(const CsvTokenizer& tokenizer) const;
  void first_pass_cell(ColumnState& state, const CsvField& field, std::size_t field_number);
  void second_pass();

  std::string_view text_;
  const CsvOptions& options_;
  const std::string& source_;
  MissingMarkers is_missing_;
  std::vector<ColumnState> states_;
  std::vector<CsvField> fields_;
  std::size_t rows_ = 0;  // records after the header, counted by the first pass
};

std::vector<std::string> Reader::read_header(CsvTokenizer& tokenizer) {
  if (!tokenizer.next(fields_)) {
    throw CsvError(source_, 1, 1,
                   "empty input: the first line must be a header naming the columns");
  }
  std::vector<std::string> names;
  names.reserve(fields_.size());
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    const CsvField& field = fields_[i];
    if (field.text.empty()) {
      throw CsvError(source_, field.line, i + 1,
                     "column " + std::to_string(i + 1) + " has an empty name in the header");
    }
    for (std::size_t k = 0; k < names.size(); ++k) {
      if (names[k] == field.text) {
        throw CsvError(source_, field.line, i + 1,
                       "duplicate column name " + preview(field.text) + " (columns " +
                           std::to_string(k + 1) + " and " + std::to_string(i + 1) + ")");
      }
    }
    names.emplace_back(field.text);
  }
  for (const auto& [name, type] : options_.types) {
    bool known = false;
    for (const std::string& n : names) known = known || n == name;
    if (!known) {
      std::string message = "options.types names column " + preview(name) +
                            ", which the header does not have; columns are:";
      for (const std::string& n : names) message += " " + preview(n);
      throw CsvError(source_, tokenizer.record_line(), 0, message);
    }
  }
  return names;
}

void Reader::check_record(const CsvTokenizer& tokenizer) const {
  const std::size_t expected = states_.size();
  const std::size_t got = fields_.size();
  if (got == expected) return;
  std::string message = "record has " + std::to_string(got) + (got == 1 ? " field" : " fields") +
                        " but the header has " + std::to_string(expected);
  if (got == 1 && fields_[0].text.empty() && !fields_[0].quoted) message += " (blank line?)";
  // The column is the first field that is missing or extra.
  throw CsvError(source_, tokenizer.record_line(), std::min(got, expected) + 1, message);
}

void Reader::first_pass_cell(ColumnState& state, const CsvField& field, std::size_t field_number) {
  const bool missing = is_missing_(field.text);
  if (state.forced) {
    if (missing) {
      state.column.push_missing();
      return;
    }
    switch (*state.forced) {
      case ColumnType::kNumeric: {
        const std::optional<double> value = parse_number(field.text);
        if (!value) {
          throw CsvError(source_, field.line, field_number,
                         "column " + preview(state.column.name()) +
                             " is numeric (options.types) but " + preview(field.text) +
                             " is not a number");
        }
        state.column.push_numeric(*value);
        return;
      }
      case ColumnType::kBoolean: {
        const std::optional<bool> value = parse_boolean(field.text);
        if (!value) {
          throw CsvError(source_, field.line, field_number,
                         "column " + preview(state.column.name()) +
                             " is boolean (options.types) but " + preview(field.text) +
                             " is not true or false");
        }
        state.column.push_boolean(*value);
        return;
      }
      case ColumnType::kCategorical:
        state.column.push_text(std::string(field.text));
        return;
    }
  }
  if (missing) {
    if (state.maybe_numeric) state.column.push_missing();
    return;
  }
  if (state.maybe_numeric) {
    if (const std::optional<double> value = parse_number(field.text)) {
      state.column.push_numeric(*value);
      state.any_present = true;
      return;
    }
    state.maybe_numeric = false;
    // Earlier present cells were numbers, so the column can be boolean only if there were none.
    state.maybe_boolean = !state.any_present;
    state.column = Column(state.column.name(), ColumnType::kCategorical);  // frees the numbers
  }
  if (state.maybe_boolean && !parse_boolean(field.text)) state.maybe_boolean = false;
  state.any_present = true;
}

void Reader::second_pass() {
  std::vector<std::size_t> pending;
  for (std::size_t j = 0; j < states_.size(); ++j) {
    ColumnState& state = states_[j];
    if (!state.needs_second_pass()) continue;
    pending.push_back(j);
    const ColumnType type = state.maybe_boolean ? ColumnType::kBoolean : ColumnType::kCategorical;
    state.column = Column(state.column.name(), type);
    state.column.reserve(rows_);
  }
  if (pending.empty()) return;
  // The first pass validated every record, so this one cannot throw.
  CsvTokenizer tokenizer(text_, options_.delimiter, source_);
  tokenizer.next(fields_);  // the header
  while (tokenizer.next(fields_)) {
    for (std::size_t j : pending) {
      const std::string_view cell = fields_[j].text;
      Column& column = states_[j].column;
      if (is_missing_(cell)) {
        column.push_missing();
      } else if (column.type() == ColumnType::kBoolean) {
        column.push_boolean(*parse_boolean(cell));
      } else {
        column.push_text(std::string(cell));
      }
    }
  }
}

Table Reader::read() {
  CsvTokenizer tokenizer(text_, options_.delimiter, source_);
  std::vector<std::string> names = read_header(tokenizer);
  states_.reserve(names.size());
  for (std::string& name : names) {
    const auto forced = options_.types.find(name);
    states_.emplace_back(std::move(name), forced == options_.types.end()
                                              ? std::nullopt
                                              : std::optional<ColumnType>(forced->second));
  }
  const std::size_t capacity =
      std::min(detail::count_records(text_) - 1, text_.size() / states_.size() + 1);
  for (ColumnState& state : states_) state.column.reserve(capacity);
  while (tokenizer.next(fields_)) {
    check_record(tokenizer);
    for (std::size_t j = 0; j < states_.size(); ++j) first_pass_cell(states_[j], fields_[j], j + 1);
    ++rows_;
  }
  second_pass();
  Table table;
  for (ColumnState& state : states_) table.add_column(std::move(state.column));
  return table;
}

// Closes a file descriptor on every path out of read_file.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

[[noreturn]] void throw_file_error(const std::string& path, const char* what, int error) {
  throw CsvError(path, 0, 0, std::string(what) + ": " + std::system_category().message(error));
}

std::string too_large(std::size_t limit) {
  return "input is larger than max_bytes (" + std::to_string(limit) + " bytes)";
}

std::string read_file(const std::string& path, std::size_t max_bytes) {
  FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) throw_file_error(path, "cannot open file", errno);
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) throw_file_error(path, "cannot read file", errno);
  if (S_ISDIR(info.st_mode)) throw_file_error(path, "cannot read file", EISDIR);
  std::size_t expected = 0;
  if (S_ISREG(info.st_mode)) {
    expected = static_cast<std::size_t>(info.st_size);
    if (expected > max_bytes) throw CsvError(path, 0, 0, too_large(max_bytes));
  }
  // Read straight into the string, and on to the end rather than trusting st_size: pipes report
  // 0 and files can grow. One spare byte lets a regular file's end show without a reallocation.
  // Reading stops one byte past max_bytes: enough to know the input is too large.
  const std::size_t limit = max_bytes < SIZE_MAX ? max_bytes + 1 : max_bytes;
  std::string text(std::min(expected + 1, limit), '\0');
  std::size_t used = 0;
  for (;;) {
    if (used == text.size()) {
      text.resize(std::min(std::max(used * 2, std::size_t{1} << 16), limit));
    }
    const ssize_t n = ::read(fd.get(), &text[used], text.size() - used);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw_file_error(path, "cannot read file", errno);
    }
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
    if (used > max_bytes) throw CsvError(path, 0, 0, too_large(max_bytes));
  }
  text.resize(used);
  return text;
}

}  // namespace

Table parse_csv(std::string_view text, const CsvOptions& options, const std::string& source_name) {
  if (text.size() > options.max_bytes) {
    throw CsvError(source_name, 0, 0, too_large(options.max_bytes));
  }
  const char d = options.delimiter;
  if (d == '"' || d == '\n' || d == '\r') {
    throw CsvError(source_name, 0, 0, "options.delimiter cannot be a quote, CR or LF");
  }
  if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
  return Reader(text, options, source_name).read();
}

Table read_csv(const std::string& path, const CsvOptions& options) {
  const std::string text = read_file(path, options.max_bytes);
  return parse_csv(text, options, path);
}

}  // namespace mlcore

// parse_number and append_number: the locale-independent number syntax of mlcore's CSV.
#include "number.hpp"

#include <charconv>
#include <limits>
#include <optional>
#include <string_view>
#include <system_error>

#include "mlcore/csv.hpp"

namespace mlcore {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// from_chars reports result_out_of_range without a value for decimals beyond double's range
// ("1e400", "1e-400"). strtod would give +-inf or +-0 and so do we; which one depends on the
// decimal exponent of the leading significant digit, estimated here from the text.
// text is known to be a complete, well-formed decimal number.
double out_of_range_value(std::string_view text) {
  std::size_t i = 0;
  const bool negative = !text.empty() && text[0] == '-';
  if (negative) ++i;
  long long magnitude = 0;  // decimal exponent of the first non-zero digit
  bool found = false;
  while (i < text.size() && is_digit(text[i])) {
    if (!found && text[i] != '0') {
      found = true;
      magnitude = 0;
    } else if (found) {
      ++magnitude;
    }
    ++i;
  }
  if (i < text.size() && text[i] == '.') {
    ++i;
    long long position = 0;
    while (i < text.size() && is_digit(text[i])) {
      --position;
      if (!found && text[i] != '0') {
        found = true;
        magnitude = position;
      }
      ++i;
    }
  }
  long long exponent = 0;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    bool exponent_negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
      exponent_negative = text[i] == '-';
      ++i;
    }
    constexpr long long kSaturate = 1'000'000'000;
    while (i < text.size() && is_digit(text[i])) {
      if (exponent < kSaturate) exponent = exponent * 10 + (text[i] - '0');
      ++i;
    }
    if (exponent_negative) exponent = -exponent;
  }
  const double zero_or_inf =
      found && magnitude + exponent > 0 ? std::numeric_limits<double>::infinity() : 0.0;
  return negative ? -zero_or_inf : zero_or_inf;
}

}  // namespace

std::optional<double> parse_number(std::string_view cell) {
  std::size_t begin = 0;
  std::size_t end = cell.size();
  while (begin < end && cell[begin] == ' ') ++begin;
  while (end > begin && cell[end - 1] == ' ') --end;
  std::string_view text = cell.substr(begin, end - begin);
  // from_chars rejects a leading '+', strtod accepts it; we accept exactly one before a digit,
  // '.', "inf" or "nan" (never "+-1").
  if (!text.empty() && text[0] == '+') {
    text.remove_prefix(1);
    if (!text.empty() && (text[0] == '+' || text[0] == '-')) return std::nullopt;
  }
  if (text.empty()) return std::nullopt;
  double value = 0.0;
  const char* last = text.data() + text.size();
  // chars_format::general is decimal with an optional exponent: no hex, unlike strtod.
  const auto [ptr, ec] = std::from_chars(text.data(), last, value, std::chars_format::general);
  if (ptr != last) return std::nullopt;  // "12kg", "0x1A", "1,5": a prefix is not a number
  if (ec == std::errc()) return value;
  if (ec == std::errc::result_out_of_range) return out_of_range_value(text);
  return std::nullopt;
}

namespace detail {

void append_number(std::string& out, double value) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

}  // namespace detail

}  // namespace mlcore

#include "mlcore/data/label_encode.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "mlcore/error.hpp"

namespace mlcore {
namespace {

[[noreturn]] void unlabeled(const Column& column, std::size_t row, const char* what) {
  throw Error("label_encode: column '" + column.name() + "' has " + what + " at row " +
              std::to_string(row));
}

}  // namespace

LabelEncoding label_encode(const Column& column) {
  const std::size_t n = column.size();
  LabelEncoding out;
  out.codes.resize(static_cast<Eigen::Index>(n));
  for (std::size_t r = 0; r < n; ++r)
    if (column.is_missing(r)) unlabeled(column, r, "a missing label");

  if (column.type() == ColumnType::kCategorical) {
    const std::vector<std::string>& texts = column.text_values();
    std::map<std::string, std::size_t> code;
    for (const std::string& t : texts) code.emplace(t, 0);
    std::size_t next = 0;
    for (auto& [text, c] : code) {
      c = next++;
      out.classes.push_back(text);
    }
    for (std::size_t r = 0; r < n; ++r)
      out.codes[static_cast<Eigen::Index>(r)] = static_cast<double>(code.at(texts[r]));
    return out;
  }

  const std::vector<double>& values = column.numeric_values();
  std::map<double, std::size_t> code;
  for (std::size_t r = 0; r < n; ++r) {
    if (std::isnan(values[r])) unlabeled(column, r, "a NaN label");
    code.emplace(values[r] == 0.0 ? 0.0 : values[r], 0);  // -0 and 0 are one label.
  }
  out.numeric_classes.resize(static_cast<Eigen::Index>(code.size()));
  std::size_t next = 0;
  std::map<double, std::size_t> first_row;
  for (std::size_t r = 0; r < n; ++r) first_row.emplace(values[r] == 0.0 ? 0.0 : values[r], r);
  for (auto& [value, c] : code) {
    out.numeric_classes[static_cast<Eigen::Index>(next)] = value;
    out.classes.push_back(column.to_string(first_row.at(value)));
    c = next++;
  }
  for (std::size_t r = 0; r < n; ++r)
    out.codes[static_cast<Eigen::Index>(r)] =
        static_cast<double>(code.at(values[r] == 0.0 ? 0.0 : values[r]));
  return out;
}

}  // namespace mlcore

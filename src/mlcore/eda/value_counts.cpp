#include "mlcore/eda/value_counts.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace mlcore {
namespace {

// Distinct keys in order of first appearance with their counts; the key type differs by column
// type, the bookkeeping does not.
template <typename Key>
struct Tally {
  std::unordered_map<Key, std::size_t> index;  // key -> position in entries
  std::vector<ValueCount> entries;

  void add(const Key& key, std::size_t row, const Column& column) {
    auto [it, inserted] = index.emplace(key, entries.size());
    if (inserted) entries.push_back(ValueCount{column.to_string(row), false, 0, 0});
    ++entries[it->second].count;
  }
};

bool is_missing_cell(const Column& column, std::size_t row) {
  if (column.is_missing(row)) return true;
  return column.type() == ColumnType::kNumeric && std::isnan(column.numeric(row));
}

}  // namespace

std::vector<ValueCount> value_counts(const Column& column, const ValueCountsOptions& options) {
  std::vector<ValueCount> entries;
  std::size_t missing = 0;
  if (column.type() == ColumnType::kCategorical) {
    Tally<std::string> tally;
    const auto& texts = column.text_values();
    for (std::size_t row = 0; row < column.size(); ++row) {
      if (column.is_missing(row)) {
        ++missing;
      } else {
        tally.add(texts[row], row, column);
      }
    }
    entries = std::move(tally.entries);
  } else {
    Tally<double> tally;
    const auto& numbers = column.numeric_values();
    for (std::size_t row = 0; row < column.size(); ++row) {
      if (is_missing_cell(column, row)) {
        ++missing;
      } else {
        // + 0.0 turns -0 into +0 so both land on one key.
        tally.add(numbers[row] + 0.0, row, column);
      }
    }
    entries = std::move(tally.entries);
  }
  if (options.include_missing && missing > 0) {
    entries.push_back(ValueCount{"", true, missing, 0});
  }
  // stable_sort keeps first-appearance order among equal counts (the missing entry, appended
  // last, goes after present values with the same count).
  std::stable_sort(entries.begin(), entries.end(),
                   [](const ValueCount& a, const ValueCount& b) { return a.count > b.count; });
  std::size_t total = 0;
  for (const auto& entry : entries) total += entry.count;
  for (auto& entry : entries) {
    entry.proportion = static_cast<double>(entry.count) / static_cast<double>(total);
  }
  return entries;
}

}  // namespace mlcore

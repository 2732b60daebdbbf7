// Exercise 1.3 — From row-by-row to columnar: summary statistics per type.
//
// Before training, and again on every new batch, a pipeline profiles its data: how many rows per
// class, and the mean and spread of each feature per class. On a million rows the profile must take
// milliseconds, not minutes. ex::reference::summarize_by_type_slow below computes it the way a
// first draft often does, one row at a time through a dictionary of text (pandas' iterrows()).
// You write summarize_by_type in type_summary.cpp: the same numbers, computed column by column,
// at least 5× faster. This header is the contract the grader tests against: read it, do not edit.
#pragma once

#include <array>
#include <cmath>
#include <cstddef>
#include <limits>
#include <map>
#include <string>
#include <vector>

#include "mlcore/table.hpp"

namespace ex {

// The six base-stat columns, in the order of TypeSummary::mean and TypeSummary::std.
inline const std::array<const char*, 6> kStatColumns = {"hp",        "attack",     "defense",
                                                        "sp_attack", "sp_defense", "speed"};

// The profile of one primary type (type1).
struct TypeSummary {
  std::string type;              // the type1 value, e.g. "Fire"
  std::size_t count = 0;         // rows with that type1
  std::array<double, 6> mean{};  // per stat, in kStatColumns order
  // Sample standard deviation (divisor count - 1, as pandas' std()) per stat; NaN when count < 2.
  std::array<double, 6> std{};
};

// The input: a table with a categorical "type1" column and the six numeric stat columns of
// kStatColumns (other columns may be present and are ignored). No cell of these is missing.
//
// Returns one TypeSummary per distinct type1 value, sorted by type (byte-wise), with the same
// numbers as summarize_by_type_slow (within 1e-9 relative). Types absent from the table are not
// listed. An empty table gives an empty vector.
std::vector<TypeSummary> summarize_by_type(const mlcore::Table& table);

namespace reference {

// The provided slow version: correct, and the baseline your speed is measured against. Each row
// becomes a map of column name -> text (every cell formatted, every column found by name), the
// stats are parsed back from that text, and each group keeps every row's record until the end.
inline std::vector<TypeSummary> summarize_by_type_slow(const mlcore::Table& table) {
  std::map<std::string, std::vector<std::map<std::string, double>>> groups;
  for (std::size_t row = 0; row < table.rows(); ++row) {
    std::map<std::string, std::string> record;
    for (const std::string& name : table.column_names())
      record[name] = table.column(name).to_string(row);
    std::map<std::string, double> stats;
    for (const char* stat : kStatColumns) stats[stat] = std::stod(record[stat]);
    groups[record["type1"]].push_back(stats);
  }
  std::vector<TypeSummary> out;
  for (const auto& [type, records] : groups) {
    TypeSummary summary;
    summary.type = type;
    summary.count = records.size();
    for (std::size_t s = 0; s < kStatColumns.size(); ++s) {
      double sum = 0;
      for (const auto& r : records) sum += r.at(kStatColumns[s]);
      const double mean = sum / static_cast<double>(records.size());
      double squares = 0;
      for (const auto& r : records)
        squares += (r.at(kStatColumns[s]) - mean) * (r.at(kStatColumns[s]) - mean);
      summary.mean[s] = mean;
      summary.std[s] = records.size() < 2
                           ? std::numeric_limits<double>::quiet_NaN()
                           : std::sqrt(squares / static_cast<double>(records.size() - 1));
    }
    out.push_back(summary);
  }
  return out;
}

}  // namespace reference
}  // namespace ex

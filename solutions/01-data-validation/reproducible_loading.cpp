// Exercise 1.2 — Reproducible loading: reference solution.
//
// Three steps, each removing one source of irreproducibility: check the schema by name before
// touching a value, parse with declared types, and fix the row order by a key instead of by
// arrival. Nothing time- or process-dependent enters the table.
#include "reproducible_loading.hpp"

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mlcore/csv.hpp"
#include "mlcore/table.hpp"

namespace ex {
namespace {

using mlcore::ColumnType;

// The canonical schema: names in output order and the type each must have.
const std::vector<std::pair<std::string, ColumnType>> kSchema = {
    {"num", ColumnType::kNumeric},        {"name", ColumnType::kCategorical},
    {"type1", ColumnType::kCategorical},  {"type2", ColumnType::kCategorical},
    {"hp", ColumnType::kNumeric},         {"attack", ColumnType::kNumeric},
    {"defense", ColumnType::kNumeric},    {"sp_attack", ColumnType::kNumeric},
    {"sp_defense", ColumnType::kNumeric}, {"speed", ColumnType::kNumeric},
    {"generation", ColumnType::kNumeric}, {"height_m", ColumnType::kNumeric},
    {"weight_kg", ColumnType::kNumeric},  {"is_legendary", ColumnType::kBoolean},
};

// The header's names only: reading them first lets the schema check run before any cell is
// typed, so a renamed column is reported as what it is rather than as a parse error.
std::vector<std::string> header_names(std::string_view csv_text) {
  const std::size_t end = csv_text.find('\n');
  return mlcore::parse_csv(csv_text.substr(0, end == std::string_view::npos ? end : end + 1))
      .column_names();
}

void check_schema(const std::vector<std::string>& header) {
  std::string absent;
  for (const auto& [name, type] : kSchema) {
    if (std::find(header.begin(), header.end(), name) != header.end()) continue;
    absent += (absent.empty() ? "" : ", ") + name;
  }
  if (!absent.empty()) throw SchemaError("upstream file lacks column(s): " + absent);
}

}  // namespace

mlcore::Table load_species(std::string_view csv_text) {
  check_schema(header_names(csv_text));

  // Declared types: the table's schema no longer depends on which rows this batch happens to
  // hold. Missing markers stay the reader's defaults, so a blank stays missing, not 0.
  mlcore::CsvOptions options;
  std::vector<std::string> names;
  for (const auto& [name, type] : kSchema) {
    options.types[name] = type;
    names.push_back(name);
  }
  const mlcore::Table table = mlcore::parse_csv(csv_text, options).select(names);

  // Order by the key (num), then name, so arrival order cannot leak into the result.
  const mlcore::Column& num = table.column("num");
  const mlcore::Column& name = table.column("name");
  std::vector<std::size_t> order(table.rows());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (num.numeric(a) != num.numeric(b)) return num.numeric(a) < num.numeric(b);
    return name.to_string(a) < name.to_string(b);
  });
  return table.take_rows(order);
}

}  // namespace ex

// Exercise 1.2 — Reproducible loading.
//
// This is the loader a previous teammate wrote. It "works" on the file they tested it with, but
// two loads of the same file never give the same bytes, a shuffled file gives a different table,
// and when upstream renamed a column it silently loaded the wrong data. Refactor it until it keeps
// the contract in reproducible_loading.hpp. Run `course check 1.2`, `course hint 1.2` when stuck.
//
// Useful mlcore calls (mlcore/csv.hpp, mlcore/table.hpp):
//   mlcore::CsvOptions options; options.types["hp"] = mlcore::ColumnType::kNumeric;
//   mlcore::parse_csv(text, options)  -> mlcore::Table (throws CsvError on a bad cell)
//   table.has_column(name), table.column(name), table.select({names...}),
//   table.take_rows({row indices...}), column.numeric(row), column.text(row)
#include "reproducible_loading.hpp"

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mlcore/csv.hpp"
#include "mlcore/table.hpp"

namespace ex {
namespace {

// The canonical names, in order. The messy loader finds them by position in the upstream file.
const std::vector<std::string> kCanonicalNames = {
    "num",       "name",       "type1", "type2",      "hp",       "attack",    "defense",
    "sp_attack", "sp_defense", "speed", "generation", "height_m", "weight_kg", "is_legendary"};

// Where each canonical column sat in the upstream export the day this loader was written.
const std::vector<std::size_t> kUpstreamPosition = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 16};

}  // namespace

mlcore::Table load_species(std::string_view csv_text) {
  // TODO 1 — typed parsing. The reader infers each column's type from whatever batch arrives: a
  // batch of single-typed species has an all-blank type2, which it types as numeric. Force the
  // canonical types (see the header) with mlcore::CsvOptions::types instead.
  const mlcore::Table raw = mlcore::parse_csv(csv_text);

  // TODO 2 — schema first. Columns are taken by POSITION, so a renamed or moved upstream column
  // loads the wrong data without a word. Look columns up by name, and before using any value
  // check that every canonical column exists; throw ex::SchemaError naming the absent ones.
  mlcore::Table out;
  for (std::size_t i = 0; i < kCanonicalNames.size(); ++i) {
    const mlcore::Column& source = raw.column(kUpstreamPosition[i]);
    mlcore::Column column(kCanonicalNames[i], source.type());
    for (std::size_t row = 0; row < source.size(); ++row) {
      // TODO 3 — explicit missing values. "Cleaning" blanks into 0 and "None" invents data: a
      // missing weight becomes a weightless Pokémon. Keep missing cells missing.
      if (source.is_missing(row)) {
        if (source.type() == mlcore::ColumnType::kNumeric) column.push_numeric(0);
        if (source.type() == mlcore::ColumnType::kCategorical) column.push_text("None");
        if (source.type() == mlcore::ColumnType::kBoolean) column.push_boolean(false);
      } else if (source.type() == mlcore::ColumnType::kNumeric) {
        column.push_numeric(source.numeric(row));
      } else if (source.type() == mlcore::ColumnType::kCategorical) {
        column.push_text(source.text(row));
      } else {
        column.push_boolean(source.boolean(row));
      }
    }
    out.add_column(std::move(column));
  }

  // TODO 4 — stable order. Rows come out in whatever order the file had them. Sort them by num,
  // ties by name (compute the order, then out.take_rows(order)).

  // TODO 5 — nothing else. A load timestamp makes every load different bytes: caches miss,
  // dataset hashes change, and "same data, same model" can no longer be checked. Remove it.
  mlcore::Column loaded_at("loaded_at", mlcore::ColumnType::kNumeric);
  const auto now = std::chrono::system_clock::now().time_since_epoch();
  const double micros =
      static_cast<double>(std::chrono::duration_cast<std::chrono::microseconds>(now).count());
  for (std::size_t row = 0; row < out.rows(); ++row) loaded_at.push_numeric(micros);
  out.add_column(std::move(loaded_at));
  return out;
}

}  // namespace ex

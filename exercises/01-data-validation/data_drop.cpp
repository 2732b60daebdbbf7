// Challenge 1.C — New Pokémon data drop.
//
// Implement review_drop (declared and specified in data_drop.hpp): schema, quality and drift
// review of a real new batch, plus a findings note. Run `course check 1.C`; `course hint 1.C`
// when stuck. To see the drop as your function gets it, print drop.column_names() and each
// column's type (mlcore::column_type_name); the unflattened records are the course's
// data/pokemon_gen8_9_raw.json (see data/SOURCES.md).
//
// Useful mlcore calls: table.has_column(name), table.column(name), column.type(),
// column.is_missing(row), column.numeric(row), column.to_string(row), Column(name, type) with
// push_numeric / push_text / push_missing, Table::add_column, and mlcore::drift_report
// (mlcore/validation/drift.hpp) with DriftOptions::columns.
#include "data_drop.hpp"

#include <string>
#include <vector>

#include "mlcore/table.hpp"
#include "mlcore/validation/drift.hpp"

namespace ex {

DropReport review_drop([[maybe_unused]] const mlcore::Table& reference,
                       [[maybe_unused]] const mlcore::Table& drop,
                       [[maybe_unused]] const DropContract& contract) {
  DropReport report;

  // TODO 1 — schema. For each FieldRule: is its `source` column in the drop, with the right
  // type? Record violations, and remember which fields are usable for the next steps.

  // TODO 2 — quality. For each usable field, walk the rows: missing required cells, numbers out
  // of [min, max], categories not allowed. Then the ids: seed a set with the reference's ids (as
  // text) and flag every drop row whose id is already in it (adding each id as you go).

  // TODO 3 — drift. Build two tables with the same (canonical) column names — the reference's
  // columns and the drop's source columns copied under their canonical names — and ask
  // mlcore::drift_report which features drifted.

  // TODO 4 — the note. Write Markdown with the headings Schema, Quality, Drift and
  // Recommendation, each with a few sentences: counts, the columns concerned, and what the data
  // owner should do about them. Numbers belong in the note: "35 rows weigh 0 kg", not "some".
  report.note = "# Findings\n\nTODO\n";
  return report;
}

}  // namespace ex

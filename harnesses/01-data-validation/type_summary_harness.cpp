// Harness for exercise 1.3 (per-type summary, row-by-row vs columnar). Builds the table from the
// case's CSV text, repeated `repeat` times (whole copies of the real rows, so every group keeps
// its shares), then runs either the learner's summarize_by_type or, when the case says
// "implementation": "slow", the provided ex::reference::summarize_by_type_slow — the baseline the
// speedup check measures against in a process of its own.
#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

#include "course/exercise/harness.hpp"
#include "mlcore/csv.hpp"
#include "type_summary.hpp"

namespace {

using nlohmann::json;

// NaN (a one-row group's spread) is written as null, which the expected values use too.
json numbers(const std::array<double, 6>& values) {
  json out = json::array();
  for (const double v : values) out.push_back(std::isnan(v) ? json(nullptr) : json(v));
  return out;
}

mlcore::Table repeated(const mlcore::Table& table, std::size_t times) {
  std::vector<std::size_t> rows;
  rows.reserve(table.rows() * times);
  for (std::size_t t = 0; t < times; ++t)
    for (std::size_t r = 0; r < table.rows(); ++r) rows.push_back(r);
  return table.take_rows(rows);
}

}  // namespace

namespace course::exercise {

json run_case(const json& input) {
  const mlcore::Table table = repeated(mlcore::parse_csv(input.at("csv").get<std::string>()),
                                       input.value("repeat", std::size_t{1}));
  const bool slow = input.value("implementation", std::string("learner")) == "slow";
  const std::vector<ex::TypeSummary> summaries =
      slow ? ex::reference::summarize_by_type_slow(table) : ex::summarize_by_type(table);
  json groups = json::array();
  for (const ex::TypeSummary& s : summaries)
    groups.push_back(
        {{"type", s.type}, {"count", s.count}, {"mean", numbers(s.mean)}, {"std", numbers(s.std)}});
  return {{"groups", groups}};
}

}  // namespace course::exercise

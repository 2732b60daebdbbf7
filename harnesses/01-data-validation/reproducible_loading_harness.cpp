// Harness for exercise 1.2 (reproducible loading): gives the learner's load_species() the case's
// CSV text and returns the loaded table as the bytes mlcore::to_csv writes plus each column's
// "name:type" (and the CSV split into lines, for messages that point at a line). The parent
// compares both with the canonical table built by the case generator.
#include <cstddef>
#include <string>

#include "course/exercise/harness.hpp"
#include "mlcore/csv.hpp"
#include "reproducible_loading.hpp"

namespace course::exercise {

nlohmann::json run_case(const nlohmann::json& input) {
  const mlcore::Table table = ex::load_species(input.at("csv").get<std::string>());
  nlohmann::json schema = nlohmann::json::array();
  for (const mlcore::Column& column : table.columns())
    schema.push_back(column.name() + ":" + mlcore::column_type_name(column.type()));
  // The same bytes also as lines, so that a failure can name the first line that differs.
  const std::string csv = mlcore::to_csv(table);
  nlohmann::json lines = nlohmann::json::array();
  for (std::size_t start = 0; start < csv.size();) {
    const std::size_t end = csv.find('\n', start);
    lines.push_back(csv.substr(start, end - start));
    start = end == std::string::npos ? csv.size() : end + 1;
  }
  return {{"csv", csv}, {"lines", lines}, {"schema", schema}};
}

}  // namespace course::exercise

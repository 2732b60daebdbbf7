// Harness for exercise 1.2 (reproducible loading): gives the learner's load_species() the case's
// CSV text and returns the loaded table as the bytes mlcore::to_csv writes plus each column's
// "name:type". The parent compares both with the canonical table built by the case generator.
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
  return {{"csv", mlcore::to_csv(table)}, {"schema", schema}};
}

}  // namespace course::exercise

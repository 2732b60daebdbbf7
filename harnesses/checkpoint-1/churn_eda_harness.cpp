// Harness for exam exercise checkpoint-1.2 (churn EDA findings): parses the case's CSV sample,
// calls the learner's explore_churn(), and returns the findings grouped the way the checkpoints
// judge them. The parent compares them with values computed by pandas on the same rows.
#include <string>

#include "churn_eda.hpp"
#include "course/exercise/harness.hpp"
#include "mlcore/csv.hpp"

namespace course::exercise {

nlohmann::json run_case(const nlohmann::json& input) {
  const mlcore::Table sample = mlcore::parse_csv(input.at("csv").get<std::string>());
  const ex::ChurnFindings f = ex::explore_churn(sample);
  return {{"churn_rates",
           {{"overall", f.churn_rate},
            {"international", f.churn_rate_international},
            {"domestic", f.churn_rate_domestic}}},
          {"largest_gap", {{"feature", f.largest_gap_feature}, {"gap", f.largest_gap}}},
          {"day_minutes_charge_correlation", f.day_minutes_charge_correlation},
          {"frequent_callers",
           {{"count", f.frequent_callers}, {"churn_rate", f.frequent_callers_churn_rate}}}};
}

}  // namespace course::exercise

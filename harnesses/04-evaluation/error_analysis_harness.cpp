// Harness for exercise 4.2 (error analysis): builds the classified rows and binnings of a case,
// calls analyse_errors, and returns the breakdown as records (confusions, ranges, the worst
// range) plus the three most frequent pairs in the learner's order ("top_pairs").
#include <cstddef>
#include <string>
#include <vector>

#include "course/exercise/harness.hpp"
#include "error_analysis.hpp"

namespace course::exercise {

using nlohmann::json;

json run_case(const json& input) {
  std::vector<ex::ClassifiedRow> rows;
  for (const json& r : input.at("rows"))
    rows.push_back({r.at("name").get<std::string>(), r.at("actual").get<std::string>(),
                    r.at("predicted").get<std::string>(),
                    r.at("features").get<std::vector<double>>()});
  std::vector<ex::Binning> binnings;
  for (const json& b : input.at("binnings"))
    binnings.push_back({b.at("feature").get<std::string>(), b.at("column").get<std::size_t>(),
                        b.at("edges").get<std::vector<double>>()});

  const ex::ErrorBreakdown breakdown =
      ex::analyse_errors(rows, binnings, input.at("min_rows").get<int>());
  json confusions = json::array();
  json top_pairs = json::array();
  for (const ex::Confusion& c : breakdown.confusions) {
    confusions.push_back({{"actual", c.actual}, {"predicted", c.predicted}, {"count", c.count}});
    if (top_pairs.size() < 3) top_pairs.push_back({c.actual, c.predicted, c.count});
  }
  json ranges = json::array();
  for (const ex::RangeRate& r : breakdown.ranges)
    ranges.push_back({{"feature", r.feature},
                      {"low", r.low},
                      {"high", r.high},
                      {"rows", r.rows},
                      {"errors", r.errors},
                      {"error_rate", r.error_rate}});
  const ex::RangeRate& w = breakdown.worst;
  return {{"errors", breakdown.errors},
          {"confusions", confusions},
          {"top_pairs", top_pairs},
          {"ranges", ranges},
          {"worst_range", {{"feature", w.feature}, {"low", w.low}, {"high", w.high}}}};
}

}  // namespace course::exercise

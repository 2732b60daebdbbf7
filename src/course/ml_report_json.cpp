#include "course/ml_report_json.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

#include "course/result.hpp"

namespace course {
namespace {

using nlohmann::json;

// NaN/inf are not JSON: write them as null.
json number(double value) { return std::isfinite(value) ? json(value) : json(nullptr); }

std::string dump(const json& doc) {
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string describe_json(const mlcore::Description& d, std::size_t rows) {
  json numeric = json::array(), categorical = json::array();
  for (const auto& s : d.numeric)
    numeric.push_back({{"column", s.column},
                       {"count", s.count},
                       {"missing", s.missing},
                       {"mean", number(s.mean)},
                       {"std", number(s.std)},
                       {"min", number(s.min)},
                       {"25%", number(s.q25)},
                       {"50%", number(s.median)},
                       {"75%", number(s.q75)},
                       {"max", number(s.max)}});
  for (const auto& s : d.categorical)
    categorical.push_back({{"column", s.column},
                           {"count", s.count},
                           {"missing", s.missing},
                           {"unique", s.unique},
                           {"top", s.top},
                           {"freq", s.freq}});
  return dump({{"format_version", kResultFormatVersion},
               {"rows", rows},
               {"numeric", numeric},
               {"categorical", categorical}});
}

std::string data_validation_json(const std::vector<mlcore::SchemaIssue>& issues,
                                 const mlcore::DriftReport& drift, std::size_t max_issues) {
  json listed = json::array();
  for (std::size_t i = 0; i < issues.size() && i < max_issues; ++i) {
    const auto& issue = issues[i];
    listed.push_back(
        {{"row", issue.row == mlcore::SchemaIssue::npos ? json(nullptr) : json(issue.row)},
         {"column", issue.column},
         {"kind", mlcore::schema_issue_kind_name(issue.kind)},
         {"message", issue.message}});
  }
  json features = json::array();
  bool any_drift = false;
  for (const auto& f : drift.features) {
    any_drift = any_drift || f.drifted;
    json entry = {{"column", f.column},
                  {"type", mlcore::column_type_name(f.type)},
                  {"drifted", f.drifted},
                  {"reasons", f.reasons},
                  {"psi", number(f.psi)},
                  {"reference_missing", f.reference_missing},
                  {"current_missing", f.current_missing}};
    if (f.type == mlcore::ColumnType::kNumeric) {
      entry["ks_statistic"] = number(f.numeric.ks.statistic);
      entry["ks_pvalue"] = number(f.numeric.ks.pvalue);
      entry["mean_shift"] = number(f.numeric.mean_shift);
      entry["std_ratio"] = number(f.numeric.std_ratio);
    } else {
      entry["total_variation"] = number(f.categorical.total_variation);
      entry["unseen_categories"] = f.categorical.unseen_categories;
    }
    features.push_back(entry);
  }
  return dump({{"format_version", kResultFormatVersion},
               {"ok", issues.empty() && !any_drift},
               {"issue_count", issues.size()},
               {"issues", listed},
               {"drift",
                {{"features", features},
                 {"only_in_reference", drift.only_in_reference},
                 {"only_in_current", drift.only_in_current}}}});
}

}  // namespace course

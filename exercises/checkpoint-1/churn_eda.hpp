// Checkpoint exam 1, part 2 — EDA findings as values.
//
// Exploration is only useful when its findings can be checked and repeated. Here you compute the
// findings a churn analysis starts from as typed values (the grader compares them with pandas'
// answers on the same rows) instead of prose. Write them up in words in FINDINGS.md.
//
// The table is a clean sample of data/churn.csv read with mlcore::parse_csv: text columns state,
// area_code, international_plan, voice_mail_plan and churn ("yes" / "no"); the other 15 columns
// are numeric. This header is the contract: do not edit it.
#pragma once

#include <cstddef>
#include <string>

#include "mlcore/table.hpp"

namespace ex {

struct ChurnFindings {
  // Share of rows with churn == "yes": over all rows, and within the rows whose
  // international_plan is "yes" (international) or "no" (domestic).
  double churn_rate = 0;
  double churn_rate_international = 0;
  double churn_rate_domestic = 0;

  // The numeric column whose mean differs most between churners and the others, in standard
  // deviations: |mean(churn == "yes") - mean(churn == "no")| / std(all rows, with n - 1).
  // Consider every numeric column (ColumnType::kNumeric) EXCEPT the four whose name ends in
  // "_charge": each is its minutes times a fixed rate (see the next finding), a copy that would
  // tie with its minutes column.
  std::string largest_gap_feature;
  double largest_gap = 0;

  // Pearson correlation of total_day_minutes and total_day_charge over all rows.
  double day_minutes_charge_correlation = 0;

  // Customers with more than 3 customer-service calls (number_customer_service_calls > 3), and
  // the churn rate among them.
  std::size_t frequent_callers = 0;
  double frequent_callers_churn_rate = 0;
};

// Computes the findings on `sample`. Throws mlcore::Error (from Table::column) when a column it
// needs is absent.
ChurnFindings explore_churn(const mlcore::Table& sample);

}  // namespace ex

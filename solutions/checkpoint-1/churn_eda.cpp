// Checkpoint exam 1, part 2 — reference solution.
//
// Plain loops over the columns: every finding is a mean, a ratio or a correlation, and writing
// them out makes the definitions (which rows, which denominator) explicit.
#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

#include "churn_eda.hpp"
#include "mlcore/table.hpp"

namespace ex {
namespace {

bool ends_with(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

double mean(const std::vector<double>& values) {
  double sum = 0;
  for (double v : values) sum += v;
  return sum / static_cast<double>(values.size());
}

// Sample standard deviation (n - 1), as pandas' std().
double stddev(const std::vector<double>& values) {
  const double m = mean(values);
  double ss = 0;
  for (double v : values) ss += (v - m) * (v - m);
  return std::sqrt(ss / static_cast<double>(values.size() - 1));
}

double pearson(const std::vector<double>& x, const std::vector<double>& y) {
  const double mx = mean(x), my = mean(y);
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  return sxy / std::sqrt(sxx * syy);
}

// Mean of `churned` over the rows where `in_group` holds.
double rate(const std::vector<bool>& churned, const std::vector<bool>& in_group) {
  std::size_t n = 0, yes = 0;
  for (std::size_t i = 0; i < churned.size(); ++i)
    if (in_group[i]) {
      ++n;
      yes += churned[i] ? 1 : 0;
    }
  return static_cast<double>(yes) / static_cast<double>(n);
}

}  // namespace

ChurnFindings explore_churn(const mlcore::Table& sample) {
  const std::size_t n = sample.rows();
  std::vector<bool> churned(n), international(n), domestic(n), everyone(n, true), frequent(n);
  const mlcore::Column& churn = sample.column("churn");
  const mlcore::Column& plan = sample.column("international_plan");
  const mlcore::Column& calls = sample.column("number_customer_service_calls");
  for (std::size_t i = 0; i < n; ++i) {
    churned[i] = churn.text(i) == "yes";
    international[i] = plan.text(i) == "yes";
    domestic[i] = plan.text(i) == "no";
    frequent[i] = calls.numeric(i) > 3;
  }

  ChurnFindings f;
  f.churn_rate = rate(churned, everyone);
  f.churn_rate_international = rate(churned, international);
  f.churn_rate_domestic = rate(churned, domestic);

  for (const mlcore::Column& col : sample.columns()) {
    if (col.type() != mlcore::ColumnType::kNumeric || ends_with(col.name(), "_charge")) continue;
    std::vector<double> yes, no;
    for (std::size_t i = 0; i < n; ++i) (churned[i] ? yes : no).push_back(col.numeric(i));
    const double gap = std::fabs(mean(yes) - mean(no)) / stddev(col.numeric_values());
    if (f.largest_gap_feature.empty() || gap > f.largest_gap) {
      f.largest_gap_feature = col.name();
      f.largest_gap = gap;
    }
  }

  f.day_minutes_charge_correlation = pearson(sample.column("total_day_minutes").numeric_values(),
                                             sample.column("total_day_charge").numeric_values());
  for (std::size_t i = 0; i < n; ++i) f.frequent_callers += frequent[i] ? 1 : 0;
  f.frequent_callers_churn_rate = rate(churned, frequent);
  return f;
}

}  // namespace ex

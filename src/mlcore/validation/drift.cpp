#include "mlcore/validation/drift.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "mlcore/error.hpp"
#include "number.hpp"

namespace mlcore {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string number_text(double value) {
  std::string out;
  detail::append_number(out, value);
  return out;
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

std::vector<double> present_numbers(const Column& column) {
  std::vector<double> values;
  values.reserve(column.size());
  const auto& numbers = column.numeric_values();
  for (std::size_t row = 0; row < column.size(); ++row) {
    if (!column.is_missing(row) && !std::isnan(numbers[row])) values.push_back(numbers[row]);
  }
  return values;
}

std::size_t present_count(const Column& column) {
  if (column.type() != ColumnType::kNumeric) return column.size() - column.missing_count();
  return present_numbers(column).size();
}

// Mean and sample standard deviation (two passes, ddof = 1; NaN std for one value).
void mean_std(const std::vector<double>& values, double& mean, double& std) {
  double sum = 0;
  for (double v : values) sum += v;
  const auto n = static_cast<double>(values.size());
  mean = sum / n;
  double squares = 0;
  for (double v : values) squares += (v - mean) * (v - mean);
  std = values.size() > 1 ? std::sqrt(squares / (n - 1)) : kNaN;
}

void numeric_feature(const Column& ref, const Column& cur, const DriftOptions& options,
                     FeatureDrift& f) {
  const auto a = present_numbers(ref);
  const auto b = present_numbers(cur);
  NumericDrift& d = f.numeric;
  d.psi = numeric_psi(a, b, options.psi_bins, options.psi_epsilon);
  d.ks = ks_2samp(a, b, options.ks_method);
  mean_std(a, d.reference_mean, d.reference_std);
  mean_std(b, d.current_mean, d.current_std);
  const double delta = d.current_mean - d.reference_mean;
  if (d.reference_std > 0) {
    d.mean_shift = delta / d.reference_std;
  } else {
    d.mean_shift = delta == 0 ? 0.0 : std::copysign(std::numeric_limits<double>::infinity(), delta);
  }
  d.std_ratio = d.current_std / d.reference_std;
  f.psi = d.psi.psi;
  if (d.ks.pvalue < options.ks_pvalue_threshold) {
    f.reasons.push_back("ks p-value " + number_text(d.ks.pvalue) + " < " +
                        number_text(options.ks_pvalue_threshold));
  }
}

FeatureDrift compare(const Column& ref, const Column& cur, const DriftOptions& options) {
  if (ref.type() != cur.type()) {
    throw Error("drift_report: column '" + ref.name() + "' is " + column_type_name(ref.type()) +
                " in the reference table but " + column_type_name(cur.type()) +
                " in the current table");
  }
  FeatureDrift f;
  f.column = ref.name();
  f.type = ref.type();
  f.reference_count = present_count(ref);
  f.current_count = present_count(cur);
  f.reference_missing = ref.size() - f.reference_count;
  f.current_missing = cur.size() - f.current_count;
  if (f.reference_count == 0 || f.current_count == 0) {
    f.psi = kNaN;
    f.numeric.ks.statistic = f.numeric.ks.pvalue = kNaN;
    f.reasons.push_back(std::string("no present values in the ") +
                        (f.reference_count == 0 ? "reference" : "current") + " table");
    return f;
  }
  if (f.type == ColumnType::kNumeric) {
    numeric_feature(ref, cur, options, f);
  } else {
    f.categorical = categorical_drift(ref, cur, options.psi_epsilon);
    f.psi = f.categorical.psi;
  }
  if (f.psi > options.psi_threshold) {
    f.reasons.insert(f.reasons.begin(),
                     "psi " + number_text(f.psi) + " > " + number_text(options.psi_threshold));
  }
  f.drifted = !f.reasons.empty();
  return f;
}

}  // namespace

void DriftOptions::validate() const {
  if (psi_bins == 0) throw Error("DriftOptions.psi_bins must be >= 1 (got 0)");
  if (!(psi_epsilon > 0)) {
    throw Error("DriftOptions.psi_epsilon must be > 0 (got " + number_text(psi_epsilon) + ")");
  }
  if (!(psi_threshold >= 0)) {
    throw Error("DriftOptions.psi_threshold must be >= 0 (got " + number_text(psi_threshold) + ")");
  }
  if (!(ks_pvalue_threshold >= 0 && ks_pvalue_threshold <= 1)) {
    throw Error("DriftOptions.ks_pvalue_threshold must be in [0, 1] (got " +
                number_text(ks_pvalue_threshold) + ")");
  }
}

std::size_t DriftReport::drifted_count() const {
  return static_cast<std::size_t>(std::count_if(features.begin(), features.end(),
                                                [](const FeatureDrift& f) { return f.drifted; }));
}

const FeatureDrift& DriftReport::feature(const std::string& column) const {
  for (const auto& f : features) {
    if (f.column == column) return f;
  }
  std::vector<std::string> names;
  for (const auto& f : features) names.push_back(f.column);
  throw Error("drift report has no column '" + column + "' (columns: " + joined(names) + ")");
}

DriftReport drift_report(const Table& reference, const Table& current,
                         const DriftOptions& options) {
  options.validate();
  DriftReport report;
  for (const auto& name : reference.column_names()) {
    if (!current.has_column(name)) report.only_in_reference.push_back(name);
  }
  for (const auto& name : current.column_names()) {
    if (!reference.has_column(name)) report.only_in_current.push_back(name);
  }
  std::vector<std::string> columns = options.columns;
  if (columns.empty()) {
    for (const auto& name : reference.column_names()) {
      if (current.has_column(name)) columns.push_back(name);
    }
  }
  for (const auto& name : columns) {
    for (const auto* table : {&reference, &current}) {
      if (!table->has_column(name)) {
        throw Error("drift_report: unknown column '" + name + "' in the " +
                    (table == &reference ? "reference" : "current") +
                    " table (columns: " + joined(table->column_names()) + ")");
      }
    }
    report.features.push_back(compare(reference.column(name), current.column(name), options));
  }
  return report;
}

}  // namespace mlcore

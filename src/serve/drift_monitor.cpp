#include "serve/drift_monitor.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace course::serve {

std::size_t DriftSnapshot::drifted_count() const {
  return std::size_t(std::count_if(features.begin(), features.end(),
                                   [](const FeatureDriftScore& f) { return f.drifted; }));
}

DriftMonitor::DriftMonitor(const mlcore::Table* reference, std::size_t window,
                           std::size_t min_records, mlcore::DriftOptions options)
    : window_(window), min_records_(min_records), options_(std::move(options)) {
  if (!reference) return;
  reference_ = std::make_shared<const mlcore::Table>(*reference);
  const std::size_t cols = reference_->cols();
  numbers_.assign(cols, std::vector<double>(window_));
  texts_.assign(cols, std::vector<std::string>());
  missing_.assign(cols, std::vector<unsigned char>(window_));
  for (std::size_t c = 0; c < cols; ++c)
    if (reference_->column(c).type() == mlcore::ColumnType::kCategorical) texts_[c].resize(window_);
}

void DriftMonitor::observe(const mlcore::Table& records) {
  if (!reference_) return;
  const std::size_t cols = reference_->cols();
  std::vector<const mlcore::Column*> columns;
  for (std::size_t c = 0; c < cols; ++c)
    columns.push_back(&records.column(reference_->column(c).name()));
  std::lock_guard<std::mutex> lock(mutex_);
  for (std::size_t r = 0; r < records.rows(); ++r) {
    for (std::size_t c = 0; c < cols; ++c) {
      const mlcore::Column& column = *columns[c];
      missing_[c][next_] = column.is_missing(r);
      if (column.type() == mlcore::ColumnType::kCategorical)
        texts_[c][next_] = column.text(r);
      else
        numbers_[c][next_] = column.numeric_values()[r];
    }
    next_ = (next_ + 1) % window_;
    filled_ = std::min(filled_ + 1, window_);
    ++seen_;
  }
}

mlcore::Table DriftMonitor::window_table() const {
  // Order within the window does not matter to PSI or KS.
  mlcore::Table table;
  for (std::size_t c = 0; c < reference_->cols(); ++c) {
    const mlcore::Column& ref = reference_->column(c);
    mlcore::Column column(ref.name(), ref.type());
    column.reserve(filled_);
    for (std::size_t i = 0; i < filled_; ++i) {
      if (missing_[c][i])
        column.push_missing();
      else if (ref.type() == mlcore::ColumnType::kCategorical)
        column.push_text(texts_[c][i]);
      else if (ref.type() == mlcore::ColumnType::kBoolean)
        column.push_boolean(numbers_[c][i] != 0);
      else
        column.push_numeric(numbers_[c][i]);
    }
    table.add_column(std::move(column));
  }
  return table;
}

DriftSnapshot DriftMonitor::snapshot() {
  DriftSnapshot snap;
  snap.enabled = reference_ != nullptr;
  snap.min_records = min_records_;
  snap.psi_threshold = options_.psi_threshold;
  snap.ks_pvalue_threshold = options_.ks_pvalue_threshold;
  if (!reference_) return snap;

  std::lock_guard<std::mutex> guard(snapshot_mutex_);
  mlcore::Table current;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    snap.window_records = filled_;
    snap.records_seen = seen_;
    if (seen_ == cached_seen_) {
      DriftSnapshot same = cached_;
      same.newly_drifted.clear();
      same.recovered.clear();
      return same;
    }
    if (filled_ >= min_records_) current = window_table();
  }
  snap.ready = current.rows() > 0;
  if (snap.ready) {
    const mlcore::DriftReport report = mlcore::drift_report(*reference_, current, options_);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const mlcore::FeatureDrift& f : report.features) {
      FeatureDriftScore score{f.column, f.psi, nan, nan, f.drifted, ""};
      if (f.type == mlcore::ColumnType::kNumeric) {
        score.ks_statistic = f.numeric.ks.statistic;
        score.ks_pvalue = f.numeric.ks.pvalue;
      }
      for (const std::string& reason : f.reasons)
        score.reason += (score.reason.empty() ? "" : "; ") + reason;
      if (!f.drifted && !std::isnan(f.psi)) score.reason.clear();
      snap.features.push_back(std::move(score));
    }
  }
  std::vector<std::string> now;
  for (const FeatureDriftScore& f : snap.features)
    if (f.drifted) now.push_back(f.feature);
  for (const std::string& f : now)
    if (std::find(drifted_.begin(), drifted_.end(), f) == drifted_.end())
      snap.newly_drifted.push_back(f);
  for (const std::string& f : drifted_)
    if (std::find(now.begin(), now.end(), f) == now.end()) snap.recovered.push_back(f);
  drifted_ = std::move(now);
  cached_seen_ = snap.records_seen;
  cached_ = snap;
  return snap;
}

}  // namespace course::serve

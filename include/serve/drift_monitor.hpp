// Drift monitoring: a rolling window of the most recent valid records, compared with the
// reference data feature by feature (mlcore::drift_report: PSI for every feature, the
// two-sample KS test for numeric ones). Scores exist once the window holds min_records records.
//
// observe() is cheap (copies the rows into a ring under a mutex) so it can sit on the predict
// path; the comparison runs in snapshot(), outside the lock, and is cached until the window
// changes. Each snapshot reports which features crossed a threshold since the previous one
// (newly_drifted / recovered) so the caller logs a crossing once, not on every check.
//
// Thread safety: every method may be called concurrently.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "mlcore/table.hpp"
#include "mlcore/validation/drift.hpp"

namespace course::serve {

struct FeatureDriftScore {
  std::string feature;
  double psi = 0;
  double ks_statistic = 0;  // NaN for categorical and boolean features.
  double ks_pvalue = 1;     // NaN for categorical and boolean features.
  bool drifted = false;
  std::string reason;  // Why it drifted ("psi 0.31 > 0.2"), "" otherwise.
};

struct DriftSnapshot {
  bool enabled = false;  // False without reference data.
  bool ready = false;    // Window holds at least min_records.
  std::size_t window_records = 0;
  std::size_t min_records = 0;
  std::uint64_t records_seen = 0;
  double psi_threshold = 0;
  double ks_pvalue_threshold = 0;
  std::vector<FeatureDriftScore> features;  // Empty until ready.
  std::vector<std::string> newly_drifted;   // Crossed a threshold since the previous snapshot.
  std::vector<std::string> recovered;       // Back under the thresholds since then.

  std::size_t drifted_count() const;
};

class DriftMonitor {
 public:
  // Without a reference the monitor is disabled: observe() does nothing.
  DriftMonitor(const mlcore::Table* reference, std::size_t window, std::size_t min_records,
               mlcore::DriftOptions options);

  // Adds the rows of `records` (the reference's columns, same types) to the window.
  void observe(const mlcore::Table& records);
  DriftSnapshot snapshot();

 private:
  mlcore::Table window_table() const;  // Needs mutex_.

  std::shared_ptr<const mlcore::Table> reference_;
  std::size_t window_;
  std::size_t min_records_;
  mlcore::DriftOptions options_;

  std::mutex mutex_;
  std::vector<std::vector<double>> numbers_;  // Per feature: the ring (NaN = missing).
  std::vector<std::vector<std::string>> texts_;
  std::vector<std::vector<unsigned char>> missing_;
  std::size_t next_ = 0;  // Ring position of the next record.
  std::size_t filled_ = 0;
  std::uint64_t seen_ = 0;

  std::mutex snapshot_mutex_;  // One comparison at a time; guards the cache below.
  std::uint64_t cached_seen_ = UINT64_MAX;
  DriftSnapshot cached_;
  std::vector<std::string> drifted_;  // Features drifted in the last snapshot.
};

}  // namespace course::serve

// Exercise 4.2 — Error analysis (contract in error_analysis.hpp).
//
// Run `course check 4.2`; `course hint 4.2` when stuck. Plain C++ (<map>, <algorithm>) is all
// this needs.
#include "error_analysis.hpp"

namespace ex {

ErrorBreakdown analyse_errors(const std::vector<ClassifiedRow>& /*rows*/,
                              const std::vector<Binning>& /*binnings*/, int /*min_rows*/) {
  ErrorBreakdown breakdown;
  // TODO: count the errors, group them by (actual, predicted) pair, and compute the error rate
  // in every range of every binning. An accuracy figure says how often the model is wrong; the
  // breakdown says where, which is what tells you what to fix.
  return breakdown;
}

}  // namespace ex

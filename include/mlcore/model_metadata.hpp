// What every saved mlcore model carries besides its parameters: where it came from.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace mlcore {

// The version of mlcore's model file format. Loading a file with a larger format_version fails
// with "written by a newer mlcore; upgrade"; older versions are migrated on load.
constexpr int kModelFormatVersion = 1;

struct ModelMetadata {
  std::vector<std::string> feature_names;  // Column j of X is feature_names[j] ("" if unknown).
  std::string target;                      // Name of the predicted column.
  std::size_t n_samples = 0;               // Rows the model was fitted on.
  std::string trained_at;                  // ISO 8601 UTC, set by whoever fits (CLI, pipeline).
  std::map<std::string, double> metrics;   // e.g. {"cv_accuracy": 0.91}
};

}  // namespace mlcore

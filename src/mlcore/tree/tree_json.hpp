// Internal: the JSON shape of a TreeModel and of tree growth parameters inside mlcore model
// files (single trees and forests share it). Doubles go through nlohmann's shortest round-trip
// form, so a loaded tree predicts bit-identically.
#pragma once

#include <string>

#include "io/model_json.hpp"
#include "mlcore/tree/tree_model.hpp"
#include "mlcore/tree/tree_params.hpp"

namespace mlcore::internal {

// {"n_features", "n_values", "feature", "threshold", "left", "right", "value", "n_node_samples",
//  "weighted_n_node_samples", "impurity"}
Json tree_to_json(const TreeModel& tree);
// Reads and check_valid()s the tree object `tree`; throws mlcore::Error("model file: in '<path>':
// ...") where path says where the tree sits in the file.
TreeModel tree_from_json(const Json& tree, const std::string& path);

// Adds the growth params and criterion to `params`.
void growth_to_json(const TreeGrowthParams& growth, Criterion criterion, Json& params);
// Reads them back from document["params"] (every field required).
void growth_from_json(const Json& document, TreeGrowthParams& growth, Criterion& criterion);

// An integer field at `path` (must be an integer number in [lo, hi]).
long long int_field(const Json& object, const std::string& path, long long lo, long long hi);

}  // namespace mlcore::internal

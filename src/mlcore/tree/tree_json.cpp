#include "tree/tree_json.hpp"

#include <climits>
#include <cstdint>
#include <vector>

namespace mlcore::internal {
namespace {

[[noreturn]] void bad(const std::string& message) { throw Error("model file: " + message); }

template <class T>
std::vector<T> list_field(const Json& object, const std::string& path) {
  const Json& j = field(object, path);
  try {
    return j.get<std::vector<T>>();
  } catch (const Json::exception&) {
    bad("field '" + path + "' is not a list of numbers of the right kind");
  }
}

}  // namespace

long long int_field(const Json& object, const std::string& path, long long lo, long long hi) {
  const Json& j = field(object, path);
  if (!j.is_number_integer()) bad("field '" + path + "' is not an integer");
  const long long v = j.is_number_unsigned() && j.get<unsigned long long>() > LLONG_MAX
                          ? LLONG_MAX
                          : j.get<long long>();
  if (v < lo || v > hi)
    bad("field '" + path + "' = " + std::to_string(v) + " is out of range [" + std::to_string(lo) +
        ", " + std::to_string(hi) + "]");
  return v;
}

Json tree_to_json(const TreeModel& tree) {
  return Json{{"n_features", tree.n_features},
              {"n_values", tree.n_values},
              {"feature", tree.feature},
              {"threshold", tree.threshold},
              {"left", tree.left},
              {"right", tree.right},
              {"value", tree.value},
              {"n_node_samples", tree.n_node_samples},
              {"weighted_n_node_samples", tree.weighted_n_node_samples},
              {"impurity", tree.impurity}};
}

TreeModel tree_from_json(const Json& object, const std::string& path) {
  TreeModel tree;
  try {
    tree.n_features = static_cast<int>(int_field(object, "n_features", 1, INT_MAX));
    tree.n_values = static_cast<int>(int_field(object, "n_values", 1, INT_MAX));
    tree.feature = list_field<std::int32_t>(object, "feature");
    tree.threshold = list_field<double>(object, "threshold");
    tree.left = list_field<std::int32_t>(object, "left");
    tree.right = list_field<std::int32_t>(object, "right");
    tree.value = list_field<double>(object, "value");
    tree.n_node_samples = list_field<std::int64_t>(object, "n_node_samples");
    tree.weighted_n_node_samples = list_field<double>(object, "weighted_n_node_samples");
    tree.impurity = list_field<double>(object, "impurity");
    tree.check_valid("tree");
  } catch (const Error& e) {
    std::string message = e.what();
    const std::string prefix = "model file: ";
    if (message.compare(0, prefix.size(), prefix) == 0) message.erase(0, prefix.size());
    throw Error("model file: in '" + path + "': " + message);
  }
  return tree;
}

void growth_to_json(const TreeGrowthParams& growth, Criterion criterion, Json& params) {
  params["criterion"] = criterion_name(criterion);
  params["max_depth"] = growth.max_depth;
  params["min_samples_split"] = growth.min_samples_split;
  params["min_samples_leaf"] = growth.min_samples_leaf;
  params["max_features"] = growth.max_features;
  params["random_state"] = growth.random_state;
  params["min_impurity_decrease"] = growth.min_impurity_decrease;
  params["max_bins"] = growth.max_bins;
}

void growth_from_json(const Json& document, TreeGrowthParams& growth, Criterion& criterion) {
  try {
    criterion = criterion_from_name(string_field(document, "params.criterion"));
  } catch (const Error& e) {
    bad(std::string("field 'params.criterion': ") + e.what());
  }
  growth.max_depth = static_cast<int>(int_field(document, "params.max_depth", -1, INT_MAX));
  growth.min_samples_split =
      static_cast<int>(int_field(document, "params.min_samples_split", 2, INT_MAX));
  growth.min_samples_leaf =
      static_cast<int>(int_field(document, "params.min_samples_leaf", 1, INT_MAX));
  growth.max_features =
      static_cast<int>(int_field(document, "params.max_features", kMaxFeaturesLog2, INT_MAX));
  const Json& seed = field(document, "params.random_state");
  if (!seed.is_number_integer()) bad("field 'params.random_state' is not an integer");
  growth.random_state = seed.get<std::uint64_t>();
  growth.min_impurity_decrease = number_field(document, "params.min_impurity_decrease");
  growth.max_bins = static_cast<int>(int_field(document, "params.max_bins", 0, 255));
}

}  // namespace mlcore::internal

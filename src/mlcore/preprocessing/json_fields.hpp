// Internal: typed readers the transformers need beyond io/model_json.hpp's (booleans, text lists,
// lists of text lists), failing with the same "model file: field '...'" messages.
#pragma once

#include <string>
#include <vector>

#include "io/model_json.hpp"

namespace mlcore::internal {

inline bool bool_field(const Json& object, const std::string& path) {
  const Json& j = field(object, path);
  if (!j.is_boolean()) throw Error("model file: field '" + path + "' is not true/false");
  return j.get<bool>();
}

inline std::vector<std::string> text_list_field(const Json& object, const std::string& path) {
  const Json& j = field(object, path);
  try {
    return j.get<std::vector<std::string>>();
  } catch (const Json::exception&) {
    throw Error("model file: field '" + path + "' is not a list of text");
  }
}

inline std::vector<std::vector<std::string>> text_lists_field(const Json& object,
                                                              const std::string& path) {
  const Json& j = field(object, path);
  try {
    return j.get<std::vector<std::vector<std::string>>>();
  } catch (const Json::exception&) {
    throw Error("model file: field '" + path + "' is not a list of lists of text");
  }
}

}  // namespace mlcore::internal

// Reading a learner's split (train/test, k folds) as a list of index lists and proving it is a
// partition of the rows 0..n-1: shared by `index_partition` and `stratified`, since a stratified
// split must first be a split.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "course/checks.hpp"

namespace course::checks {

struct PartitionSpec {
  std::size_t rows = 0;                   // n: the parts must cover 0..n-1 exactly.
  std::optional<std::size_t> part_count;  // Required number of parts, when known.
  std::vector<std::string> names;         // Names for messages ("train", "test"); may be empty.
};

// The parameters every partition check accepts: `field`, `parts`, `names` (list) and `n`.
// Validates them (names and parts must agree).
void validate_partition_params(const CheckParams& params);
// The number of parts the content asks for: `names`' length, `parts`, or expected["parts"].
std::optional<std::size_t> wanted_parts(const CheckParams& params, const nlohmann::json* expected);

// "part 2", or the part's name ("test") when names were given.
std::string part_name(const PartitionSpec& spec, std::size_t part);

// Fills `parts` and passes when `value` is a list of index lists that are non-empty, disjoint and
// cover 0..rows-1; otherwise names the first problem (an index out of range, the first repeated
// index and where, the first missing index).
Verdict read_partition(const nlohmann::json& value, const PartitionSpec& spec,
                       std::vector<std::vector<std::size_t>>& parts);

}  // namespace course::checks

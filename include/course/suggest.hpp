// "Did you mean": the closest candidate to a mistyped word, for commands and exercise ids.
#pragma once

#include <string>
#include <vector>

namespace course {

// The candidate with the smallest Levenshtein distance to `word`, if that distance is at most
// `max_distance` (ties: the first candidate); "" when nothing is that close.
std::string closest_match(const std::string& word, const std::vector<std::string>& candidates,
                          std::size_t max_distance = 2);

}  // namespace course

// Number formatting shared by Column::to_string and to_csv (internal to mlcore).
#pragma once

#include <string>

namespace mlcore::detail {

// Appends value in the shortest form that parses back to the same double ("0.1", "1e+20", "inf",
// "-inf", "nan"). Never depends on the C or C++ locale.
void append_number(std::string& out, double value);

}  // namespace mlcore::detail

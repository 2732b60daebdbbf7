#include "terminal.hpp"

#include <unistd.h>

#include <cstdlib>
#include <cstring>

namespace course::cli {
namespace {

bool env_set(const char* name) {
  const char* value = std::getenv(name);
  return value && *value;
}

}  // namespace

Style Style::detect(bool no_color_flag) {
  Style style;
  const char* term = std::getenv("TERM");
  style.color = !no_color_flag && !env_set("NO_COLOR") && !env_set("CI") &&
                ::isatty(STDOUT_FILENO) && !(term && std::strcmp(term, "dumb") == 0);
  return style;
}

bool interactive() { return !env_set("CI") && ::isatty(STDIN_FILENO) && ::isatty(STDOUT_FILENO); }

}  // namespace course::cli

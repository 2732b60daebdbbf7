// Terminal conventions: color only on a terminal, never with NO_COLOR, --no-color or CI set.
#pragma once

#include <string>

namespace course::cli {

struct Style {
  bool color = false;
  bool unicode = true;

  // Decides from the environment and flags (NO_COLOR, CI, TERM=dumb, isatty(stdout)).
  static Style detect(bool no_color_flag);

  std::string green(const std::string& s) const { return wrap("32", s); }
  std::string red(const std::string& s) const { return wrap("31", s); }
  std::string yellow(const std::string& s) const { return wrap("33", s); }
  std::string bold(const std::string& s) const { return wrap("1", s); }
  std::string dim(const std::string& s) const { return wrap("2", s); }
  std::string pass_mark() const { return green(unicode ? "✓" : "PASS"); }
  std::string fail_mark() const { return red(unicode ? "✗" : "FAIL"); }

 private:
  std::string wrap(const char* code, const std::string& s) const {
    return color ? "\x1b[" + std::string(code) + "m" + s + "\x1b[0m" : s;
  }
};

// True when prompts and animations are allowed: stdin and stdout are terminals and CI is unset.
bool interactive();

}  // namespace course::cli

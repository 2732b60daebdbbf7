// main() of every exercise program: reads cases, calls the exercise's run_case(), writes records.
// Linked with the learner's object and the exercise harness into one program that runs in the
// sandbox. See include/course/exercise/harness.hpp for the protocol.
#include <cxxabi.h>
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <memory>
#include <string>
#include <typeinfo>

#include "course/exercise/harness.hpp"

namespace {

using nlohmann::json;

// The demangled type of the exception being handled ("std::out_of_range", "ex::BadInput").
std::string current_exception_type() {
  const std::type_info* type = abi::__cxa_current_exception_type();
  if (!type) return "unknown";
  int status = 0;
  std::unique_ptr<char, void (*)(void*)> name(
      abi::__cxa_demangle(type->name(), nullptr, nullptr, &status), std::free);
  return status == 0 && name ? name.get() : type->name();
}

void write_line(int fd, const std::string& line) {
  std::size_t done = 0;
  while (done < line.size()) {
    const ssize_t n = ::write(fd, line.data() + done, line.size() - done);
    if (n <= 0) std::_Exit(71);  // The runner closed the channel: nothing left to report to.
    done += std::size_t(n);
  }
}

}  // namespace

int main() {
  // Results go to fd 3 when the runner opened it; by hand (debugging) they go to stdout.
  const int out_fd = ::fcntl(3, F_GETFD) != -1 ? 3 : 1;
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    const json request = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!request.is_object() || !request.contains("case") || !request.contains("nonce")) return 65;
    json record = {{"case", request["case"]}, {"nonce", request["nonce"]}};
    const auto start = std::chrono::steady_clock::now();
    try {
      record["output"] = course::exercise::run_case(request.value("input", json()));
    } catch (const std::exception& e) {
      record["error"] = {{"type", current_exception_type()}, {"message", e.what()}};
    } catch (...) {
      record["error"] = {{"type", current_exception_type()}, {"message", ""}};
    }
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
                            std::chrono::steady_clock::now() - start)
                            .count();
    record["micros"] = micros;
    write_line(out_fd, record.dump(-1, ' ', false, json::error_handler_t::replace) + "\n");
  }
  return 0;
}

// Structured access log: one JSON object per request, through spdlog (to stderr, a file, or off).
//   {"ts":"2024-05-01T12:00:00.123Z","remote":"127.0.0.1:51234","method":"POST",
//    "path":"/v1/predict","status":200,"bytes":123,"ms":0.21}
// "ms" is absent for requests rejected before routing (e.g. 413 while reading the body).
// Thread safety: write() may be called concurrently (spdlog's _mt sinks lock).
#pragma once

#include <httplib.h>
#include <spdlog/logger.h>

#include <memory>
#include <string>

namespace course::serve {

class AccessLog {
 public:
  // target: "-" = stderr, "off", or a file path (appended; throws course::Error if unopenable).
  explicit AccessLog(const std::string& target);
  void write(const httplib::Request& req, int status, std::size_t bytes, double seconds);
  void flush();

 private:
  std::shared_ptr<spdlog::logger> logger_;  // Null when off.
};

}  // namespace course::serve

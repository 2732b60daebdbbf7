#include "serve/options.hpp"

#include <string>

#include "course/error.hpp"

namespace course::serve {
namespace {

template <typename T>
void require(bool ok, const char* option, const char* rule, T got) {
  if (!ok)
    fail_usage(std::string(option) + " must be " + rule + " (got " + std::to_string(got) + ")");
}

}  // namespace

void ServeOptions::validate() const {
  if (model_path.empty()) fail_usage("--model is required");
  if (host.empty()) fail_usage("--host must not be empty");
  require(port >= 0 && port <= 65535, "--port", "in 0..65535", port);
  require(threads >= 1 && threads <= 1024, "--threads", "in 1..1024", threads);
  require(max_body_bytes >= 64, "--max-body-bytes", ">= 64", max_body_bytes);
  require(max_batch >= 1, "--max-batch", ">= 1", max_batch);
  require(read_timeout_ms >= 1, "--read-timeout-ms", ">= 1", read_timeout_ms);
  require(write_timeout_ms >= 1, "--write-timeout-ms", ">= 1", write_timeout_ms);
  require(keep_alive_seconds >= 1, "--keep-alive-seconds", ">= 1", keep_alive_seconds);
  require(drift_window >= 2, "--drift-window", ">= 2", drift_window);
  require(drift_min_records >= 2 && drift_min_records <= drift_window, "--drift-min-records",
          "in 2..--drift-window", drift_min_records);
  require(psi_threshold >= 0, "--psi-threshold", ">= 0", psi_threshold);
  require(ks_pvalue_threshold >= 0 && ks_pvalue_threshold <= 1, "--ks-threshold", "in [0, 1]",
          ks_pvalue_threshold);
  require(drift_check_ms >= 10, "--drift-check-ms", ">= 10", drift_check_ms);
  if (access_log.empty()) fail_usage("--access-log must be -, off or a file path");
}

}  // namespace course::serve

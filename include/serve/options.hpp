// Settings of `course serve`: where to listen, what to load, and the limits every request obeys.
#pragma once

#include <cstddef>
#include <string>

namespace course::serve {

struct ServeOptions {
  // Model file written by `course ml train --save`.
  std::string model_path;
  // Training data (CSV): the value ranges of the training schema and the drift reference. Empty:
  // the schema holds the model's own knowledge (types, categories) and drift is off.
  std::string reference_path;
  // YAML schema (docs/data-schema.md) overriding the ranges and nullability inferred from the
  // reference; empty = inferred.
  std::string schema_path;
  // Loopback by default: serving to other machines is an explicit choice.
  std::string host = "127.0.0.1";
  // 0 picks a free port (printed at start-up).
  int port = 8080;
  // Worker threads; each serves one connection at a time (keep-alive holds its thread).
  int threads = 8;
  // Largest request body; larger bodies get 413 before they are parsed.
  std::size_t max_body_bytes = std::size_t{1} << 20;
  // Most records in one predict request; more get 413.
  std::size_t max_batch = 1000;
  // Time a client gets to send a request, or to take the response (slow clients lose the slot).
  int read_timeout_ms = 5000;
  int write_timeout_ms = 5000;
  // Idle keep-alive connections are closed after this many seconds. Each open connection holds
  // a worker thread (httplib), and httplib keeps a connection open after a request it could not
  // read, so this also bounds how long a garbage-sending client can hold a worker.
  int keep_alive_seconds = 1;
  // Recent records kept for drift monitoring, and how many are needed before scores are shown
  // (PSI and KS on a handful of rows say nothing).
  std::size_t drift_window = 500;
  std::size_t drift_min_records = 100;
  // Thresholds (mlcore drift report): PSI above, or KS p-value below, flags a feature.
  double psi_threshold = 0.2;
  double ks_pvalue_threshold = 0.01;
  // How often the background check recomputes drift (and logs a crossing), in milliseconds.
  int drift_check_ms = 1000;
  // Access log: "-" = stderr, "off", or a file path (appended).
  std::string access_log = "-";

  // Throws course::Error (exit 2) naming the option (e.g. "--port must be in 0..65535 (got -1)").
  void validate() const;
};

}  // namespace course::serve

// httplib::Server with its own connection loop (internal to src/serve).
//
// cpp-httplib 0.11 (Debian 12 ships it compiled, so its macros cannot be changed) waits for the
// next request on a keep-alive connection in 10 ms poll slices with a 1 ms sleep between them: a
// request that arrives during the sleep waits up to 1 ms, which set the p90 of `course serve` at
// ~1.2 ms whenever connections idle between requests (bench/README.md, "Serve"). It also writes a
// response's header and body in two send() calls, so the client wakes twice.
//
// KeepAliveServer overrides the per-connection loop (Server::process_and_close_socket, a private
// virtual, which C++ lets a subclass override) and nothing else: it waits in a single poll that
// wakes on data, hands each request to the library's own process_request (parsing, routing,
// limits and error handlers unchanged), and gives it a Stream that buffers a response and sends
// it with one send() before the next read.
#pragma once

#include <httplib.h>

namespace course::serve {

class KeepAliveServer : public httplib::Server {
 private:
  bool process_and_close_socket(socket_t sock) override;
};

}  // namespace course::serve

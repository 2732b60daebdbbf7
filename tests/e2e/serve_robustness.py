#!/usr/bin/python3
"""`course serve` under stress over real loopback sockets: concurrent clients (every answer
checked), a storm of malformed requests (the server stays up and answers correctly after), slow
clients cut off by the read timeout, and a graceful SIGTERM (a request in flight completes)."""
import json
import random
import signal
import socket
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from serve_support import Server, check, finish, golden, records, train

work = tempfile.mkdtemp()
model = train(work)
gold = golden()


def predict_ok(srv, i, rows):
    status, body = srv.json("POST", "/v1/predict", rows[i])
    p = body.get("predictions", [{}])[0]
    return status == 200 and p.get("prediction") == gold["predictions"][i] and \
        abs(p["probabilities"]["true"] - gold["proba"][i][1]) < 1e-6


def raw(port, payload, read=True, timeout=3.0):
    """Sends bytes on a fresh connection; returns what comes back (b"" if closed)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        try:
            s.sendall(payload)
            if not read:
                return b""
            s.shutdown(socket.SHUT_WR)
            chunks = []
            while True:
                c = s.recv(65536)
                if not c:
                    break
                chunks.append(c)
            return b"".join(chunks)
        except (ConnectionResetError, BrokenPipeError, socket.timeout):
            return b""


with Server(model, "--threads", "4", "--read-timeout-ms", "500", "--access-log", "off",
            workdir=work) as srv:
    _, card = srv.json("GET", "/v1/model")
    rows = records(card)

    # --- concurrent clients, valid and invalid requests interleaved -----------------------------
    def client(seed):
        rng = random.Random(seed)
        bad = 0
        for _ in range(40):
            i = rng.randrange(len(rows))
            if rng.random() < 0.5:
                if not predict_ok(srv, i, rows):
                    bad += 1
            else:
                field = rng.choice(["hp", "type1", "is_mythical"])
                status, body = srv.json("POST", "/v1/predict", dict(rows[i], **{field: "??"}))
                if status != 422 or body["error"]["details"][0]["field"] != field:
                    bad += 1
        return bad

    start = time.time()
    with ThreadPoolExecutor(16) as pool:
        bad = sum(pool.map(client, range(16)))
    check(bad == 0, f"16 concurrent clients x 40 requests: every answer right ({bad} wrong, "
          f"{time.time() - start:.1f} s)")

    # --- malformed request storm ------------------------------------------------------------------
    body = json.dumps(rows[0]).encode()
    storm = [
        b"\x00\xff" * 500,
        b"GARBAGE\r\n\r\n",
        b"GET\r\n\r\n",
        b"POST /v1/predict HTTP/1.1\r\nHost: x\r\nContent-Length: 99999\r\n\r\n{\"hp\":",
        b"POST /v1/predict HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
        b"POST /v1/predict HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
        b"POST /v1/predict HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
        b"Content-Type: application/json\r\n\r\nZZZ\r\nxx\r\n",
        b"POST /v1/predict HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: 5\r\n\r\n{{{{{",
        b"GET /" + b"a" * 20000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET / HTTP/1.1\r\n" + b"X-Big: " + b"b" * 20000 + b"\r\n\r\n",
        b"GET / HTTP/1.1\r\n" + b"".join(b"H%d: v\r\n" % i for i in range(2000)) + b"\r\n",
        b"POST /v1/predict HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: " + str(len(body) // 2).encode() + b"\r\n\r\n" + body,
        b"\r\n\r\n\r\n",
        b"GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
        b"BREW /v1/predict HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /metrics HTTP/9.9\r\n\r\n",
    ]
    rng = random.Random(3)
    payloads = [rng.choice(storm) for _ in range(300)] + \
        [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 3000))) for _ in range(100)]

    def fire(payload):
        return raw(srv.port, payload, read=rng.random() < 0.8)

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(fire, payloads))
    crashed = srv.proc.poll() is not None
    check(not crashed, f"server alive after {len(payloads)} malformed requests")
    statuses = {a.split(b" ", 2)[1] for a in answers if a.startswith(b"HTTP/1.1 ")}
    check(statuses and all(s[:1] in (b"2", b"4") for s in statuses),
          f"storm answered with 4xx (or 200 for valid prefixes), never 5xx: "
          f"{sorted(s.decode() for s in statuses)}")
    check(all(predict_ok(srv, i, rows) for i in (0, 144, 500)),
          "after the storm: predictions still right")
    check(srv.json("GET", "/healthz") == (200, {"status": "ok"}), "after the storm: healthy")

    # --- one keep-alive connection: requests after idle pauses, and Expect: 100-continue ------
    # The server's own connection loop (src/serve/keep_alive_server.cpp) waits for the next
    # request without sleeping and sends each response in one piece; both paths checked here.
    def recv_some(sock):
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("the server closed the connection")
        return chunk

    def read_response(sock, data=b""):
        """One response; returns (head, body, bytes read past it: the next response's start)."""
        while b"\r\n\r\n" not in data:
            data += recv_some(sock)
        head, _, rest = data.partition(b"\r\n\r\n")
        length = int(next(line.split(b":")[1] for line in head.split(b"\r\n")
                          if line.lower().startswith(b"content-length:")))
        while len(rest) < length:
            rest += recv_some(sock)
        return head, rest[:length], rest[length:]

    body = json.dumps(rows[3]).encode()
    request = (b"POST /v1/predict HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    with socket.create_connection(("127.0.0.1", srv.port), timeout=10) as s:
        answers = []
        # Pauses well inside the 1 s keep-alive, so a loaded machine does not turn them into a
        # closed connection.
        for pause in (0.0, 0.1, 0.3):
            time.sleep(pause)
            s.sendall(request)
            head, payload, _ = read_response(s)
            answers.append(head.startswith(b"HTTP/1.1 200") and
                           json.loads(payload)["predictions"][0]["prediction"] ==
                           gold["predictions"][3])
        check(all(answers), f"one connection, three requests after pauses: {answers}")
        s.sendall(request + request)  # pipelined: the second arrives with the first
        first, _, more = read_response(s)
        second, _, _ = read_response(s, more)  # Both may arrive in one recv.
        pipelined = [h.startswith(b"HTTP/1.1 200") for h in (first, second)]
        check(all(pipelined), f"two pipelined requests on one connection: {pipelined}")
        s.sendall(request.replace(b"\r\n\r\n", b"\r\nExpect: 100-continue\r\n\r\n", 1)
                  [:-len(body)])
        interim = s.recv(65536)
        check(interim.startswith(b"HTTP/1.1 100 Continue"),
              f"Expect: 100-continue answered before the body is sent: {interim[:40]!r}")
        s.sendall(body)
        head, payload, _ = read_response(s)
        check(head.startswith(b"HTTP/1.1 200"), "…then the prediction")

    # --- slow clients: the read timeout frees their workers ---------------------------------------
    slow = []
    for _ in range(4):  # as many as there are worker threads
        s = socket.create_connection(("127.0.0.1", srv.port))
        s.sendall(b"POST /v1/predict HTTP/1.1\r\nHost: x\r\n")  # and never the rest
        slow.append(s)
    time.sleep(0.1)
    start = time.time()
    ok = predict_ok(srv, 7, rows)
    waited = time.time() - start
    check(ok and waited < 3, f"4 stalled clients on 4 workers: a new request answered after "
          f"{waited:.2f} s (read timeout 0.5 s, keep-alive 1 s)")
    for s in slow:
        s.close()
    check(srv.stop() == 0, "stops cleanly after the stress")

# --- graceful shutdown: a request in flight when SIGTERM arrives completes ----------------------
with Server(model, "--access-log", "off", workdir=work) as srv:
    _, card = srv.json("GET", "/v1/model")
    rows = records(card)
    body = json.dumps(rows[:500]).encode()
    s = socket.create_connection(("127.0.0.1", srv.port), timeout=10)
    s.sendall(b"POST /v1/predict HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body[:1000])
    time.sleep(0.2)
    srv.proc.send_signal(signal.SIGTERM)
    time.sleep(0.3)
    still_running = srv.proc.poll() is None
    refused = False
    try:
        socket.create_connection(("127.0.0.1", srv.port), timeout=1).close()
    except OSError:
        refused = True
    check(still_running and refused,
          "after SIGTERM: new connections refused, the process waits for the request in flight")
    s.sendall(body[1000:])
    answer = b""
    while b"\r\n\r\n" not in answer or len(answer.split(b"\r\n\r\n", 1)[1]) < 100:
        chunk = s.recv(65536)
        if not chunk:
            break
        answer += chunk
    s.close()
    check(answer.startswith(b"HTTP/1.1 200"), "the request in flight got its 200: " +
          answer[:40].decode(errors="replace"))
    code = srv.proc.wait(15)  # no second signal: the first one is being honoured
    check(code == 0, f"then the server exits 0 ({code})")
    check("finishing requests in flight" in srv.stderr(), "shutdown logged")

finish()

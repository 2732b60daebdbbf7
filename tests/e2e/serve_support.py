"""Helpers for the `course serve` end-to-end tests: train a model with the real CLI, start the
real server on a free loopback port (--port 0, port read from its first line), talk HTTP with the
standard library only, and read the data's rows as API records."""
import csv
import http.client
import json
import os
import pathlib
import signal
import subprocess
import sys
import tempfile
import time

COURSE = os.environ["COURSE"]
SOURCE = pathlib.Path(os.environ["COURSE_SOURCE"])
DATA = SOURCE / "data" / "pokemon.csv"
GOLDEN = SOURCE / "tests" / "golden" / "cli" / "pokemon_pipelines.json"

failures = []


def check(ok, what):
    print(("ok: " if ok else "FAIL: ") + what, flush=True)
    if not ok:
        failures.append(what)
    return ok


def finish():
    if failures:
        print(f"{len(failures)} failure(s):", *failures, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    print("all passed")


def train(workdir, target="is_legendary", model="logreg"):
    path = pathlib.Path(workdir) / f"{model}_{target}.json"
    subprocess.run([COURSE, "ml", "train", "--data", str(DATA), "--target", target, "--model",
                    model, "--save", str(path)], check=True, stdout=subprocess.DEVNULL)
    return path


class Server:
    """A `course serve` child process; use as a context manager (stopped with SIGTERM)."""

    def __init__(self, model, *args, workdir=None):
        self.workdir = pathlib.Path(workdir or tempfile.mkdtemp())
        self.stderr_path = self.workdir / "server.err"
        self.stderr_file = open(self.stderr_path, "wb")
        self.proc = subprocess.Popen([COURSE, "serve", "--model", str(model), "--port", "0", *args],
                                     stdout=subprocess.PIPE, stderr=self.stderr_file, text=True)
        line = self.proc.stdout.readline()
        if "listening on http://" not in line:
            self.proc.wait(10)
            raise RuntimeError(f"server did not start: {line!r} {self.stderr()}")
        self.banner = line
        self.host = line.split("http://")[1].split("/")[0].rsplit(":", 1)[0]
        self.port = int(line.split("http://")[1].split("/")[0].rsplit(":", 1)[1])

    def stderr(self):
        return self.stderr_path.read_text(errors="replace")

    def request(self, method, path, body=None, headers=None, timeout=10):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            if isinstance(body, (dict, list)):
                body = json.dumps(body)
                headers = {"Content-Type": "application/json", **(headers or {})}
            conn.request(method, path, body=body, headers=headers or {})
            res = conn.getresponse()
            data = res.read()
            return res.status, res.getheader("Content-Type", ""), data
        finally:
            conn.close()

    def json(self, method, path, body=None, headers=None):
        status, _, data = self.request(method, path, body, headers)
        return status, json.loads(data)

    def stop(self, sig=signal.SIGTERM, timeout=20):
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            return self.proc.wait(timeout)
        finally:
            self.stderr_file.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def records(model_card):
    """Every row of the data as an API record, typed by the model card's feature types."""
    types = {f["name"]: f["type"] for f in model_card["features"]}
    out = []
    with open(DATA, newline="") as f:
        for row in csv.DictReader(f):
            record = {}
            for name, kind in types.items():
                raw = row[name]
                if raw == "":
                    record[name] = None
                elif kind == "number":
                    record[name] = float(raw) if raw.lower() not in ("true", "false") else \
                        float(raw.lower() == "true")
                elif kind == "boolean":
                    record[name] = raw.lower() == "true"
                else:
                    record[name] = raw
            out.append(record)
    return out


def golden(case="logreg_is_legendary"):
    return json.loads(GOLDEN.read_text())["cases"][case]


def wait_for(predicate, timeout=10.0, interval=0.05):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()

#!/usr/bin/python3
"""The `course serve` web page in headless Chromium (Debian's `chromium`, installed by
`scripts/install-deps.sh --test`): type a record, press Predict, see the prediction and its
confidence (compared with scikit-learn's); type a bad value, see the field named. Chromium is
driven over the DevTools protocol on a pipe (--remote-debugging-pipe), so the standard library
suffices. A missing Chromium is a failure, not a skip."""
import json
import os
import shutil
import subprocess
import tempfile
import time

from serve_support import Server, check, finish, golden, records, train

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if not CHROMIUM:
    check(False, "chromium not found: run scripts/install-deps.sh --test")
    finish()


class Browser:
    """One headless Chromium page, driven with DevTools protocol messages over fds 3 and 4."""

    def __init__(self, profile):
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()

        def fds():  # child: fd 3 reads our commands, fd 4 writes replies
            r, w = os.dup(to_child_r), os.dup(from_child_w)  # either may already be 3 or 4
            os.dup2(r, 3)
            os.dup2(w, 4)

        self.proc = subprocess.Popen(
            [CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-dev-shm-usage", "--remote-debugging-pipe", f"--user-data-dir={profile}",
             "about:blank"],
            # close_fds would close 3 and 4 after preexec_fn; the pipe ends we keep are
            # non-inheritable, so nothing else leaks into Chromium.
            preexec_fn=fds, close_fds=False, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self.buffer = b""
        self.next_id = 0
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget",
                                 {"targetId": target, "flatten": True})["sessionId"]

    def call(self, method, params=None, session=None):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self.to_child, json.dumps(msg).encode() + b"\0")
        while True:
            while b"\0" not in self.buffer:
                chunk = os.read(self.from_child, 1 << 16)
                if not chunk:
                    raise RuntimeError("chromium closed the pipe")
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]

    def page(self, method, params=None):
        return self.call(method, params, self.session)

    def js(self, expression):
        r = self.page("Runtime.evaluate", {"expression": expression, "awaitPromise": True,
                                           "returnByValue": True})
        if "exceptionDetails" in r:
            raise RuntimeError(f"{expression}: {r['exceptionDetails']}")
        return r["result"].get("value")

    def wait(self, expression, timeout=15):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.js(expression):
                return True
            time.sleep(0.05)
        return False

    def type_into(self, element_id, text):
        """Focuses a field, selects what it holds and types over it (keyboard input events)."""
        self.js(f"(() => {{ const e = document.getElementById('{element_id}'); e.focus(); "
                f"if (e.select) e.select(); }})()")
        self.page("Input.insertText", {"text": text})

    def close(self):
        self.proc.kill()
        self.proc.wait()


work = tempfile.mkdtemp()
model = train(work)
gold = golden()
with Server(model, "--reference", os.path.join(os.environ["COURSE_SOURCE"], "data/pokemon.csv"),
            "--access-log", "off", workdir=work) as srv:
    _, card = srv.json("GET", "/v1/model")
    rows = records(card)
    browser = Browser(os.path.join(work, "profile"))
    try:
        browser.page("Page.enable")
        browser.page("Page.navigate", {"url": f"http://127.0.0.1:{srv.port}/"})
        check(browser.wait("document.body && document.body.dataset.ready === 'true'"),
              "page loads and builds the form from /v1/model")
        fields = browser.js("[...document.querySelectorAll('#record [id^=f-]')].map(e => e.name)")
        check(sorted(fields) == sorted(f["name"] for f in card["features"]),
              f"one input per model feature ({len(fields)})")

        # Mewtwo (row 149): legendary. Type every value as a user would.
        row = rows[149]
        for f in card["features"]:
            value = row[f["name"]]
            if f["type"] == "number":
                browser.type_into("f-" + f["name"], "" if value is None else f"{value:g}")
            else:  # selects: choose the option
                text = "" if value is None else (str(value).lower() if f["type"] == "boolean"
                                                 else value)
                browser.js(f"document.getElementById({json.dumps('f-' + f['name'])}).value = "
                           f"{json.dumps(text)}")
        browser.js("document.getElementById('predict').click()")
        check(browser.wait("document.getElementById('result').dataset.status === 'ok'"),
              "Predict shows a result")
        shown = browser.js("document.getElementById('prediction').textContent")
        confidence = browser.js("document.getElementById('confidence').textContent")
        want = f"{100 * max(gold['proba'][149]):.1f}%"
        check(shown == gold["predictions"][149] == "true" and confidence == want,
              f"prediction '{shown}' with confidence {confidence} (scikit-learn: "
              f"{gold['predictions'][149]}, {want})")
        check(browser.wait("document.getElementById('drift').textContent.includes('records')"),
              "drift state shown: " + browser.js("document.getElementById('drift').textContent"))

        # A bad value: the page shows the server's message and marks the field.
        browser.type_into("f-hp", "999")
        browser.js("document.getElementById('predict').click()")
        check(browser.wait("document.getElementById('result').dataset.status === 'error'"),
              "an out-of-range value is rejected")
        message = browser.js("document.getElementById('errors').textContent")
        marked = browser.js("document.getElementById('field-hp').classList.contains('bad')")
        check("hp" in message and "255" in message and marked,
              f"the message names the field and it is marked: {message}")
    finally:
        browser.close()
    check(srv.stop() == 0, "server stops cleanly")

finish()

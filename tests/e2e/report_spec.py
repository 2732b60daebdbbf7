#!/usr/bin/python3
"""Reads course's report formats back the way their consumers do, field by field.

  report_spec.py junit FILE TESTS FAILURES ERRORS SKIPPED [CANONICAL_JSON]
                                                 (parsed by Debian's python3-junitparser)
  report_spec.py gradescope FILE CANONICAL_JSON
  report_spec.py exercism FILE CANONICAL_JSON
  report_spec.py github COMMANDS_FILE SUMMARY_FILE CANONICAL_JSON

CANONICAL_JSON is `course check --format json` for the same workspace state: the format under
test must agree with it on every checkpoint's status, points and hidden flag. Specifications:
Gradescope "Autograder Specifications" (gradescope-autograders.readthedocs.io/en/latest/specs/),
Exercism "The Test Runner Interface" (exercism/docs building/tooling/test-runners/interface.md),
GitHub workflow commands (docs.github.com, "Workflow commands for GitHub Actions"; escaping as in
@actions/core command.ts). Exits 1 with one line per violation.
"""
import json
import re
import sys

problems = []


def check(ok, what):
    if not ok:
        problems.append(what)


def canonical_checkpoints(path):
    doc = json.load(open(path))
    check(doc.get("format_version") == 1, "canonical: format_version is not 1")
    return [(e, c) for e in doc["exercises"] for c in e["checkpoints"]]


RESOURCE_FIELDS = {"name", "outcome", "wall_seconds", "cpu_seconds", "memory_peak_bytes",
                   "oom_kills", "pids_limit_events", "cgroup"}


def runs_of(resources):
    """The program runs of an exercise's resources. Each format comes from its own `course check`
    and only the first one compiled: compile and link entries may differ, numbers always do."""
    return [u for u in resources if u["name"].startswith("run_")]


def property_keys(resources):
    """The property prefix of each entry, as junit.cpp numbers repeats (run_hidden_2, ...)."""
    seen = {}
    for use in resources:
        seen[use["name"]] = seen.get(use["name"], 0) + 1
        n = seen[use["name"]]
        yield use, "course." + use["name"] + (f"_{n}" if n > 1 else "")


STEP_PROPERTY = re.compile(r"^course\.(compile|link)\.(wall_seconds|cpu_seconds|memory_peak_bytes|"
                           r"oom_kills|pids_limit_events)$")


def junit_properties(xml, canonical):
    """Each suite's <properties>, read with TestSuite.properties(), against the canonical JSON."""
    exercises = {e["exercise"]: e for e in json.load(open(canonical))["exercises"]}
    for suite in xml:
        props = {p.name: p.value for p in suite.properties()}
        e = exercises.get(props.get("exercise"))
        check(e is not None, f"junit: suite {suite.name}: no exercise property")
        if e is None:
            continue
        check(props.get("isolation") == e["isolation"], f"junit: {suite.name}: isolation")
        # The last step is the same in both reports: a run, or a failed compile (never cached).
        resources = e.get("resources", [])
        cgroup = resources[-1]["cgroup"] if resources else "none"
        runs = runs_of(resources)
        check(props.get("course.cgroup") == cgroup, f"junit: {suite.name}: course.cgroup")
        known = {"exercise", "file", "points", "max_points", "isolation", "not_started",
                 "course.cgroup"}
        for use, key in property_keys(runs):
            fields = ["wall_seconds", "cpu_seconds", "oom_kills", "pids_limit_events"]
            # Peak memory is written only when measured: with a memory cgroup.
            if use["cgroup"] != "none":
                fields.append("memory_peak_bytes")
            check((f"{key}.memory_peak_bytes" in props) == (use["cgroup"] != "none"),
                  f"junit: {suite.name}: {key}.memory_peak_bytes presence under cgroup {use['cgroup']}")
            for field in fields:
                name = f"{key}.{field}"
                known.add(name)
                value = props.get(name)
                check(value is not None and re.fullmatch(r"\d+(\.\d+)?", value) is not None,
                      f"junit: {suite.name}: {name} is {value!r}, not a number")
            check(use["cgroup"] == "none" or float(props.get(f"{key}.memory_peak_bytes", 0)) > 0,
                  f"junit: {suite.name}: {key}: a cgroup but no peak memory")
        extra = {k for k in set(props) - known if not STEP_PROPERTY.match(k)}
        check(not extra, f"junit: {suite.name}: unexpected properties {extra}")


def junit(path, tests, failures, errors, skipped, canonical=None):
    from junitparser import JUnitXml, Failure, Error, Skipped

    xml = JUnitXml.fromfile(path)
    cases = [case for suite in xml for case in suite]
    counts = {"tests": len(cases), "failures": 0, "errors": 0, "skipped": 0}
    for case in cases:
        for result in case.result:
            if isinstance(result, Failure):
                counts["failures"] += 1
            elif isinstance(result, Error):
                counts["errors"] += 1
            elif isinstance(result, Skipped):
                counts["skipped"] += 1
        check(case.classname and case.name, f"junit: testcase without classname/name: {case}")
        check(case.time >= 0, f"junit: {case.name}: negative time")
    want = {"tests": int(tests), "failures": int(failures), "errors": int(errors),
            "skipped": int(skipped)}
    check(counts == want, f"junit: parsed {counts}, expected {want}")
    # The totals the suites declare match what they contain (what CI dashboards show).
    for suite in xml:
        n = list(suite)
        check(suite.tests == len(n), f"junit: suite {suite.name}: tests={suite.tests}, holds {len(n)}")
    # pytest writes <properties> first in <testsuite>, and the JUnit XSD requires it there.
    import xml.etree.ElementTree as ET
    for suite in ET.parse(path).getroot().iter("testsuite"):
        check(len(suite) > 0 and suite[0].tag == "properties",
              f"junit: suite {suite.get('name')}: <properties> is not its first element")
    if canonical:
        junit_properties(xml, canonical)


def gradescope(path, canonical):
    doc = json.load(open(path))
    top = {"score", "execution_time", "output", "output_format", "test_output_format",
           "test_name_format", "visibility", "stdout_visibility", "extra_data", "tests",
           "leaderboard"}
    check(set(doc) <= top, f"gradescope: unknown top-level keys {set(doc) - top}")
    check(isinstance(doc["score"], (int, float)), "gradescope: score is not a number")
    check(isinstance(doc["execution_time"], int) and doc["execution_time"] >= 0,
          "gradescope: execution_time is not whole seconds")
    check(isinstance(doc.get("output", ""), str), "gradescope: output is not a string")
    check(doc.get("output_format", "text") in ("text", "html", "simple_format", "md", "ansi"),
          "gradescope: bad output_format")
    test_keys = {"score", "max_score", "status", "name", "name_format", "number", "output",
                 "output_format", "tags", "visibility", "extra_data"}
    cps = canonical_checkpoints(canonical)
    check(len(doc["tests"]) == len(cps), "gradescope: not one test per checkpoint")
    for t, (e, c) in zip(doc["tests"], cps):
        check(set(t) <= test_keys, f"gradescope: unknown test keys {set(t) - test_keys}")
        check(t["name"] == c["title"], f"gradescope: test name {t['name']!r} != {c['title']!r}")
        check(t["score"] == c["points"] and t["max_score"] == c["max_points"],
              f"gradescope: {t['name']}: score {t['score']}/{t['max_score']}")
        passed = c["status"] == "passed" and not e["not_started"]
        check(t["status"] == ("passed" if passed else "failed"), f"gradescope: {t['name']}: status")
        check(t["visibility"] == ("hidden" if c["hidden"] else "visible"),
              f"gradescope: {t['name']}: visibility {t['visibility']}")
        check(isinstance(t.get("tags", []), list), "gradescope: tags is not a list")
        check(isinstance(t["number"], str), "gradescope: number is not a string")
    check(doc["score"] == sum(c["points"] for _, c in cps), "gradescope: score is not the sum")
    # extra_data is free-form in the specification; ours carries the runner's measurements as the
    # canonical JSON has them (the same runs; numbers differ from one `course check` to the next).
    got = doc["extra_data"].get("resources", {})
    for e in json.load(open(canonical))["exercises"]:
        uses = got.get(e["exercise"], [])
        check(all(set(u) == RESOURCE_FIELDS for u in uses),
              f"gradescope: {e['exercise']}: resource fields differ from the canonical ones")
        check([(u["name"], u["cgroup"]) for u in runs_of(uses)] ==
              [(u["name"], u["cgroup"]) for u in runs_of(e.get("resources", []))],
              f"gradescope: {e['exercise']}: extra_data.resources runs differ from the canonical")


def exercism(path, canonical):
    doc = json.load(open(path))
    check(set(doc) <= {"version", "status", "message", "tests"}, f"exercism: keys {set(doc)}")
    check(doc["version"] == 3, "exercism: version is not 3")
    check(doc["status"] in ("pass", "fail", "error"), f"exercism: status {doc['status']}")
    if doc["status"] == "error":
        check(isinstance(doc.get("message"), str) and doc["message"], "exercism: error without message")
    else:
        check(doc.get("message") is None, "exercism: message set without error")
    cps = canonical_checkpoints(canonical)
    tests = doc["tests"]
    check(len(tests) == len(cps), "exercism: not one test per checkpoint, in order")
    many = len({e["exercise"] for e, _ in cps}) > 1
    for t, (e, c) in zip(tests, cps):
        check(set(t) <= {"name", "test_code", "status", "message", "output", "task_id"},
              f"exercism: test keys {set(t)}")
        check(isinstance(t["name"], str) and c["title"] in t["name"], f"exercism: name {t['name']}")
        check(t["status"] in ("pass", "fail", "error"), f"exercism: {t['name']}: status")
        check((t["status"] == "pass") == (c["status"] == "passed" and not e["not_started"]),
              f"exercism: {t['name']}: status {t['status']} for {c['status']}")
        if "output" in t:
            out = t["output"]
            limit = 500 + len("\nOutput was truncated. Please limit to 500 chars")
            check(len(out) <= 500 or (len(out) == limit and out.endswith("Please limit to 500 chars")),
                  f"exercism: {t['name']}: output over 500 characters")
            check(not c["hidden"], f"exercism: hidden test {t['name']} carries program output")
        check(("task_id" in t) == many, f"exercism: {t['name']}: task_id presence")
        if "task_id" in t:
            check(isinstance(t["task_id"], int) and t["task_id"] >= 1, "exercism: bad task_id")
    all_pass = all(t["status"] == "pass" for t in tests)
    if doc["status"] == "pass":
        check(all_pass, "exercism: pass with a failing test")
    if doc["status"] == "fail":
        check(not all_pass, "exercism: fail with every test passing")


COMMAND = re.compile(r"^::(error|warning|notice)( [^:]*)?::(.*)$")


def github(commands_path, summary_path, canonical):
    cps = canonical_checkpoints(canonical)
    lines = open(commands_path, encoding="utf-8").read().splitlines()
    annotations = 0
    for line in lines:
        if line.startswith("course check:"):
            continue
        m = COMMAND.match(line)
        check(m is not None, f"github: not a workflow command: {line!r}")
        if not m:
            continue
        annotations += 1
        props = (m.group(2) or "").strip()
        for prop in props.split(",") if props else []:
            key, sep, value = prop.partition("=")
            check(sep and key in ("file", "line", "endLine", "col", "endColumn", "title"),
                  f"github: bad property {prop!r}")
            check(":" not in value and "," not in value, f"github: unescaped property {prop!r}")
        check("\r" not in m.group(3), "github: raw CR in message")
        check(re.search(r"%(?!25|0D|0A)", m.group(3)) is None, f"github: unescaped % in {line!r}")
    failing = sum(1 for e, c in cps if c["status"] != "passed")
    check(annotations > 0 or failing == 0, "github: failures but no annotation")
    summary = open(summary_path, encoding="utf-8").read()
    check("| Exercise | Checkpoint | Status | Points | Details |" in summary, "github: no summary table")
    rows = [l for l in summary.splitlines() if l.startswith("| ") and "---" not in l
            and not l.startswith("| Exercise |")]
    check(len(rows) >= len({e["exercise"] for e, _ in cps}), "github: summary misses exercises")


def main():
    kind, args = sys.argv[1], sys.argv[2:]
    {"junit": junit, "gradescope": gradescope, "exercism": exercism, "github": github}[kind](*args)
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Validate the quiz bank (assessments/quizzes/module-N.yaml) and print its counts.

Checks the schema the engine loads (docs/quiz-schema.md): ids unique across the bank and
well-formed ([a-z0-9-]+, prefixed mN- by convention so a learner can tell a question's module),
types, 2-6 choices, answer letters in range, numeric answers finite numbers, tolerance >= 0.
It also checks the bank's own targets: at least MIN_PER_MODULE questions per module and at least
MIN_TOTAL in all. Problems are printed as file:line: message and the exit code is 2.

Run with the system Python (it has PyYAML): /usr/bin/python3 assessments/quizzes/check_bank.py
"""
import math
import pathlib
import re
import sys

import yaml

BANK_DIR = pathlib.Path(__file__).resolve().parent
MODULES = range(1, 6)
MIN_PER_MODULE = 20
MIN_TOTAL = 100
TYPES = ("single", "multiple", "numeric")
QUESTION_KEYS = {"id", "type", "prompt", "choices", "answer", "tolerance", "unit",
                 "explanation", "socratic"}
ID_RE = re.compile(r"^[a-z0-9-]+$")


class LineLoader(yaml.SafeLoader):
    """SafeLoader that records each mapping's line as the key '__line__' (1-based)."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


def is_number(value):
    # bool is an int in Python, and YAML turns yes/no/true into bools: refuse them.
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def is_text(value):
    return isinstance(value, str) and value.strip() != ""


def check_choice_answer(q, problems):
    choices = q.get("choices")
    if not isinstance(choices, list) or not 2 <= len(choices) <= 6:
        problems.append("give 2 to 6 choices")
        return
    if not all(is_text(c) for c in choices):
        problems.append("every choice must be non-empty text")
    if len(set(map(str, choices))) != len(choices):
        problems.append("two choices have the same text")
    letters = [chr(ord("a") + i) for i in range(len(choices))]
    answer = q.get("answer")
    if q["type"] == "single":
        if answer not in letters:
            problems.append(f"answer {answer!r} is not one of the letters {letters}")
        return
    if not isinstance(answer, list) or not answer:
        problems.append("a multiple-choice answer is a non-empty list of letters, e.g. [a, c]")
        return
    for letter in answer:
        if letter not in letters:
            problems.append(f"answer letter {letter!r} is not one of {letters}")
    if len(set(answer)) != len(answer):
        problems.append("an answer letter is listed twice")


def check_question(q, module, seen, problems):
    unknown = set(q) - QUESTION_KEYS - {"__line__"}
    if unknown:
        problems.append(f"unknown keys {sorted(unknown)}")
    qid = q.get("id")
    if not isinstance(qid, str) or not ID_RE.match(qid):
        problems.append(f"id {qid!r} is not [a-z0-9-]+")
    elif not qid.startswith(f"m{module}-"):
        problems.append(f"id {qid!r} should start with m{module}- (its module)")
    elif qid in seen:
        problems.append(f"duplicate id {qid!r} (first at {seen[qid]})")
    for key in ("prompt", "explanation"):
        if not is_text(q.get(key)):
            problems.append(f"{key} must be non-empty text")
    if "socratic" in q and not isinstance(q["socratic"], bool):
        problems.append("socratic must be true or false")
    qtype = q.get("type")
    if qtype not in TYPES:
        problems.append(f"type {qtype!r} is not one of {TYPES}")
        return
    if qtype == "numeric":
        if "choices" in q:
            problems.append("numeric questions have no choices")
        if not is_number(q.get("answer")):
            problems.append(f"numeric answer {q.get('answer')!r} is not a finite number")
        tol = q.get("tolerance", 0)
        if not is_number(tol) or tol < 0:
            problems.append(f"tolerance {tol!r} must be a number >= 0")
        if "unit" in q and not isinstance(q["unit"], str):
            problems.append("unit must be text")
    else:
        for key in ("tolerance", "unit"):
            if key in q:
                problems.append(f"only numeric questions have a {key}")
        check_choice_answer(q, problems)


def main():
    errors = []
    seen = {}
    counts = {}  # module -> {type: n, "socratic": n}
    for module in MODULES:
        path = BANK_DIR / f"module-{module}.yaml"
        name = f"assessments/quizzes/{path.name}"
        counts[module] = {t: 0 for t in TYPES} | {"socratic": 0}
        if not path.exists():
            errors.append(f"{name}: missing file")
            continue
        try:
            doc = yaml.load(path.read_text(encoding="utf-8"), Loader=LineLoader)
        except yaml.YAMLError as exc:
            errors.append(f"{name}: not valid YAML: {exc}")
            continue
        if not isinstance(doc, dict):
            errors.append(f"{name}: top level must be a mapping")
            continue
        extra = set(doc) - {"schema_version", "module", "questions", "__line__"}
        if extra:
            errors.append(f"{name}: unknown top-level keys {sorted(extra)}")
        if doc.get("schema_version") != 1:
            errors.append(f"{name}: schema_version must be 1")
        if doc.get("module") != module:
            errors.append(f"{name}: module is {doc.get('module')!r}, the file says {module}")
        questions = doc.get("questions")
        if not isinstance(questions, list) or not questions:
            errors.append(f"{name}: questions must be a non-empty list")
            continue
        for q in questions:
            if not isinstance(q, dict):
                errors.append(f"{name}: each question must be a mapping")
                continue
            where = f"{name}:{q['__line__']}"
            problems = []
            check_question(q, module, seen, problems)
            errors.extend(f"{where}: {q.get('id')}: {p}" for p in problems)
            if isinstance(q.get("id"), str) and q["id"] not in seen:
                seen[q["id"]] = where
            if q.get("type") in TYPES:
                counts[module][q["type"]] += 1
            counts[module]["socratic"] += q.get("socratic") is True

    total = {k: sum(c[k] for c in counts.values()) for k in (*TYPES, "socratic")}
    grand = sum(total[t] for t in TYPES)
    print(f"{'module':<8}{'single':>8}{'multiple':>10}{'numeric':>9}{'total':>7}{'socratic':>10}")
    for module, c in counts.items():
        n = sum(c[t] for t in TYPES)
        print(f"{module:<8}{c['single']:>8}{c['multiple']:>10}{c['numeric']:>9}{n:>7}"
              f"{c['socratic']:>10}")
        if n < MIN_PER_MODULE:
            errors.append(f"module {module}: {n} questions, the bank wants at least {MIN_PER_MODULE}")
    print(f"{'all':<8}{total['single']:>8}{total['multiple']:>10}{total['numeric']:>9}{grand:>7}"
          f"{total['socratic']:>10}")
    if grand:
        shares = ", ".join(f"{t} {100 * total[t] / grand:.0f}%" for t in TYPES)
        print(f"shares: {shares}")
    if grand < MIN_TOTAL:
        errors.append(f"bank: {grand} questions, at least {MIN_TOTAL} wanted")
    for e in errors:
        print(e, file=sys.stderr)
    return 2 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Compares `cvindex --parse --json` with a generated corpus's truth file (stdlib only).

    check_accuracy.py --cvindex PATH --corpus DIR --truth FILE [--today 2026-11] [--json]
                      [--show N]

Per format and overall: employer precision and recall (names compared case-insensitively with
whitespace collapsed, as multisets in CV order), skill precision and recall (canonical names), the
share of CVs whose experience months are exact, and their error distribution. --show N prints N
mismatching CVs per format (what differs), for debugging the reader.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

BATCH = 400


def norm(name):
    return " ".join(name.casefold().split())


def parse_all(cvindex, corpus, paths, today):
    records = {}
    for start in range(0, len(paths), BATCH):
        batch = paths[start:start + BATCH]
        out = subprocess.run([cvindex, "--parse", "--json", "--today", today, *batch], cwd=corpus,
                             capture_output=True, text=True, check=False)
        for line in out.stdout.splitlines():
            if line.strip():
                record = json.loads(line)
                records[record["path"]] = record
    return records


def matched(truth, found):
    """Size of the multiset intersection."""
    left = collections.Counter(truth)
    right = collections.Counter(found)
    return sum((left & right).values())


class Tally:
    def __init__(self):
        self.cvs = 0
        self.missing = 0
        self.emp_true = self.emp_found = self.emp_hit = 0
        self.sk_true = self.sk_found = self.sk_hit = 0
        self.exact = 0
        self.errors = collections.Counter()

    def add(self, truth, record):
        self.cvs += 1
        t_emp = [norm(e) for e in truth["employers"]]
        t_sk = {s["name"] for s in truth["skills"]}
        if record is None:
            self.missing += 1
            self.emp_true += len(t_emp)
            self.sk_true += len(t_sk)
            self.errors["unread"] += 1
            return
        f_emp = [norm(j.get("employer") or "") for j in record.get("jobs", [])]
        f_sk = {s["name"] for s in record.get("skills", [])}
        self.emp_true += len(t_emp)
        self.emp_found += len(f_emp)
        self.emp_hit += matched(t_emp, f_emp)
        self.sk_true += len(t_sk)
        self.sk_found += len(f_sk)
        self.sk_hit += len(t_sk & f_sk)
        diff = record.get("experience_months", 0) - truth["experience_months"]
        self.exact += diff == 0
        self.errors[bucket(diff)] += 1

    def summary(self):
        def ratio(a, b):
            return round(a / b, 4) if b else None
        return {
            "cvs": self.cvs,
            "unread": self.missing,
            "employer_precision": ratio(self.emp_hit, self.emp_found),
            "employer_recall": ratio(self.emp_hit, self.emp_true),
            "skill_precision": ratio(self.sk_hit, self.sk_found),
            "skill_recall": ratio(self.sk_hit, self.sk_true),
            "experience_exact": ratio(self.exact, self.cvs),
            "experience_errors": dict(sorted(self.errors.items())),
        }


def bucket(diff):
    if diff == 0:
        return "0"
    size = abs(diff)
    label = "1-2" if size <= 2 else "3-12" if size <= 12 else ">12"
    return ("+" if diff > 0 else "-") + label


def describe(truth, record):
    if record is None:
        return "  not read"
    lines = []
    t_emp = [norm(e) for e in truth["employers"]]
    f_emp = [norm(j.get("employer") or "") for j in record.get("jobs", [])]
    if collections.Counter(t_emp) != collections.Counter(f_emp):
        lines.append(f"  employers: truth {t_emp}\n             found {f_emp}")
    t_sk = {s["name"] for s in truth["skills"]}
    f_sk = {s["name"] for s in record.get("skills", [])}
    if t_sk != f_sk:
        lines.append(f"  skills missing {sorted(t_sk - f_sk)} extra {sorted(f_sk - t_sk)}")
    if record.get("experience_months") != truth["experience_months"]:
        lines.append(f"  months truth {truth['experience_months']} found {record.get('experience_months')}")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cvindex", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--today", default="2026-11")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()

    with open(args.truth, encoding="utf-8") as f:
        truths = [json.loads(line) for line in f if line.strip()]
    records = parse_all(os.path.abspath(args.cvindex), args.corpus, [t["path"] for t in truths], args.today)
    overall = Tally()
    per_format = collections.defaultdict(Tally)
    per_encoding = collections.defaultdict(Tally)
    shown = collections.Counter()
    for truth in truths:
        record = records.get(truth["path"])
        fmt = truth.get("format") or truth["path"].rsplit(".", 1)[-1]
        overall.add(truth, record)
        per_format[fmt].add(truth, record)
        if truth.get("encoding", "UTF-8") != "UTF-8":
            per_encoding[truth["encoding"]].add(truth, record)
        if args.show and shown[fmt] < args.show:
            text = describe(truth, record)
            if text:
                shown[fmt] += 1
                print(f"{truth['path']}:\n{text}", file=sys.stderr)
    report = {"overall": overall.summary(),
              "formats": {k: v.summary() for k, v in sorted(per_format.items())},
              "encodings": {k: v.summary() for k, v in sorted(per_encoding.items())}}
    if args.json:
        print(json.dumps(report, indent=1))
        return
    head = f"{'':14}{'CVs':>6}{'emp P':>8}{'emp R':>8}{'skill P':>9}{'skill R':>9}{'months=':>9}"
    print(head)
    rows = [("all", report["overall"])] + list(report["formats"].items()) + list(report["encodings"].items())
    for name, s in rows:
        cells = [s["employer_precision"], s["employer_recall"], s["skill_precision"], s["skill_recall"],
                 s["experience_exact"]]
        print(f"{name:14}{s['cvs']:>6}" + "".join(f"{c if c is not None else '-':>{w}}"
                                                   for c, w in zip(cells, (8, 8, 9, 9, 9))))


if __name__ == "__main__":
    main()

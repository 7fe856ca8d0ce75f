#!/usr/bin/env python3
"""Run crosscheck over every case of the real-text development set and score it.

usage: score_all.py CROSSCHECK [--cases DIR] [--work DIR] [--bars] [--verbose]
                    [--min-recall P] [--min-precision P] [--min-metric P]
                    [--max-high N] [--max-failed N]

For each case folder under DIR (default: this script's folder), the same
commands as README.md's "Scoring": ingest its sources into a fresh database,
check with the case's rules.toml (when there is one), write the JSON report
and the claims, then run the two scorers kept beside the set
(tests/data/eval/score_claims.py and score.py, copies of ../shared/eval).
Prints each scorer's last lines per event, then the totals over the set.

With --bars, exits 1 unless the totals meet the bars: by default the
issue's (claim recall >= 90%, precision >= 90%, the right metric on >= 95%
of the found claims, no spurious high finding, every must_flag found and
every non-hard must_not_flag held: no score.py failure, [[not_a_claim]]
entries counting as failures too); --min-* and --max-* set each bar, so a
test can hold the level reached and fail on a regression. Any command that
fails exits 2.
"""
import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.join(os.path.dirname(HERE), "eval")

def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    return r


def must(cmd):
    r = run(cmd)
    if r.returncode not in (0, 1):
        sys.stderr.write(f"score_all: {' '.join(cmd)} failed ({r.returncode}):\n{r.stderr}")
        sys.exit(2)
    return r


def score_case(binary, case_dir, work):
    slug = os.path.basename(case_dir.rstrip("/"))
    db = os.path.join(work, f"{slug}.db")
    report = os.path.join(work, f"{slug}-report.json")
    claims = os.path.join(work, f"{slug}-claims.json")
    for stale in (db, db + "-wal", db + "-shm"):
        if os.path.exists(stale):
            os.remove(stale)  # a fresh database per run, never the last run's claims
    base = [binary, "--db", db, "-q"]
    must(base + ["ingest", "--case", "c", os.path.join(case_dir, "sources")])
    rules = os.path.join(case_dir, "rules.toml")
    # `claims` re-extracts when its rules differ from the stored claims'
    # rules, so it is given the case's rules as `check` is.
    with_rules = ["--rules", rules] if os.path.exists(rules) else []
    must(base + ["check", "--case", "c"] + with_rules)
    must(base + ["report", "--case", "c", "--format", "json", "-o", report])
    out = must(base + ["claims", "--case", "c", "--format", "json"] + with_rules).stdout
    with open(claims, "w") as f:
        f.write(out)
    sc = run([sys.executable, os.path.join(EVAL, "score_claims.py"), case_dir, report, claims])
    se = run([sys.executable, os.path.join(EVAL, "score.py"),
              os.path.join(case_dir, "expected.toml"), report, claims])
    if sc.returncode != 0 or se.returncode not in (0, 1):
        sys.stderr.write(f"score_all: a scorer failed on {slug}:\n{sc.stderr}{se.stderr}")
        sys.exit(2)
    return slug, sc.stdout, se.stdout, matched_claims(case_dir, claims)


def matched_claims(case_dir, claims_json):
    """Extracted claims that match a gold claim, counted as score_claims.py
    counts them (its own `close` and `url_of`): the scorer prints only a
    rounded share, and the total needs the count."""
    spec = importlib.util.spec_from_file_location("score_claims",
                                                  os.path.join(EVAL, "score_claims.py"))
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    with open(os.path.join(case_dir, "claims.toml"), "rb") as f:
        gold = scorer.tomllib.load(f).get("claim", [])
    with open(claims_json) as f:
        claims = [c for c in json.load(f).get("claims") or [] if c.get("value") is not None]
    return sum(1 for c in claims
               if any(scorer.url_of(c) == g["url"] and scorer.close(c["value"], g["value"])
                      for g in gold))


def parse(claims_out, expected_out):
    g = re.search(r"gold (\d+), extracted (\d+), found (\d+), right metric (\d+)", claims_out)
    s = re.search(r"spurious (\d+) \(high (\d+)\)", claims_out)
    p = re.search(r"(\d+) passed, (\d+) failed", expected_out)
    h = re.search(r"hard expectations missed: (\d+)", expected_out)
    if not (g and s and p and h):
        sys.stderr.write("score_all: unexpected scorer output\n" + claims_out + expected_out)
        sys.exit(2)
    gold, extracted, found, metric = map(int, g.groups())
    return {
        "gold": gold, "extracted": extracted, "found": found, "metric": metric,
        "spurious": int(s.group(1)), "high": int(s.group(2)),
        "passed": int(p.group(1)), "failed": int(p.group(2)), "hard": int(h.group(1)),
    }


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("crosscheck")
    ap.add_argument("--cases", default=HERE)
    ap.add_argument("--work")
    ap.add_argument("--bars", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--min-recall", type=float, default=90.0)
    ap.add_argument("--min-precision", type=float, default=90.0)
    ap.add_argument("--min-metric", type=float, default=95.0)
    ap.add_argument("--max-high", type=int, default=0)
    ap.add_argument("--max-failed", type=int, default=0)
    args = ap.parse_args(argv[1:])
    cases = sorted(d for d in os.listdir(args.cases)
                   if os.path.exists(os.path.join(args.cases, d, "claims.toml")))
    if not cases:
        sys.stderr.write(f"score_all: no case under {args.cases}\n")
        return 2
    work = args.work or tempfile.mkdtemp(prefix="realtext-")
    os.makedirs(work, exist_ok=True)
    total = dict.fromkeys(["gold", "extracted", "found", "metric", "spurious", "high",
                           "passed", "failed", "hard"], 0)
    matched_total = 0
    for case in cases:
        slug, sc, se, matched = score_case(args.crosscheck, os.path.join(args.cases, case), work)
        f = parse(sc, se)
        print(f"== {slug}")
        lines = sc.strip().splitlines()
        shown = lines if args.verbose else lines[-2:]
        print("\n".join(shown))
        elines = se.strip().splitlines()
        if args.verbose:
            print("\n".join(elines))
        else:
            for line in elines:
                if line.startswith("MISS") or line.startswith("miss (hard)"):
                    print(line)
            print("\n".join(elines[-2:]))
        for k in total:
            total[k] += f[k]
        matched_total += matched
    n, e, fd = total["gold"], total["extracted"], total["found"]
    recall = 100.0 * fd / n if n else 0.0
    precision = 100.0 * matched_total / e if e else 0.0
    metric = 100.0 * total["metric"] / fd if fd else 0.0
    print("== total")
    print(f"gold {n}, extracted {e}, found {fd}, right metric {total['metric']} ({metric:.1f}%)")
    print(f"recall {recall:.1f}% precision {precision:.1f}% spurious {total['spurious']} "
          f"(high {total['high']})")
    print(f"expectations: {total['passed']} passed, {total['failed']} failed, "
          f"hard missed {total['hard']}")
    if not args.bars:
        return 0
    short = []
    if recall < args.min_recall:
        short.append(f"recall {recall:.1f}% < {args.min_recall}%")
    if precision < args.min_precision:
        short.append(f"precision {precision:.1f}% < {args.min_precision}%")
    if metric < args.min_metric:
        short.append(f"right metric {metric:.1f}% < {args.min_metric}%")
    if total["high"] > args.max_high:
        short.append(f"{total['high']} spurious high finding(s) > {args.max_high}")
    if total["failed"] > args.max_failed:
        short.append(f"{total['failed']} expectation(s) failed > {args.max_failed}")
    for s in short:
        print(f"BELOW THE BAR: {s}")
    return 1 if short else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

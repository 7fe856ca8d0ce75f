#!/usr/bin/env python3
"""The whole job, end to end, through the real binary, at scale.

For each case (a scenario of bench/news_corpus.py at a number of sources)
this generates the sources, then times, each step in a process of its own
on a fresh database:

  ingest            crosscheck ingest --case bench sources/
  check             crosscheck check --case bench [--rules news_corpus_rules.toml]
  check2            the same again, with nothing new
  report_FORMAT     crosscheck report --case bench --format FORMAT -o FILE
                    (json and html; for `towns` every format; before
                    claimreview the first 100 high findings are confirmed,
                    untimed: it rates only confirmed findings)

and, in the same run, the floors they are compared with:

  sqlite_floor      the sqlite3 shell loading the same rows (url, outlet,
                    title, language, published, body; a unique index on the
                    url, WAL, one transaction) with `.import --csv`: what
                    storing the sources costs at least (ingest's floor)
  numbers_floor     `crosscheck numbers` over every line of the same bodies
                    (output to /dev/null): what finding the figures in the
                    text costs at least (check's floor)

Per step: wall seconds, peak resident set (getrusage of the child, so the
step's own process only), the ratio to its floor, output size; then per
step the growth per 10x of time and memory (and the exponent: 1 linear,
2 quadratic), and issue 14's bars, pass or fail.

Every step runs under a timeout and caps (RLIMIT_AS for memory, RLIMIT_FSIZE
for any file it writes, the database included), in its own process group;
a step that hits one is recorded as such ("timeout", "memory cap", "file
cap") and the steps that need it are skipped. Everything is written under
--work (default /tmp/crosscheck-e2e-PID); report files are deleted once
measured, each case's folder when it is done (unless --keep).

usage:
  e2e_bench.py [--cases SPEC,...] [--runs N] [--timeout S] [--mem-cap SIZE]
               [--file-cap SIZE] [--binary PATH] [--work DIR] [--json FILE] [--keep]

  SPEC is SCENARIO:SOURCES[xRUNS][:STEP+STEP...], e.g. news:1000x3 (three
  runs, medians), towns:10000, news:100000:floors+ingest. STEP names: ingest, check, check2, report_json,
  report_html, report_text, report_md, report_csv, report_claimreview,
  sqlite_floor, numbers_floor; `floors` and `reports` name their group.
  Default cases: news:1000,news:10000,news:100000,towns:10000.
"""

import argparse
import json
import math
import os
import re
import resource
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import news_corpus  # noqa: E402

CASE = "bench"
MiB = 1024 * 1024
GiB = 1024 * MiB

BUILT_IN_PLUGINS = ["interval_conflict", "cumulative_timeline", "transcription",
                    "consensus_outlier"]
FLOOR_OF = {"ingest": "sqlite_floor", "check": "numbers_floor"}
ALL_FORMATS = ["json", "html", "text", "md", "csv", "claimreview"]
DEFAULT_STEPS = {
    "news": ["sqlite_floor", "numbers_floor", "ingest", "check", "check2", "report_json",
             "report_html"],
    "towns": ["sqlite_floor", "numbers_floor", "ingest", "check", "check2"] +
             [f"report_{f}" for f in ALL_FORMATS],
}
# What a step needs to have succeeded before it, in this run.
NEEDS = {"check": "ingest", "check2": "check"}


def parse_size(text):
    match = re.fullmatch(r"(\d+(?:\.\d+)?)([KMG]?)", text.strip().upper())
    if not match:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 6G, 512M)")
    factor = {"": 1, "K": 1024, "M": MiB, "G": GiB}[match.group(2)]
    return int(float(match.group(1)) * factor)


def parse_cases(text):
    cases = []
    for spec in text.split(","):
        parts = spec.split(":")
        if (len(parts) not in (2, 3) or parts[0] not in DEFAULT_STEPS or
                not re.fullmatch(r"\d+(x\d+)?", parts[1])):
            sys.exit(f"e2e_bench.py: bad case {spec!r}: SCENARIO:SOURCES[xRUNS][:STEP+STEP]")
        steps = DEFAULT_STEPS[parts[0]]
        if len(parts) == 3:
            wanted = set()
            for name in parts[2].split("+"):
                if name == "floors":
                    wanted |= {"sqlite_floor", "numbers_floor"}
                elif name == "reports":
                    wanted |= {s for s in steps if s.startswith("report_")}
                elif name in steps or name.startswith("report_"):
                    wanted.add(name)
                else:
                    sys.exit(f"e2e_bench.py: unknown step {name!r} in {spec!r}")
            steps = [s for s in DEFAULT_STEPS["towns"] if s in wanted]
        sources, _, runs = parts[1].partition("x")
        cases.append((parts[0], int(sources), steps, int(runs) if runs else None))
    return cases


class Outcome:
    """One step of one run: how it ended and what it cost."""

    def __init__(self, status, wall, rss_kib, detail="", output_bytes=None, cpu=None):
        self.status = status  # ok, timeout, memory cap, file cap, crashed, failed, skipped
        self.wall = wall
        self.cpu = cpu  # user + system seconds of the child
        self.rss_kib = rss_kib
        self.detail = detail
        self.output_bytes = output_bytes


MEMORY_WORDS = re.compile(r"bad_alloc|out of memory|cannot allocate|memory exhausted|"
                          r"length_error|Resource temporarily unavailable", re.I)


def run_step(argv, args, stdin_path=None, stdout_path=os.devnull, log_path=None):
    """Runs `argv` as a child in its own process group under the caps;
    returns an Outcome (wall, peak RSS of the child from wait4)."""
    mem_cap, file_cap = args.mem_cap, args.file_cap

    def limit():
        if mem_cap:
            resource.setrlimit(resource.RLIMIT_AS, (mem_cap, mem_cap))
        if file_cap:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_cap, file_cap))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    stdout = open(stdout_path, "wb")
    stderr = open(log_path, "wb") if log_path else subprocess.DEVNULL
    timed_out = threading.Event()
    start = time.monotonic()
    # restore_signals (the default) gives the child SIGXFSZ's default
    # action back, which Python ignores: a write past the file cap kills it.
    proc = subprocess.Popen(argv, stdin=stdin, stdout=stdout, stderr=stderr,
                            preexec_fn=limit, start_new_session=True)

    def kill_group():
        timed_out.set()
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    timer = threading.Timer(args.timeout, kill_group)
    timer.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    for f in (stdin, stdout, stderr):
        if hasattr(f, "close"):
            f.close()
    rss = usage.ru_maxrss
    cpu = usage.ru_utime + usage.ru_stime
    err = ""
    if log_path and os.path.exists(log_path):
        with open(log_path, "rb") as f:
            lines = f.read()[-4000:].decode("utf-8", "replace").strip().splitlines()
        err = lines[-1] if lines else ""
    outcome = classify(status, timed_out.is_set(), err, args)
    outcome.wall, outcome.rss_kib, outcome.cpu = wall, rss, cpu
    return outcome


def classify(status, timed_out, err, args):
    """How a step ended, from its wait status and its last line on stderr."""
    mem_cap, file_cap = args.mem_cap, args.file_cap
    wall = rss = None
    if timed_out:
        return Outcome("timeout", wall, rss, f"killed after {args.timeout:.0f} s")
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig == signal.SIGXFSZ:
            return Outcome("file cap", wall, rss, f"a file reached {fmt_size(file_cap)}")
        if mem_cap and (sig in (signal.SIGABRT, signal.SIGSEGV, signal.SIGBUS) or
                        MEMORY_WORDS.search(err)):
            return Outcome("memory cap", wall, rss,
                           f"{signal.Signals(sig).name} under RLIMIT_AS {fmt_size(mem_cap)}: {err}")
        return Outcome("crashed", wall, rss, f"{signal.Signals(sig).name}: {err}")
    code = os.WEXITSTATUS(status)
    if code != 0:
        if mem_cap and MEMORY_WORDS.search(err):
            return Outcome("memory cap", wall, rss, f"exit {code}: {err}")
        if code == 3:  # a run that completed in part: measured, but said so
            return Outcome("incomplete", wall, rss, err)
        return Outcome("failed", wall, rss, f"exit {code}: {err}")
    return Outcome("ok", wall, rss)


def fmt_size(n):
    if n is None:
        return "-"
    if n >= GiB:
        return f"{n / GiB:.1f}G"
    if n >= MiB:
        return f"{n / MiB:.0f}M"
    return f"{n / 1024:.0f}K"


SQLITE_FLOOR_SCRIPT = """PRAGMA journal_mode=WAL;
CREATE TABLE rows (url TEXT NOT NULL, outlet TEXT, title TEXT, language TEXT,
                   published TEXT, body TEXT);
CREATE UNIQUE INDEX rows_by_url ON rows(url);
.import --csv --skip 1 {csv} rows
SELECT count(*) FROM rows;
"""


def case_counts(db_path):
    """Claims, active findings and the database's size after a check."""
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        claims = con.execute("SELECT count(*) FROM claims WHERE status = 'active'").fetchone()[0]
        findings = con.execute(
            "SELECT count(*) FROM findings WHERE state = 'active'").fetchone()[0]
        con.close()
    except sqlite3.Error as error:
        return {"error": str(error)}
    size = sum(os.path.getsize(db_path + s) for s in ("", "-wal")
               if os.path.exists(db_path + s))
    return {"claims": claims, "findings": findings, "db_bytes": size}


CONFIRMED_SAMPLE = 100


def confirm_sample(cc):
    """Confirms the first CONFIRMED_SAMPLE high findings, untimed: a ClaimReview
    rates only what a reviewer confirmed, and refuses a case with nothing
    confirmed, as a real case before review would be."""
    listed = subprocess.run(cc + ["findings", "--case", CASE, "--severity", "high",
                                  "--format", "json"], capture_output=True, text=True, check=True)
    for finding in json.loads(listed.stdout)["findings"][:CONFIRMED_SAMPLE]:
        subprocess.run(cc + ["review", finding["id"], "--status", "confirmed",
                             "--note", "bench sample", "--reviewer", "bench"],
                       capture_output=True, check=True)


def run_case(scenario, n, steps, args, run_dir, corpus_dir):
    """One run of `steps` on a fresh database; returns {step: Outcome}, counts."""
    os.makedirs(run_dir, exist_ok=True)
    db = os.path.join(run_dir, "crosscheck.db")
    cc = [args.binary, "--db", db]
    rules = ["--rules", os.path.join(HERE, "news_corpus_rules.toml")] if scenario == "news" else []
    outcomes, counts = {}, {}
    for step in steps:
        log = os.path.join(run_dir, step + ".log")
        need = NEEDS.get(step, "check" if step.startswith("report_") else None)
        if need and (need not in outcomes or outcomes[need].status not in ("ok", "incomplete")):
            outcomes[step] = Outcome("skipped", None, None, f"needs {need}")
            print(f"    {step:<20} skipped (needs {need})", flush=True)
            continue
        if step == "sqlite_floor":
            script = os.path.join(run_dir, "floor.sql")
            with open(script, "w") as f:
                f.write(SQLITE_FLOOR_SCRIPT.format(csv=os.path.join(corpus_dir, "rows.csv")))
            out = run_step(["sqlite3", os.path.join(run_dir, "floor.db")], args,
                           stdin_path=script, log_path=log)
        elif step == "numbers_floor":
            out = run_step([args.binary, "numbers"], args,
                           stdin_path=os.path.join(corpus_dir, "text.txt"), log_path=log)
        elif step == "ingest":
            out = run_step(cc + ["ingest", "--case", CASE, os.path.join(corpus_dir, "sources")],
                           args, log_path=log)
        elif step in ("check", "check2"):
            out = run_step(cc + ["check", "--case", CASE] + rules, args,
                           stdout_path=os.path.join(run_dir, step + ".out"), log_path=log)
            if out.status in ("ok", "incomplete"):
                counts = case_counts(db)
        else:
            fmt = step[len("report_"):]
            if fmt == "claimreview":
                confirm_sample(cc)
            target = os.path.join(run_dir, "report." + fmt)
            # A ClaimReview names the fact-check page each rating belongs to.
            extra = (["--url-template", "https://factcheck.example/{case}/{finding}"]
                     if fmt == "claimreview" else [])
            out = run_step(cc + ["report", "--case", CASE, "--format", fmt, "-o", target] + extra,
                           args, log_path=log)
            if os.path.exists(target):
                out.output_bytes = os.path.getsize(target)
                os.remove(target)  # a report can be gigabytes: measured, then gone
        outcomes[step] = out
        print(f"    {step:<20} {out.status:<11} {fmt_secs(out.wall):>8} s "
              f"cpu {fmt_secs(out.cpu):>8} s "
              f"{fmt_size(out.rss_kib * 1024 if out.rss_kib else None):>6} "
              f"{out.detail}", flush=True)
    for leftover in ("floor.db", "floor.db-wal"):
        path = os.path.join(run_dir, leftover)
        if os.path.exists(path):
            os.remove(path)
    return outcomes, counts


def fmt_secs(s):
    if s is None:
        return "-"
    return f"{s:.3f}" if s < 10 else f"{s:.1f}"


def summarise(runs):
    """Per step across runs: the median of the ok runs, else the first failure."""
    summary = {}
    for step in runs[0]:
        outs = [r[step] for r in runs]
        good = [o for o in outs if o.status in ("ok", "incomplete")]
        if len(good) == len(outs):
            summary[step] = {
                "status": good[0].status,
                "wall": statistics.median(o.wall for o in good),
                "rss": statistics.median(o.rss_kib for o in good) * 1024,
                "cpu": statistics.median(o.cpu for o in good),
                "output_bytes": good[0].output_bytes, "runs": len(good),
                "walls": [round(o.wall, 3) for o in good],
            }
        else:
            bad = next(o for o in outs if o.status not in ("ok", "incomplete"))
            summary[step] = {"status": bad.status, "wall": bad.wall, "cpu": bad.cpu,
                             "rss": bad.rss_kib * 1024 if bad.rss_kib else None,
                             "output_bytes": bad.output_bytes, "detail": bad.detail,
                             "runs": len(outs)}
    return summary


def print_case_table(title, summary, counts, manifest):
    print(f"\n## {title}")
    print(f"sources {manifest['sources']:,}, figures written {manifest['figures']:,}, "
          f"planted errors {sum(manifest['planted_errors'].values()):,}, "
          f"source bytes {fmt_size(manifest['source_bytes'])}; "
          f"after check: claims {counts.get('claims', '-')}, findings "
          f"{counts.get('findings', '-')}, database {fmt_size(counts.get('db_bytes'))}")
    print("| step | status | wall s | cpu s | peak RSS | floor | floor s | ratio | output |")
    print("| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |")
    for step, s in summary.items():
        if step.endswith("_floor"):
            continue
        floor = FLOOR_OF.get(step)
        f = summary.get(floor) if floor else None
        ratio = "-"
        if f and f["status"] == "ok" and s["wall"] and f["wall"]:
            ratio = f"{s['wall'] / f['wall']:.1f}x"
            if s["status"] not in ("ok", "incomplete"):
                ratio = ">" + ratio
        status = s["status"] if s["status"] in ("ok",) else \
            f"**{s['status']}**" + (f" ({s['detail']})" if s.get("detail") else "")
        wall = fmt_secs(s["wall"]) if s["status"] != "skipped" else "-"
        if s["status"] not in ("ok", "incomplete", "skipped"):
            wall = ">" + wall if s["status"] == "timeout" else wall
        print(f"| {step} | {status} | {wall} | {fmt_secs(s.get('cpu'))} | {fmt_size(s['rss'])} | "
              f"{floor or '-'} | "
              f"{fmt_secs(f['wall']) if f else '-'} | {ratio} | {fmt_size(s['output_bytes'])} |")
    for step in ("sqlite_floor", "numbers_floor"):
        if step in summary:
            s = summary[step]
            print(f"| ({step}) | {s['status']} | {fmt_secs(s['wall'])} | {fmt_secs(s.get('cpu'))} "
                  f"| {fmt_size(s['rss'])} | - | - | - | - |")


def print_growth(results):
    """Per scenario, per step: time and memory per 10x of sources."""
    by_scenario = {}
    for r in results:
        by_scenario.setdefault(r["scenario"], []).append(r)
    for scenario, rs in by_scenario.items():
        rs = sorted(rs, key=lambda r: r["sources"])
        if len(rs) < 2:
            continue
        print(f"\n## growth per 10x ({scenario}): wall (exponent: 1 linear, 2 quadratic), "
              f"cpu, peak RSS")
        print("| step | " + " | ".join(f"{a['sources']:,} -> {b['sources']:,}"
                                       for a, b in zip(rs, rs[1:])) + " |")
        print("| --- |" + " --- |" * (len(rs) - 1))
        steps = []
        for r in rs:
            steps += [s for s in r["summary"] if s not in steps]
        for step in steps:
            cells = []
            for a, b in zip(rs, rs[1:]):
                sa, sb = a["summary"].get(step), b["summary"].get(step)
                if not sa or not sb or sa["status"] not in ("ok", "incomplete"):
                    cells.append("-")
                    continue
                decades = math.log10(b["sources"] / a["sources"])
                if sb["status"] not in ("ok", "incomplete"):
                    cells.append(f">{(sb['wall'] or 0) / sa['wall']:.0f}x ({sb['status']})")
                    continue
                t = sb["wall"] / sa["wall"]
                c = sb["cpu"] / sa["cpu"] if sa["cpu"] else float("nan")
                m = sb["rss"] / sa["rss"] if sa["rss"] else float("nan")
                cells.append(f"wall {t ** (1 / decades):.1f}x (n^{math.log10(t) / decades:.2f}), "
                             f"cpu {c ** (1 / decades):.1f}x, RSS {m ** (1 / decades):.1f}x")
            print(f"| {step} | " + " | ".join(cells) + " |")


def verdict(ok):
    return "PASS" if ok else "FAIL"


def print_bars(results):
    print("\n## bars (issue 14)")
    rows = []
    for r in results:
        s, n, sc = r["summary"], r["sources"], r["scenario"]
        done = lambda step: step in s and s[step]["status"] in ("ok", "incomplete")  # noqa: E731
        if "check" in s and "check2" in s:
            if done("check") and done("check2"):
                share = s["check2"]["wall"] / s["check"]["wall"]
                rows.append((f"{sc} {n:,}: second check < 5% of the first",
                             f"{share:.1%} ({fmt_secs(s['check2']['wall'])} s of "
                             f"{fmt_secs(s['check']['wall'])} s)", verdict(share < 0.05)))
            else:
                rows.append((f"{sc} {n:,}: second check < 5% of the first",
                             f"check {s['check']['status']}, check2 {s['check2']['status']}",
                             "FAIL"))
        if sc == "news" and n >= 100000:
            e2e = ["ingest", "check", "report_json"]
            if all(st in s for st in e2e):
                if all(done(st) for st in e2e):
                    wall = sum(s[st]["wall"] for st in e2e)
                    peak = max(s[st]["rss"] for st in e2e)
                    rows.append((f"news {n:,}: ingest + check + report json < 60 s",
                                 f"{wall:.1f} s", verdict(wall < 60)))
                    rows.append((f"news {n:,}: every step of it < 2 GiB peak",
                                 fmt_size(peak), verdict(peak < 2 * GiB)))
                else:
                    failed = ", ".join(f"{st} {s[st]['status']}" for st in e2e if not done(st))
                    rows.append((f"news {n:,}: ingest + check + report json < 60 s, < 2 GiB",
                                 failed, "FAIL"))
            else:
                rows.append((f"news {n:,}: ingest + check + report json < 60 s, < 2 GiB",
                             "not run (steps left out of this case)", "-"))
            for step, floor in FLOOR_OF.items():
                if step in s and floor in s and done(step) and s[floor]["status"] == "ok":
                    ratio = s[step]["wall"] / s[floor]["wall"]
                    rows.append((f"news {n:,}: {step} within 3x of {floor}", f"{ratio:.1f}x",
                                 verdict(ratio <= 3)))
                elif step in s:
                    rows.append((f"news {n:,}: {step} within 3x of {floor}",
                                 f"{step} {s[step]['status']}", "FAIL"))
        if sc == "towns":
            c = r["counts"]
            if "findings" in c:
                rows.append((f"towns {n:,}: findings <= claims",
                             f"{c['findings']:,} findings, {c['claims']:,} claims",
                             verdict(c["findings"] <= c["claims"])))
            if "check" in s:
                ok = done("check") and s["check"]["wall"] < 10
                rows.append((f"towns {n:,}: check < 10 s",
                             f"{fmt_secs(s['check']['wall'])} s ({s['check']['status']})",
                             verdict(ok)))
            for step in [st for st in s if st.startswith("report_")]:
                ok = done(step) and s[step]["wall"] < 10 and s[step]["rss"] < GiB
                value = (f"{fmt_secs(s[step]['wall'])} s, {fmt_size(s[step]['rss'])}"
                         if s[step]["status"] != "skipped" else "skipped")
                rows.append((f"towns {n:,}: {step} < 10 s and < 1 GiB",
                             value + ("" if done(step) else f" ({s[step]['status']})"),
                             verdict(ok)))
    print("| bar | measured | verdict |")
    print("| --- | --- | --- |")
    for bar, measured, v in rows:
        print(f"| {bar} | {measured} | {v} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=parse_cases,
                        default=parse_cases("news:1000,news:10000,news:100000,towns:10000"))
    parser.add_argument("--runs", type=int, default=1, help="runs per case (medians)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=600, help="seconds per step")
    parser.add_argument("--mem-cap", type=parse_size, default=parse_size("6G"),
                        help="RLIMIT_AS of each step (0: none)")
    parser.add_argument("--file-cap", type=parse_size, default=parse_size("4G"),
                        help="RLIMIT_FSIZE of each step (0: none)")
    parser.add_argument("--binary", default=os.path.join(HERE, "..", "build", "host",
                                                         "crosscheck"))
    parser.add_argument("--work", default=f"/tmp/crosscheck-e2e-{os.getpid()}")
    parser.add_argument("--json", help="also write the results here")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()
    args.binary = os.path.abspath(args.binary)
    if not os.access(args.binary, os.X_OK):
        sys.exit(f"e2e_bench.py: no crosscheck binary at {args.binary} (build it, or --binary)")
    if shutil.which("sqlite3") is None:
        sys.exit("e2e_bench.py: the sqlite3 shell is needed for the floor (apt-get install sqlite3)")
    listed = subprocess.run([args.binary, "plugins", "list"], capture_output=True, text=True)
    missing = [p for p in BUILT_IN_PLUGINS if p not in listed.stdout]
    if missing:
        sys.exit(f"e2e_bench.py: {args.binary} finds no plugin {', '.join(missing)}; build them: "
                 f"cmake --build build --target crosscheck {' '.join(BUILT_IN_PLUGINS)}")
    os.makedirs(args.work, exist_ok=True)
    print(f"# crosscheck end-to-end benchmark: {args.binary}")
    print(f"caps per step: timeout {args.timeout:.0f} s, address space "
          f"{fmt_size(args.mem_cap) if args.mem_cap else 'none'}, files "
          f"{fmt_size(args.file_cap) if args.file_cap else 'none'}; runs {args.runs}; "
          f"{os.cpu_count()} cores; work {args.work}")
    results = []
    for scenario, n, steps, case_runs in args.cases:
        runs_wanted = case_runs or args.runs
        case_dir = os.path.join(args.work, f"{scenario}-{n}")
        corpus_dir = os.path.join(case_dir, "corpus")
        print(f"\n# {scenario} {n:,}: generating...", flush=True)
        start = time.monotonic()
        shutil.rmtree(case_dir, ignore_errors=True)
        manifest = news_corpus.generate(scenario, n, args.seed, corpus_dir)
        print(f"  generated in {time.monotonic() - start:.1f} s: {json.dumps(manifest)}")
        load_before = os.getloadavg()
        runs, counts = [], {}
        for i in range(runs_wanted):
            print(f"  run {i + 1}/{runs_wanted} (load {os.getloadavg()[0]:.1f})", flush=True)
            outcomes, c = run_case(scenario, n, steps, args, os.path.join(case_dir, f"run-{i}"),
                                   corpus_dir)
            runs.append(outcomes)
            counts = c or counts
            if not args.keep:
                shutil.rmtree(os.path.join(case_dir, f"run-{i}"), ignore_errors=True)
        summary = summarise(runs)
        result = {"scenario": scenario, "sources": n, "manifest": manifest, "counts": counts,
                  "summary": summary, "load_before": load_before, "load_after": os.getloadavg()}
        results.append(result)
        print_case_table(f"{scenario}, {n:,} sources (load {load_before[0]:.1f} -> "
                         f"{result['load_after'][0]:.1f})", summary, counts, manifest)
        if not args.keep:
            shutil.rmtree(case_dir, ignore_errors=True)
    print_growth(results)
    print_bars(results)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    if not args.keep:
        shutil.rmtree(args.work, ignore_errors=True)


if __name__ == "__main__":
    main()

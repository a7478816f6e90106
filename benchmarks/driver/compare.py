"""The driver behind benchmarks/run: runs each case in .NET and in Python, prints a table, writes the results.

It knows no case by name. The .NET program lists its cases (``--list``, one JSON object a line) and runs one
(``--case NAME --json``, one JSON line); the Python peer of case NAME is ``benchmarks/python/NAME.py`` and takes
the same ``--runs``/``--warmup``/``--json`` plus ``--start-method``.
"""

import argparse
import json
import multiprocessing
import os
import platform
import shlex
import statistics
import subprocess
import sys
import time

import chart  # beside this script

BENCH_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYTHON_DIR = os.path.join(BENCH_DIR, "python")
RESULTS_DIR = os.path.join(BENCH_DIR, "results")
LATEST = os.path.join(RESULTS_DIR, "latest.json")
DETAILS = os.path.join(RESULTS_DIR, "latest-details.json")


class CaseFailure(Exception):
    pass


def parse_args():
    parser = argparse.ArgumentParser(
        prog="benchmarks/run",
        description="Runs the Multiprocessing for .NET benchmarks beside Python's multiprocessing "
                    "(start method spawn; fork as an extra column).")
    parser.add_argument("cases", nargs="*", metavar="CASE", help="cases to run (default: all)")
    parser.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "30")),
                        help="recorded repetitions per case and side (default 30, or $BENCH_RUNS)")
    parser.add_argument("--warmup", type=int, default=int(os.environ.get("BENCH_WARMUP", "3")),
                        help="unrecorded repetitions first (default 3, or $BENCH_WARMUP)")
    parser.add_argument("--no-fork", action="store_true", help="skip the extra Python fork column")
    parser.add_argument("--timeout", type=float, default=float(os.environ.get("BENCH_TIMEOUT", "900")),
                        help="seconds allowed to one side of one case (default 900, or $BENCH_TIMEOUT)")
    parser.add_argument("--python-flags", default=os.environ.get("BENCH_PYTHON_FLAGS", ""),
                        help="interpreter options for the Python side, e.g. '-S' (spawn children inherit them; "
                             "default none, or $BENCH_PYTHON_FLAGS)")
    parser.add_argument("--apphost", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be at least 1 and --warmup at least 0")
    if not args.apphost:
        parser.error("run this through benchmarks/run, which builds the program and passes --apphost")
    return args


def run_json(command, timeout, what):
    """Runs a command that prints one JSON result as its last stdout line; returns it parsed."""
    try:
        completed = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=BENCH_DIR)
    except subprocess.TimeoutExpired as exc:
        raise CaseFailure(f"{what}: no result after {timeout:.0f} s (hang?)\n{tail(exc.stderr)}") from None
    if completed.returncode != 0:
        raise CaseFailure(f"{what}: exit code {completed.returncode}\n{tail(completed.stderr or completed.stdout)}")
    lines = [line for line in completed.stdout.splitlines() if line.strip()]
    try:
        return json.loads(lines[-1])
    except (IndexError, ValueError):
        raise CaseFailure(f"{what}: no JSON result on its last output line\n{tail(completed.stdout)}") from None


def tail(text, lines=15):
    if isinstance(text, bytes):
        text = text.decode(errors="replace")
    text = (text or "").rstrip()
    return "\n".join("    " + line for line in text.splitlines()[-lines:]) or "    (no output)"


def list_cases(apphost, timeout):
    completed = subprocess.run([apphost, "--list"], capture_output=True, text=True, timeout=timeout)
    if completed.returncode != 0:
        sys.exit(f"benchmarks/run: '{apphost} --list' failed with {completed.returncode}\n{tail(completed.stderr)}")
    return [json.loads(line) for line in completed.stdout.splitlines() if line.strip()]


def summary(samples):
    ordered = sorted(samples)
    return {
        "median": statistics.median(ordered),
        "min": ordered[0],
        "max": ordered[-1],
        "p90": ordered[min(len(ordered) - 1, int(round(0.9 * (len(ordered) - 1))))],
        "samples": samples,
    }


def fmt(value):
    if value is None:
        return "-"
    return f"{value:.3f}" if abs(value) < 1000 else f"{value:,.1f}"


def print_table(rows, with_fork):
    headers = ["case", "unit", "ours", "python", "ratio", "better"] + (["python fork"] if with_fork else [])
    table = [headers]
    for row in rows:
        if "error" in row:
            cells = [row["case"], row["unit"], "FAILED", "", "", row["better"]] + ([""] if with_fork else [])
        else:
            cells = [row["case"], row["unit"], fmt(row["ours"]), fmt(row["python"]), f"{row['ratio']:.2f}",
                     row["better"]] + ([fmt(row.get("python_fork"))] if with_fork else [])
        table.append(cells)
    widths = [max(len(str(r[i])) for r in table) for i in range(len(headers))]
    numeric = {2, 3, 4, 6}
    for index, cells in enumerate(table):
        print("  ".join(str(c).rjust(w) if i in numeric and index else str(c).ljust(w)
                        for i, (c, w) in enumerate(zip(cells, widths))).rstrip())
        if index == 0:
            print("  ".join("-" * w for w in widths))


def read_json(path, default):
    try:
        with open(path, encoding="utf-8") as stream:
            return json.load(stream)
    except (OSError, ValueError):
        return default


def merge_by_case(previous, current, order):
    """Rows of `previous` whose case did not run again, and every row of `current`, sorted by `order`."""
    merged = {row["case"]: row for row in previous if isinstance(row, dict) and "case" in row}
    merged.update({row["case"]: row for row in current})
    rank = {name: index for index, name in enumerate(order)}
    return sorted(merged.values(), key=lambda row: (rank.get(row["case"], len(rank)), row["case"]))


def write_json(path, value):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as stream:
        json.dump(value, stream, indent=2)
        stream.write("\n")
    os.replace(temporary, path)


def cpu_busy(seconds=1.0):
    """The fraction of CPU time spent busy over the next `seconds`, from /proc/stat; None where there is none."""
    def read():
        with open("/proc/stat", encoding="ascii") as stream:
            fields = [int(v) for v in stream.readline().split()[1:]]
        idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
        return sum(fields[:8]), idle
    try:
        total_before, idle_before = read()
        time.sleep(seconds)
        total_after, idle_after = read()
    except (OSError, ValueError, IndexError):
        return None
    total = total_after - total_before
    return round(1.0 - (idle_after - idle_before) / total, 3) if total > 0 else None


class OtherLoad:
    """How much of the machine other processes used between start() and fraction(): the CPU time /proc/stat counts
    as busy, minus the CPU time of this driver and of every process it started (reaped children count in os.times)."""

    def __init__(self):
        self._start = self._read()

    @staticmethod
    def _read():
        try:
            with open("/proc/stat", encoding="ascii") as stream:
                fields = [int(v) for v in stream.readline().split()[1:]]
        except (OSError, ValueError):
            return None
        ticks = os.sysconf("SC_CLK_TCK")
        own = os.times()
        own_seconds = own.user + own.system + own.children_user + own.children_system
        idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
        return sum(fields[:8]) / ticks, (sum(fields[:8]) - idle) / ticks, own_seconds

    def fraction(self):
        end = self._read()
        if self._start is None or end is None:
            return None
        total = end[0] - self._start[0]
        others = (end[1] - self._start[1]) - (end[2] - self._start[2])
        return round(min(1.0, max(0.0, others / total)), 3) if total > 0 else None


def load_average():
    try:
        return list(os.getloadavg())
    except OSError:
        return None


def source_state():
    """The commit the runtime was built from, and whether src/ had uncommitted changes; None outside git."""
    root = os.path.dirname(BENCH_DIR)
    try:
        commit = subprocess.run(["git", "-C", root, "rev-parse", "HEAD"], capture_output=True, text=True, timeout=30)
        status = subprocess.run(["git", "-C", root, "status", "--porcelain", "--", "src"],
                                capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    if commit.returncode != 0 or status.returncode != 0:
        return None
    return {"commit": commit.stdout.strip(), "src_dirty": bool(status.stdout.strip())}


def main():
    args = parse_args()
    known = list_cases(args.apphost, args.timeout)
    by_name = {case["case"]: case for case in known}
    selected = args.cases or [case["case"] for case in known]
    unknown = [name for name in selected if name not in by_name]
    if unknown:
        sys.exit(f"benchmarks/run: unknown case(s) {', '.join(unknown)}; known: {', '.join(by_name)}")
    missing = [name for name in selected if not os.path.isfile(os.path.join(PYTHON_DIR, name + ".py"))]
    if missing:
        sys.exit("benchmarks/run: no Python peer for " + ", ".join(f"{n} (expected benchmarks/python/{n}.py)" for n in missing))

    with_fork = not args.no_fork and "fork" in multiprocessing.get_all_start_methods()
    counts = ["--runs", str(args.runs), "--warmup", str(args.warmup)]
    rows, details = [], []
    started = time.time()
    run_load = OtherLoad()
    load_before = load_average()
    busy_before = cpu_busy()
    if busy_before is not None and busy_before > 0.25:
        print(f"benchmarks/run: warning: the CPUs were {busy_before:.0%} busy before the first case; "
              "other work is running and the figures will be slow and noisy", file=sys.stderr)
    for name in selected:
        meta = by_name[name]
        row = {"case": name, "unit": meta["unit"], "better": meta["better"]}
        detail = {"case": name, "unit": meta["unit"], "better": meta["better"], "description": meta.get("description")}
        print(f"[{name}] {meta.get('description', '')}", file=sys.stderr)
        case_load = OtherLoad()
        try:
            print(f"[{name}] .NET ...", file=sys.stderr)
            ours = run_json([args.apphost, "--case", name, "--json"] + counts, args.timeout, f"{name} (.NET)")
            python_command = [sys.executable] + shlex.split(args.python_flags) + [os.path.join(PYTHON_DIR, name + ".py")]
            print(f"[{name}] Python spawn ...", file=sys.stderr)
            python = run_json(python_command + ["--json", "--start-method", "spawn"] + counts,
                              args.timeout, f"{name} (Python spawn)")
            fork = None
            if with_fork:
                print(f"[{name}] Python fork ...", file=sys.stderr)
                fork = run_json(python_command + ["--json", "--start-method", "fork"] + counts,
                                args.timeout, f"{name} (Python fork)")
        except CaseFailure as failure:
            print(f"benchmarks/run: case {name} failed: {failure}", file=sys.stderr)
            row["error"] = detail["error"] = str(failure)
            rows.append(row)
            details.append(detail)
            continue

        row["ours"] = ours["value"]
        row["python"] = python["value"]
        row["ratio"] = ours["value"] / python["value"] if python["value"] else float("nan")
        detail["ours"] = dict(summary(ours["samples"]), runtime=ours.get("runtime"))
        detail["python_spawn"] = summary(python["samples"])
        if fork is not None:
            row["python_fork"] = fork["value"]
            detail["python_fork"] = summary(fork["samples"])
        detail["others_cpu_busy_during"] = case_load.fraction()
        rows.append(row)
        details.append(detail)

    others_during = run_load.fraction()
    print()
    print_table(rows, with_fork)
    print()
    flags = f" (python3 {args.python_flags})" if args.python_flags.strip() else ""
    print(f"ours = Multiprocessing for .NET (apphost, Release); python = CPython multiprocessing{flags}, start method spawn;"
          + (" python fork = the same script with fork." if with_fork else ""))
    print("Each figure is the median of the runs; ratio = ours / python, so below 1 is better for ours when "
          "'better' is lower, and above 1 when it is higher.")

    if others_during is not None and others_during > 0.15:
        print(f"Warning: other processes kept {others_during:.0%} of the CPUs busy during the run; "
              "the figures are likely slower and noisier than on a quiet machine.")

    if all("error" in r for r in rows):
        print("\nEvery case failed: benchmarks/results/ left as it was.")
        return 1

    this_run = time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(started))
    latest = [{
        "case": r["case"], "unit": r["unit"], "ours": round(r["ours"], 3), "python": round(r["python"], 3),
        "ratio": round(r["ratio"], 3), "better": r["better"],
    } for r in rows if "error" not in r]
    for detail in details:
        detail["started"] = this_run
    machine = {
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average_before": load_before,
        "load_average_after": load_average(),
        "cpu_busy_before": busy_before,
        "others_cpu_busy_during": others_during,
        "cpu_busy_after": cpu_busy(),
    }
    for detail in details:
        detail["machine"] = machine
    # A run of some cases replaces those cases and keeps the others' figures (each case's two sides always come from
    # one run), in the order the harness lists the cases.
    order = [case["case"] for case in known]
    write_json(LATEST, merge_by_case(read_json(LATEST, []), latest, order))
    previous_details = read_json(DETAILS, {}).get("cases", [])
    write_json(DETAILS, {
        "started": this_run,
        "duration_s": round(time.time() - started, 1),
        "runs": args.runs,
        "warmup": args.warmup,
        "machine": machine,
        "source": source_state(),
        "python": {"executable": sys.executable, "flags": args.python_flags, "version": platform.python_version()},
        "cases": merge_by_case(previous_details, [d for d in details if "error" not in d], order),
    })
    print(f"\nWrote {os.path.relpath(LATEST)} and {os.path.relpath(DETAILS)}.")
    chart.main(["chart.py", LATEST, os.path.join(RESULTS_DIR, "chart.svg")])
    return 1 if any("error" in r for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())

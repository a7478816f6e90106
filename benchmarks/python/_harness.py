"""Shared command line and statistics for the Python peers of the .NET benchmark cases.

Each case script calls ``main()`` under ``if __name__ == "__main__":`` (the spawn start method re-imports the
script in every child) and prints the same JSON line as the .NET program's ``--case NAME --json``:
``{"case", "unit", "better", "value", "runs", "warmup", "samples", "start_method", "python"}``.
"""

# Only what the parent needs is imported, inside main(): with spawn, every child imports this module again (as part
# of re-importing the case script), and an import here would be paid in every timed child start.


def main(case, unit, better, measure_once=None, run=None):
    """Parses the command line, measures, prints the result.

    ``measure_once(ctx)`` returns one timed repetition in ``unit``; the figure is the median of ``--runs`` of them
    after ``--warmup`` unrecorded ones. A case that measures differently passes ``run(ctx, runs, warmup)`` instead,
    returning ``(value, samples)``.
    """
    import argparse
    import json
    import multiprocessing
    import platform
    import statistics
    import sys

    parser = argparse.ArgumentParser(description=f"Python multiprocessing peer of the '{case}' benchmark.")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--start-method", default="spawn", choices=multiprocessing.get_all_start_methods())
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    args = parser.parse_args()
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be at least 1 and --warmup at least 0")

    ctx = multiprocessing.get_context(args.start_method)
    if run is not None:
        value, samples = run(ctx, args.runs, args.warmup)
    else:
        for _ in range(args.warmup):
            measure_once(ctx)
        samples = [measure_once(ctx) for _ in range(args.runs)]
        value = statistics.median(samples)

    if args.json:
        print(json.dumps({
            "case": case, "unit": unit, "better": better, "value": value, "runs": args.runs,
            "warmup": args.warmup, "samples": samples, "start_method": args.start_method,
            "python": platform.python_version(),
        }))
    else:
        print(f"{case} ({args.start_method}): median {value:.3f} {unit} over {args.runs} runs after {args.warmup} "
              f"warm-ups (min {min(samples):.3f}, max {max(samples):.3f}; {better} is better)")
    sys.stdout.flush()

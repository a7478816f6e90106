#!/usr/bin/env python3
"""Draws benchmarks/results/latest.json as an SVG bar chart: how many times faster than Python each case is.

Standard library only. Usage: python3 benchmarks/driver/chart.py [latest.json] [chart.svg]
"""
import json
import math
import os
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
RESULTS = os.path.join(HERE, "..", "results")


def speedup(row):
    """Times faster than Python: above 1 is better for ours, whichever direction the case's unit runs."""
    if row["better"] == "lower":
        return row["python"] / row["ours"]
    return row["ours"] / row["python"]


def draw(rows):
    bar_height, gap, label_width, plot_width, top, right = 22, 10, 230, 460, 40, 90
    height = top + len(rows) * (bar_height + gap) + 40
    width = label_width + plot_width + right
    values = [speedup(r) for r in rows]
    # A log scale from 0.1x to the next power of ten above the best case: a 100x and a 2x case both stay readable.
    low = 0.1
    high = 10 ** math.ceil(math.log10(max(values + [10])))

    def x(value):
        clamped = min(max(value, low), high)
        return label_width + plot_width * (math.log10(clamped) - math.log10(low)) / (math.log10(high) - math.log10(low))

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{label_width}" y="20" font-size="14" font-weight="bold">Times faster than Python 3 multiprocessing (log scale)</text>']
    decade = low
    while decade <= high * 1.0001:
        out.append(f'<line x1="{x(decade):.1f}" y1="{top - 6}" x2="{x(decade):.1f}" y2="{height - 30}" stroke="#ddd"/>')
        out.append(f'<text x="{x(decade):.1f}" y="{height - 14}" text-anchor="middle" fill="#555">{decade:g}x</text>')
        decade *= 10
    out.append(f'<line x1="{x(1):.1f}" y1="{top - 6}" x2="{x(1):.1f}" y2="{height - 30}" stroke="#333" stroke-dasharray="4 3"/>')
    for index, (row, value) in enumerate(zip(rows, values)):
        y = top + index * (bar_height + gap)
        colour = "#2b7bb9" if value >= 1 else "#c0504d"
        start, end = sorted((x(1), x(value)))
        out.append(f'<text x="{label_width - 8}" y="{y + bar_height * 0.7:.1f}" text-anchor="end">{escape(row["case"])}</text>')
        out.append(f'<rect x="{start:.1f}" y="{y}" width="{max(end - start, 1):.1f}" height="{bar_height}" fill="{colour}"/>')
        out.append(f'<text x="{max(x(value), x(1)) + 6:.1f}" y="{y + bar_height * 0.7:.1f}">{value:.3g}x</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main(argv):
    source = argv[1] if len(argv) > 1 else os.path.join(RESULTS, "latest.json")
    target = argv[2] if len(argv) > 2 else os.path.join(RESULTS, "chart.svg")
    with open(source) as handle:
        rows = [r for r in json.load(handle) if r.get("ours") and r.get("python")]
    if not rows:
        print(f"{source} has no case with both figures; nothing to draw.", file=sys.stderr)
        return 1
    with open(target, "w") as handle:
        handle.write(draw(rows))
    print(f"Wrote {os.path.relpath(target)} ({len(rows)} cases).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Article lengths of real pages, as `archivesearch split` cuts them.

usage: scripts/article-lengths.py [FOLDER ...]   (default: ../shared/seeds samples)

Runs `archivesearch split` on every page (*.txt) of each folder and counts each item's characters as the bench
counts them (headline, a space and the subtitle; byline, a newline and the body). Prints one JSON line per
folder and one for all pages together: items, kinds, mean, median, and the quantiles at every 5 %, the table
the bench's generator draws article lengths from (src/ArchiveSearch.Cli/Bench/ArticleLengths.cs).
Build first: dotnet build src/ArchiveSearch.Cli -c Release. ARCHIVESEARCH may name another command.
"""
import glob
import json
import os
import shlex
import subprocess
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
cli = shlex.split(os.environ.get("ARCHIVESEARCH", "dotnet " + os.path.join(root, "src/ArchiveSearch.Cli/bin/Release/net10.0/archivesearch.dll")))
folders = sys.argv[1:] or [os.path.join(root, "../shared/seeds"), os.path.join(root, "samples")]


def length(item):
    title = item["title"] or ""
    if item.get("subtitle"):
        title += " " + item["subtitle"]
    body = item["body"] or ""
    if item.get("byline"):
        body = item["byline"] + "\n" + body
    return len(title) + len(body)


def quantile(ordered, p):
    """Linear interpolation between the nearest ranks (numpy's default)."""
    i = p * (len(ordered) - 1)
    lo = int(i)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (i - lo)


def summary(name, items):
    lengths = sorted(length(i) for i in items)
    kinds = {}
    for i in items:
        kinds[i["kind"]] = kinds.get(i["kind"], 0) + 1
    return {
        "pages": name,
        "items": len(lengths),
        "kinds": kinds,
        "chars": sum(lengths),
        "mean": round(sum(lengths) / len(lengths), 1),
        "median": quantile(lengths, 0.5),
        "quantiles": {f"{p / 100:.2f}": round(quantile(lengths, p / 100)) for p in range(0, 101, 5)},
    }


every = []
for folder in folders:
    pages = sorted(glob.glob(os.path.join(folder, "**", "*.txt"), recursive=True))
    if not pages:
        print(json.dumps({"pages": folder, "skipped": "no pages (absent?)"}))
        continue
    items = []
    for page in pages:
        out = subprocess.run(cli + ["split", page], capture_output=True, text=True, check=True).stdout
        items += [json.loads(line) for line in out.splitlines() if line.strip()]
    every += items
    print(json.dumps(summary(folder, items), ensure_ascii=False))
if every:
    print(json.dumps(summary("all", every), ensure_ascii=False))

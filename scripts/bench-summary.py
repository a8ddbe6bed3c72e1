#!/usr/bin/env python3
"""The side-by-side table of a scripts/bench.sh run, from its JSON lines.

usage: scripts/bench-summary.py BENCH.OUT   (scripts/bench.sh writes WORKDIR/bench.out and runs this at its end)

Ours against the es-8 peer (Lucene 8.8 as Elasticsearch 7.10 runs it, exact recall) and Java Lucene 4.10 with
SmartCN (words only): ingest characters per second, index bytes, queries per second (ours over HTTP, with facets
and snippets; the peers in process, top 10, stored fields), p99 per shape, and where ours spends each shape's time
(bench --profile). A ratio is ours over the peer's; for sizes and latencies lower is better, for speeds higher.
"""
import json
import sys


def read(path):
    found = {"peer4": {}, "peer8": {}}
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue
        peer = row.get("peer", "")
        if peer:
            side = "peer8" if peer.startswith("java-lucene-8") else "peer4"
            if "chars_per_s" in row:
                found[side]["index"] = row
            elif "threads" in row and "qps" in row:
                found[side][f"search{row['threads']}"] = row
        elif "target" in row:
            found["http"] = row
        elif "articles" in row and "index_bytes" in row:
            found["ours"] = row
        elif "new_page_searchable_ms_median" in row:
            found["new_page"] = row
        elif "service_vm_hwm_kb" in row:
            found["memory"] = row
    return found


def number(value, digits=0):
    if value is None:
        return "—"
    return f"{value:,.{digits}f}"


def ratio(ours, theirs):
    return f"{ours / theirs:.2f}×" if ours and theirs else "—"


def row(label, ours, peer8, peer4, digits=0, text=None):
    cells = [number(ours, digits), number(peer8, digits), number(peer4, digits), ratio(ours, peer8), ratio(ours, peer4)]
    print(f"| {label} | " + " | ".join(cells) + " |")


def main():
    found = read(sys.argv[1])
    ours, http = found.get("ours", {}), found.get("http", {})
    p8, p4 = found["peer8"], found["peer4"]
    for name, side in (("es-8", p8), ("Java 4.10", p4)):
        if not side:
            print(f"({name}: no figures in this run; its column is empty)")
    print(f"articles {number(ours.get('articles'))}, characters {number(ours.get('chars'))}"
          f" ({number((ours.get('chars') or 0) / max(1, ours.get('articles') or 1))} a article), lengths {ours.get('lengths', '?')}")
    print()
    print("| | ours | es-8 peer | Java 4.10 SmartCN | ours / es-8 | ours / Java 4.10 |")
    print("|---|---|---|---|---|---|")
    row("ingest, chars/s", ours.get("index_chars_per_s"), p8.get("index", {}).get("chars_per_s"), p4.get("index", {}).get("chars_per_s"))
    row("index bytes", ours.get("index_bytes"), p8.get("index", {}).get("index_bytes"), p4.get("index", {}).get("index_bytes"))
    row("one client qps, peers' shapes (ours over HTTP)", http.get("peer_shapes_qps"), p8.get("search1", {}).get("qps"), p4.get("search1", {}).get("qps"), 1)
    row("one client qps, peers' shapes (ours in process)", ours.get("peer_shapes_qps"), p8.get("search1", {}).get("qps"), p4.get("search1", {}).get("qps"), 1)
    row("one client qps, all shapes (ours over HTTP)", http.get("qps"), None, None, 1)
    row("one client p50 ms (ours: all shapes, HTTP)", http.get("p50_ms"), p8.get("search1", {}).get("p50_ms"), p4.get("search1", {}).get("p50_ms"), 2)
    row("one client p99 ms (ours: all shapes, HTTP)", http.get("p99_ms"), p8.get("search1", {}).get("p99_ms"), p4.get("search1", {}).get("p99_ms"), 1)
    many = next((v for k, v in http.items() if k.startswith("clients_")), {})
    row("16 clients qps (ours over HTTP)", many.get("qps"), p8.get("search16", {}).get("qps"), p4.get("search16", {}).get("qps"), 1)
    row("16 clients p99 ms", many.get("p99_ms"), p8.get("search16", {}).get("p99_ms"), p4.get("search16", {}).get("p99_ms"), 1)
    print(f"\nerrors: ours in process {ours.get('errors', '—')}, over HTTP {http.get('errors', '—')};"
          f" a new page searchable, median {number(found.get('new_page', {}).get('new_page_searchable_ms_median'))} ms;"
          f" service memory peak {number((found.get('memory', {}).get('service_vm_hwm_kb') or 0) / 1024)} MB")
    peer_hits = {k: p.get("search1", {}).get("total_hits") for k, p in (("es-8", p8), ("Java 4.10", p4))}
    print("total hits of one pass of the peers' queries: " + ", ".join(f"{k} {number(v)}" for k, v in peer_hits.items()))

    # In the mix's order (the profile keeps it; the latency figures are grouped in no particular order).
    shapes = list((ours.get("profile") or http.get("shapes") or ours.get("shapes") or {}).keys())
    if shapes:
        print("\nPer shape, one client (p50 / p99 ms; hits of the median query); the peers give p99 over their four shapes only:\n")
        print("| shape | in process | over HTTP | hits |")
        print("|---|---|---|---|")
        for shape in shapes:
            a, b = ours.get("shapes", {}).get(shape, {}), http.get("shapes", {}).get(shape, {})
            print(f"| {shape} | {number(a.get('p50_ms'), 1)} / {number(a.get('p99_ms'), 1)} | {number(b.get('p50_ms'), 1)} / {number(b.get('p99_ms'), 1)} | {number(b.get('hits', a.get('hits')))} |")

    profile = ours.get("profile")
    if profile:
        stages = []
        for figures in profile.values():
            stages += [s for s in figures if s not in stages]
        print("\nWhere the time goes, in process, one client (mean ms per query; match_only is a separate count-only pass, not in the total):\n")
        print("| shape | " + " | ".join(s.removesuffix("_ms") for s in stages) + " |")
        print("|---|" + "---|" * len(stages))
        for shape, figures in profile.items():
            print(f"| {shape} | " + " | ".join(number(figures.get(s), 2) for s in stages) + " |")


main()

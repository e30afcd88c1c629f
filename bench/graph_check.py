#!/usr/bin/python3
"""Side-by-side table of graph metric timings and value agreement (issue 5).

Usage: graph_check.py EDGEFILE ANNALS.jsonl VALUES_DIR PEERS.jsonl... [--recorded FILE.jsonl]

ANNALS.jsonl is bench/graphbench's output and VALUES_DIR its --values
directory; PEERS.jsonl are graph_bench.py outputs (networkx, igraph). For each
metric it prints the seconds of each library, annals/igraph (target <= 1.5)
and networkx/annals (target >= 20), then checks values against igraph,
recomputed here on the same edge list (graph_bench.py prints only a top 5):
PageRank top-10 identical, betweenness within 1e-6 relative, closeness
within 1e-9, Louvain modularity within 0.01 of igraph's multilevel.
Networkx timings missing from PEERS are taken from --recorded (the peers'
committed results, marked "rec.") when given.
"""
import argparse
import json
import math
import sys

import igraph as ig


def load_jsonl(paths):
    out = {}
    for p in paths:
        with open(p) as f:
            for line in f:
                line = line.strip()
                if line.startswith("{"):
                    r = json.loads(line)
                    out[(r["library"], r["metric"])] = r
    return out


def read_values(path):
    vals = {}
    with open(path) as f:
        for line in f:
            name, v = line.rstrip("\n").split("\t")
            vals[name] = float(v)
    return vals


def read_graph(path):
    agg = {}
    with open(path) as f:
        for line in f:
            p = line.split()
            if not p or p[0].startswith("#"):
                continue
            u, v = p[0], p[1]
            w = float(p[2]) if len(p) > 2 else 1.0
            if u == v:
                continue
            k = (u, v) if u < v else (v, u)
            agg[k] = agg.get(k, 0.0) + w
    index, names, elist, weights = {}, [], [], []
    for (u, v), w in agg.items():
        for x in (u, v):
            if x not in index:
                index[x] = len(names)
                names.append(x)
        elist.append((index[u], index[v]))
        weights.append(w)
    g = ig.Graph(n=len(names), edges=elist, directed=False)
    g.vs["name"] = names
    g.es["weight"] = weights
    return g, names


def secs(rec):
    if rec is None or rec.get("seconds") is None:
        return None
    return float(rec["seconds"])


def fmt(x):
    return "–" if x is None else f"{x:.3f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("edgefile")
    ap.add_argument("annals")
    ap.add_argument("values")
    ap.add_argument("peers", nargs="*")
    ap.add_argument("--recorded")
    ap.add_argument("--check", default="pagerank,betweenness,closeness,louvain",
                    help="metrics whose values are checked against igraph")
    args = ap.parse_args()
    runs = load_jsonl([args.annals] + args.peers)
    recorded = load_jsonl([args.recorded]) if args.recorded else {}
    metrics = [m for (lib, m) in runs if lib == "annals" and m != "load"]
    n = runs[("annals", "load")]["nodes"]
    m = runs[("annals", "load")]["edges"]
    w = runs[("annals", "load")].get("workers")
    print(f"## {args.edgefile}: {n} nodes, {m} edges (annals on {w} goroutines; igraph and networkx on one core)\n")
    print("| metric | annals (s) | igraph (s) | networkx (s) | annals/igraph | networkx/annals |")
    print("|---|---|---|---|---|---|")
    peer_of = {"betweenness_sampled": "betweenness"}
    for metric in metrics:
        a = secs(runs[("annals", metric)])
        pm = peer_of.get(metric, metric)
        i = secs(runs.get(("igraph", pm)))
        x = secs(runs.get(("networkx", pm)))
        xnote = ""
        if x is None and ("networkx", pm) in recorded:
            x, xnote = secs(recorded[("networkx", pm)]), " (rec.)"
        if metric == "betweenness_sampled":
            i = None  # igraph 0.10 has no sampled betweenness
            x, xnote = None, ""
            for source, note in ((runs, ""), (recorded, " (rec.)")):
                r = source.get(("networkx", "betweenness"))
                if r is not None and "sampled" in str(r.get("mode", "")):
                    x, xnote = secs(r), note
                    break
        ri = f"{a / i:.2f}" if a and i else "–"
        rx = f"{x / a:.0f}x" if a and x else "–"
        label = metric + (" (" + runs[("annals", metric)]["mode"] + ")" if "sampled" in metric else "")
        print(f"| {label} | {fmt(a)} | {fmt(i)} | {fmt(x)}{xnote} | {ri} | {rx} |")
    for lib in ("annals", "igraph", "networkx"):
        r = runs.get((lib, "louvain"))
        if r:
            print(f"\n{lib} louvain: {r.get('communities')} communities, modularity {r.get('modularity')}", end="")
    print("\n")

    g, names = read_graph(args.edgefile)
    wts = g.es["weight"]
    checks = [c for c in args.check.split(",") if c and c in metrics]
    ok_all = True
    for metric in checks:
        if metric == "louvain":
            qa = runs[("annals", "louvain")]["modularity"]
            qi = runs.get(("igraph", "louvain"), {}).get("modularity")
            if qi is None:
                print("louvain: no igraph run to compare")
                continue
            ok = qa >= qi - 0.01
            print(f"louvain: modularity annals {qa} vs igraph {qi}: {'OK' if ok else 'FAIL'} (within 0.01 or better)")
            ok_all &= ok
            continue
        ours = read_values(f"{args.values}/{metric}.tsv")
        if metric == "pagerank":
            theirs = dict(zip(names, g.pagerank(directed=False, damping=0.85, weights=wts)))
            ta = sorted(ours, key=lambda k: (-ours[k], k))[:10]
            ti = sorted(theirs, key=lambda k: (-theirs[k], k))[:10]
            dev = max(abs(ours[k] - theirs[k]) for k in theirs)
            ok = ta == ti
            print(f"pagerank: top-10 {'identical' if ok else 'DIFFER'} ({' '.join(ta)}); max |diff| {dev:.2e}")
        elif metric == "betweenness":
            theirs = dict(zip(names, g.betweenness(directed=False)))
            dev = max(abs(ours[k] - v) / max(abs(v), 1.0) for k, v in theirs.items())
            ok = dev <= 1e-6
            print(f"betweenness: max relative diff {dev:.2e} (all {len(theirs)} nodes): {'OK' if ok else 'FAIL'}")
        elif metric == "closeness":
            theirs = dict(zip(names, g.closeness(mode="all", normalized=True)))
            dev = max(abs(ours[k] - (0 if math.isnan(v) else v)) for k, v in theirs.items())
            ok = dev <= 1e-9
            print(f"closeness: max |diff| {dev:.2e} (all {len(theirs)} nodes): {'OK' if ok else 'FAIL'}")
        else:
            continue
        ok_all &= ok
    return 0 if ok_all else 1


if __name__ == "__main__":
    sys.exit(main())

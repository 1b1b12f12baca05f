#!/usr/bin/python3
"""igraph's Leiden on an edge list, for test/metrics/leiden.test.ts: the reference partition quality.

usage: leiden-reference.py EDGES.tsv [--resolution 1]
EDGES.tsv has one `source<TAB>target<TAB>weight` line per undirected link (node names as text). Runs
igraph's community_leiden with the modularity objective (weights, resolution, n_iterations=-1: until
stable) with Python's random seeded 0..9 (igraph draws from it), and prints as JSON each run's weighted
modularity at that resolution (networkx's community.modularity: igraph 0.10's Graph.modularity
ignores its resolution argument) and the best run's partition as lists of
node names. Never a runtime dependency.
"""
import json, random, sys, argparse
import igraph as ig
import networkx as nx

ap = argparse.ArgumentParser()
ap.add_argument("edges"); ap.add_argument("--resolution", type=float, default=1.0)
a = ap.parse_args()
rows = [line.rstrip("\n").split("\t") for line in open(a.edges, encoding="utf8") if line.strip()]
g = ig.Graph.TupleList(((s, t, float(w)) for s, t, w in rows), weights=True)
G = nx.Graph(); G.add_weighted_edges_from((s, t, float(w)) for s, t, w in rows)
runs = []
for seed in range(10):
    random.seed(seed)
    ig.set_random_number_generator(random)
    p = g.community_leiden(objective_function="modularity", weights="weight", resolution_parameter=a.resolution, n_iterations=-1)
    groups = [[g.vs[v]["name"] for v in c] for c in p]
    q = nx.algorithms.community.modularity(G, [set(c) for c in groups], weight="weight", resolution=a.resolution)
    runs.append((q, groups))
best = max(runs, key=lambda r: r[0])
print(json.dumps({"modularities": [r[0] for r in runs], "best": best[1]}))

"""Reference timings for `npm run bench -- --graph FILE`: igraph's whole metric set on the same GEXF.

Run with Debian's python3-igraph (0.10.2 when the README figures were taken), one graph at a time:
    /usr/bin/python3 test/metrics/igraph-reference.py NETWORK.gexf [--repeat 3]
(the README's figures are for SNAP's ca-HepPh and ca-GrQc; test/fixtures/real/graphs/ca-grqc.gexf is one).
It reads the file with lxml (as gexf-check.py does), builds an undirected igraph graph with the edge
weights, then times each metric the way papergraph computes it (networkx normalisations) and the whole
set. It prints one JSON object per repeat with seconds per metric, the read time and peak RSS in MB.
It is a measuring tool only, never a runtime dependency of papergraph.
"""
import argparse
import json
import resource
import time

import igraph as ig
from lxml import etree


def read_gexf(path):
    """Nodes in file order and (source index, target index, weight) edges, like papergraph's reader."""
    root = etree.parse(path).getroot()
    ns = root.nsmap.get(None, "")
    q = lambda tag: "{%s}%s" % (ns, tag) if ns else tag
    graph = root.find(q("graph"))
    index = {}
    for node in graph.find(q("nodes")).iter(q("node")):
        index.setdefault(node.get("id"), len(index))
    edges, weights = [], []
    for edge in graph.find(q("edges")).iter(q("edge")):
        edges.append((index[edge.get("source")], index[edge.get("target")]))
        weights.append(float(edge.get("weight", 1)))
    g = ig.Graph(n=len(index), edges=edges, directed=False)
    g.es["weight"] = weights
    return g


def metric_set(g):
    """Each metric of papergraph's computeMetrics, as igraph computes it, with networkx's normalisation."""
    n = g.vcount()
    scale = 2 / ((n - 1) * (n - 2)) if n > 2 else 1
    return {
        "degree": lambda: g.degree(),
        "weightedDegree": lambda: g.strength(weights="weight"),
        "betweenness": lambda: [b * scale for b in g.betweenness(directed=False)],
        "closeness": lambda: g.closeness(normalized=True),
        "harmonic": lambda: g.harmonic_centrality(normalized=False),
        "eigenvector": lambda: g.eigenvector_centrality(directed=False, scale=False),
        "pagerank": lambda: g.pagerank(damping=0.85, weights="weight"),
        "clustering": lambda: g.transitivity_local_undirected(mode="zero"),
        "coreness": lambda: g.coreness(),
        "components": lambda: g.connected_components(),
        "louvain": lambda: g.community_multilevel(weights="weight"),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    for _ in range(args.repeat):
        started = time.perf_counter()
        g = read_gexf(args.file)
        seconds = {"read": time.perf_counter() - started}
        for name, compute in metric_set(g).items():
            began = time.perf_counter()
            compute()
            seconds[name] = time.perf_counter() - began
        metrics = sum(value for key, value in seconds.items() if key != "read")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        row = {"igraph": ig.__version__, "nodes": g.vcount(), "edges": g.ecount(), "metrics": metrics,
               "total": metrics + seconds["read"], "peakMB": round(peak), "seconds": seconds}
        print(json.dumps(row))


if __name__ == "__main__":
    main()

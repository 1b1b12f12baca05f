"""Expected values for test/metrics: networkx on the same graphs the tests build.

Run with Debian's python3-networkx (2.8.8 when the numbers were pasted):
    /usr/bin/python3 test/metrics/networkx-reference.py
It is never a runtime dependency; it only documents where the numbers in the tests come from.
"""
import json
import networkx as nx
from networkx.algorithms import community

KITE = [  # graphology-generators/small/krackhardt-kite adjacency
    ["Andre", "Beverley", "Carol", "Diane", "Fernando"],
    ["Beverley", "Andre", "Ed", "Garth"],
    ["Carol", "Andre", "Diane", "Fernando"],
    ["Diane", "Andre", "Beverley", "Carol", "Ed", "Fernando", "Garth"],
    ["Ed", "Beverley", "Diane", "Garth"],
    ["Fernando", "Andre", "Carol", "Diane", "Garth", "Heather"],
    ["Garth", "Beverley", "Diane", "Ed", "Fernando", "Heather"],
    ["Heather", "Fernando", "Garth", "Ike"],
    ["Ike", "Heather", "Jane"],
    ["Jane", "Ike"],
]
# test/metrics/fixtures.ts weightedDisconnected(): two weighted components and an isolated node.
WEIGHTED = [("a", "b", 3), ("a", "c", 1), ("b", "c", 2), ("c", "d", 1), ("b", "d", 1),
            ("d", "e", 2), ("f", "g", 2), ("g", "h", 1)]
# test/metrics/fixtures.ts LOUVAIN_PARTITIONS: the communities papergraph's Louvain (seed 42) finds, which
# networkx scores here with community.modularity (weight="weight").
LOUVAIN = {
    "kite": [["Beverley", "Diane", "Ed", "Garth"], ["Andre", "Carol", "Fernando"], ["Heather", "Ike", "Jane"]],
    "florentine": [["Acciaiuoli", "Medici", "Barbadori", "Ridolfi", "Tornabuoni"],
                   ["Castellani", "Peruzzi", "Strozzi", "Bischeri"],
                   ["Albizzi", "Guadagni", "Ginori", "Lamberteschi"], ["Salviati", "Pazzi"]],
    "weighted": [["a", "b", "c"], ["f", "g", "h"], ["d", "e"], ["i"]],
}


def kite():
    g = nx.Graph()
    for star in KITE:
        g.add_edges_from((star[0], other) for other in star[1:])
    return g


def weighted():
    g = nx.Graph()
    g.add_weighted_edges_from(WEIGHTED)
    g.add_node("i")
    return g


def metrics(g):
    lcc = g.subgraph(max(nx.connected_components(g), key=len))
    return {
        "degree": dict(g.degree()),
        "weightedDegree": dict(g.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(g),
        "closeness": nx.closeness_centrality(g),
        "harmonic": nx.harmonic_centrality(g),
        # Converged values (what gexf-check.py recomputes), not networkx's default tol=1e-6 stopping point.
        "eigenvector": nx.eigenvector_centrality(g, max_iter=10000, tol=1e-12),
        "pagerank": nx.pagerank(g, alpha=0.85, weight="weight", max_iter=10000, tol=1e-12),
        "clustering": nx.clustering(g),
        "coreness": nx.core_number(g),
        "averageClustering": nx.average_clustering(g),
        "transitivity": nx.transitivity(g),
        "density": nx.density(g),
        "diameter": nx.diameter(lcc),
        "averageShortestPath": nx.average_shortest_path_length(lcc),
    }


def main():
    graphs = {"kite": kite(), "florentine": nx.florentine_families_graph(), "weighted": weighted()}
    out = {name: metrics(g) for name, g in graphs.items()}
    halves = [{"Medici", "Acciaiuoli", "Salviati", "Pazzi", "Tornabuoni", "Ridolfi", "Albizzi", "Ginori"}]
    halves.append(set(graphs["florentine"]) - halves[0])
    out["florentine"]["modularityOfHalves"] = community.modularity(graphs["florentine"], halves)
    parts = [{"a", "b", "c"}, {"d", "e"}, {"f", "g", "h"}, {"i"}]
    out["weighted"]["modularityOfParts"] = community.modularity(graphs["weighted"], parts, weight="weight")
    for name, blocks in LOUVAIN.items():
        out[name]["modularityOfLouvain"] = community.modularity(graphs[name], [set(b) for b in blocks], weight="weight")
    # Weighted shortest paths with distance = 1/weight (computeMetrics weightedPaths: true).
    w = graphs["weighted"]
    for a, b, data in w.edges(data=True):
        data["length"] = 1 / data["weight"]
    out["weighted"]["weightedPaths"] = {
        "betweenness": nx.betweenness_centrality(w, weight="length"),
        "closeness": nx.closeness_centrality(w, distance="length"),
        "harmonic": nx.harmonic_centrality(w, distance="length"),
    }
    print(json.dumps({"networkx": nx.__version__, **out}, indent=1))


main()

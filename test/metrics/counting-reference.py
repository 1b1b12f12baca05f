#!/usr/bin/python3
"""Full against fractional counting, recomputed by networkx and scipy from an exported GEXF 1.2 file.

usage: counting-reference.py FILE.gexf
Reads the coauthor network with networkx's read_gexf (edge `weight` = joint papers, edge attribute
`fractional` = Newman's sum of 1/(n-1)), and for weighted degree and PageRank (alpha 0.85) under each
weight prints, as JSON: every node's competition rank (scipy rankdata(-v, method="min") on values taken to
10 significant digits, as papergraph does so that rounding noise makes no rank), the number of nodes whose
rank differs, and Spearman's rho (scipy spearmanr). Also each link's association strength recomputed as
c_ij * W / (c_i * c_j) (W = sum of all c_i), the scaling of CWTS networkanalysis. Used by
test/metrics/rank-comparison.test.ts; never a runtime dependency.
"""
import json, sys
import networkx as nx
from scipy.stats import rankdata, spearmanr

G = nx.read_gexf(sys.argv[1])
G = nx.Graph(G)
nodes = sorted(G.nodes)
out = {"nodes": len(nodes), "metrics": {}}
for metric in ("pagerank", "weightedDegree"):
    values = {}
    for weight in ("weight", "fractional"):
        if metric == "pagerank":
            v = nx.pagerank(G, alpha=0.85, weight=weight, tol=1e-12, max_iter=10000)
        else:
            v = dict(G.degree(weight=weight))
        values[weight] = [float("%.10g" % v[n]) for n in nodes]
    full = rankdata([-x for x in values["weight"]], method="min")
    frac = rankdata([-x for x in values["fractional"]], method="min")
    rho = spearmanr(values["weight"], values["fractional"]).correlation
    out["metrics"][metric] = {
        "ranks": {n: [int(full[i]), int(frac[i])] for i, n in enumerate(nodes)},
        "changed": int(sum(1 for i in range(len(nodes)) if full[i] != frac[i])),
        "spearman": float(rho),
    }
strength = dict(G.degree(weight="weight"))
total = sum(strength.values())
out["association"] = {
    "|".join(sorted((u, v))): d["weight"] * total / (strength[u] * strength[v]) for u, v, d in G.edges(data=True)
}
print(json.dumps(out))

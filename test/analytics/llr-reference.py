#!/usr/bin/python3
"""Community labels recomputed with scipy, for test/analytics/community-labels.test.ts.

usage: llr-reference.py INPUT.json
INPUT.json: {"papers": {id: {"authors": [author keys], "topics": [topic keys]}}, "community": {author: id}}.
Each paper goes to the community most of its authors in the network belong to (ties: the lower id); for
each community and topic on k1 of its n1 papers and k2 of the n2 other held papers, the topic is kept when
k1 >= min(2, n1) and k1/n1 > k2/n2, scored by scipy's G statistic (chi2_contingency with
lambda_="log-likelihood", correction=False) and ranked by G, then k1, then key. Prints {id: [[key, G], ...]}
with the first five of each community. Never a runtime dependency.
"""
import json, sys
from collections import Counter
from scipy.stats import chi2_contingency

data = json.load(open(sys.argv[1], encoding="utf8"))
community = data["community"]
held = {}
for paper, record in data["papers"].items():
    counts = Counter(community[a] for a in record["authors"] if a in community)
    if counts:
        best = max(counts.values())
        held[paper] = min(c for c, n in counts.items() if n == best)
on = Counter(t for p in held for t in data["papers"][p]["topics"])
out = {}
for c in sorted(set(community.values())):
    mine = [p for p in held if held[p] == c]
    n1, n2 = len(mine), len(held) - len(mine)
    k = Counter(t for p in mine for t in data["papers"][p]["topics"])
    rows = []
    for t, k1 in k.items():
        k2 = on[t] - k1
        if k1 < min(2, n1) or (n2 > 0 and k1 / n1 <= k2 / n2):
            continue
        table = [[k1, n1 - k1], [k2, n2 - k2]]
        g = 0.0 if 0 in (k1 + k2, n1 + n2 - k1 - k2) or n2 == 0 else chi2_contingency(table, correction=False, lambda_="log-likelihood")[0]
        rows.append((-g, -k1, t, g))
    rows.sort()
    out[c] = [[t, g] for _, _, t, g in rows[:5]]
print(json.dumps(out))

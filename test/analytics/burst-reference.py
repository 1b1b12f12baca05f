#!/usr/bin/python3
"""Kleinberg's two-state batched burst detection, written afresh for test/analytics/bursts.test.ts.

usage: burst-reference.py INPUT.json
INPUT.json: {"s": 2, "gamma": 1, "total": [d_t...], "streams": {key: [r_t...]}}. The formulation of
Kleinberg (2002, section 4) as R's `bursts` and Python's `burst_detection` packages state it: p0 = sum r /
sum d, p1 = min(s * p0, 0.9999), cost of batch t in state i = -scipy.stats.binom.logpmf(r_t, d_t, p_i),
entering the burst state costs gamma * ln(n), leaving it nothing; the cheapest state sequence by dynamic
programming over the two states (ties: stay in the base state, stay in the burst state); a burst is a
maximal run of the burst state, weighted by the sum of cost0 - cost1 over it. Prints {key: [[start, end,
weight], ...]} with batch indices. Never a runtime dependency.
"""
import json, math, sys
from scipy.stats import binom

data = json.load(open(sys.argv[1], encoding="utf8"))
d = data["total"]; n = len(d)
out = {}
for key, r in data["streams"].items():
    if sum(r) == 0 or sum(r) == sum(d):
        out[key] = []; continue
    p = [sum(r) / sum(d)]; p.append(min(data["s"] * p[0], 0.9999))
    cost = [[0.0 if d[t] == 0 else -binom.logpmf(r[t], d[t], p[i]) for t in range(n)] for i in (0, 1)]
    tau = data["gamma"] * math.log(n)
    best = [cost[0][0], tau + cost[1][0]]; back = [[0, 0]]
    for t in range(1, n):
        come0 = 1 if best[1] < best[0] else 0
        come1 = 1 if best[1] <= best[0] + tau else 0
        back.append([come0, come1])
        best = [min(best[0], best[1]) + cost[0][t], (best[1] if come1 else best[0] + tau) + cost[1][t]]
    state = 1 if best[1] < best[0] else 0
    states = [0] * n
    for t in range(n - 1, -1, -1):
        states[t] = state
        state = back[t][state] if t > 0 else state
    bursts, t = [], 0
    while t < n:
        if states[t] == 1:
            start, w = t, 0.0
            while t < n and states[t] == 1:
                w += cost[0][t] - cost[1][t]; t += 1
            bursts.append([start, t - 1, w])
        else:
            t += 1
    out[key] = bursts
print(json.dumps(out))

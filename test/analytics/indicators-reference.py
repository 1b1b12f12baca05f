#!/usr/bin/python3
"""Author indicators recomputed in Python, for test/analytics/author-indicators.test.ts.

usage: indicators-reference.py PAPERS.json
PAPERS.json: [{"authors": [author keys in list order], "truncated": bool, "citations": int or null}, ...].
For every author: citations (sum over papers with a count), citedPapers, hIndex (Hirsch: the largest h
with h papers of at least h citations, by scanning h downwards from the number of counted papers),
firstAuthorShare (papers listing them first / their papers) and lastAuthorShare (papers with a complete
list naming them last / their papers with a complete list; absent without such papers). Prints
{author: {...}} with absent indicators left out. Never a runtime dependency.
"""
import json, sys

papers = json.load(open(sys.argv[1], encoding="utf8"))
stats = {}
for paper in papers:
    authors = paper["authors"]
    for a in dict.fromkeys(authors):
        s = stats.setdefault(a, {"papers": 0, "first": 0, "complete": 0, "last": 0, "counts": []})
        s["papers"] += 1
        s["first"] += authors[0] == a
        if not paper["truncated"]:
            s["complete"] += 1
            s["last"] += authors[-1] == a
        if paper["citations"] is not None:
            s["counts"].append(paper["citations"])
out = {}
for a, s in stats.items():
    row = {"firstAuthorShare": s["first"] / s["papers"]}
    if s["complete"]:
        row["lastAuthorShare"] = s["last"] / s["complete"]
    if s["counts"]:
        c = s["counts"]
        row["citations"] = sum(c)
        row["citedPapers"] = len(c)
        row["hIndex"] = next(h for h in range(len(c), -1, -1) if sum(1 for x in c if x >= h) >= h)
    out[a] = row
print(json.dumps(out))

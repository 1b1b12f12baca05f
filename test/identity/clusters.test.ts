/**
 * Clusters' paper checks against the members themselves: whether two clusters share a paper (told by their
 * paper ranges where those settle it, else by the members or a Set of papers) and a cluster's first papers
 * (by a walk of the members, or the Set once built), on clusters made by random unions, unchecked as the
 * names-only baseline makes them, so that a cluster may hold two occurrences of one paper.
 */

import { describe, expect, it } from "vitest";
import { Clusters } from "../../src/identity/clustering/clusters";
import { buildOccurrences } from "../../src/identity/occurrences/build-occurrences";
import { indexThesaurus } from "../../src/identity/thesaurus";
import { createRng } from "../../src/model";
import { papers } from "./build-papers";

/** 60 papers of 1 to 4 authors each (distinct names on a paper), every occurrence its own cluster. */
function clustersOf(seed: number) {
  const next = createRng(seed);
  const lists = Array.from({ length: 60 }, () =>
    Array.from({ length: 1 + Math.floor(next() * 4) }, (_, slot) => `Author${slot} Family${Math.floor(next() * 9)}`),
  );
  const table = buildOccurrences(papers(...lists), indexThesaurus([]));
  return { table, clusters: new Clusters(table), next };
}

/** The distinct papers of a cluster in member order, from its members. */
function papersByMembers(clusters: Clusters, paperOf: Int32Array, root: number): number[] {
  return [...new Set(clusters.membersOf(root).map((member) => paperOf[member]!))];
}

describe("clusters' paper checks", () => {
  it("tell a shared paper and list the first papers as the members do, Set built or not", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { table, clusters, next } = clustersOf(seed);
      const pick = () => Math.floor(next() * table.size);
      for (let step = 0; step < 120; step++) {
        const [a, b] = [clusters.find(pick()), clusters.find(pick())];
        if (a !== b) {
          const [inA, inB] = [papersByMembers(clusters, table.paper, a), papersByMembers(clusters, table.paper, b)];
          const shared = inA.some((paper) => inB.includes(paper));
          expect(clusters.hardConflict(a, b)).toBe(shared ? "one paper names both" : undefined);
        }
        // Some clusters get their Set of papers built; the first papers must not depend on it.
        if (next() < 0.2) clusters.papersOf(a);
        for (const max of [1, 3, 20])
          expect(clusters.firstPapers(a, max, (paper) => paper)).toEqual(
            papersByMembers(clusters, table.paper, a).slice(0, max),
          );
        clusters.union(a, b);
      }
    }
  });
});

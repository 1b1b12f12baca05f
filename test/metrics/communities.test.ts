import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import { describe, expect, it } from "vitest";
import { computeCommunities, computeComponents, computeMetrics, computeModularity } from "../../src/metrics";
import { createRng } from "../../src/model";
import { expectClose } from "../asserts";
import {
  clustered,
  FLORENTINE_HALVES,
  florentine,
  isolatedNodes,
  kite,
  LOUVAIN_PARTITIONS,
  WEIGHTED_PARTS,
  weightedDisconnected,
} from "./fixtures";
import { FLORENTINE, KITE, WEIGHTED_DISCONNECTED } from "./networkx-expected";

/** Node sets as sorted "a,b,c" strings in sorted order, so two labelings of one partition compare equal. */
function canonical(sets: readonly (readonly string[])[]): string[] {
  return sets.map((nodes) => [...nodes].sort().join(",")).sort();
}

/** The partition as a set of node sets (see canonical). */
function blocks(partition: Record<string, number>): string[] {
  const groups = new Map<number, string[]>();
  for (const [node, id] of Object.entries(partition)) groups.set(id, [...(groups.get(id) ?? []), node]);
  return canonical([...groups.values()]);
}

function pairsAndSingle(firstPair: [string, string], secondPair: [string, string]): UndirectedGraph {
  const graph = new UndirectedGraph();
  graph.addNode("t");
  graph.mergeEdge(...firstPair);
  graph.mergeEdge(...secondPair);
  return graph;
}

/** Graphs whose Louvain partition networkx-reference.py scores, with networkx's values. */
const SCORED = [
  ["the Krackhardt kite", kite, LOUVAIN_PARTITIONS.kite, KITE],
  ["the Florentine families", florentine, LOUVAIN_PARTITIONS.florentine, FLORENTINE],
  ["a weighted disconnected graph", weightedDisconnected, LOUVAIN_PARTITIONS.weighted, WEIGHTED_DISCONNECTED],
] as const;

const GRAPHS = [
  ["the Krackhardt kite", kite],
  ["the Florentine families", florentine],
  ["a weighted disconnected graph", weightedDisconnected],
  ["a 300-node clustered graph", () => clustered(300, 1500, 5)],
] as const;

describe("modularity", () => {
  it("matches networkx community.modularity on an unweighted partition", () => {
    expectClose(computeModularity(florentine(), FLORENTINE_HALVES), FLORENTINE.graph.modularityOfHalves!);
  });

  it("uses the weight attribute like networkx community.modularity(weight='weight')", () => {
    const expected = WEIGHTED_DISCONNECTED.graph.modularityOfParts!;
    expectClose(computeModularity(weightedDisconnected(), WEIGHTED_PARTS), expected);
  });

  it("is 0 on a graph without edges", () => {
    expect(computeModularity(isolatedNodes(3), { n0: 0, n1: 1, n2: 2 })).toBe(0);
  });
});

describe.each(SCORED)("Louvain modularity on %s", (_, build, partition, expected) => {
  it("have networkx's modularity for their partition (community.modularity, weight='weight')", () => {
    const result = computeCommunities(build(), { seed: 42 });
    // The partition networkx scored; a different one (a change in Louvain or its rng) needs a new reference.
    expect(blocks(result.communities)).toEqual(canonical(partition));
    expectClose(result.modularity, expected.graph.modularityOfLouvain!);
  });
});

describe.each(GRAPHS)("Louvain communities on %s", (_, build) => {
  it("are graphology's Louvain partition, with the modularity Louvain itself reports for it", () => {
    const graph = build();
    const result = computeCommunities(graph, { seed: 42 });
    const reference = louvain.detailed(graph, { getEdgeWeight: "weight", rng: createRng(42), resolution: 1 });
    expect(blocks(result.communities)).toEqual(blocks(reference.communities));
    expectClose(result.modularity, reference.modularity, 1e-9);
  });

  it("are numbered 0..k−1 by decreasing size", () => {
    const { communities, count } = computeCommunities(build(), { seed: 42 });
    const ids = Object.values(communities);
    const sizes = Array.from({ length: count }, (_, id) => ids.filter((c) => c === id).length);
    expect(sizes.every((size) => size > 0)).toBe(true);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });

  it("are identical when run twice with the same seed", () => {
    expect(computeCommunities(build(), { seed: 7 })).toEqual(computeCommunities(build(), { seed: 7 }));
  });
});

describe("Louvain edge cases", () => {
  it("puts each node of a graph without edges in its own community with modularity 0", () => {
    const result = computeCommunities(isolatedNodes(3), { seed: 1 });
    expect(result).toEqual({ communities: { n0: 0, n1: 1, n2: 2 }, count: 3, modularity: 0 });
  });

  it("separates the two weighted components of the disconnected graph", () => {
    const { communities } = computeCommunities(weightedDisconnected(), { seed: 42 });
    expect(communities.f).toBe(communities.h);
    expect(communities.f).not.toBe(communities.a);
  });
});

describe("components", () => {
  it("numbers components by decreasing size, 0 being the largest", () => {
    // networkx 2.8.8 connected_components: {a, b, c, d, e}, {f, g, h}, {i}.
    expect(computeComponents(weightedDisconnected())).toEqual({
      a: 0,
      b: 0,
      c: 0,
      d: 0,
      e: 0,
      f: 1,
      g: 1,
      h: 1,
      i: 2,
    });
  });

  it("breaks ties in size by the graph order of each component's first node", () => {
    // The isolated t comes first in graph order but is the smallest component.
    expect(computeComponents(pairsAndSingle(["p", "q"], ["r", "s"]))).toEqual({ t: 2, p: 0, q: 0, r: 1, s: 1 });
    expect(computeComponents(pairsAndSingle(["r", "s"], ["p", "q"]))).toEqual({ t: 2, r: 0, s: 0, p: 1, q: 1 });
  });

  it("puts a connected graph in component 0 and an empty graph in no component", () => {
    expect(new Set(Object.values(computeComponents(florentine())))).toEqual(new Set([0]));
    expect(computeComponents(isolatedNodes(0))).toEqual({});
  });

  it("are the components computeMetrics writes as the attribute `component`", async () => {
    const graph = weightedDisconnected();
    await computeMetrics(graph, { seed: 42, exactPathWork: 100, betweennessSamples: 10 });
    expect(graph.mapNodes((node, attributes) => [node, attributes.component])).toEqual(
      Object.entries(computeComponents(weightedDisconnected())),
    );
  });
});

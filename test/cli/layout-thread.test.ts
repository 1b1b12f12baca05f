/**
 * The coauthor layout on a worker thread (src/cli/layout-thread.ts) through startLayout, as the pipeline
 * runs it: the positions, step count and overlap removal of layoutGraph on the calling thread, even when an
 * attribute the layout does not read changes meanwhile.
 */

import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { createThreadLayoutRunner, MIN_THREADED_LAYOUT_LINKS } from "../../src/cli/layout-thread";
import { layoutGraph, startLayout, type LayoutGraph } from "../../src/layout";

/** Three communities of 40 nodes, dense inside, a few links across, weighted 1–3. */
function communities(): LayoutGraph {
  const graph: LayoutGraph = new Graph({ type: "undirected" });
  for (let i = 0; i < 120; i++) graph.addNode(`n${i}`, { community: i % 3, size: 1 + (i % 4) });
  for (let i = 0; i < 120; i++)
    for (let j = i + 1; j < 120; j++)
      if (i % 3 === j % 3 ? (i * j) % 5 < 2 : (i + j) % 97 === 0)
        graph.addEdge(`n${i}`, `n${j}`, { weight: 1 + ((i + j) % 3) });
  return graph;
}

const positions = (graph: LayoutGraph) => graph.mapNodes((_node, { x, y }) => [x, y]);

describe("createThreadLayoutRunner", () => {
  it("lays a network out on a thread with the positions of the calling thread's layout", async () => {
    const inline = communities();
    layoutGraph(inline, { seed: 5, iterations: 60 });
    const threaded = communities();
    const place = startLayout(createThreadLayoutRunner(0), threaded, { seed: 5, iterations: 60 })!;
    threaded.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, color: "#123456" }));
    await place();
    expect(positions(threaded)).toEqual(positions(inline));
    expect(threaded.getAttribute("layoutIterations")).toBe(60);
  });

  it("reads the links from a LinkTable describing the graph, leaving the table as it was", async () => {
    const inline = communities();
    layoutGraph(inline, { seed: 3, iterations: 40 });
    const threaded = communities();
    const nodes = threaded.nodes();
    const index = new Map(nodes.map((node, i) => [node, i]));
    const source = Int32Array.from(threaded.mapEdges((_edge, _attributes, from) => index.get(from)!));
    const target = Int32Array.from(threaded.mapEdges((_edge, _attributes, _from, to) => index.get(to)!));
    const weight = Float64Array.from(threaded.mapEdges((_edge, attributes) => attributes.weight ?? 1));
    const table = {
      nodes,
      source,
      target,
      weights: { weight },
      paperStart: new Int32Array(1),
      papers: new Int32Array(0),
    };
    await startLayout(createThreadLayoutRunner(0), threaded, { seed: 3, iterations: 40 }, table)!();
    expect(positions(threaded)).toEqual(positions(inline));
    expect([source.length, target.length, weight.length]).toEqual([threaded.size, threaded.size, threaded.size]);
  });

  it("declines networks below its number of links, which the calling thread lays out", () => {
    expect(MIN_THREADED_LAYOUT_LINKS).toBeGreaterThan(communities().size);
    expect(startLayout(createThreadLayoutRunner(), communities(), { seed: 5 })).toBeUndefined();
  });

  it("rejects with the layout's own error", async () => {
    const place = startLayout(createThreadLayoutRunner(0), communities(), { seed: 0.5 })!;
    await expect(place()).rejects.toThrow(/the layout thread failed \(papergraph\/layout: seed must be an integer/);
  });
});

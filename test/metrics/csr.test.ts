/** The CSR form under several weight attributes at once is buildCsr's form under each of them. */

import Graph, { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { LinkTable } from "../../src/model";
import { buildCsr, buildCsrs, csrFromEdgeList, reweightCsr } from "../../src/metrics/csr";

function weighted(graph: Graph): Graph {
  graph.mergeEdge("a", "b", { weight: 2, fractional: 0.5 });
  graph.mergeEdge("b", "c", { weight: 1, fractional: 1 });
  graph.mergeEdge("a", "c", { weight: 3 });
  graph.mergeEdge("c", "d", { weight: 1, fractional: 0.25 });
  graph.mergeEdge("d", "d", { weight: 7, fractional: 7 });
  return graph;
}

function plain(csr: ReturnType<typeof buildCsr>) {
  return { nodes: csr.nodes, offsets: [...csr.offsets], targets: [...csr.targets], weights: [...csr.weights] };
}

describe("buildCsrs", () => {
  it("gives each attribute's form as buildCsr does, in one pass over the links", () => {
    const graph = weighted(new Graph({ type: "undirected" }));
    const [full, fractional] = buildCsrs(graph, ["weight", "fractional"]);
    expect(plain(full!)).toEqual(plain(buildCsr(graph, "weight")));
    expect(plain(fractional!)).toEqual(plain(buildCsr(graph, "fractional")));
    // A link without the attribute counts 1, and the self-loop is dropped.
    expect(plain(fractional!).weights).toEqual([0.5, 1, 0.5, 1, 1, 1, 0.25, 0.25]);
  });

  it("merges the parallel links of a multigraph under every attribute", () => {
    const graph = weighted(new MultiGraph({ type: "undirected" }));
    graph.addEdge("b", "a", { weight: 10, fractional: 0.125 });
    const forms = buildCsrs(graph, ["weight", "fractional", "weight"]);
    expect(plain(forms[0]!)).toEqual(plain(buildCsr(graph, "weight")));
    expect(plain(forms[1]!)).toEqual(plain(buildCsr(graph, "fractional")));
    expect(plain(forms[2]!)).toEqual(plain(buildCsr(graph, "weight")));
    expect(plain(forms[0]!).weights.slice(0, 2)).toEqual([12, 3]);
  });
});

describe("reweightCsr", () => {
  // Links sorted by (source, target), source < target, as the projection lists them.
  const table: LinkTable = {
    nodes: ["a", "b", "c", "d", "e"],
    source: Int32Array.from([0, 0, 1, 1, 2, 3]),
    target: Int32Array.from([1, 3, 2, 4, 3, 4]),
    weights: { weight: [2, 1, 3, 1, 4, 1], fractional: Float64Array.from([0.5, 1 / 3, 1.25, 0.2, 1 / 7, 0.75]) },
    paperStart: new Int32Array(7),
    papers: new Int32Array(0),
  };
  const fromTable = (name: string) => csrFromEdgeList(table.nodes, table.source, table.target, table.weights[name]!);

  it("makes a form built from the table the form built under another attribute, in place", () => {
    const form = fromTable("weight");
    const { offsets, targets, weights } = form;
    const reweighted = reweightCsr(form, table, "fractional");
    expect(reweighted).toBe(form);
    expect(plain(reweighted!)).toEqual(plain(fromTable("fractional")));
    expect(reweighted!.offsets).toBe(offsets);
    expect(reweighted!.targets).toBe(targets);
    expect(reweighted!.weights).toBe(weights);
  });

  it("refuses a form not built from the table's links, or an attribute the table lacks", () => {
    const graph = new Graph({ type: "undirected" });
    for (let e = 0; e < table.source.length; e++) {
      graph.mergeEdge(table.nodes[table.source[e]!]!, table.nodes[table.target[e]!]!, { weight: 1 });
    }
    expect(reweightCsr(buildCsr(graph), table, "fractional")).toBeUndefined();
    expect(reweightCsr(fromTable("weight"), table, "association")).toBeUndefined();
    const fewer = { ...table, source: table.source.slice(1), target: table.target.slice(1) };
    expect(reweightCsr(fromTable("weight"), fewer, "fractional")).toBeUndefined();
  });
});

describe("CSR arrays", () => {
  it("live in shared memory, which V8 counts toward no marking of the heap (shared-memory.ts)", () => {
    const graph = weighted(new Graph({ type: "undirected" }));
    const edges = csrFromEdgeList(["a", "b", "c"], Int32Array.of(0, 1), Int32Array.of(1, 2), [2, 1]);
    for (const csr of [buildCsr(graph), edges]) {
      expect([csr.offsets, csr.targets, csr.weights].map((array) => array.buffer.constructor)).toEqual([
        SharedArrayBuffer,
        SharedArrayBuffer,
        SharedArrayBuffer,
      ]);
    }
    expect([...edges.targets]).toEqual([1, 0, 2, 1]);
  });
});

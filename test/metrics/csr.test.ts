/** The CSR form under several weight attributes at once is buildCsr's form under each of them. */

import Graph, { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { buildCsr, buildCsrs } from "../../src/metrics/csr";

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

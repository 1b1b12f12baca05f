/**
 * computeMetrics on a real coauthor network: SNAP ca-GrQc (5,242 authors, 14,484 links, 355 components)
 * from ../shared/data/graphs, above the default exact-betweenness threshold, so betweenness is sampled.
 */

import { readFileSync } from "node:fs";
import { UndirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { beforeAll, describe, expect, it } from "vitest";
import { computeMetrics, type GraphSummary } from "../../src/metrics";
import { expectClose } from "../asserts";

const GEXF = new URL("../../../shared/data/graphs/ca-grqc.gexf", import.meta.url);

describe("computeMetrics on SNAP ca-GrQc", () => {
  const graph = new UndirectedGraph();
  let summary: GraphSummary;

  beforeAll(() => {
    const loaded = parse(UndirectedGraph, readFileSync(GEXF, "utf8"));
    loaded.forEachNode((node) => graph.addNode(node));
    loaded.forEachEdge((_, attributes, source, target) => {
      graph.mergeEdge(source, target, { weight: attributes.weight ?? 1 });
    });
    summary = computeMetrics(graph, { seed: 42, exactBetweennessMaxNodes: 5000, betweennessSamples: 500 });
  });

  it("gives the graph-level figures of networkx and igraph", () => {
    expect(summary).toMatchObject({ nodes: 5242, edges: 14484, components: 355, largestComponentNodes: 4158 });
    // networkx 2.8.8 transitivity(G), average_clustering(G), density(G) on read_gexf(ca-grqc.gexf).
    expectClose(summary.transitivity, 0.6298424741263426);
    expectClose(summary.averageClustering, 0.529635811052136);
    expectClose(summary.density, 0.0010544047057723853);
    // python-igraph 0.10.2 on the giant component: diameter(directed=False), average_path_length().
    expect(summary.diameter).toBe(17);
    expectClose(summary.averageShortestPath, 6.049380016182999);
  });

  it("gives the node values of networkx for the author with the most coauthors", () => {
    const author = graph.getNodeAttributes("13801");
    // networkx 2.8.8 on the same graph, node "13801".
    expect(author).toMatchObject({ degree: 45, coreness: 5 });
    expectClose(author.closeness, 0.19428463503141283); // closeness_centrality(G, u="13801")
    expectClose(author.harmonic, 1138.9857142857477); // harmonic_centrality(G, nbunch=["13801"])
    expectClose(author.eigenvector, 0.0035989272886356623); // eigenvector_centrality(G)
    expectClose(author.pagerank, 0.0013428428527702638); // pagerank(G, weight="weight")
    expectClose(author.clustering, 0.05757575757575758); // clustering(G, "13801")
  });

  it("samples betweenness and stays within the stated bound of the exact value", () => {
    expect(summary.betweenness.mode).toBe("sampled");
    // python-igraph 0.10.2 betweenness(directed=False) · 2/((n−1)(n−2)), i.e. networkx's normalisation.
    const exact = 0.03702715043389767;
    const estimate = graph.getNodeAttribute("13801", "betweenness") as number;
    expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(summary.betweenness.errorBound!);
  });
});

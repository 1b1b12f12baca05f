/**
 * computeMetrics on a real coauthor network: SNAP ca-GrQc (5,242 authors, 14,484 links, 355 components)
 * from test/fixtures/real/graphs — once exact (every value against networkx / igraph) and once with the
 * default options, which sample the path metrics above 5,000 nodes: there each estimate must lie within
 * the bound the summary states.
 */

import { UndirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { beforeAll, describe, expect, it } from "vitest";
import { computeMetrics, type GraphSummary, type MetricsGraph } from "../../src/metrics";
import { expectClose, metricsOf } from "../asserts";
import { readRealFixture } from "../real-fixtures";

const AUTHOR = "13801"; // the author with the most coauthors

function load(): MetricsGraph {
  const graph: MetricsGraph = new UndirectedGraph();
  const loaded: MetricsGraph = parse(UndirectedGraph, readRealFixture("graphs/ca-grqc.gexf"));
  loaded.forEachNode((node) => graph.addNode(node));
  loaded.forEachEdge((_, attributes, source, target) => {
    graph.mergeEdge(source, target, { weight: attributes.weight ?? 1 });
  });
  return graph;
}

describe("computeMetrics on SNAP ca-GrQc", () => {
  const exact = load();
  const sampled = load();
  let exactSummary: GraphSummary;
  let sampledSummary: GraphSummary;

  beforeAll(async () => {
    exactSummary = await computeMetrics(exact, { seed: 42, exactPathWork: 1e12, betweennessSamples: 500 });
    sampledSummary = await computeMetrics(sampled, {
      seed: 42,
      exactPathWork: 5000,
      betweennessSamples: 500,
    });
  });

  it("gives the graph-level figures of networkx and igraph", () => {
    expect(exactSummary).toMatchObject({ nodes: 5242, edges: 14484, components: 355, largestComponentNodes: 4158 });
    // networkx 2.8.8 transitivity(G), average_clustering(G), density(G) on read_gexf(ca-grqc.gexf).
    expectClose(exactSummary.transitivity, 0.6298424741263426);
    expectClose(exactSummary.averageClustering, 0.529635811052136);
    expectClose(exactSummary.density, 0.0010544047057723853);
    // python-igraph 0.10.2 on the giant component: diameter(directed=False), average_path_length().
    expect(exactSummary.diameter).toBe(17);
    expectClose(exactSummary.averageShortestPath, 6.049380016182999, 1e-9);
  });

  it("gives the exact node values of networkx and igraph for the author with the most coauthors", () => {
    const author = metricsOf(exact.getNodeAttributes(AUTHOR));
    // networkx 2.8.8 on the same graph, node "13801".
    expect(author).toMatchObject({ degree: 45, coreness: 5 });
    expectClose(author.closeness, 0.19428463503141283, 1e-9); // closeness_centrality(G, u="13801")
    expectClose(author.harmonic, 1138.9857142857477, 1e-9); // harmonic_centrality(G, nbunch=["13801"])
    expectClose(author.clustering, 0.05757575757575758, 1e-9); // clustering(G, "13801")
    // python-igraph 0.10.2 betweenness(directed=False) · 2/((n−1)(n−2)), i.e. networkx's normalisation.
    expectClose(author.betweenness, 0.03702715043389767, 1e-9);
    // networkx 2.8.8 converged: eigenvector_centrality(G, max_iter=10000, tol=1e-12) and
    // pagerank(G, weight="weight", max_iter=10000, tol=1e-12) on nx.Graph(read_gexf(ca-grqc.gexf)).
    expectClose(author.eigenvector, 0.003598090905600424, 1e-9);
    expectClose(author.pagerank, 0.0013411955733933845, 1e-9);
  });

  it("samples betweenness, closeness and harmonic by default and stays within the stated bounds", () => {
    for (const metric of ["betweenness", "closeness", "harmonic"] as const) {
      expect(sampledSummary[metric].mode, metric).toBe("sampled");
    }
    const sizes = new Map<number, number>();
    exact.forEachNode((_, attributes) => {
      const { component } = metricsOf(attributes);
      sizes.set(component, (sizes.get(component) ?? 0) + 1);
    });
    // path-metrics.ts: closeness = (c − 1)² / ((n − 1)·D), so the mean distance
    // D/(c − 1) = (c − 1) / ((n − 1)·closeness).
    const meanDistance = (closeness: number, c: number) =>
      closeness > 0 ? (c - 1) / ((exact.order - 1) * closeness) : 0;
    const worst = { betweenness: 0, harmonic: 0, meanDistance: 0 };
    exact.forEachNode((node, attributes) => {
      const truth = metricsOf(attributes);
      const estimate = metricsOf(sampled.getNodeAttributes(node));
      const c = sizes.get(truth.component)!;
      worst.betweenness = Math.max(worst.betweenness, Math.abs(estimate.betweenness - truth.betweenness));
      worst.harmonic = Math.max(worst.harmonic, Math.abs(estimate.harmonic - truth.harmonic));
      worst.meanDistance = Math.max(
        worst.meanDistance,
        Math.abs(meanDistance(estimate.closeness, c) - meanDistance(truth.closeness, c)),
      );
    });
    expect(worst.betweenness).toBeLessThanOrEqual(sampledSummary.betweenness.errorBound!);
    expect(worst.harmonic).toBeLessThanOrEqual(sampledSummary.harmonic.errorBound!);
    expect(worst.meanDistance).toBeLessThanOrEqual(sampledSummary.closeness.errorBound!);
  });
});

import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import {
  betweennessErrorBound,
  computeMetrics,
  NODE_METRICS,
  runChunksInline,
  type MetricsGraph,
  type SweepRunner,
} from "../../src/metrics";
import { expectAllClose, expectClose, METRIC_NAMES, metricsOf } from "../asserts";
import { clustered, florentine, isolatedNodes, kite, weightedDisconnected } from "./fixtures";
import { FLORENTINE, KITE, WEIGHTED_DISCONNECTED, WEIGHTED_PATHS } from "./networkx-expected";

const OPTIONS = { seed: 42, exactPathWork: 5000, betweennessSamples: 500 };

const GRAPHS = [
  { name: "the Krackhardt kite", build: kite, expected: KITE, components: 1 },
  { name: "the Florentine families", build: florentine, expected: FLORENTINE, components: 1 },
  {
    name: "a weighted disconnected graph",
    build: weightedDisconnected,
    expected: WEIGHTED_DISCONNECTED,
    components: 3,
  },
];

/** Every node's attributes, for comparing two runs. */
const snapshot = (graph: ReturnType<typeof kite>) => graph.mapNodes((node, attributes) => [node, attributes]);

describe.each(GRAPHS)("computeMetrics on $name", ({ build, expected, components }) => {
  it("writes every contract attribute with the networkx values and adds no nodes or edges", async () => {
    const graph = build();
    const edgesBefore = graph.mapEdges((_, attributes, source, target) => [source, target, attributes]);
    await computeMetrics(graph, OPTIONS);
    expect(graph.mapEdges((_, attributes, source, target) => [source, target, attributes])).toEqual(edgesBefore);
    for (const attribute of METRIC_NAMES) {
      const values = Object.fromEntries(graph.mapNodes((node, attrs) => [node, metricsOf(attrs)[attribute]]));
      expect(Object.values(values).every(Number.isFinite), attribute).toBe(true);
      const reference = expected.nodes[attribute];
      if (reference) expectAllClose(values, reference, 1e-9);
    }
  });

  it("returns a summary whose figures match networkx", async () => {
    const summary = await computeMetrics(build(), OPTIONS);
    const figures = ["density", "averageClustering", "transitivity", "diameter", "averageShortestPath"] as const;
    for (const figure of figures) expectClose(summary[figure], expected.graph[figure]!, 1e-6, figure);
    expect(summary.components).toBe(components);
    for (const metric of ["betweenness", "closeness", "harmonic"] as const)
      expect(summary[metric]).toEqual({ mode: "exact" });
    expect(summary.weightedPaths).toBe(false);
    expect(summary.eigenvector).toEqual({ method: "power-iteration" });
  });
});

describe("computeMetrics", () => {
  it("gives identical attributes and summary when run twice with the same seed", async () => {
    const first = clustered(200, 800, 3);
    const second = clustered(200, 800, 3);
    expect(await computeMetrics(first, OPTIONS)).toEqual(await computeMetrics(second, OPTIONS));
    expect(snapshot(first)).toEqual(snapshot(second));
  });

  it("samples the path metrics above exactPathWork and states the sample size and bounds", async () => {
    const graph = clustered(300, 1200, 9);
    const summary = await computeMetrics(graph, { seed: 1, exactPathWork: 80_000, betweennessSamples: 50 });
    expect(summary.components).toBe(1);
    // 300 nodes × 2,400 slots is past 8·10⁴, so sampled; the budget (1.6·10⁵ slot visits) affords the first
    // round of 50 sources (1.2·10⁵) but not a second, even cut to 75 sources: one round, nothing certified.
    const round = { rounds: 1, topK: 10, certifiedTop: 0 };
    expect(summary.betweenness).toEqual({
      mode: "sampled",
      samples: 50,
      errorBound: betweennessErrorBound(300, 50),
      ...round,
    });
    // sampling.ts: harmonic ε = n·t and mean-distance ε = n·Δ̄·t/(n − 1), t = sqrt(ln(2n/0.05)/(2k)).
    const t = Math.sqrt(Math.log(600 / 0.05) / 100);
    expect(summary.harmonic).toEqual({ mode: "sampled", samples: 50, errorBound: 300 * t, ...round });
    expect(summary.closeness.mode).toBe("sampled");
    expect(summary.closeness.errorBound! / ((300 * t) / 299)).toBeGreaterThanOrEqual(summary.diameter);
  });

  it("cuts a doubling the budget cannot afford to what it affords, if that grows the sample by half", async () => {
    const summary = await computeMetrics(clustered(300, 1200, 9), {
      seed: 1,
      exactPathWork: 100_000,
      betweennessSamples: 50,
    });
    // Budget 2·10⁵ slot visits at 2 × links a source: 50 sources, then as many more as fit (not a doubling).
    const affordable = Math.floor(200_000 / (2 * summary.edges));
    expect(affordable).toBeGreaterThanOrEqual(75);
    expect(affordable).toBeLessThan(100);
    expect(summary.betweenness).toMatchObject({ mode: "sampled", samples: affordable, rounds: 2 });
  });

  it("cuts a first round the budget cannot afford to 32 sources", async () => {
    const summary = await computeMetrics(clustered(300, 1200, 9), {
      seed: 1,
      exactPathWork: 100,
      betweennessSamples: 50,
    });
    expect(summary.betweenness).toMatchObject({ mode: "sampled", samples: 32, rounds: 1 });
  });

  it("samples in doubling rounds until the top 10 of each path metric is the same in two rounds", async () => {
    const run = async () => {
      const graph = clustered(600, 2400, 4);
      const summary = await computeMetrics(graph, { seed: 3, exactPathWork: 1e6, betweennessSamples: 20 });
      return { graph, summary };
    };
    const { graph, summary } = await run();
    for (const metric of ["betweenness", "closeness", "harmonic"] as const) {
      const { rounds = 0, samples = 0, certifiedTop } = summary[metric];
      expect(rounds, metric).toBeGreaterThan(1);
      expect(samples, metric).toBeGreaterThanOrEqual(20 * 2 ** (rounds - 1));
      // Either the top 10 held or the next round would have passed the budget of 2·10⁶ slot visits.
      expect(certifiedTop === 10 || samples * 2 * (2 * summary.edges) > 2e6, metric).toBe(true);
    }
    const again = await run();
    expect(again.summary).toEqual(summary);
    expect(again.graph.mapNodes((_node, attributes) => attributes.betweenness)).toEqual(
      graph.mapNodes((_node, attributes) => attributes.betweenness),
    );
  });

  it("counts a source's work as its own component's slots, so small components do not end the rounds", async () => {
    const graph = clustered(300, 1200, 9);
    for (let pair = 0; pair < 100; pair++) graph.addEdge(graph.addNode(`a${pair}`), graph.addNode(`b${pair}`));
    const summary = await computeMetrics(graph, { seed: 1, exactPathWork: 150_000, betweennessSamples: 50 });
    // Each round sweeps every pair node once (200 sources, 2 slots each) and a doubling share of the big
    // component (2,400 slots each). Counted at the whole network's 2,600 slots apiece, the 230 sources of
    // the first round alone would pass the budget of 3·10⁵ visits; counted at what they visit, 3 rounds fit.
    expect(summary.components).toBe(101);
    expect(summary.betweenness).toMatchObject({ mode: "sampled", rounds: 3 });
    expect(summary.betweenness.samples).toBe(200 + 120);
  });

  it("stays exact when the searches it must run, twins' and leaves' shared, fit within exactPathWork", async () => {
    // A hub with 50 leaves: one search of 100 slots, where a search from every node would visit 5,100.
    const star: MetricsGraph = new UndirectedGraph();
    for (let leaf = 0; leaf < 50; leaf++) star.mergeEdge("hub", `leaf${leaf}`);
    const summary = await computeMetrics(star, { seed: 1, exactPathWork: 1000, betweennessSamples: 10 });
    expect(summary.betweenness).toEqual({ mode: "exact" });
    // networkx betweenness_centrality(star): the hub is on every path between two leaves.
    expect(star.getNodeAttribute("hub", "betweenness")).toBeCloseTo(1, 12);
    expect(star.getNodeAttribute("leaf0", "harmonic")).toBeCloseTo(1 + 49 / 2, 12);
  });

  it("stays exact above the threshold when the sample would cover every node", async () => {
    const summary = await computeMetrics(kite(), { seed: 1, exactPathWork: 5, betweennessSamples: 10 });
    expect(summary.betweenness).toEqual({ mode: "exact" });
  });

  it("with weightedPaths uses distance = 1/weight and matches networkx given that length", async () => {
    const graph = weightedDisconnected();
    const summary = await computeMetrics(graph, { ...OPTIONS, weightedPaths: true });
    expect(summary.weightedPaths).toBe(true);
    for (const metric of ["betweenness", "closeness", "harmonic"] as const) {
      const values = Object.fromEntries(graph.mapNodes((node, attributes) => [node, metricsOf(attributes)[metric]]));
      expectAllClose(values, WEIGHTED_PATHS[metric], 1e-9);
    }
  });

  it("summarises the weighted disconnected graph on its largest component", async () => {
    const summary = await computeMetrics(weightedDisconnected(), OPTIONS);
    expect(summary).toMatchObject({ nodes: 9, edges: 8, components: 3, largestComponentNodes: 5 });
    expect(summary.communities).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ["an empty graph", 0],
    ["a single node", 1],
    ["three nodes without edges", 3],
  ])("returns a finite summary for %s", async (_, n) => {
    const graph = isolatedNodes(n);
    const summary = await computeMetrics(graph, OPTIONS);
    expect(summary).toMatchObject({
      nodes: n,
      edges: 0,
      components: n,
      largestComponentNodes: Math.min(n, 1),
      density: 0,
      averageClustering: 0,
      transitivity: 0,
      modularity: 0,
      communities: n,
      diameter: 0,
      averageShortestPath: 0,
    });
    graph.forEachNode((node, attributes) => {
      expect(attributes, node).toMatchObject({ degree: 0, betweenness: 0, closeness: 0, harmonic: 0, coreness: 0 });
      expectClose(metricsOf(attributes).eigenvector, 1 / Math.sqrt(n));
    });
  });

  it("reports progress as metrics steps ending at 6 of 6, and per chunk of sources in the path sweep", async () => {
    const calls: Array<[string, number, number]> = [];
    await computeMetrics(kite(), OPTIONS, (stage, done, total) => calls.push([stage, done, total]));
    const steps = calls.filter(([stage]) => stage === "metrics");
    expect(steps.map(([, done]) => done)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(steps.every(([, , total]) => total === 6)).toBe(true);
    // The kite's 9 sources (the leaf J's search is carried by I's, shared-searches.ts) make 9 chunks of
    // one source each (fewer sources than SWEEP_CHUNKS).
    const paths = calls.filter(([stage]) => stage === "paths");
    expect(paths.map(([, done]) => done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(paths.at(-1)).toEqual(["paths", 9, 9]);
  });

  it("writes the attributes in one order whether the calling thread's tasks run before the sweep or after it", async () => {
    // A runner that runs the calling thread's tasks (the first writes among them) before its chunks, as a
    // pooled sweep does while its threads start (sweep-pool.ts); the inline runner leaves them for after.
    const tasksFirst: SweepRunner = {
      run: (input, accept, spare, tasks) => {
        while (tasks?.runNext());
        return runChunksInline.run(input, accept, spare);
      },
    };
    const keys = async (sweep?: SweepRunner) => {
      const graph = kite();
      await computeMetrics(graph, { ...OPTIONS, sweep });
      return Object.keys(graph.getNodeAttributes("Diane"));
    };
    const inline = await keys();
    expect(await keys(tasksFirst)).toEqual(inline);
    const order = ["degree", "weightedDegree", "component", "betweenness", "closeness", "harmonic", "eigenvector"];
    expect(inline.filter((key) => order.includes(key))).toEqual(order);
  });

  it("rejects a non-positive sample size with a papergraph/metrics message naming the option", async () => {
    await expect(computeMetrics(kite(), { ...OPTIONS, betweennessSamples: 0 })).rejects.toThrow(
      /^papergraph\/metrics: betweennessSamples must be a positive integer \(got 0\)/,
    );
  });
});

describe("NODE_METRICS", () => {
  it("lists the score attributes in the contract order, each written by computeMetrics", async () => {
    // DESIGN.md, "Graph conventions": the metric attributes in the contract's order.
    expect(NODE_METRICS.map((metric) => metric.key)).toEqual([
      "degree",
      "weightedDegree",
      "betweenness",
      "closeness",
      "harmonic",
      "eigenvector",
      "pagerank",
      "clustering",
      "coreness",
    ]);
    const graph = kite();
    await computeMetrics(graph, OPTIONS);
    for (const { key } of NODE_METRICS) expect(graph.getNodeAttributes("Diane")).toHaveProperty(key);
  });
});

describe("computeMetrics with the network's link table", () => {
  it("writes each node its own values when the table lists the nodes in another order", async () => {
    const build = () => {
      const graph = kite();
      graph.forEachEdge((edge) => graph.setEdgeAttribute(edge, "weight", 1));
      return graph;
    };
    const plain = build();
    await computeMetrics(plain, OPTIONS);
    const graph = build();
    // The kite's nodes backwards, each link one joint paper of its own.
    const nodes = graph.nodes().reverse();
    const index = new Map(nodes.map((node, i) => [node, i]));
    const ends = graph.mapEdges((_, _attributes, source, target) => [index.get(source)!, index.get(target)!]);
    const links = {
      nodes,
      source: Int32Array.from(ends, ([source]) => source!),
      target: Int32Array.from(ends, ([, target]) => target!),
      weights: { weight: new Float64Array(ends.length).fill(1) },
      paperStart: Int32Array.from({ length: ends.length + 1 }, (_, i) => i),
      papers: Int32Array.from(ends, (_, i) => i),
    };
    await computeMetrics(graph, { ...OPTIONS, links });
    for (const attribute of ["degree", "weightedDegree", "betweenness", "closeness", "harmonic", "coreness"] as const) {
      const values = Object.fromEntries(graph.mapNodes((node, attrs) => [node, metricsOf(attrs)[attribute]]));
      const expected = Object.fromEntries(plain.mapNodes((node, attrs) => [node, metricsOf(attrs)[attribute]]));
      expectAllClose(values, expected, 1e-12);
    }
  });
});

/**
 * The hop sweep on papers (src/metrics/sweep-papers.ts) against the link kernel on the same networks:
 * random coauthor networks built paper by paper — small teams, one big paper, pairs sharing several
 * papers, lone two-author papers, one-author papers, disconnected parts — and the same networks after
 * filters that break some papers' cliques (paper-cover.ts). Distances, path counts, closeness, harmonic and
 * eccentricity must be equal, betweenness within 1e-12 relative.
 */

import { MultiUndirectedGraph, UndirectedGraph } from "graphology";
import type { Attributes } from "graphology-types";
import { describe, expect, it } from "vitest";
import { createRng } from "../../src/model";
import {
  buildCsr,
  computeComponents,
  computeMetrics,
  sweepChunk,
  type MetricsGraph,
  type SweepInput,
} from "../../src/metrics";
import { createSweepScratch } from "../../src/metrics/sweep-kernel";
import { countShortestPaths, createPaperScratch } from "../../src/metrics/sweep-papers";
import { paperCoverOf, paperCoverPays, type PaperCover } from "../../src/metrics/paper-cover";
import { createThreadSweepRunner } from "../../src/cli/metrics-threads";
import { analyse } from "../../src/pipeline";
import { metricsOf } from "../asserts";
import { readRealFixture } from "../real-fixtures";

interface HypergraphShape {
  authors: number;
  papers: number;
  /** Largest team of the ordinary papers. */
  maxTeam: number;
  /** Size of one extra big paper, 0 for none. */
  bigPaper: number;
  seed: number;
}

/** A network whose links carry their joint papers, as the projection's do. */
type PapersGraph = UndirectedGraph<Attributes, { weight: number; papers?: string[] }>;

/** The metrics stage's view of such a network. */
const asMetrics = (graph: PapersGraph) => graph as unknown as MetricsGraph;

/**
 * A coauthor network projected from random papers as project.ts does: one link per pair sharing a paper,
 * `weight` = joint papers, `papers` = their ids. Authors are drawn from a few blocks (disconnected parts);
 * a tenth of the papers re-use a pair of an earlier paper (pairs with c ≥ 2); one-author papers add a node.
 */
function hypergraph(shape: HypergraphShape): MetricsGraph {
  const rng = createRng(shape.seed);
  const graph: PapersGraph = new UndirectedGraph();
  for (let a = 0; a < shape.authors; a++) graph.addNode(`a${a}`);
  const blocks = 3;
  const block = Math.ceil(shape.authors / blocks);
  const teams: number[][] = [];
  for (let p = 0; p < shape.papers; p++) {
    const size = 1 + Math.floor(rng() * rng() * shape.maxTeam);
    const base = Math.floor(rng() * blocks) * block;
    const team = new Set<number>();
    const earlier = teams[Math.floor(rng() * teams.length)];
    if (earlier && earlier.length >= 2 && rng() < 0.1) earlier.slice(0, 2).forEach((a) => team.add(a));
    while (team.size < size) team.add(Math.min(shape.authors - 1, base + Math.floor(rng() * block)));
    teams.push([...team]);
  }
  if (shape.bigPaper > 0) teams.push(Array.from({ length: shape.bigPaper }, () => Math.floor(rng() * block)));
  teams.forEach((team, p) => {
    const members = [...new Set(team)];
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [u, v] = [`a${members[i]}`, `a${members[j]}`];
        const edge = graph.edge(u, v);
        if (edge === undefined) graph.addEdge(u, v, { weight: 1, papers: [`p${p}`] });
        else {
          graph.updateEdgeAttribute(edge, "weight", (w) => (w ?? 0) + 1);
          graph.updateEdgeAttribute(edge, "papers", (papers?: string[]) => [...(papers ?? []), `p${p}`]);
        }
      }
    }
  });
  return asMetrics(graph);
}

/** The same network without the links' papers: what the link kernel alone can read. */
function withoutPapers(graph: MetricsGraph): MetricsGraph {
  const copy: MetricsGraph = new UndirectedGraph();
  graph.forEachNode((node) => copy.addNode(node));
  graph.forEachEdge((_edge, attributes, u, v) => copy.addEdge(u, v, { weight: attributes.weight ?? 1 }));
  return copy;
}

/** Number of connected components (isolated authors each count). */
function computeComponentCount(graph: MetricsGraph): number {
  return new Set(Object.values(computeComponents(graph))).size;
}

/** One search per node, one chunk per search, on the links or (with `cover`) on the papers. */
function everySource(graph: MetricsGraph, cover: PaperCover | null): SweepInput {
  const csr = buildCsr(graph);
  const n = csr.nodes.length;
  return {
    offsets: csr.offsets,
    targets: csr.targets,
    lengths: null,
    sources: Int32Array.from({ length: n }, (_, v) => v),
    scales: new Float64Array(n).fill(1),
    chunkCount: n,
    cover,
  };
}

/** Largest |a − b| / max(|a|, |b|) over the entries (0 where both are 0). */
function largestRelativeDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let largest = 0;
  for (let i = 0; i < a.length; i++) {
    const scale = Math.max(Math.abs(a[i]!), Math.abs(b[i]!));
    if (scale > 0) largest = Math.max(largest, Math.abs(a[i]! - b[i]!) / scale);
  }
  return largest;
}

/** Checks every search of the paper kernel against the link kernel's, source by source. */
function expectSameSearches(graph: MetricsGraph): void {
  const cover = paperCoverOf(graph, buildCsr(graph))!;
  const links = everySource(graph, null);
  const papers = everySource(graph, cover);
  const linkScratch = createSweepScratch(links);
  const paperScratch = createSweepScratch(papers);
  if (!("bfs" in linkScratch) || !("papers" in paperScratch)) throw new Error("expected a BFS and a paper scratch");
  for (let index = 0; index < links.chunkCount; index++) {
    const byLinks = sweepChunk(links, index, linkScratch);
    const byPapers = sweepChunk(papers, index, paperScratch);
    expect(byPapers.distance).toEqual(byLinks.distance);
    expect(byPapers.harmonic).toEqual(byLinks.harmonic);
    expect(byPapers.eccentricity).toEqual(byLinks.eccentricity);
    expect(largestRelativeDifference(byPapers.betweenness, byLinks.betweenness)).toBeLessThan(1e-12);
    // Path counts: the link kernel leaves them in its scratch; the paper kernel's search, run alone.
    const paths = createPaperScratch(links.offsets.length - 1, cover);
    const levels = countShortestPaths(cover, paths, index);
    expect(levels).toBe(byPapers.eccentricity[0]! + 1);
    for (let level = 0; level < levels; level++) {
      for (let o = paths.levelStart[level]!; o < paths.levelStart[level + 1]!; o++) {
        const v = paths.order[o]!;
        expect(level).toBe(v === index ? 0 : byLinks.distance[v]);
        expect(paths.sigmaAt[o]).toBe(linkScratch.bfs.sigma[v]);
      }
    }
    expect(paths.levelStart[levels]).toBe(byLinks.harmonic.filter((h) => h > 0).length + 1);
  }
}

const SHAPES: Record<string, HypergraphShape> = {
  "small teams": { authors: 60, papers: 70, maxTeam: 5, bigPaper: 0, seed: 1 },
  "one big paper": { authors: 150, papers: 120, maxTeam: 8, bigPaper: 40, seed: 2 },
  "large teams, many shared pairs": { authors: 240, papers: 150, maxTeam: 12, bigPaper: 0, seed: 3 },
};

describe("the hop sweep on papers", () => {
  for (const [name, shape] of Object.entries(SHAPES)) {
    it(`gives the link kernel's distances, path counts and (within 1e-12) betweenness on ${name}`, () => {
      const graph = hypergraph(shape);
      // The shapes hold what the kernel must handle: pairs in several papers, parts apart, lone nodes.
      expect(paperCoverOf(graph, buildCsr(graph))!.multiTargets.length).toBeGreaterThan(0);
      expect(computeComponentCount(graph)).toBeGreaterThan(2);
      expectSameSearches(graph);
    });
  }

  it("gives the link kernel's values when a minimum link weight has broken some papers' cliques", () => {
    const graph = hypergraph(SHAPES["large teams, many shared pairs"]!);
    const dropped = graph.filterEdges((_edge, attributes) => (attributes.weight ?? 1) < 2).slice(0, 40);
    dropped.forEach((edge) => graph.dropEdge(edge));
    expectSameSearches(graph);
  });

  it("gives the link kernel's values when authors were hidden, which leaves their papers' other cliques whole", () => {
    const graph = hypergraph(SHAPES["one big paper"]!);
    for (let a = 0; a < 150; a += 7) graph.dropNode(`a${a}`);
    expectSameSearches(graph);
  });
});

describe("the hop sweep on papers on a real bibliography", () => {
  it("gives, on plai-group.bib's coauthor network, the searches of the link kernel (which networkx checks)", async () => {
    // The link kernel's values on this network are recomputed by networkx in rank-comparison.test.ts.
    const text = readRealFixture("bibtex/plai-group.bib");
    const analysis = await analyse([{ name: "plai-group.bib", text }], { referenceYear: 2026, layoutIterations: 0 });
    const graph = analysis.coauthors as unknown as MetricsGraph;
    expect(graph.order).toBeGreaterThan(50);
    expectSameSearches(graph);
  });
});

describe("paperCoverOf", () => {
  it("counts each pair's whole papers, and makes a link without papers a clique of its own", () => {
    const graph: PapersGraph = new UndirectedGraph();
    ["a", "b", "c", "d", "e"].forEach((node) => graph.addNode(node));
    graph.addEdge("a", "b", { weight: 2, papers: ["p1", "p2"] });
    graph.addEdge("a", "c", { weight: 1, papers: ["p1"] });
    graph.addEdge("b", "c", { weight: 1, papers: ["p1"] });
    graph.addEdge("c", "d", { weight: 1, papers: ["p3"] });
    graph.addEdge("d", "e", { weight: 1 });
    const cover = paperCoverOf(asMetrics(graph), buildCsr(asMetrics(graph)))!;
    const cliques = Array.from({ length: cover.paperOffsets.length - 1 }, (_, p) =>
      [...cover.members.subarray(cover.paperOffsets[p], cover.paperOffsets[p + 1])].sort(),
    );
    expect(cliques).toEqual([
      [0, 1, 2],
      [0, 1],
      [2, 3],
      [3, 4],
    ]);
    // a–b lie in p1 and p2: c = 2, stored once from each end.
    expect([...cover.multiTargets]).toEqual([1, 0]);
    expect([...cover.multiExtra]).toEqual([1, 1]);
  });

  it("reads a paper listed twice on a link as one clique, counted twice on that link", () => {
    const graph: PapersGraph = new UndirectedGraph();
    graph.mergeEdge("a", "b", { weight: 2, papers: ["p1", "p1"] });
    graph.mergeEdge("a", "c", { weight: 1, papers: ["p1"] });
    graph.mergeEdge("b", "c", { weight: 1, papers: ["p1"] });
    const cover = paperCoverOf(asMetrics(graph), buildCsr(asMetrics(graph)))!;
    expect([...cover.paperOffsets]).toEqual([0, 3]);
    expect([...cover.members].sort()).toEqual([0, 1, 2]);
    expect([...cover.multiTargets]).toEqual([1, 0]);
    expect([...cover.multiExtra]).toEqual([1, 1]);
  });

  it("turns a paper that lost a link into cliques of two, one per surviving link", () => {
    const graph: PapersGraph = new UndirectedGraph();
    graph.mergeEdge("a", "b", { weight: 1, papers: ["p1"] });
    graph.mergeEdge("a", "c", { weight: 1, papers: ["p1"] });
    const cover = paperCoverOf(asMetrics(graph), buildCsr(asMetrics(graph)))!;
    expect(cover.paperOffsets.length - 1).toBe(2);
    expect(cover.members.length).toBe(4);
  });

  it("is not worth walking on a network whose links have no papers (an edge list)", () => {
    const graph = withoutPapers(hypergraph(SHAPES["small teams"]!));
    const csr = buildCsr(graph);
    expect(paperCoverPays(paperCoverOf(graph, csr)!, csr)).toBe(false);
  });

  it("is not read from a multigraph, whose parallel links the CSR form merges", () => {
    const graph = new MultiUndirectedGraph<Attributes, { weight: number; papers: string[] }>();
    graph.mergeEdge("a", "b", { weight: 1, papers: ["p1"] });
    const metricsGraph = graph as unknown as MetricsGraph;
    expect(paperCoverOf(metricsGraph, buildCsr(metricsGraph))).toBeNull();
  });
});

describe("computeMetrics with papers on the links", () => {
  const shape: HypergraphShape = { authors: 300, papers: 260, maxTeam: 14, bigPaper: 60, seed: 4 };

  for (const [mode, exactPathWork] of [
    ["exact", 1e12],
    ["sampled", 20_000],
  ] as const) {
    it(`gives the ${mode} path metrics of the link kernel, with the same sources and certified top k`, async () => {
      const graph = hypergraph(shape);
      const plain = withoutPapers(graph);
      const stages = new Set<string>();
      const options = { seed: 9, exactPathWork, betweennessSamples: 40 };
      const onPapers = await computeMetrics(graph, options, (stage) => stages.add(stage));
      const onLinks = await computeMetrics(plain, options);
      expect(stages.has("paths on papers")).toBe(true);
      expect(onPapers).toEqual(onLinks);
      const nodes = graph.nodes();
      const of = (g: MetricsGraph, key: "betweenness" | "closeness" | "harmonic") =>
        nodes.map((node) => metricsOf(g.getNodeAttributes(node))[key]);
      expect(of(graph, "closeness")).toEqual(of(plain, "closeness"));
      expect(of(graph, "harmonic")).toEqual(of(plain, "harmonic"));
      expect(largestRelativeDifference(of(graph, "betweenness"), of(plain, "betweenness"))).toBeLessThan(1e-12);
    });
  }

  it("gives the same bits on worker threads as inline, exact and sampled", async () => {
    const threads = createThreadSweepRunner({ threads: 2, minWork: 0 });
    for (const exactPathWork of [1e12, 20_000]) {
      const options = { seed: 9, exactPathWork, betweennessSamples: 40 };
      const inline = hypergraph(shape);
      const threaded = hypergraph(shape);
      const inlineSummary = await computeMetrics(inline, options);
      const threadedSummary = await computeMetrics(threaded, { ...options, sweep: threads });
      expect(threadedSummary).toEqual(inlineSummary);
      expect(threaded.mapNodes((_node, attributes) => metricsOf(attributes))).toEqual(
        inline.mapNodes((_node, attributes) => metricsOf(attributes)),
      );
    }
  });

  it("walks the links for weighted paths", async () => {
    const stages = new Set<string>();
    await computeMetrics(
      hypergraph(SHAPES["small teams"]!),
      { seed: 1, exactPathWork: 1e12, betweennessSamples: 10, weightedPaths: true },
      (stage) => stages.add(stage),
    );
    expect(stages.has("paths")).toBe(true);
    expect(stages.has("paths on papers")).toBe(false);
  });
});

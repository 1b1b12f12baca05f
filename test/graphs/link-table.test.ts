/**
 * The projection's links as typed arrays (LinkTable, graphs/project.ts) stand for its graph: the metrics'
 * CSR forms, the paper cover, every metric and the counting comparison built from them are those built by
 * walking the graph's links, bit for bit. Corpora are generated here: random teams of 1–12 authors over a
 * few hundred people, pairs that write several papers together, and one paper above maxAuthorsPerPaper.
 */

import { describe, expect, it } from "vitest";
import { buildBipartite, filterCoauthors, projectCoauthors } from "../../src/graphs";
import { resolveIdentities } from "../../src/identity";
import { createRng, titleId, type CoauthorGraph, type LinkTable, type Paper } from "../../src/model";
import { computeMetrics, type MetricsGraph } from "../../src/metrics";
import { buildCsr, csrOfNetwork, csrsOfNetwork, type CsrGraph } from "../../src/metrics/csr";
import { paperCoverOf, paperCoverOfLinks, relabelCover } from "../../src/metrics/paper-cover";
import { compareCountingRanks } from "../../src/metrics/rank-comparison";

/** A corpus of `count` random papers over `people` authors, seeded. */
function randomPapers(count: number, people: number, seed: number): Paper[] {
  const rng = createRng(seed);
  const papers: Paper[] = [];
  for (let p = 0; p < count; p++) {
    const team = new Set<number>();
    // One paper in a hundred is the same pair again (links of several joint papers); one is hyper-authored.
    const size = p === 7 ? 40 : 1 + Math.floor(rng() * rng() * 12);
    const base = Math.floor(rng() * people);
    while (team.size < size) team.add((base + Math.floor(rng() * 60)) % people);
    const title = `Paper ${p}`;
    const year = 2000 + Math.floor(rng() * 20);
    papers.push({
      id: titleId(title, year),
      title,
      year: p % 50 === 3 ? undefined : year,
      authors: [...team].map((a) => ({ name: `Author ${a}` })),
      authorsTruncated: false,
      categories: ["cs.LG"],
      source: { file: "generated", line: p + 1 },
    });
  }
  return papers;
}

function project(papers: Paper[]): { graph: CoauthorGraph; links: LinkTable } {
  const corpus = resolveIdentities({ papers, profiles: [], diagnostics: [], files: [], networks: [] });
  const bipartite = buildBipartite(corpus, {});
  return projectCoauthors(bipartite, { maxAuthorsPerPaper: 30 });
}

const plain = (csr: CsrGraph) => ({
  nodes: csr.nodes,
  offsets: [...csr.offsets],
  targets: [...csr.targets],
  weights: [...csr.weights],
});

const asMetrics = (graph: CoauthorGraph) => graph as unknown as MetricsGraph;

describe("the projection's link table", () => {
  const { graph, links } = project(randomPapers(600, 250, 3));

  it("lists the graph's nodes and its links e0, e1, … with their weights and joint papers, in order", () => {
    expect(links.nodes).toEqual(graph.nodes());
    expect(links.source.length).toBe(graph.size);
    expect(graph.size).toBeGreaterThan(500);
    const paperIds = new Map<number, string>();
    for (let i = 0; i < links.source.length; i++) {
      const attributes = graph.getEdgeAttributes(`e${i}`);
      expect([graph.source(`e${i}`), graph.target(`e${i}`)]).toEqual([
        links.nodes[links.source[i]!],
        links.nodes[links.target[i]!],
      ]);
      expect(links.weights.weight![i]).toBe(attributes.weight);
      expect(links.weights.fractional![i]).toBe(attributes.fractional);
      const papers = links.papers.subarray(links.paperStart[i], links.paperStart[i + 1]);
      expect(papers.length).toBe(attributes.papers.length);
      papers.forEach((p, k) => {
        if (!paperIds.has(p)) paperIds.set(p, attributes.papers[k]!);
        expect(paperIds.get(p)).toBe(attributes.papers[k]);
      });
    }
  });

  it("gives the CSR form under either counting method that walking the graph gives", () => {
    for (const attribute of ["weight", "fractional"]) {
      expect(plain(csrOfNetwork(asMetrics(graph), attribute, links))).toEqual(
        plain(buildCsr(asMetrics(graph), attribute)),
      );
    }
    const [full, fractional] = csrsOfNetwork(asMetrics(graph), ["weight", "fractional"], links);
    expect(plain(full!)).toEqual(plain(buildCsr(asMetrics(graph), "weight")));
    expect(plain(fractional!)).toEqual(plain(buildCsr(asMetrics(graph), "fractional")));
  });

  it("gives the paper cover that the graph's papers lists give, once put in canonical order", () => {
    const csr = buildCsr(asMetrics(graph));
    const identity = Int32Array.from(csr.nodes, (_node, i) => i);
    const fromGraph = relabelCover(paperCoverOf(asMetrics(graph), csr)!, identity);
    const fromTable = relabelCover(
      paperCoverOfLinks(csr.nodes.length, links.source, links.target, links.paperStart, links.papers),
      identity,
    );
    expect(fromTable).toEqual(fromGraph);
  });

  it("is not used for a filtered copy, whose links it no longer describes", () => {
    const filtered = filterCoauthors(graph, {
      hideOwners: false,
      hideGroups: false,
      minLinkWeight: 2,
      minDegree: 0,
      largestComponentOnly: false,
    });
    expect(filtered.size).toBeLessThan(graph.size);
    const csr = csrOfNetwork(asMetrics(filtered), "weight", links);
    expect(plain(csr)).toEqual(plain(buildCsr(asMetrics(filtered))));
  });
});

describe("metrics and the counting comparison from the link table", () => {
  for (const [mode, exactPathWork] of [
    ["exact", 1e12],
    ["sampled", 20_000],
  ] as const) {
    it(`give every ${mode} metric and the summary that the graph's links give`, async () => {
      const options = { seed: 5, exactPathWork, betweennessSamples: 30, getEdgeWeight: "fractional" };
      const walked = project(randomPapers(500, 200, 11));
      const tabled = project(randomPapers(500, 200, 11));
      const walkedSummary = await computeMetrics(asMetrics(walked.graph), options);
      const tabledSummary = await computeMetrics(asMetrics(tabled.graph), { ...options, links: tabled.links });
      expect(tabledSummary).toEqual(walkedSummary);
      expect(tabled.graph.export().nodes).toEqual(walked.graph.export().nodes);
    });
  }

  it("ranks as it does from scratch when handed the links and the method the metrics measured", async () => {
    const { graph, links } = project(randomPapers(500, 200, 17));
    for (const measured of ["full", "fractional"] as const) {
      const weight = measured === "full" ? "weight" : "fractional";
      await computeMetrics(asMetrics(graph), {
        seed: 1,
        exactPathWork: 1e12,
        betweennessSamples: 10,
        getEdgeWeight: weight,
      });
      for (const metric of ["pagerank", "weightedDegree"] as const) {
        const fresh = compareCountingRanks(graph, metric);
        expect(compareCountingRanks(graph, metric, undefined, { links, measured })).toEqual(fresh);
        expect(fresh.comparison.changed).toBeGreaterThan(0);
      }
    }
  });

  it("ranks as it does from scratch when it takes over the metrics' CSR form", async () => {
    const { graph, links } = project(randomPapers(500, 200, 23));
    for (const measured of ["full", "fractional"] as const) {
      for (const metric of ["pagerank", "weightedDegree"] as const) {
        let csr: CsrGraph | undefined;
        await computeMetrics(asMetrics(graph), {
          seed: 1,
          exactPathWork: 1e12,
          betweennessSamples: 10,
          getEdgeWeight: measured === "full" ? "weight" : "fractional",
          links,
          onCsr: (form) => (csr = form),
        });
        const other = measured === "full" ? "fractional" : "weight";
        const fresh = compareCountingRanks(graph, metric);
        expect(compareCountingRanks(graph, metric, undefined, { links, measured, csr })).toEqual(fresh);
        // The comparison computed on the metrics' form, its weights now the other method's.
        expect(plain(csr!)).toEqual(plain(csrOfNetwork(asMetrics(graph), other, links)));
      }
    }
  });
});

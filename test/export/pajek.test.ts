/**
 * The Pajek writer, checked by reading its files back with networkx 2.8.8 (read_pajek) and igraph 0.10.2
 * (Graph.Read_Pajek) through read-back.py: vertices with their labels and coordinates, links with their
 * weights, hostile labels kept inside their quotes.
 */

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { pajekLabel, writePajek, type ExportGraph } from "../../src/export";
import { expectClose } from "../asserts";
import { hasPython, hostileGraph, readBack, seedAnalysis } from "./networks";

type Data = Record<string, unknown>;
interface ReadBack {
  networkx: { nodes: Record<string, Data>; edges: [string, string, Data][]; error?: string };
  igraph: { vertices: Data[]; edges: [number, number, Data][]; error?: string };
}

function roundTrip(graph: ExportGraph, options = {}): ReadBack {
  const file = join(mkdtempSync(join(tmpdir(), "papergraph-pajek-")), "network.net");
  writeFileSync(file, writePajek(graph, options));
  return readBack<ReadBack>("pajek", file);
}

/** The label as written: the node's label, or its key when it has none (see pajek.ts). */
const labelOf = (graph: ExportGraph, node: string) =>
  pajekLabel((graph.getNodeAttribute(node, "label") as string) || node);

/**
 * Asserts that the written coordinates are the positions under one scale and shift, y turned over: for
 * every node, (x' − x'₀) / (x − x₀) and −(y' − y'₀) / (y − y₀) are one same factor, and all lie in [0, 1].
 */
function expectSameShape(graph: ExportGraph, written: { x: number; y: number }[]): void {
  const nodes = graph.nodes();
  const positions = nodes.map((node) => graph.getNodeAttributes(node) as { x: number; y: number });
  const far = positions.reduce(
    (best, p, i) => (Math.abs(p.x - positions[0]!.x) > Math.abs(positions[best]!.x - positions[0]!.x) ? i : best),
    0,
  );
  const scale = (written[far]!.x - written[0]!.x) / (positions[far]!.x - positions[0]!.x);
  expect(scale).toBeGreaterThan(0);
  positions.forEach((p, i) => {
    expect(written[i]!.x).toBeGreaterThanOrEqual(0);
    expect(written[i]!.x).toBeLessThanOrEqual(1);
    expect(written[i]!.y).toBeGreaterThanOrEqual(0);
    expect(written[i]!.y).toBeLessThanOrEqual(1);
    expectClose(written[i]!.x - written[0]!.x, scale * (p.x - positions[0]!.x), 2e-6, `x of ${nodes[i]}`);
    expectClose(written[i]!.y - written[0]!.y, -scale * (p.y - positions[0]!.y), 2e-6, `y of ${nodes[i]}`);
  });
}

describe.runIf(hasPython || process.env.CI)("writePajek read back by networkx and igraph", () => {
  let seed: ExportGraph;
  beforeAll(async () => {
    seed = (await seedAnalysis()).coauthors;
  });

  it("gives igraph every vertex label in order, the layout's shape and every link weight", () => {
    const { igraph } = roundTrip(seed);
    expect(igraph.error).toBeUndefined();
    expect(igraph.vertices.map((vertex) => vertex.name)).toEqual(seed.mapNodes((node) => labelOf(seed, node)));
    expectSameShape(seed, igraph.vertices as { x: number; y: number }[]);
    expect(igraph.vertices.every((vertex) => vertex.z === 0.5)).toBe(true);
    const nodes = seed.nodes();
    expect(igraph.edges).toHaveLength(seed.size);
    for (const [source, target, data] of igraph.edges)
      expect(data.weight).toBe(seed.getEdgeAttribute(seed.edge(nodes[source]!, nodes[target]!)!, "weight"));
  });

  it("gives networkx every node by label with its number and coordinates, and every link weight", () => {
    const { networkx } = roundTrip(seed, { title: "papergraph coauthor network" });
    expect(networkx.error).toBeUndefined();
    const nodes = seed.nodes();
    expect(nodes.map((node) => networkx.nodes[labelOf(seed, node)]?.id)).toEqual(nodes.map((_n, i) => String(i + 1)));
    expectSameShape(
      seed,
      nodes.map((node) => networkx.nodes[labelOf(seed, node)] as { x: number; y: number }),
    );
    expect(networkx.edges).toHaveLength(seed.size);
    const pair = (a: string, b: string) => [a, b].sort().join("\u0000");
    const weights = new Map(
      seed.mapEdges((_edge, attributes, s, t) => [pair(labelOf(seed, s), labelOf(seed, t)), attributes.weight]),
    );
    for (const [source, target, data] of networkx.edges) expect(data.weight).toBe(weights.get(pair(source, target)));
  });

  it("keeps each hostile label whole inside its quotes for both readers, quotes and backslashes replaced", () => {
    const graph = hostileGraph();
    const { networkx, igraph } = roundTrip(graph);
    const labels = graph.mapNodes((node) => labelOf(graph, node));
    expect(labels).toContain("Tom & 'Jerry' <b>'s");
    expect(labels).toContain("Back/slash/");
    expect(labels).toContain("Tab here new line  CRLF");
    expect(igraph.vertices.map((vertex) => vertex.name)).toEqual(labels);
    expect(igraph.edges).toHaveLength(graph.size);
    // networkx keys nodes by label: the two "Ada Lovelace" are one node there, and so are their links.
    expect(Object.keys(networkx.nodes).sort()).toEqual([...new Set(labels)].sort());
    expect(networkx.nodes["author:10"]?.id).toBe("11");
    expect(networkx.edges).toHaveLength(graph.size);
  });
});

describe("writePajek", () => {
  it("numbers vertices from 1 and writes undirected links under *Edges with their weights", () => {
    const graph = hostileGraph();
    const lines = writePajek(graph, { coordinates: false }).split("\r\n");
    expect(lines[0]).toBe(`*Vertices ${graph.order}`);
    expect(lines[1]).toBe(`1 "Tom & 'Jerry' <b>'s"`);
    expect(lines[graph.order + 1]).toBe("*Edges");
    expect(lines[graph.order + 2]).toBe("1 2 1");
    expect(lines.at(-1)).toBe("");
  });
});

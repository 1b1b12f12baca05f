import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateGexf } from "../../src/cli/generated-records";
import { detectFormat, ingest, readGexf, readGraphml } from "../../src/ingest";
import type { ImportedNetwork } from "../../src/model";
import { createRng } from "../../src/model";
import { readRealFixture } from "../real-fixtures";
import { CHUNK, MIN_CHUNKS, recordsCutByChunks } from "./generated-input";

const FIXTURES = join(import.meta.dirname, "../fixtures/gexf");
const OPTIONS = { referenceYear: 2026 };
const GRQC = readRealFixture("graphs/ca-grqc.gexf");

const degrees = (network: ImportedNetwork) => {
  const degree = new Map<string, number>();
  for (const { source, target } of network.edges)
    for (const key of [source, target]) degree.set(key, (degree.get(key) ?? 0) + 1);
  return degree;
};

describe("readGexf on SNAP ca-GrQc written by networkx", () => {
  const result = readGexf(GRQC, "ca-grqc.gexf", OPTIONS);
  const network = result.networks![0]!;

  it("reads every node and edge with no diagnostic and no papers", () => {
    // networkx 2.8.8 read_gexf: number_of_nodes() 5242, number_of_edges() 14484, total weight 14484.0.
    expect([network.nodes.length, network.edges.length]).toEqual([5242, 14484]);
    expect(network.edges.reduce((sum, e) => sum + e.weight, 0)).toBe(14484);
    expect(result.papers).toEqual([]);
    expect(result.diagnostics).toEqual([]);
  });

  it("keeps node ids as keys and labels, and degrees agree with networkx", () => {
    expect(network.nodes[0]).toEqual({ key: "3466", label: "author 3466" });
    // networkx 2.8.8: G.degree("3466") == 8, max degree 81.
    const degree = degrees(network);
    expect(degree.get("3466")).toBe(8);
    expect(Math.max(...degree.values())).toBe(81);
  });

  it("is detected as gexf by content and flows into the corpus as a network", () => {
    expect(detectFormat(GRQC, "graph.xml")).toBe("gexf");
    const corpus = ingest([{ name: "ca-grqc.gexf", text: GRQC }], OPTIONS);
    expect(corpus.networks.map((n) => [n.file, n.format, n.nodes.length])).toEqual([["ca-grqc.gexf", "gexf", 5242]]);
    // The records of a network are its links: all 14,484 read, none skipped or merged.
    expect(corpus.files).toEqual([
      { file: "ca-grqc.gexf", format: "gexf", seen: 14484, read: 14484, skipped: 0, merged: 0, papers: 0 },
    ]);
  });
});

describe("readGexf repairs", () => {
  const result = readGexf(readFileSync(join(FIXTURES, "repairs.gexf"), "utf8"), "repairs.gexf", OPTIONS);
  const network = result.networks![0]!;

  it("merges a reciprocal pair and a repeated edge of a directed graph into one undirected edge, weights added", () => {
    expect(network.edges).toEqual([
      { source: "a", target: "b", weight: 2 + 1.5 + 1 },
      { source: "b", target: "c", weight: 1 },
      { source: "c", target: "d", weight: 3 },
    ]);
  });

  it("keeps the first declaration of a node, labels a node without label by its id, and adds undeclared nodes", () => {
    expect(network.nodes).toEqual([
      { key: "a", label: "Ada Lovelace" },
      { key: "b", label: "Charles Babbage" },
      { key: "c", label: "c" },
      { key: "d", label: "d" },
    ]);
  });

  it("says what it repaired, once per kind, on the line of the first case", () => {
    expect(result.diagnostics.map((d) => [d.severity, d.line, d.message.split(/[:;(]/)[0]!.trim()])).toEqual([
      ["info", 5, "the graph is declared directed"],
      ["warning", 10, "nodes declared twice"],
      ["info", 14, "duplicate edges merged into one, weights summed"],
      ["warning", 16, "self-loops dropped"],
      ["warning", 17, "edge weights that are not numbers read as 1"],
      ["warning", 18, "edges with a weight of zero or less dropped"],
      ["warning", 19, "edges naming an undeclared node"],
    ]);
  });
});

describe("readGraphml", () => {
  const text = readFileSync(join(FIXTURES, "small.graphml"), "utf8");
  const result = readGraphml(text, "small.graphml", OPTIONS);

  it("takes labels from the name key, weights from the weight key and its default, and merges both directions", () => {
    expect(result.networks).toEqual([
      {
        file: "small.graphml",
        format: "graphml",
        nodes: [
          { key: "n0", label: "Grace Hopper" },
          { key: "n1", label: "Howard Aiken" },
          { key: "n2", label: "n2" },
        ],
        edges: [
          { source: "n0", target: "n1", weight: 3 },
          { source: "n1", target: "n2", weight: 1.5 },
        ],
      },
    ]);
    expect(detectFormat(text, "g.xml")).toBe("graphml");
  });
});

describe("network import on bad input", () => {
  it("reports random bytes and returns no network", () => {
    const rng = createRng(13);
    const noise = Array.from({ length: 50_000 }, () => String.fromCharCode(Math.floor(rng() * 256))).join("");
    for (const read of [readGexf, readGraphml]) {
      const result = read(noise, "noise", OPTIONS);
      expect(result.networks).toEqual([]);
      expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
    }
  });

  it("keeps the edges before the cut of a truncated file and warns that the file ends early", () => {
    const cut = GRQC.slice(0, GRQC.indexOf('id="14000"'));
    const result = readGexf(cut, "cut.gexf", OPTIONS);
    expect(result.networks![0]!.edges).toHaveLength(14000);
    expect(result.diagnostics.map((d) => d.severity)).toContain("warning");
  });

  it("reads no network, with an error, when forced on a DBLP page", () => {
    const dblp = readRealFixture("dblp/person-95-7448-1.xml");
    for (const format of ["gexf", "graphml"]) {
      const corpus = ingest([{ name: "dblp.xml", text: dblp }], { ...OPTIONS, format });
      expect(corpus.networks).toEqual([]);
      expect(corpus.diagnostics.map((d) => d.severity)).toEqual(["error"]);
    }
  });

  it("survives 100,000 nested nodes", () => {
    const deep = `<gexf><graph><nodes>${'<node id="x">'.repeat(100_000)}`;
    const result = readGexf(deep, "deep.gexf", OPTIONS);
    expect(result.networks![0]!.nodes).toEqual([{ key: "x", label: "x" }]);
  });

  it("reads every node and edge of a generated 20,000-edge network, those cut by sax's 64 KiB chunks included", () => {
    const text = generateGexf(20_000);
    expect(text.length).toBeGreaterThan(MIN_CHUNKS * CHUNK);
    expect(recordsCutByChunks(text, "<edge ", "/>")).toBeGreaterThan(5);
    const network = readGexf(text, "big.gexf", OPTIONS).networks![0]!;
    expect(network.edges.reduce((sum, e) => sum + e.weight, 0)).toBe(20_000);
    expect(network.nodes.map((n) => n.key)).toEqual(Array.from({ length: 5_000 }, (_, i) => String(i)));
  });
});

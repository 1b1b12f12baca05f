import { describe, expect, it } from "vitest";
import { detectFormat, ingest, readEdgeList, readGexf } from "../../src/ingest";
import type { ImportedNetwork } from "../../src/model";
import { readRealFixture } from "../real-fixtures";

const OPTIONS = { referenceYear: 2026 };
const SNAP = readRealFixture("edge-lists/snap-CA-GrQc.txt");
const network = (text: string) => readEdgeList(text, "list.txt", OPTIONS).networks![0]!;
/** Links as sorted `a b weight` strings, whichever way round the file wrote them. */
const links = (graph: ImportedNetwork) =>
  graph.edges.map(({ source, target, weight }) => `${[source, target].sort().join(" ")} ${weight}`).sort();

describe("readEdgeList on SNAP's ca-GrQc (test/fixtures/real/edge-lists/snap-CA-GrQc.txt)", () => {
  const result = readEdgeList(SNAP, "ca-grqc.txt", OPTIONS);

  it("is detected by content as an edge list", () => {
    expect(detectFormat(SNAP, "CA-GrQc.txt")).toBe("edge-list");
  });

  it("reads the network networkx writes as GEXF from the same file: 5,242 nodes, 14,484 links of weight 1", () => {
    const gexf = readGexf(readRealFixture("graphs/ca-grqc.gexf"), "ca-grqc.gexf", OPTIONS).networks![0]!;
    const list = result.networks![0]!;
    expect(list.nodes.map((node) => node.key).sort()).toEqual(gexf.nodes.map((node) => node.key).sort());
    expect(links(list)).toEqual(links(gexf));
  });

  it("counts each of its 28,980 lines: both directions of a link merged, 12 self-loops skipped", () => {
    expect(result.records).toEqual({ seen: 28980, read: 14484, skipped: 12, merged: 14484 });
    expect(result.diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ["info", 14],
      ["warning", 7070],
    ]);
  });

  it("reads the same network from the file with CRLF line ends", () => {
    expect(links(network(SNAP.replace(/\n/g, "\r\n")))).toEqual(links(result.networks![0]!));
  });
});

describe("detectFormat and edge lists", () => {
  it.each([
    "arxiv/snapshot-head-200.jsonl",
    "bibtex/amos-cv.bib",
    "ieee/ieee.csv",
    "openalex/keypaper-page-1.json",
    "ris/example.ris",
    "scopus/scopus.csv",
    "springer/litstudy-springer.csv",
    "wos/pandolfi-lab-tab-delimited.txt",
  ])("does not take %s for an edge list", (path) => {
    expect(detectFormat(readRealFixture(path), path)).not.toBe("edge-list");
  });
});

describe("readEdgeList on other lists", () => {
  it("skips a comment header and reads space-separated pairs (karate-hash-header.txt)", () => {
    const karate = network(readRealFixture("edge-lists/karate-hash-header.txt"));
    // 61 lines after `# karate 34 62 3`, over 33 ids (the header's counts are not the body's).
    expect([karate.nodes.length, karate.edges.length]).toEqual([33, 61]);
  });

  it("reads a weighted list without a header and keeps the larger weight of a link given twice (vosviewer-excerpt.txt)", () => {
    const text = readRealFixture("edge-lists/vosviewer-excerpt.txt");
    expect(detectFormat(text, "network.txt")).toBe("edge-list");
    const list = network(text);
    expect(list.edges).toHaveLength(11);
    expect(list.edges[0]).toEqual({ source: "1", target: "2", weight: 0.752 });
    expect(list.edges.find((edge) => edge.source === "20")).toEqual({ source: "20", target: "119", weight: 0.08 });
  });

  it("reads a CSV with a source,target,weight header and skips a line that is not a link, on its line", () => {
    const text = "source,target,weight\nAda Lovelace,Charles Babbage,2\nnot a link\nAda Lovelace,Mary Somerville,1\n";
    expect(detectFormat(text.replace("not a link\n", ""), "links.csv")).toBe("edge-list");
    const result = readEdgeList(text, "links.csv", OPTIONS);
    expect(result.networks![0]!.edges).toHaveLength(2);
    expect(result.records).toEqual({ seen: 3, read: 2, skipped: 1, merged: 0 });
    expect(result.diagnostics.map((d) => [d.severity, d.line])).toEqual([["error", 3]]);
  });

  it("flows into the corpus as a network with its file report", () => {
    const corpus = ingest(
      [{ name: "karate.txt", text: readRealFixture("edge-lists/karate-hash-header.txt") }],
      OPTIONS,
    );
    expect(corpus.networks.map((item) => item.format)).toEqual(["edge-list"]);
    expect(corpus.files[0]).toMatchObject({ format: "edge-list", seen: 61, read: 61 });
  });
});

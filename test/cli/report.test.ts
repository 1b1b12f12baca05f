import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { firstInOrder, formatDiagnostics, formatReport, ownerDegrees, topRows } from "../../src/cli/report";
import { deferLinks, pendingLinks } from "../../src/graphs/pending-links";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rankNodes } from "../../src/metrics";
import type { AnalysedGraph, CoauthorGraph } from "../../src/model";
import { printable } from "../../src/cli/terminal-text";
import { analyse } from "../../src/pipeline";
import { readRealFixture } from "../real-fixtures";

/** What a hostile BibTeX author holds: an OSC title change ended by BEL, then a colour change. */
const ESCAPES = "\u001b]0;pwned\u0007\u001b[31m";
const BIB = {
  name: `evil${ESCAPES}.bib`,
  text: [
    `@article{a, title = {One}, author = {Lovelace, Ada${ESCAPES} and Smith, Bob}, year = 2020}`,
    `@article{b${ESCAPES}, author = {Smith, Bob}}`,
    "@article{c, title = {Two}, author = {Smith, Bob and Jones, Carl}, year = 2021}",
  ].join("\n"),
};

describe("firstInOrder", () => {
  it("gives the first k items a stable sort gives, ties in input order, for every k", () => {
    let state = 7;
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const items = Array.from({ length: 500 }, (_, index) => ({ index, score: Math.floor(random() * 40) }));
    const compare = (a: { score: number }, b: { score: number }) => b.score - a.score;
    const sorted = [...items].sort(compare);
    for (const k of [0, 1, 3, 10, 37, 499, 500, 600])
      expect(firstInOrder(items, k, compare)).toEqual(sorted.slice(0, k));
  });
});

describe("topRows", () => {
  it("lists the first nodes of rankNodes' order: ties by label then graph order, missing and infinite values last", () => {
    let state = 11;
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const graph = new Graph() as unknown as AnalysedGraph;
    const values = [undefined, Infinity, -Infinity, Number.NaN, 0, -1, 2.5];
    for (let i = 0; i < 400; i++) {
      const pick = Math.floor(random() * 12);
      const degree = pick < values.length ? values[pick] : pick;
      const label = ["Ada", "Bob", "Carl", "ada", "Émile"][Math.floor(random() * 5)]!;
      graph.addNode(`n${i}`, { kind: "author", label, isOwner: false, degree } as never);
    }
    for (const k of [0, 1, 10, 399, 400, 450]) {
      const expected = rankNodes(graph, "degree")
        .slice(0, k)
        .map((node) => graph.getNodeAttribute(node, "label"));
      expect(topRows(graph, "degree", k).map((row) => row.label)).toEqual(expected);
    }
  });
});

describe("printable", () => {
  it("shows control and bidirectional characters as escapes and leaves the rest alone", () => {
    expect(printable(`Ada${ESCAPES} Lovelace\u202e Jörg`)).toBe("Ada\\x1b]0;pwned\\x07\\x1b[31m Lovelace\\u202e Jörg");
  });
});

describe("the CLI report", () => {
  it("prints each file's records with what became of them, and no control character from the input", async () => {
    const analysis = await analyse([BIB], { layoutIterations: 0 });
    const report = formatReport(analysis, 3);
    const diagnostics = formatDiagnostics(analysis);
    // eslint-disable-next-line no-control-regex -- the point is that none is printed.
    const control = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
    expect(report).not.toMatch(control);
    expect(diagnostics).not.toMatch(control);
    expect(report.split("\n")[0]).toBe(
      "evil\\x1b]0;pwned\\x07\\x1b[31m.bib: 3 records seen as bibtex: 2 read, 1 skipped, 0 merged",
    );
    expect(diagnostics).toContain("entry b\\x1b]0;pwned\\x07\\x1b[31m has no title. It was skipped.");
  });
});

describe("the CLI report on group authors", () => {
  const SNAPSHOT = { name: "snapshot.jsonl", text: readRealFixture("arxiv/snapshot-head-200.jsonl") };

  it("names the group authors of the real arXiv snapshot apart from the people, and says how to leave them out", async () => {
    const report = formatReport(await analyse([SNAPSHOT], { layoutIterations: 0, keyPhrasesPerPaper: 1 }), 3);
    expect(report).toContain(
      "  of which 1 group author, not people: The BABAR Collaboration (--hide-groups leaves them out)",
    );
    const hidden = formatReport(await analyse([SNAPSHOT], { layoutIterations: 0, hideGroups: true }), 3);
    expect(hidden).toContain("The BABAR Collaboration (left out of the network by --hide-groups)");
    expect(hidden).toContain("nodes 510");
  });

  it("marks a group author in the rankings", async () => {
    const bib = {
      name: "groups.bib",
      text: "@article{a, title = {One}, author = {{The ATLAS Collaboration} and Smith, Bob and Jones, Carl}, year = 2020}",
    };
    const report = formatReport(await analyse([bib], { layoutIterations: 0 }), 3);
    expect(report).toMatch(/ {3}\d\. The ATLAS Collaboration \(group author\) {2}2\n/);
  });
});

describe("ownerDegrees", () => {
  it("finds the ego network's centre from the pending links, which stay out of the graph", async () => {
    const text = readFileSync(join(import.meta.dirname, "../../data/can-rager.profile.txt"), "utf8");
    const analysis = await analyse([{ name: "can-rager.profile.txt", text }]);
    expect(pendingLinks(analysis.coauthors)).toBeDefined();
    expect(formatReport(analysis, 5)).toContain("an ego network: Can Rager is linked to everyone");
    expect(pendingLinks(analysis.coauthors)).toBeDefined();
    const degrees = ownerDegrees(analysis.coauthors);
    expect([...degrees.keys()]).toEqual(["author:can rager"]);
    expect(degrees.get("author:can rager")).toBe(analysis.coauthors.degree("author:can rager"));
  });

  it("counts a self-loop twice, as graphology's degree() does, whether the links are pending or not", () => {
    const graph = new Graph({ type: "undirected" }) as unknown as CoauthorGraph;
    const nodes = ["a", "b", "c"];
    for (const node of nodes) graph.addNode(node, { kind: "author", label: node, isOwner: node !== "c" } as never);
    const links = { source: Int32Array.of(0, 0, 1), target: Int32Array.of(0, 1, 2) };
    deferLinks(graph, {
      nodes,
      ...links,
      attributes: () => ({ weight: 1 }),
      attributesInto: (_link, row) => Object.assign(row, { weight: 1 }),
      looks: undefined,
    });
    const pending = ownerDegrees(graph);
    expect(pendingLinks(graph)).toBeDefined();
    expect(pending).toEqual(
      new Map([
        ["a", 3],
        ["b", 2],
      ]),
    );
    expect(ownerDegrees(graph)).toEqual(
      new Map([
        ["a", graph.degree("a")],
        ["b", graph.degree("b")],
      ]),
    );
    expect(pendingLinks(graph)).toBeUndefined();
  });
});

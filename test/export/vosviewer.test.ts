/**
 * The VOSviewer writer, checked against the format VOSviewer documents (app.vosviewer.com, "VOSviewer map
 * and network files"; VOSviewer Manual 1.6.x, "Map and network files"): both files are read back by
 * Python's csv module as tab-delimited text with double-quoted fields (read-back.py), and every value is
 * compared with the network — ids, labels, positions, clusters, weights, scores and link strengths.
 */

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeVosviewer, type ExportGraph } from "../../src/export";
import { NODE_METRICS } from "../../src/metrics";
import { hasPython, hostileGraph, readBack, seedAnalysis } from "./networks";

interface ReadBack {
  map: { header: string[]; rows: string[][] };
  network: string[][];
}

function roundTrip(graph: ExportGraph): ReadBack {
  const folder = mkdtempSync(join(tmpdir(), "papergraph-vosviewer-"));
  const { map, network } = writeVosviewer(graph);
  writeFileSync(join(folder, "map.txt"), map);
  writeFileSync(join(folder, "network.txt"), network);
  return readBack<ReadBack>("vosviewer", join(folder, "map.txt"), join(folder, "network.txt"));
}

/** The header of each metric column, VOSviewer's names first. */
const WEIGHT_HEADERS: Record<string, string> = {
  degree: "weight<Links>",
  weightedDegree: "weight<Total link strength>",
  paperCount: "weight<Documents>",
  ...Object.fromEntries(
    NODE_METRICS.filter(({ key }) => key !== "degree" && key !== "weightedDegree").map(({ key, label }) => [
      key,
      `weight<${label}>`,
    ]),
  ),
};

describe.runIf(hasPython || process.env.CI)("writeVosviewer read back as VOSviewer's documented format", () => {
  let seed: ExportGraph;
  beforeAll(async () => {
    seed = (await seedAnalysis()).coauthors;
  });

  it("writes the documented map columns, each item's values equal to the network's", () => {
    const { map } = roundTrip(seed);
    expect(map.header.slice(0, 5)).toEqual(["id", "label", "x", "y", "cluster"]);
    expect(map.header).toEqual(expect.arrayContaining(Object.values(WEIGHT_HEADERS)));
    expect(map.header.every((name) => /^(id|label|x|y|cluster|weight<[^>]+>|score<[^>]+>)$/.test(name))).toBe(true);
    const column = (name: string) => map.header.indexOf(name);
    expect(map.rows).toHaveLength(seed.order);
    seed.forEachNode((node, attributes) => {
      const row = map.rows.find((cells) => cells[1] === attributes.label)!;
      expect(row[0]).toBe(String(seed.nodes().indexOf(node) + 1));
      expect(Number(row[column("x")])).toBe(attributes.x);
      expect(Number(row[column("y")])).toBe(attributes.y);
      expect(Number(row[column("cluster")])).toBe((attributes.community as number) + 1);
      for (const [attribute, header] of Object.entries(WEIGHT_HEADERS)) {
        const value = Number(row[column(header)]);
        expect(value, `${String(attributes.label)} ${header}`).toBe(attributes[attribute]);
        expect(value).toBeGreaterThanOrEqual(0);
      }
    });
  });

  it("writes one network line per link: the two item ids and the joint papers as strength", () => {
    const { map, network } = roundTrip(seed);
    const labelOfId = new Map(map.rows.map((row) => [row[0], row[1]]));
    expect(network).toHaveLength(seed.size);
    for (const line of network) {
      expect(line).toHaveLength(3);
      const [a, b] = [labelOfId.get(line[0]), labelOfId.get(line[1])];
      const edge = seed.findEdge((_e, _a, s, t) => {
        const [ls, lt] = [seed.getNodeAttribute(s, "label"), seed.getNodeAttribute(t, "label")];
        return (ls === a && lt === b) || (ls === b && lt === a);
      });
      expect(edge, `${a} – ${b}`).toBeDefined();
      expect(Number(line[2])).toBe(seed.getEdgeAttribute(edge!, "weight"));
    }
  });

  it("keeps each hostile label in one field: quoted when it holds a separator, controls as spaces, formulas defused", () => {
    const graph = hostileGraph();
    graph.setNodeAttribute("author:0", "lastYear", 2024);
    const { map, network } = roundTrip(graph);
    expect(map.rows).toHaveLength(graph.order);
    expect(map.rows.every((row) => row.length === map.header.length)).toBe(true);
    expect(map.rows.map((row) => row[1])).toEqual([
      `Tom & "Jerry" <b>'s`,
      "</text><script>alert(1)</script>",
      "Back\\slash\\",
      "Comma, Semi; colon",
      "Tab here new line  CRLF",
      `'=HYPERLINK("http://x")`,
      "Ctrl char ",
      "Räuker Ścibior 田中 太郎 😀",
      "Ada Lovelace",
      "Ada Lovelace",
      "author:10",
    ]);
    // A score every node has is written; one that only some nodes have is left out.
    expect(map.header).toContain("score<First year>");
    expect(map.header).not.toContain("score<Last year>");
    expect(network.map((line) => line[2])).toEqual(graph.mapEdges((_e, attributes) => String(attributes.weight)));
  });
});

describe("writeVosviewer", () => {
  it("puts communities past the 999th into cluster 1000, the highest VOSviewer accepts", () => {
    const graph = hostileGraph();
    graph.setNodeAttribute("author:0", "community", 998);
    graph.setNodeAttribute("author:1", "community", 999);
    graph.setNodeAttribute("author:2", "community", 5000);
    const rows = writeVosviewer(graph).map.split("\r\n").slice(1, 4);
    expect(rows.map((row) => row.split("\t")[4])).toEqual(["999", "1000", "1000"]);
  });

  it("quotes labels with a comma, semicolon or double quote, doubling the quote", () => {
    const [, row] = writeVosviewer(hostileGraph()).map.split("\r\n");
    expect(row!.split("\t")[1]).toBe(`"Tom & ""Jerry"" <b>'s"`);
  });
});

/**
 * The two GEXF versions as their readers see them: each file is valid against the RELAX NG grammar of
 * the version it declares (gexf.net's grammars, test/fixtures/gexf-schema), and the 1.2 file is read by
 * networkx's read_gexf with every node attribute, viz element, edge weight and edge attribute the
 * analysis wrote. test/export/gexf-read-back.py does the reading (Debian's python3-networkx and lxml).
 */

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GEXF_VERSIONS, writeGexf, type ExportGraph, type GexfVersion } from "../../src/export";
import { analyse, type Analysis } from "../../src/pipeline";
import { expectClose } from "../asserts";

const SEED = join(import.meta.dirname, "../../data/can-rager.profile.txt");
const READ_BACK = join(import.meta.dirname, "gexf-read-back.py");
const PYTHON = "/usr/bin/python3";

interface ReadBack {
  schema: { version: string; valid: boolean; errors: string[] };
  networkx: {
    version: string;
    error?: string;
    nodes?: Record<string, Record<string, unknown>>;
    edges?: [string, string, Record<string, unknown>][];
  };
}

/** Writes `graph` as GEXF `version` and reads it back with the Python helper. */
function readBack(graph: ExportGraph, version: GexfVersion): ReadBack {
  const file = join(mkdtempSync(join(tmpdir(), "papergraph-gexf-")), `network-${version}.gexf`);
  writeFileSync(file, writeGexf(graph, { version, title: "papergraph coauthor network" }));
  const run = spawnSync(PYTHON, [READ_BACK, file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ReadBack;
}

const hasPython = spawnSync(PYTHON, ["-c", "import networkx, lxml"]).status === 0;

let analysis: Analysis;
let coauthors: ExportGraph;
beforeAll(async () => {
  analysis = await analyse([{ name: "can-rager.profile.txt", text: readFileSync(SEED, "utf8") }], {
    referenceYear: 2026,
  });
  coauthors = analysis.coauthors;
});

describe("GEXF 1.2 and 1.3 of the same network", () => {
  it("differ only in the root element: every attribute, weight and viz element is written in both", () => {
    const [newer, older] = GEXF_VERSIONS.map((version) => writeGexf(coauthors, { version }).split("\n"));
    expect(newer![1]).toContain('xmlns="http://gexf.net/1.3"');
    expect(older![1]).toBe(
      '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" ' +
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
        'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
    );
    expect(older!.slice(2)).toEqual(newer!.slice(2));
    expect(older!.filter((line) => line.includes("<viz:")).length).toBeGreaterThan(3 * coauthors.order);
  });
});

describe.runIf(hasPython || process.env.CI)("GEXF read back by lxml and networkx", () => {
  it.each(GEXF_VERSIONS)("GEXF %s is valid against its version's RELAX NG grammar", (version) => {
    const { schema } = readBack(coauthors, version);
    expect(schema.version).toBe(version === "1.2" ? "1.2draft" : "1.3");
    expect(schema.errors).toEqual([]);
    expect(schema.valid).toBe(true);
  });

  it("GEXF 1.2 opens in networkx's read_gexf with every node attribute and viz element", () => {
    const { networkx } = readBack(coauthors, "1.2");
    expect(networkx.error).toBeUndefined();
    const nodes = networkx.nodes!;
    expect(Object.keys(nodes).sort()).toEqual(coauthors.nodes().sort());
    coauthors.forEachNode((node, attributes) => {
      const read = nodes[node]!;
      const { x, y, size, color, ...data } = attributes;
      for (const [name, value] of Object.entries(data)) {
        if (typeof value === "number") expectClose(read[name] as number, value, 1e-9, `${node} ${name}`);
        else expect(read[name], `${node} ${name}`).toEqual(value);
      }
      const viz = read.viz as { size: number; position: { x: number; y: number }; color: Record<string, number> };
      expectClose(viz.size, size as number, 1e-9, `${node} size`);
      expectClose(viz.position.x, x as number, 1e-9, `${node} x`);
      expectClose(viz.position.y, y as number, 1e-9, `${node} y`);
      const hex = `#${["r", "g", "b"].map((channel) => viz.color[channel]!.toString(16).padStart(2, "0")).join("")}`;
      expect(hex).toBe(color);
    });
  });

  it("GEXF 1.2 opens in networkx's read_gexf with every edge weight and edge attribute", () => {
    const { networkx } = readBack(coauthors, "1.2");
    const edges = networkx.edges!;
    expect(edges).toHaveLength(coauthors.size);
    for (const [source, target, read] of edges) {
      const attributes = coauthors.getEdgeAttributes(coauthors.edge(source, target)!);
      expect(read.weight).toBe(attributes.weight);
      expectClose(read.fractional as number, attributes.fractional as number, 1e-12, "fractional");
      expect(read.papers).toBe((attributes.papers as string[]).join("|"));
      expect([read.firstYear, read.lastYear]).toEqual([attributes.firstYear, attributes.lastYear]);
    }
  });
});

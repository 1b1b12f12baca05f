/**
 * Full against fractional counting on a real group bibliography (test/fixtures/real/bibtex/plai-group.bib:
 * 85 entries of a lab's publication list, teams of 1 to 20+ authors), checked against networkx and scipy:
 * test/metrics/counting-reference.py reads the exported GEXF 1.2 with networkx's read_gexf and recomputes
 * weighted degree and PageRank under `weight` and `fractional`, the competition ranks, Spearman's rho and
 * the association strengths; test/metrics/gexf-check.py recomputes every metric of an analysis made under
 * fractional counting with `weight="fractional"`.
 */

import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeGexf } from "../../src/export";
import { analyse, type Analysis } from "../../src/pipeline";
import { expectClose } from "../asserts";
import { readRealFixture } from "../real-fixtures";

const PLAI = { name: "plai-group.bib", text: readRealFixture("bibtex/plai-group.bib") };
const QUICK = { referenceYear: 2026, layoutIterations: 0 };
const DIR = mkdtempSync(join(tmpdir(), "papergraph-counting-"));

interface Reference {
  nodes: number;
  metrics: Record<string, { ranks: Record<string, [number, number]>; changed: number; spearman: number }>;
  association: Record<string, number>;
}

function python(script: string, args: string[]): string {
  const run = spawnSync("/usr/bin/python3", [join(import.meta.dirname, script), ...args], { encoding: "utf8" });
  expect(run.status, run.stderr + run.stdout).toBe(0);
  return run.stdout;
}

let full: Analysis;
let reference: Reference;
beforeAll(async () => {
  full = await analyse([PLAI], QUICK);
  const file = join(DIR, "full.gexf");
  writeFileSync(file, writeGexf(full.coauthors, { version: "1.2" }));
  reference = JSON.parse(python("counting-reference.py", [file])) as Reference;
});

describe("counting methods on plai-group.bib", () => {
  it("gives every author the competition rank scipy gives from networkx's PageRank under both weights", () => {
    const { ranks, changed, spearman } = reference.metrics.pagerank!;
    expect(full.insights.countingComparison.nodes).toBe(reference.nodes);
    full.coauthors.forEachNode((node, attributes) => {
      expect([attributes.fullRank, attributes.fractionalRank], node).toEqual(ranks[node]);
    });
    expect(full.insights.countingComparison.changed).toBe(changed);
    expectClose(full.insights.countingComparison.spearman, spearman, 1e-9, "Spearman's rho");
    // A real bibliography: fractional counting reorders most authors, yet the two rankings stay close.
    expect(changed).toBeGreaterThan(reference.nodes / 2);
    expect(spearman).toBeGreaterThan(0.8);
  });

  it("compares weighted degree when asked, with scipy's ranks and rho", async () => {
    const byStrength = await analyse([PLAI], { ...QUICK, rankMetric: "weightedDegree" });
    const { ranks, changed, spearman } = reference.metrics.weightedDegree!;
    byStrength.coauthors.forEachNode((node, attributes) => {
      expect([attributes.fullRank, attributes.fractionalRank], node).toEqual(ranks[node]);
    });
    expect(byStrength.insights.countingComparison).toMatchObject({ metric: "weightedDegree", changed });
    expectClose(byStrength.insights.countingComparison.spearman, spearman, 1e-9, "Spearman's rho");
  });

  it("lists the biggest movers first, each with its two ranks and the shift between them", () => {
    const { movers } = full.insights.countingComparison;
    expect(movers.length).toBeGreaterThan(0);
    for (let i = 1; i < movers.length; i++)
      expect(Math.abs(movers[i - 1]!.shift)).toBeGreaterThanOrEqual(Math.abs(movers[i]!.shift));
    for (const move of movers) {
      expect(move.shift).toBe(move.full.rank - move.fractional.rank);
      expect([move.full.rank, move.fractional.rank]).toEqual(reference.metrics.pagerank!.ranks[move.node]);
    }
  });

  it("writes each link's association strength as networkanalysis scales it: c_ij·W/(c_i·c_j)", () => {
    full.coauthors.forEachEdge((_edge, attributes, source, target) => {
      const key = [source, target].sort().join("|");
      expectClose(attributes.association, reference.association[key]!, 1e-9, `association ${key}`);
    });
  });

  it("weights degree, PageRank and communities by the fractional weight under fractional counting", async () => {
    const fractional = await analyse([PLAI], { ...QUICK, counting: "fractional" });
    expect(fractional.coauthorSummary.edgeWeight).toBe("fractional");
    const file = join(DIR, "fractional.gexf");
    writeFileSync(file, writeGexf(fractional.coauthors, { version: "1.2" }));
    const check = python("gexf-check.py", [file, "--weight", "fractional"]);
    expect(check).toMatch(/^OK: /m);
    // The same authors and links as under full counting, and the same ranks compared.
    expect(fractional.coauthors.order).toBe(full.coauthors.order);
    expect(fractional.insights.countingComparison).toEqual(full.insights.countingComparison);
    expect(fractional.coauthorSummary.modularity).not.toBe(full.coauthorSummary.modularity);
  });

  it("drops links lighter than the minimum under the counting method in force", async () => {
    // Links whose joint papers have 3 or more authors each weigh at most 1/2 each under fractional counting.
    const light = full.coauthors.filterEdges((_edge, attributes) => attributes.fractional < 0.75).length;
    const heavy = full.coauthors.filterEdges((_edge, attributes) => attributes.weight >= 2).length;
    const fractional = await analyse([PLAI], { ...QUICK, counting: "fractional", minLinkWeight: 0.75 });
    expect(fractional.coauthors.size).toBe(full.coauthors.size - light);
    const twoPapers = await analyse([PLAI], { ...QUICK, minLinkWeight: 2 });
    expect(twoPapers.coauthors.size).toBe(heavy);
  });
});

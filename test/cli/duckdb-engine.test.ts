/**
 * The DuckDB engine against the in-memory pipeline on a generated OpenAlex corpus (400 works, written to a
 * temporary file by the test): the same people in the same order, exactly the same coauthor links — pairs,
 * joint papers, weights, fractional weights and years — and so the same metrics, bit for bit. People are
 * compared through their OpenAlex author ids (the DuckDB engine keys people by id, the identity stage by
 * name) and papers through their place in the file.
 */

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyseWithDuckDb } from "../../src/cli/engine/duckdb-analysis";
import { projectWithDuckDb } from "../../src/cli/engine/duckdb-engine";
import { generateOpenAlexWorks } from "../../src/cli/synthetic-openalex";
import { authorshipsOf, buildBipartite, projectLinks, type CoauthorLinks } from "../../src/graphs";
import { resolveIdentities } from "../../src/identity";
import { ingest } from "../../src/ingest";
import { NODE_METRICS } from "../../src/metrics";
import { resolveOptions } from "../../src/options";
import { analyse } from "../../src/pipeline";

const folder = mkdtempSync(join(tmpdir(), "papergraph-duckdb-test-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Every link as "idA idB | papers | weight fractional first last", ids in order. */
function linkRows(links: CoauthorLinks, idOf: (node: number) => string, paperOf: (paper: number) => number): string[] {
  const rows: string[] = [];
  for (let i = 0; i < links.count; i++) {
    const ids = [idOf(links.source[i]!), idOf(links.target[i]!)].sort();
    const papers = Array.from(links.papers.subarray(links.paperStart[i], links.paperStart[i + 1]), paperOf);
    const numbers = [links.weight[i], links.fractional[i], links.firstYear[i], links.lastYear[i]];
    rows.push(`${ids.join(" ")} | ${papers.join(",")} | ${numbers.join(" ")}`);
  }
  return rows.sort();
}

describe("the DuckDB engine", () => {
  it("projects a generated OpenAlex corpus onto the same people, links and metrics as the in-memory pipeline", async () => {
    const text = [...generateOpenAlexWorks(400, 9)].join("\n");
    const file = join(folder, "works.jsonl");
    writeFileSync(file, text);

    const corpus = resolveIdentities(ingest([{ name: file, text }], { referenceYear: 2026 }));
    const incidence = authorshipsOf(buildBipartite(corpus, {}));
    const memory = projectLinks(incidence, 100);
    const openalexOf = new Map<string, string>();
    for (const paper of corpus.papers) {
      for (const author of paper.authors) openalexOf.set(`author:${author.key}`, author.ids?.openalex ?? "?");
    }
    const paperIndex = new Map(corpus.papers.map((paper, i) => [`paper:${paper.id}`, i]));

    const duck = await projectWithDuckDb(file, { maxAuthorsPerPaper: 100, minLinkWeight: 1 }, (_name, work) => work());
    expect(duck.people).toEqual(incidence.authorNodes.map((node) => openalexOf.get(node)));
    expect(duck.links.count).toBe(memory.count);
    expect(memory.count).toBeGreaterThan(1000);
    const fromMemory = linkRows(
      memory,
      (a) => openalexOf.get(incidence.authorNodes[a]!)!,
      (p) => paperIndex.get(incidence.paperNodes[p]!)!,
    );
    expect(
      linkRows(
        duck.links,
        (a) => duck.people[a]!,
        (p) => p,
      ),
    ).toEqual(fromMemory);

    const analysis = await analyse([{ name: file, text }], { referenceYear: 2026, layoutIterations: 0 });
    const duckdb = await analyseWithDuckDb(file, resolveOptions({ layoutIterations: 0 }));
    expect(duckdb.summary).toEqual(analysis.coauthorSummary);
    const nodes = analysis.coauthors.nodes();
    for (const key of [...NODE_METRICS.map((metric) => metric.key), "community", "component"] as const) {
      const values = duckdb.metrics.get(key)!;
      expect(Array.from(values), key).toEqual(nodes.map((node) => analysis.coauthors.getNodeAttribute(node, key)));
    }
  });
});

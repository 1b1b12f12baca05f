/**
 * The coauthor links computed from the incidence before the bipartite graph is built (on a worker thread in
 * the CLI: src/cli/step-threads.ts) are projectLinks' links, array for array; the incidence made from the
 * corpus is the one the bipartite graph holds; the analysis is the same with or without the runner, and a
 * failed runner leaves the projection to the calling thread.
 */

import { describe, expect, it } from "vitest";
import { createThreadLinksRunner } from "../../src/cli/step-threads";
import { generateCorpus } from "../../src/cli/synthetic-corpus";
import {
  authorshipsOf,
  buildBipartiteTables,
  incidenceOf,
  projectLinks,
  type CoauthorLinksRunner,
} from "../../src/graphs";
import { resolveIdentities } from "../../src/identity";
import { ingest } from "../../src/ingest";
import { analyse } from "../../src/pipeline";

const corpus = resolveIdentities(ingest(generateCorpus(1500, 3), { referenceYear: 2026 }));

describe("coauthor links started before the bipartite build", () => {
  it("start from the incidence the bipartite graph holds", () => {
    const incidence = incidenceOf(corpus);
    expect(incidence.authors.length).toBeGreaterThan(3000);
    expect(incidence).toEqual(authorshipsOf(buildBipartiteTables(corpus, {}).graph));
  });

  it("are projectLinks' links on a worker thread, under any cap", async () => {
    const incidence = incidenceOf(corpus);
    const runner = createThreadLinksRunner({ minPapers: 0, threads: 2 });
    for (const cap of [100, 5]) {
      const links = await runner(incidence, cap)!;
      expect(links.count).toBeGreaterThan(1000);
      expect(links).toEqual(projectLinks(incidence, cap));
    }
    expect(createThreadLinksRunner({ threads: 1 })(incidence, 100)).toBe(undefined);
    expect(createThreadLinksRunner({ minPapers: 1501 })(incidence, 100)).toBe(undefined);
  });

  it("leave the analysis unchanged, and a failed runner leaves the links to the calling thread", async () => {
    const inputs = generateCorpus(300, 5);
    const options = { referenceYear: 2026, layoutIterations: 0, maxAuthorsPerPaper: 8 };
    const plain = await analyse(inputs, options);
    let calls = 0;
    const inline: CoauthorLinksRunner = (incidence, cap) => {
      calls++;
      return Promise.resolve(projectLinks(incidence, cap));
    };
    const failing: CoauthorLinksRunner = () => Promise.reject(new Error("gone"));
    for (const coauthorLinks of [inline, failing]) {
      const early = await analyse(inputs, options, undefined, { coauthorLinks });
      expect(early.coauthors.export()).toEqual(plain.coauthors.export());
      expect(early.coauthorSummary).toEqual(plain.coauthorSummary);
    }
    expect(calls).toBe(1);
  });
});

/**
 * The whole pipeline on the embedded seed corpus (data/can-rager.profile.txt): the figures counted by
 * hand from the page (issue 3), and every exported metric recomputed by networkx through
 * test/metrics/gexf-check.py.
 */

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeAnalysisJson, writeEdgesCsv, writeGexf, writeNodesCsv } from "../src/export";
import { analyse } from "../src/pipeline";
import type { Analysis } from "../src/pipeline";

const SEED = join(import.meta.dirname, "../data/can-rager.profile.txt");
const GEXF_CHECK = join(import.meta.dirname, "metrics/gexf-check.py");
const OWNER = "author:can rager";

let analysis: Analysis;
beforeAll(async () => {
  analysis = await analyse([{ name: "can-rager.profile.txt", text: readFileSync(SEED, "utf8") }], {
    referenceYear: 2026,
  });
});

describe("analyse on the seed profile", () => {
  it("reads 17 papers, 16 with cut-off author lists and 4 with code, in cs.LG, cs.AI and cs.CL", () => {
    const { papers } = analysis.corpus;
    expect(papers).toHaveLength(17);
    expect(papers.filter((paper) => paper.authorsTruncated)).toHaveLength(16);
    expect(papers.filter((paper) => paper.hasCode)).toHaveLength(4);
    expect(new Set(papers.flatMap((paper) => paper.categories))).toEqual(new Set(["cs.LG", "cs.AI", "cs.CL"]));
  });

  it("finds 35 authors and 64 coauthor links, the owner linked to all 34 others", () => {
    const { coauthors } = analysis;
    expect(analysis.corpus.people).toHaveLength(35);
    expect(coauthors.order).toBe(35);
    expect(coauthors.size).toBe(64);
    expect(coauthors.degree(OWNER)).toBe(34);
    expect(coauthors.getNodeAttribute(OWNER, "isOwner")).toBe(true);
  });

  it("has owner–Adam Karvonen as the heaviest link, with 3 joint papers", () => {
    const { coauthors } = analysis;
    const heaviest = coauthors.reduceEdges(
      (best, edge, attributes) => (attributes.weight > best.weight ? { edge, weight: attributes.weight } : best),
      { edge: "", weight: 0 },
    );
    expect(heaviest.weight).toBe(3);
    expect(coauthors.extremities(heaviest.edge).sort()).toEqual(["author:adam karvonen", OWNER]);
  });

  it("ranks the owner first by every centrality of an ego network", () => {
    for (const metric of ["degree", "weightedDegree", "betweenness", "closeness", "eigenvector", "pagerank"] as const) {
      const top = analysis.coauthors.reduceNodes(
        (best, node, { [metric]: value = -Infinity }) => (value > best.value ? { node, value } : best),
        { node: "", value: -Infinity },
      );
      expect(top.node, metric).toBe(OWNER);
    }
  });

  it("gives the same communities and positions on a second run with the same seed", async () => {
    const again = await analyse([{ name: "can-rager.profile.txt", text: readFileSync(SEED, "utf8") }], {
      referenceYear: 2026,
    });
    analysis.coauthors.forEachNode((node, attributes) => {
      const other = again.coauthors.getNodeAttributes(node);
      expect([other.community, other.x, other.y]).toEqual([attributes.community, attributes.x, attributes.y]);
    });
  });

  it("exports byte-identical GEXF, CSV and JSON on a second run with the same seed", async () => {
    const again = await analyse([{ name: "can-rager.profile.txt", text: readFileSync(SEED, "utf8") }], {
      referenceYear: 2026,
    });
    expect(writeGexf(again.coauthors, {})).toBe(writeGexf(analysis.coauthors, {}));
    expect(writeGexf(again.topics, {})).toBe(writeGexf(analysis.topics, {}));
    expect(writeEdgesCsv(again.coauthors)).toBe(writeEdgesCsv(analysis.coauthors));
    expect(writeAnalysisJson(again)).toBe(writeAnalysisJson(analysis));
  });

  it("builds a topic network whose topics include the categories and 'sparse autoencoders'", () => {
    const labels = analysis.topics.mapNodes((_node, attributes) => String(attributes.label).toLowerCase());
    expect(labels).toContain("machine learning");
    expect(labels.some((label) => label.includes("sparse autoencoder"))).toBe(true);
    expect(analysis.topics.size).toBeGreaterThan(0);
  });

  it("gives every author a main topic (the owner's: language model (LM)), which the CSV and GEXF exports carry", () => {
    expect(analysis.coauthors.getNodeAttributes(OWNER).mainTopic).toBe("language model (LM)");
    expect(analysis.coauthors.filterNodes((_node, attributes) => attributes.mainTopic === undefined)).toEqual([]);
    expect(writeNodesCsv(analysis.coauthors).split("\r\n")[0]!.split(",")).toContain("mainTopic");
    expect(writeGexf(analysis.coauthors)).toContain('<attvalue for="mainTopic" value="language model (LM)"/>');
  });
});

describe("analyse on the seed profile with the authors' BibTeX record of one of its papers", () => {
  const BIB = join(import.meta.dirname, "fixtures/real/bibtex/sparse-feature-circuits.bib");

  it("completes that paper's cut-off author list, and the coauthor network gains its missing authors", async () => {
    const both = await analyse(
      [
        { name: "can-rager.profile.txt", text: readFileSync(SEED, "utf8") },
        { name: "sparse-feature-circuits.bib", text: readFileSync(BIB, "utf8") },
      ],
      { referenceYear: 2026, layoutIterations: 0 },
    );
    const circuits = both.corpus.papers.filter((paper) => paper.title.startsWith("Sparse Feature Circuits"));
    expect(circuits).toHaveLength(1);
    expect(circuits[0]!.authorsTruncated).toBe(false);
    expect(circuits[0]!.authors.map((author) => author.name)).toEqual([
      "Samuel Marks",
      "Can Rager",
      "Eric J. Michaud",
      "Yonatan Belinkov",
      "David Bau",
      "Aaron Mueller",
    ]);
    expect(both.corpus.papers).toHaveLength(17);
    expect(both.corpus.files.find((file) => file.file === "sparse-feature-circuits.bib")?.merged).toBe(1);
    // Yonatan Belinkov and David Bau are new; Aaron Mueller was already a coauthor through another paper.
    expect(both.coauthors.order).toBe(37);
    expect(both.coauthors.hasEdge("author:samuel marks", "author:david bau")).toBe(true);
    expect(
      both.coauthors.getEdgeAttribute(both.coauthors.edge("author:samuel marks", "author:aaron mueller")!, "weight"),
    ).toBe(1);
    expect(analysis.coauthors.hasEdge("author:samuel marks", "author:aaron mueller")).toBe(false);
  });
});

const hasNetworkx = spawnSync("/usr/bin/python3", ["-c", "import networkx, lxml"]).status === 0;

describe.runIf(hasNetworkx || process.env.CI)("exported GEXF checked by networkx", () => {
  it("matches networkx on every metric of the seed coauthor network (gexf-check.py)", () => {
    expect(existsSync(GEXF_CHECK), `${GEXF_CHECK} is missing`).toBe(true);
    const file = join(mkdtempSync(join(tmpdir(), "papergraph-")), "coauthors.gexf");
    writeFileSync(file, writeGexf(analysis.coauthors, {}));
    const check = spawnSync("/usr/bin/python3", [GEXF_CHECK, file, "--nodes", "35", "--edges", "64"], {
      encoding: "utf8",
    });
    expect(check.stdout).toMatch(/^OK: 35 nodes, 64 edges/m);
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });
});

/**
 * Downloads are the analysis, not the picture (issue 15, items 2 and 3), on the embedded corpus (35
 * authors, 64 links) with the drawing capped at 20 links (`?drawn-links=20`, as a 50,000-link cap caps a
 * large network): the GEXF, CSV and JSON hold all 64 links with every attribute; a filtered analysis is
 * exported filtered and says so; the topic filter keeps its authors and says so; GEXF 1.2 is read by
 * networkx (test/export/gexf-read-back.py, Debian's python3-networkx).
 */

import { spawnSync } from "node:child_process";
import { join } from "node:path";
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, openExplorer, runAndWait, type BrowserSession } from "./harness";
import { download, downloadText } from "./page";

const READ_BACK = join(import.meta.dirname, "../export/gexf-read-back.py");
const hasPython = spawnSync("/usr/bin/python3", ["-c", "import networkx, lxml"]).status === 0;

type GexfGraph = Graph<Record<string, unknown>, Record<string, unknown>>;
const readGexf = (text: string): GexfGraph => parse(Graph, text);
/** The GEXF meta description, where the file says which filters applied. */
const description = (text: string) =>
  /<description>([^<]*)<\/description>/
    .exec(text)?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

describe("downloads", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchBrowser();
    await openExplorer(session.page, `${inject("appUrl")}?drawn-links=20`);
  });
  afterAll(() => session?.close());

  test("the canvas draws a 20-link backbone, and the legend says the downloads hold all 64", async () => {
    const { page } = session;
    expect(await page.locator("#canvas").getAttribute("data-edges")).toBe("20");
    expect(await page.locator("#legends .note").textContent()).toBe(
      "The backbone is drawn (each author's heaviest links): 20 of 64 links; downloads hold them all.",
    );
  });

  test("the GEXF holds every node and link of the analysis with every metric, and says no filter applied", async () => {
    const { page } = session;
    const file = await download(page, "gexf");
    expect(file.suggestedFilename()).toBe("papergraph-coauthors.gexf");
    const text = await downloadText(file);
    const graph = readGexf(text);
    expect([graph.order, graph.size]).toEqual([35, 64]);
    const owner = graph.findNode((_node, attributes) => attributes.label === "Can Rager")!;
    expect(graph.getNodeAttributes(owner)).toMatchObject({ degree: 34, weightedDegree: 41, isOwner: true });
    for (const attribute of ["betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "community"])
      expect(typeof graph.getNodeAttribute(owner, attribute)).toBe("number");
    // Every link's weight is there: the weights sum to half the weighted degrees.
    const weights = graph.reduceEdges((sum, _edge, attributes) => sum + Number(attributes.weight), 0);
    expect(2 * weights).toBe(graph.reduceNodes((sum, _node, attributes) => sum + Number(attributes.weightedDegree), 0));
    expect(description(text)).toBe("papergraph coauthor network. No filter: every paper and link of the files.");
  });

  test("the CSV files hold every node and every link", async () => {
    const { page } = session;
    const nodes = (await downloadText(await download(page, "nodes-csv"))).trim().split("\r\n");
    const links = (await downloadText(await download(page, "links-csv"))).trim().split("\r\n");
    expect(nodes).toHaveLength(1 + 35);
    expect(links).toHaveLength(1 + 64);
    expect(links[0]).toBe(
      "source,target,sourceLabel,targetLabel,weight,fractional,association,papers,firstYear,lastYear",
    );
  });

  test("the JSON is the whole analysis: papers, people and both networks", async () => {
    const { page } = session;
    const document = JSON.parse(await downloadText(await download(page, "json"))) as {
      format: string;
      papers: unknown[];
      people: unknown[];
      coauthors: { nodes: unknown[]; edges: unknown[] };
    };
    expect(document.format).toBe("papergraph-analysis");
    expect([document.papers.length, document.people.length]).toEqual([17, 35]);
    expect([document.coauthors.nodes.length, document.coauthors.edges.length]).toEqual([35, 64]);
  });

  test.runIf(hasPython || process.env.CI)(
    "GEXF 1.2, chosen in the menu, opens in networkx with every link",
    async () => {
      const { page } = session;
      await page.locator("#downloads select[name=gexfVersion]").selectOption("1.2");
      const file = await download(page, "gexf");
      expect(file.suggestedFilename()).toBe("papergraph-coauthors-gexf1.2.gexf");
      const run = spawnSync("/usr/bin/python3", [READ_BACK, await file.path()], { encoding: "utf8" });
      const read = JSON.parse(run.stdout) as {
        schema: { version: string; valid: boolean };
        networkx: { nodes: Record<string, unknown>; edges: unknown[] };
      };
      expect(read.schema).toMatchObject({ version: "1.2draft", valid: true });
      expect([Object.keys(read.networkx.nodes).length, read.networkx.edges.length]).toEqual([35, 64]);
      await page.locator("#downloads select[name=gexfVersion]").selectOption("1.3");
    },
  );

  test("a filtered analysis is exported filtered, and the file and its name say which filter applied", async () => {
    const { page } = session;
    await runAndWait(page, () => page.locator("input[name=hideOwners]").check());
    const file = await download(page, "gexf");
    expect(file.suggestedFilename()).toBe("papergraph-coauthors_profile-owners-left-out.gexf");
    const text = await downloadText(file);
    expect(readGexf(text).order).toBe(34);
    expect(description(text)).toBe("papergraph coauthor network. Filters: profile owners left out.");
    await runAndWait(page, () => page.locator("input[name=hideOwners]").uncheck());
  });

  test("the topic filter exports the authors it shows, and says so", async () => {
    const { page } = session;
    await page.locator("#topics .topic-list button", { hasText: "sparse autoencoders (SAEs)" }).click();
    const shown = Number(await page.locator("#canvas").getAttribute("data-nodes"));
    expect(shown).toBeLessThan(35);
    const text = await downloadText(await download(page, "gexf"));
    expect(readGexf(text).order).toBe(shown);
    expect(description(text)).toBe(
      'papergraph coauthor network. Filters: authors with a paper on "sparse autoencoders (SAEs)".',
    );
  });
});

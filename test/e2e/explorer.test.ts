/**
 * The explorer on its embedded corpus (data/can-rager.profile.txt: 35 authors, 64 coauthor links, the
 * owner Can Rager linked to everyone, heaviest link Can Rager–Adam Karvonen with 3 joint papers): the
 * canvas draws, the centrality table ranks the owner first, a row opens the details, the owner filter
 * re-runs the analysis without the owner, and the GEXF download holds the nodes on the canvas.
 */

import Graph from "graphology";
import { parse } from "graphology-gexf";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { inkedShare, launchBrowser, openExplorer, runAndWait, type BrowserSession } from "./harness";
import { download, downloadText } from "./page";

describe("the explorer on the embedded corpus", () => {
  let session: BrowserSession;
  const errors: string[] = [];

  beforeAll(async () => {
    session = await launchBrowser();
    session.page.on("pageerror", (error) => errors.push(error.message));
    await openExplorer(session.page, inject("appUrl"));
  });
  afterAll(() => session?.close());

  test("the canvas draws the coauthor network in non-background pixels", async () => {
    const { page } = session;
    expect(await page.locator("#canvas").getAttribute("data-nodes")).toBe("35");
    expect(await page.locator("#canvas").getAttribute("data-edges")).toBe("64");
    await page.waitForTimeout(500);
    expect(await inkedShare(page)).toBeGreaterThan(0.002);
  });

  test("the centrality table sorted by weighted degree starts with the profile owner", async () => {
    const { page } = session;
    expect(await page.locator("#centrality th.sorted").getAttribute("data-metric")).toBe("weightedDegree");
    expect(await page.locator("#centrality tbody tr").count()).toBe(35);
    expect(await page.locator("#centrality tbody tr:first-child .name").textContent()).toBe("Can Rager");
  });

  test("clicking a table row opens the details panel with that author's papers", async () => {
    const { page } = session;
    const row = page.locator("#centrality tbody tr", { hasText: "Adam Karvonen" });
    await row.click();
    await expect.poll(() => page.locator("#details .details-name").textContent()).toBe("Adam Karvonen");
    const titles = await page.locator("#details .papers .title").allTextContents();
    expect(titles.length).toBe(3);
    expect(titles).toContain("Evaluating Sparse Autoencoders on Targeted Concept Erasure Tasks");
    // Newest first: SAEBench (Mar 2025) heads the list.
    expect(titles[0]).toContain("SAEBench");
    const coauthors = await page.locator("#details .neighbours li").first().textContent();
    expect(coauthors).toBe("Can Rager 3 joint papers");
    expect(await page.locator("#centrality tbody tr.selected .name").textContent()).toBe("Adam Karvonen");
  });

  test("the GEXF download parses back with graphology-gexf with the nodes on the canvas", async () => {
    const { page } = session;
    const graph: Graph<Record<string, unknown>> = parse(Graph, await downloadText(await download(page, "gexf")));
    expect(graph.order).toBe(Number(await page.locator("#canvas").getAttribute("data-nodes")));
    expect(graph.size).toBe(Number(await page.locator("#canvas").getAttribute("data-edges")));
    const owner = graph.findNode((_node, attributes) => attributes.label === "Can Rager")!;
    expect(graph.getNodeAttribute(owner, "weightedDegree")).toBeGreaterThan(0);
    expect(typeof graph.getNodeAttribute(owner, "x")).toBe("number");
    expect(typeof graph.getNodeAttribute(owner, "color")).toBe("string");
  });

  test("hiding the profile owner removes the owner node and the table follows", async () => {
    const { page } = session;
    await runAndWait(page, () => page.locator("input[name=hideOwners]").check());
    expect(await page.locator("#canvas").getAttribute("data-nodes")).toBe("34");
    expect(await page.locator("#centrality tbody tr").count()).toBe(34);
    expect(await page.locator("#centrality .name", { hasText: "Can Rager" }).count()).toBe(0);
    await runAndWait(page, () => page.locator("input[name=hideOwners]").uncheck());
    expect(await page.locator("#centrality tbody tr:first-child .name").textContent()).toBe("Can Rager");
  });

  test("the bipartite view draws every author, paper and topic of the analysis", async () => {
    const { page } = session;
    const canvas = page.locator("#canvas");
    await page.locator("[data-network=topics]").click();
    await expect.poll(() => canvas.getAttribute("data-network")).toBe("topics");
    const topics = Number(await canvas.getAttribute("data-nodes"));
    expect(topics).toBeGreaterThan(0);
    await page.locator("[data-network=bipartite]").click();
    await expect.poll(() => canvas.getAttribute("data-network")).toBe("bipartite");
    // 35 authors and 17 papers of the sample, and the topics of the topic network.
    expect(await canvas.getAttribute("data-nodes")).toBe(String(35 + 17 + topics));
    const legend = await page
      .locator("#legends .legend-list li")
      .evaluateAll((items) =>
        items.map(
          (item) =>
            `${item.querySelector(".legend-label")?.textContent} ${item.querySelector(".legend-count")?.textContent}`,
        ),
      );
    expect(legend.sort()).toEqual(["author 35", "paper 17", `topic ${topics}`]);
    // Nodes are sized by the degrees the worker computed: the size legend shows positive degrees.
    expect(await page.locator("#legends .legend-sizes text").allTextContents()).not.toEqual([]);
    // Every paper has at least one author and one category: at least 17 + 17 links.
    expect(Number(await canvas.getAttribute("data-edges"))).toBeGreaterThanOrEqual(34);
    await page.waitForTimeout(500);
    expect(await inkedShare(page)).toBeGreaterThan(0.002);
    await page.locator("[data-network=coauthors]").click();
    await expect.poll(() => canvas.getAttribute("data-network")).toBe("coauthors");
  });

  test("the page raised no script errors", () => {
    expect(errors).toEqual([]);
  });
});

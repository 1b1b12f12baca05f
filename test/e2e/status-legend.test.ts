/**
 * The status line and the legend describe what is shown (issue 15, item 5): the words of each network
 * (papers, authors, links; topics; the three kinds of the bipartite view; nodes and links of an imported
 * network, whose line widths are "weight"); the main-topic legend lists every colour drawn, "Other"
 * included, with the number of nodes drawn in it; a topic filter updates the legend's counts and the
 * table.
 */

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, openExplorer, type BrowserSession } from "./harness";
import { nodeOnScreen, pickFixtures } from "./page";

const status = (page: Page) => page.locator("#status .status-text").textContent();

/** The legend's colour entries: swatch colour (as the browser computes it), label and count. */
function legendEntries(page: Page): Promise<{ color: string; label: string; count: number }[]> {
  return page.locator("#legends .legend-list li").evaluateAll((items) =>
    items.map((item) => ({
      color: getComputedStyle(item.querySelector(".swatch")!).backgroundColor,
      label: item.querySelector(".legend-label")!.textContent,
      count: Number(item.querySelector(".legend-count")!.textContent.replace(/,/g, "")),
    })),
  );
}

/** Nodes drawn per colour (as `rgb(r, g, b)`), over the nodes the table lists. */
async function drawnColours(page: Page): Promise<Map<string, number>> {
  const nodes = await page
    .locator("#centrality tbody tr")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-node")!));
  const counts = new Map<string, number>();
  for (const node of nodes) {
    const hex = (await nodeOnScreen(page, node))!.color;
    const [r, g, b] = hex
      .slice(1, 7)
      .match(/../g)!
      .map((pair) => parseInt(pair, 16));
    const rgb = `rgb(${r}, ${g}, ${b})`;
    counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
  }
  return counts;
}

describe("status line and legend", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchBrowser();
    await openExplorer(session.page, inject("appUrl"));
  });
  afterAll(() => session?.close());

  test("the status line says what each view shows", async () => {
    const { page } = session;
    expect(await status(page)).toMatch(/ · 17 papers · 35 authors · 64 links$/);
    await page.locator("[data-network=topics]").click();
    await expect.poll(() => status(page)).toMatch(/ · 17 papers · \d+ topics · \d+ links$/);
    await page.locator("[data-network=bipartite]").click();
    await expect.poll(() => status(page)).toMatch(/ · 35 authors · 17 papers · \d+ topics$/);
    await page.locator("[data-network=coauthors]").click();
  });

  test("colouring by main topic: the legend lists every colour drawn, Other included, with its count", async () => {
    const { page } = session;
    await page.locator("select[name=colorBy]").selectOption("mainTopic");
    await expect
      .poll(() => page.locator("#legends h4", { hasText: "Colour:" }).textContent())
      .toBe("Colour: Main topic");
    const entries = await legendEntries(page);
    const drawn = await drawnColours(page);
    expect(new Map(entries.map((entry) => [entry.color, entry.count]))).toEqual(drawn);
    expect(entries.reduce((sum, entry) => sum + entry.count, 0)).toBe(35);
  });

  test("a topic filter updates the legend's counts and the table", async () => {
    const { page } = session;
    await page.locator("select[name=colorBy]").selectOption("community");
    await page.locator("#topics .topic-list button", { hasText: "sparse autoencoders (SAEs)" }).click();
    await expect.poll(() => status(page)).toMatch(/of 35 authors on "sparse autoencoders \(SAEs\)"$/);
    const shown = Number(await page.locator("#canvas").getAttribute("data-nodes"));
    expect(shown).toBeLessThan(35);
    expect(await page.locator("#centrality tbody tr").count()).toBe(shown);
    await expect.poll(async () => (await legendEntries(page)).reduce((sum, entry) => sum + entry.count, 0)).toBe(shown);
    await page.locator("#topics button", { hasText: "Clear" }).click();
    await expect.poll(() => page.locator("#centrality tbody tr").count()).toBe(35);
  });

  test("an imported network is described in nodes and links, and its line widths are its weights", async () => {
    const { page } = session;
    await pickFixtures(page, "open", "lab-network.gexf");
    expect(await status(page)).toMatch(/ · 8 nodes · 10 links$/);
    expect(await page.locator("#legends h4", { hasText: "Line width" }).textContent()).toBe("Line width: weight");
    expect(await page.locator("#legends .legend-range-text").textContent()).toBe("1 – 5");
  });
});

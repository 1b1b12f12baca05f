/**
 * The linked coauthor ↔ topic views (issue 12, item 4): an author selected in the coauthor network
 * highlights, in the topic network, the topics of their papers, larger the more papers carry each, the
 * rest dimmed; a topic selected in the topic network highlights its authors in the coauthor network, and
 * the panel names the communities that carry it most; a community selected in one network is shown in the
 * other and selected again on the way back; the author–topic view is another network of the switch, with
 * the same selection.
 */

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, openExplorer, ROOT, type BrowserSession } from "./harness";
import { drawnLabels, nodeOnScreen } from "./page";

const SHOTS = join(ROOT, "reports", "linked-views");
const OWNER = "author:can rager";
const DIMMED = "#e4e6ea";

/** The rows of the linked panel's list `which` ("nodes" or "communities"): label and count. */
function linkedRows(page: Page, which: string): Promise<{ label: string; count: number }[]> {
  return page.locator(`#linked [data-linked=${which}] li`).evaluateAll((items) =>
    items.map((item) => ({
      label: item.children[0]!.textContent,
      count: Number(item.children[1]!.textContent),
    })),
  );
}

/** Waits until the canvas shows `network`. */
async function showsNetwork(page: Page, network: string): Promise<void> {
  await page.waitForFunction((name) => document.getElementById("canvas")?.dataset.network === name, network);
}

describe("linked coauthor and topic views", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchBrowser();
    await openExplorer(session.page, inject("appUrl"));
  });
  afterAll(() => session?.close());

  test("an author's topics are highlighted in the topic network, weighted by the author's papers", async () => {
    const { page } = session;
    await page.locator(`#centrality tbody tr[data-node="${OWNER}"]`).click();
    await expect.poll(() => page.locator("#linked h4").first().textContent()).toBe("Publishes on");
    const rows = await linkedRows(page, "nodes");
    expect(rows.length).toBeGreaterThan(3);
    const top = rows[0]!;
    await page.locator("#linked [data-linked-network=topics]").click();
    await showsNetwork(page, "topics");
    await expect
      .poll(() => page.locator("#view-controls [data-network=topics]").getAttribute("aria-selected"))
      .toBe("true");
    const topicRow = page.locator("#centrality tbody tr", { hasText: top.label }).first();
    const topicNode = (await topicRow.getAttribute("data-node"))!;
    await expect.poll(async () => (await nodeOnScreen(page, topicNode))?.color).not.toBe(DIMMED);
    await expect
      .poll(async () => (await drawnLabels(page)).some((label) => label.label === `${top.label} · ${top.count}`))
      .toBe(true);
    // The heaviest topic grows most (twice its size), the lightest linked topic least.
    const light = rows.at(-1)!;
    const lightNode = await page
      .locator("#centrality tbody tr", { hasText: light.label })
      .first()
      .getAttribute("data-node");
    const [big, small] = [await nodeOnScreen(page, topicNode), await nodeOnScreen(page, lightNode!)];
    expect(big!.radius).toBeGreaterThan(small!.radius);
    await page.screenshot({ path: join(SHOTS, "author-in-topics.png") });
  });

  test("a topic's authors are highlighted in the coauthor network, and the panel names the communities", async () => {
    const { page } = session;
    const topic = page.locator("#centrality tbody tr", { hasText: "sparse autoencoders (SAEs)" }).first();
    const key = (await topic.getAttribute("data-node"))!;
    await topic.click();
    await expect.poll(() => page.locator("#linked h4").first().textContent()).toBe("Carried by");
    const authors = await linkedRows(page, "nodes");
    const communities = await linkedRows(page, "communities");
    expect(communities.length).toBeGreaterThan(0);
    expect(communities[0]!.label).toMatch(/^Coauthor community \d+/);
    await page.locator("#linked [data-linked-network=coauthors]").click();
    await showsNetwork(page, "coauthors");
    // The same authors as the topic filter keeps, counted by another path (each person's papers).
    const highlighted = await page.evaluate(() => {
      const probe = window.papergraphProbe!;
      const rows = [...document.querySelectorAll("#centrality tbody tr")].map((row) => row.getAttribute("data-node")!);
      return rows.filter((node) => probe.node(node)?.color !== "#e4e6ea").length;
    });
    await page.screenshot({ path: join(SHOTS, "topic-in-coauthors.png") });
    await page.locator("#topics .topic-list button", { hasText: "sparse autoencoders (SAEs)" }).click();
    await expect.poll(() => page.locator("#status .status-text").textContent()).toMatch(/ of 35 authors on /);
    const status = (await page.locator("#status .status-text").textContent())!;
    const kept = Number(/ (\d+) of 35 authors on /.exec(status)![1]);
    expect(highlighted).toBe(kept);
    expect(authors.length).toBe(Math.min(kept, 12));
    await page.locator("#topics .topic-list button", { hasText: "sparse autoencoders (SAEs)" }).click();
    expect(key.startsWith("topic:")).toBe(true);
  });

  test("the author–topic view is in the switch and keeps the selection", async () => {
    const { page } = session;
    await page.locator("[data-network=authorTopics]").click();
    await showsNetwork(page, "authorTopics");
    await expect
      .poll(() => page.locator("#status .status-text").textContent())
      .toMatch(/ · 35 authors · \d+ topics · \d+ links$/);
    // The topic selected before is still selected: its authors are drawn, the other topics dimmed.
    await expect.poll(() => page.locator("#linked h4").first().textContent()).toBe("Carried by");
    const owner = await nodeOnScreen(page, OWNER);
    expect(owner?.color).not.toBe(DIMMED);
    await page.screenshot({ path: join(SHOTS, "author-topics.png") });
  });

  test("a community selected in one network is shown in the other and selected again on the way back", async () => {
    const { page } = session;
    await page.locator("[data-network=coauthors]").click();
    await showsNetwork(page, "coauthors");
    await page.keyboard.press("Escape");
    await page.locator("#legends .legend-pick").first().click();
    await expect.poll(() => page.locator("#linked p strong").textContent()).toMatch(/^Coauthor community 1/);
    await page.locator("[data-network=topics]").click();
    await showsNetwork(page, "topics");
    await expect.poll(() => page.locator("#linked p strong").textContent()).toMatch(/^Coauthor community 1/);
    expect((await linkedRows(page, "nodes")).length).toBeGreaterThan(0);
    await page.locator("[data-network=coauthors]").click();
    await showsNetwork(page, "coauthors");
    await expect.poll(() => page.locator("#details h3").first().textContent()).toMatch(/Community 1/);
  });
});

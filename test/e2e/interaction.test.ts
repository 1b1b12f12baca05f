/**
 * Steering the explorer, on the embedded corpus after the layout stops:
 * - communities as objects (issue 15, item 8): a community picked in the legend or the clustering panel
 *   is drawn with its members and the rest dimmed, fills the table with its members, lists its topics,
 *   and "Focus" frames it;
 * - a link clicked on the canvas lists its shared papers (item 9), for coauthors and for topics;
 * - search that always works (item 10): authors and topics from every view, arrow keys and Enter, the
 *   camera centred on the match, "no match" said.
 */

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { distanceToSegment } from "../../src/app/view/link-hit";
import { launchBrowser, openExplorer, type BrowserSession } from "./harness";
import { nodeOnScreen, waitForLayout, waitForStillCamera } from "./page";

const DIMMED = "#e4e6ea";
const rows = (page: Page) => page.locator("#centrality tbody tr");

interface Point {
  x: number;
  y: number;
}

interface Edge {
  edge: string;
  source: string;
  target: string;
  weight: number;
  size: number;
  hidden: boolean;
}

/** Every drawn link and the screen position of each of its ends, read in one frame. */
function drawnLinks(page: Page): Promise<{ links: Edge[]; nodes: Record<string, Point & { radius: number }> }> {
  return page.evaluate(() => {
    const probe = window.papergraphProbe!;
    const links = probe.edges().filter((edge) => !edge.hidden);
    const nodes: Record<string, { x: number; y: number; radius: number }> = {};
    for (const edge of links) for (const node of [edge.source, edge.target]) nodes[node] ??= probe.node(node)!;
    return { links, nodes };
  });
}

/**
 * Clicks the middle of a wide drawn link, the one whose middle is farthest from every node and every
 * other drawn link (a click where two links cross or run side by side picks either); returns it.
 */
async function clickALink(page: Page): Promise<Edge> {
  await waitForStillCamera(page);
  const { links, nodes } = await drawnLinks(page);
  const widest = Math.max(...links.map((edge) => edge.size));
  const end = (node: string) => nodes[node]!;
  let best: { edge: Edge; x: number; y: number; room: number } | undefined;
  for (const edge of links.filter((candidate) => candidate.size >= Math.min(2, widest))) {
    const [a, b] = [end(edge.source), end(edge.target)];
    const middle = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    const fromNodes = Object.values(nodes).map(
      (node) => Math.hypot(node.x - middle.x, node.y - middle.y) - node.radius,
    );
    const fromLinks = links
      .filter((other) => other.edge !== edge.edge)
      .map((other) => distanceToSegment(middle, end(other.source), end(other.target)) - other.size / 2);
    const room = Math.min(...fromNodes, ...fromLinks);
    if (!best || room > best.room) best = { edge, ...middle, room };
  }
  const box = (await page.locator("#canvas").boundingBox())!;
  await page.mouse.click(box.x + best!.x, box.y + best!.y);
  return best!.edge;
}

describe("communities, links and search", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchBrowser();
    await openExplorer(session.page, inject("appUrl"));
    await waitForLayout(session.page);
  });
  afterAll(() => session?.close());

  test("a community picked in the legend is drawn alone, fills the table and lists its topics", async () => {
    const { page } = session;
    const entry = page.locator("#legends .legend-pick").nth(1);
    const [label, count] = [
      await entry.locator(".legend-label").textContent(),
      await entry.locator(".legend-count").textContent(),
    ];
    await entry.click();
    await expect.poll(() => page.locator("#details .details-name").textContent()).toContain(label!);
    expect(await rows(page).count()).toBe(Number(count));
    expect(await page.locator("#details h4", { hasText: "Top topics" }).count()).toBe(1);
    const members = await rows(page).evaluateAll((items) => items.map((row) => row.getAttribute("data-node")!));
    for (const node of members) expect((await nodeOnScreen(page, node))!.color, node).not.toBe(DIMMED);
    // Can Rager is in the first community, not the second: drawn dimmed.
    expect(members).not.toContain("author:can rager");
    expect((await nodeOnScreen(page, "author:can rager"))!.color).toBe(DIMMED);
  });

  test("Focus frames the community: its members spread over the canvas", async () => {
    const { page } = session;
    const members = await rows(page).evaluateAll((items) => items.map((row) => row.getAttribute("data-node")!));
    const spread = async () => {
      const points = await Promise.all(members.map((node) => nodeOnScreen(page, node)));
      const xs = points.map((point) => point!.x);
      return Math.max(...xs) - Math.min(...xs);
    };
    // Picking the community framed it already: fit the whole network again first.
    await page.locator("button[aria-label='Reset view']").click();
    await page.waitForTimeout(700);
    const before = await spread();
    await page.locator("#details button", { hasText: "Focus" }).click();
    await page.waitForTimeout(700);
    expect(await spread()).toBeGreaterThan(before * 1.5);
    const { width, height } = await page.evaluate(() => window.papergraphProbe!.size());
    for (const node of members) {
      const point = (await nodeOnScreen(page, node))!;
      expect(point.x > 0 && point.x < width && point.y > 0 && point.y < height, node).toBe(true);
    }
  });

  test("a community picked in the clustering panel is selected the same way; Escape clears it", async () => {
    const { page } = session;
    await page.locator("#clustering-panel > summary").click();
    await page.locator("#clustering .community-pick[data-community='0']").click();
    await expect.poll(() => page.locator("#details .details-name").textContent()).toContain("Community 1");
    expect(await rows(page).count()).toBe(14);
    await page.keyboard.press("Escape");
    await expect.poll(() => rows(page).count()).toBe(35);
    expect(await page.locator("#details .empty").count()).toBe(1);
  });

  test("a coauthor link clicked on the canvas lists the two authors' joint papers", async () => {
    const { page } = session;
    await page.locator("button[aria-label='Reset view']").click();
    await page.waitForTimeout(600);
    const edge = await clickALink(page);
    await expect.poll(() => page.locator("#details .details-name").textContent()).toContain(" — ");
    expect(await page.locator("#details h4").first().textContent()).toBe("Joint papers");
    const titles = await page.locator("#details .papers .title").allTextContents();
    expect(titles).toHaveLength(edge.weight);
    expect(await page.locator("#details .papers .year").first().textContent()).toMatch(/^\d{4}$/);
  });

  test("a topic link lists the papers carrying both topics", async () => {
    const { page } = session;
    await page.locator("[data-network=topics]").click();
    await page.waitForFunction(() => document.getElementById("canvas")?.dataset.network === "topics");
    await waitForLayout(page);
    const edge = await clickALink(page);
    await expect.poll(() => page.locator("#details h4").first().textContent()).toBe("Papers carrying both topics");
    expect(await page.locator("#details .papers li").count()).toBe(edge.weight);
    await page.locator("[data-network=coauthors]").click();
    await waitForLayout(page);
  });

  test("search: arrow keys and Enter pick a match, and the camera centres on it", async () => {
    const { page } = session;
    const search = page.locator("#search input");
    await search.fill("karv");
    expect(await page.locator("#search-results [role=option]").first().getAttribute("data-label")).toBe(
      "Adam Karvonen",
    );
    await search.press("ArrowDown");
    expect(await search.getAttribute("aria-activedescendant")).toBe("search-option-0");
    await search.press("Enter");
    await expect.poll(() => page.locator("#details .details-name").textContent()).toBe("Adam Karvonen");
    // The camera glides there: it ends with the node in the middle of the canvas.
    const offCentre = async () => {
      const { width, height } = await page.evaluate(() => window.papergraphProbe!.size());
      const node = (await nodeOnScreen(page, "author:adam karvonen"))!;
      return Math.max(Math.abs(node.x - width / 2), Math.abs(node.y - height / 2));
    };
    await expect.poll(offCentre, { timeout: 10_000 }).toBeLessThan(2);
  });

  test("search: a topic in the coauthor view shows the authors who wrote on it", async () => {
    const { page } = session;
    const search = page.locator("#search input");
    await search.fill("sparse autoenc");
    const option = page.locator("#search-results [role=option]").first();
    expect(await option.locator(".tag").textContent()).toBe("topic");
    await search.press("Enter");
    await expect.poll(() => page.locator("#status").textContent()).toMatch(/of 35 authors on "sparse autoencoders/);
    await page.locator("#topics button", { hasText: "Clear" }).click();
  });

  test("search: an author from the topic view switches to the coauthors and centres on the author", async () => {
    const { page } = session;
    await page.locator("[data-network=topics]").click();
    await page.waitForFunction(() => document.getElementById("canvas")?.dataset.network === "topics");
    const search = page.locator("#search input");
    await search.fill("Usha");
    await search.press("Enter");
    await page.waitForFunction(() => document.getElementById("canvas")?.dataset.network === "coauthors");
    await expect.poll(() => page.locator("#details .details-name").textContent()).toBe("Usha Bhalla");
    await waitForLayout(page);
    await page.waitForTimeout(700);
    const { width, height } = await page.evaluate(() => window.papergraphProbe!.size());
    const node = (await nodeOnScreen(page, "author:usha bhalla"))!;
    expect(node.x > 0 && node.x < width && node.y > 0 && node.y < height).toBe(true);
  });

  test("search: a query nothing matches says so", async () => {
    const { page } = session;
    const search = page.locator("#search input");
    await search.fill("zzqx");
    expect(await page.locator(".search-note").textContent()).toBe('No author or topic matches "zzqx".');
    await search.press("Enter");
    expect(await page.locator(".search-note").textContent()).toBe('No author or topic matches "zzqx".');
    await search.fill("");
  });
});

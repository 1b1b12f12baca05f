/**
 * The counting switch (issue 12, item 1) on the embedded corpus (35 authors, 64 links, 17 papers whose
 * author lists the profile page cuts to three names): switching to fractional counting re-runs the
 * analysis and changes weighted degree, the legend's line widths and the address; a link shows its three
 * weights; undo goes back to full counting; an address with `counting=fractional` opens fractional; a saved
 * session keeps the counting and the community options, and opening it sets them in the panel.
 *
 * Expected values, by hand from the sample's papers: Can Rager is on all 17 papers with 34 coauthors and
 * 41 joint papers in all (full weighted degree 41); every paper of two or more authors gives each of its
 * authors 1 under fractional counting, so 17 papers → 17. The link Michael Igorevich Ivanitskiy — Alex F.
 * Spies: 2 joint papers (2023), each listing 4 authors, so fractional Σ 1/(4 − 1) = 0.6667; association
 * strength 2·W·w/(sᵢ·sⱼ) = 2·72·2/(6·6) = 8, with W = 72 the total link weight of the network and
 * sᵢ = sⱼ = 6 the two authors' joint papers with everyone.
 */

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { readSession } from "../../src/session";
import { launchBrowser, openExplorer, runAndWait, type BrowserSession } from "./harness";
import { download, downloadText, nodeOnScreen, waitForLayout, waitForStillCamera } from "./page";

type Point = { x: number; y: number };

const SCREENSHOTS = join(import.meta.dirname, "../../reports/screenshots");

const fragment = (page: Page) => page.evaluate(() => location.hash);
const counting = (page: Page) =>
  page.locator("[data-testid=counting] input:checked").evaluate((input) => (input as HTMLInputElement).value);
/** The weighted degree the centrality table shows for author `node`. */
const weightedDegree = (page: Page, node = "author:can rager") =>
  page.evaluate((key) => {
    const column = [...document.querySelectorAll("#centrality thead th")].findIndex(
      (cell) => (cell as HTMLElement).dataset.metric === "weightedDegree",
    );
    const row = document.querySelector(`#centrality tbody tr[data-node="${CSS.escape(key)}"]`);
    return Number(row?.children[column]?.textContent);
  }, node);
const linesTitle = (page: Page) => page.locator("#legends .legend-block h4", { hasText: "Line width" }).textContent();

/** Distance from point p to the segment a–b. */
function toSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * Clicks the link between authors `a` and `b` where it is farthest from every other drawn link and node
 * (along its middle half, on the canvas), as a user aims at a link; returns how much room that point has,
 * in pixels.
 */
async function clickLink(page: Page, a: string, b: string): Promise<number> {
  // The live layout differs from run to run: where another link runs close beside this one, zoom in at
  // the clearest point (the wheel zooms around the pointer, as a user would) until the link stands apart.
  // One wheel step zooms 1.7× (sigma's zooming ratio). Where a neighbour's line or disc covers the whole middle
  // half, the room starts below zero and took five steps in one of six local runs (-1.05 → 7.3 px); CI once
  // ran out at four steps with 1.2 px, hence up to eight steps and a 4 px aim.
  let clearest = await clearestPoint(page, a, b);
  for (let zoom = 0; zoom < 8 && clearest.room <= 4; zoom++) {
    const box = (await page.locator("#canvas").boundingBox())!;
    await page.mouse.move(box.x + clearest.x, box.y + clearest.y);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(400);
    await waitForStillCamera(page);
    clearest = await clearestPoint(page, a, b);
  }
  const box = (await page.locator("#canvas").boundingBox())!;
  // Sigma picks a link from the frame drawn after the pointer moved: move there first, as a hand does.
  await page.mouse.move(box.x + clearest.x, box.y + clearest.y);
  await page.waitForTimeout(200);
  await page.mouse.click(box.x + clearest.x, box.y + clearest.y);
  return clearest.room;
}

/**
 * The point of the link a–b (in its middle half, and at least 10 px inside the canvas, since zooming in
 * carries the rest of the link off screen) farthest from every other drawn link and node.
 */
async function clearestPoint(page: Page, a: string, b: string): Promise<Point & { room: number }> {
  const box = (await page.locator("#canvas").boundingBox())!;
  const drawn = (await page.evaluate(() => window.papergraphProbe!.edges())).filter((edge) => !edge.hidden);
  const nodes = new Map<string, Point & { radius: number }>();
  for (const edge of drawn)
    for (const node of [edge.source, edge.target])
      if (!nodes.has(node)) nodes.set(node, (await nodeOnScreen(page, node))!);
  const [start, end] = [nodes.get(a)!, nodes.get(b)!];
  const others = drawn.filter(
    (edge) => !(new Set([edge.source, edge.target]).has(a) && new Set([edge.source, edge.target]).has(b)),
  );
  const onCanvas = (point: Point) =>
    point.x >= 10 && point.y >= 10 && point.x <= box.width - 10 && point.y <= box.height - 10;
  let best = { x: 0, y: 0, room: -Infinity };
  for (let t = 0.25; t <= 0.75; t += 0.01) {
    const point = { x: start.x + t * (end.x - start.x), y: start.y + t * (end.y - start.y) };
    if (!onCanvas(point)) continue;
    const fromLinks = others.map(
      (edge) => toSegment(point, nodes.get(edge.source)!, nodes.get(edge.target)!) - edge.size / 2,
    );
    const fromNodes = [...nodes.values()].map((node) => Math.hypot(node.x - point.x, node.y - point.y) - node.radius);
    const room = Math.min(...fromLinks, ...fromNodes);
    if (room > best.room) best = { ...point, room };
  }
  return best;
}

describe("the counting switch", () => {
  let session: BrowserSession;
  let folder: string;

  beforeAll(async () => {
    session = await launchBrowser();
    folder = mkdtempSync(join(tmpdir(), "papergraph-counting-"));
    await openExplorer(session.page, inject("appUrl"));
  });
  afterAll(async () => {
    await session?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  test("starts on full counting: weighted degree counts joint papers", async () => {
    const { page } = session;
    expect(await counting(page)).toBe("full");
    expect(await weightedDegree(page)).toBe(41);
    expect(await linesTitle(page)).toBe("Line width: joint papers");
  });

  test("fractional counting re-runs the analysis: weighted degree, line widths and the address follow", async () => {
    const { page } = session;
    await runAndWait(page, () => page.locator("[data-testid=counting] input[value=fractional]").check());
    expect(await counting(page)).toBe("fractional");
    expect(await weightedDegree(page)).toBe(17);
    expect(await linesTitle(page)).toBe("Line width: fractional joint papers (Σ 1/(n − 1))");
    expect(await fragment(page)).toBe("#counting=fractional");
  });

  test("a link shows its joint papers, fractional weight and association strength, the counted one marked", async () => {
    const { page } = session;
    await waitForLayout(page);
    await waitForStillCamera(page);
    expect(await clickLink(page, "author:michael igorevich ivanitskiy", "author:alex f spies")).toBeGreaterThan(2);
    const table = page.locator("#details [data-testid=link-weights]");
    await expect.poll(() => table.count()).toBe(1);
    const rows = await table
      .locator("tr")
      .evaluateAll((items) => items.map((row) => [...row.children].map((cell) => cell.textContent)));
    expect(rows).toEqual([
      ["Joint papers", "2", ""],
      ["Fractional", "0.6667", "counted"],
      ["Association strength", "8", ""],
    ]);
    await page.screenshot({ path: join(SCREENSHOTS, "counting-fractional-link.png") });
  });

  test("undo goes back to full counting and re-runs the analysis", async () => {
    const { page } = session;
    await page.locator("#canvas").focus();
    await runAndWait(page, () => page.keyboard.press("Control+z"));
    expect(await counting(page)).toBe("full");
    expect(await weightedDegree(page)).toBe(41);
    expect(await fragment(page)).toBe("");
  });

  test("a saved session keeps the counting and community options; opening it sets them in the panels", async () => {
    const { page } = session;
    await runAndWait(page, () => page.locator("[data-testid=counting] input[value=fractional]").check());
    await runAndWait(page, async () => void (await page.selectOption("#community-algorithm", "leiden")));
    const text = await downloadText(await download(page, "session"));
    expect(readSession(text).options).toMatchObject({ counting: "fractional", communityAlgorithm: "leiden" });
    // Back to the defaults, then the session brings its options back.
    await runAndWait(page, () => page.locator("[data-testid=counting] input[value=full]").check());
    await runAndWait(page, async () => void (await page.selectOption("#community-algorithm", "louvain")));
    writeFileSync(join(folder, "session.json"), text);
    await runAndWait(page, () => page.setInputFiles("[data-testid=session-input]", [join(folder, "session.json")]));
    expect(await counting(page)).toBe("fractional");
    expect(await page.locator("#community-algorithm").inputValue()).toBe("leiden");
    expect(await weightedDegree(page)).toBe(17);
    expect(await fragment(page)).toBe("#counting=fractional&communities=leiden");
  });
});

describe("an address with a counting", () => {
  test("opens on fractional counting", async () => {
    const session = await launchBrowser();
    try {
      const { page } = session;
      await openExplorer(page, `${inject("appUrl")}#counting=fractional`);
      expect(await counting(page)).toBe("fractional");
      expect(await weightedDegree(page)).toBe(17);
    } finally {
      await session.close();
    }
  });
});

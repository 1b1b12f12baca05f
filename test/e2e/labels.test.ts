/**
 * Labels that stay on their nodes (issue 15, item 4) and never collide, ranked by importance, at every
 * size (item 7). Read through the canvas probe (src/app/view/probe.ts): the labels the last frame drew
 * with the disc each was placed against, and where each node is on screen now, from its position through
 * sigma's conversions. On the embedded corpus (35 nodes) after the layout stops, after a wheel zoom and
 * after a drag; then on a 300-paper synthetic corpus (over 200 authors, where sigma's own label grid let
 * labels overlap).
 */

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, openExplorer, runAndWait, type BrowserSession } from "./harness";
import { loadFiles } from "./load-network";
import { drawnLabels, nodeOnScreen, waitForLayout, type DrawnLabel } from "./page";

/** The gap sigma leaves between a disc and its label. */
const GAP = 3;

/** Where each drawn label stands against its node's disc on screen now: "" when it sits right beside it. */
async function misplaced(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const label of await drawnLabels(page)) {
    const node = await nodeOnScreen(page, label.node);
    if (!node) {
      problems.push(`${label.label}: its node is not on the canvas`);
      continue;
    }
    const middle = label.top + label.height / 2;
    const right = label.left - (node.x + node.radius + GAP);
    const left = node.x - node.radius - GAP - (label.left + label.width);
    const centred = label.left + label.width / 2 - node.x;
    const above = node.y - node.radius - GAP - (label.top + label.height);
    const below = label.top - (node.y + node.radius + GAP);
    const beside = Math.abs(middle - node.y) < 1 && (Math.abs(right) < 1 || Math.abs(left) < 1);
    const stacked = Math.abs(centred) < 1 && (Math.abs(above) < 1 || Math.abs(below) < 1);
    if (!beside && !stacked)
      problems.push(`${label.label}: label at (${label.left}, ${label.top}), node at (${node.x}, ${node.y})`);
  }
  return problems;
}

/** Pairs of drawn labels whose boxes overlap. */
function collisions(labels: DrawnLabel[]): string[] {
  const found: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) {
      const apart =
        a.left + a.width <= b.left ||
        b.left + b.width <= a.left ||
        a.top + a.height <= b.top ||
        b.top + b.height <= a.top;
      if (!apart) found.push(`${a.label} × ${b.label}`);
    }
  });
  return found;
}

/** Waits for the camera animation a user gesture started to end and its last frame to be drawn. */
const settle = (page: Page) => page.waitForTimeout(700);

describe("labels on the embedded corpus", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchBrowser();
    await openExplorer(session.page, inject("appUrl"));
    await waitForLayout(session.page);
  });
  afterAll(() => session?.close());

  test("after the layout stops, every label sits beside its own disc, one label per node, none overlapping", async () => {
    const { page } = session;
    const labels = await drawnLabels(page);
    expect(labels.length).toBeGreaterThan(20);
    expect(new Set(labels.map((label) => label.node)).size).toBe(labels.length);
    expect(await misplaced(page)).toEqual([]);
    expect(collisions(labels)).toEqual([]);
  });

  test("after a wheel zoom the labels are still beside their discs", async () => {
    const { page } = session;
    const box = (await page.locator("#canvas").boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.45);
    await page.mouse.wheel(0, -400);
    await settle(page);
    expect((await drawnLabels(page)).length).toBeGreaterThan(0);
    expect(await misplaced(page)).toEqual([]);
    expect(collisions(await drawnLabels(page))).toEqual([]);
  });

  test("after a drag the labels are still beside their discs", async () => {
    const { page } = session;
    const box = (await page.locator("#canvas").boundingBox())!;
    const [x, y] = [box.x + box.width * 0.55, box.y + box.height * 0.2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 120, y + 80, { steps: 8 });
    await page.mouse.up();
    await settle(page);
    expect((await drawnLabels(page)).length).toBeGreaterThan(0);
    expect(await misplaced(page)).toEqual([]);
  });
});

describe("labels on a network of over 200 authors", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchBrowser();
    const { page } = session;
    await openExplorer(page, inject("appUrl"));
    await runAndWait(page, () => page.setInputFiles("[data-testid=file-input]", loadFiles(300)));
    await waitForLayout(page);
  }, 240_000);
  afterAll(() => session?.close());

  test("has more than 200 authors on the canvas", async () => {
    expect(Number(await session.page.locator("#canvas").getAttribute("data-nodes"))).toBeGreaterThan(200);
  });

  test("draws labels that never overlap, each beside its own disc", async () => {
    const { page } = session;
    const labels = await drawnLabels(page);
    expect(labels.length).toBeGreaterThan(5);
    expect(collisions(labels)).toEqual([]);
    expect(await misplaced(page)).toEqual([]);
  });

  test("labels the most important nodes first: the largest disc on the canvas has its label", async () => {
    const { page } = session;
    const labels = await drawnLabels(page);
    const largest = Math.max(...labels.map((label) => label.radius));
    // The top row of the table (weighted degree, which sizes the nodes) is the largest node.
    const top = await page.locator("#centrality tbody tr").first().getAttribute("data-node");
    const node = await nodeOnScreen(page, top!);
    expect(node!.radius).toBeGreaterThanOrEqual(largest);
    expect(labels.map((label) => label.node)).toContain(top);
  });

  test("after zooming in, more labels fit and still none overlap", async () => {
    const { page } = session;
    const before = (await drawnLabels(page)).length;
    const box = (await page.locator("#canvas").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -600);
    await settle(page);
    const labels = await drawnLabels(page);
    expect(collisions(labels)).toEqual([]);
    expect(await misplaced(page)).toEqual([]);
    expect(labels.length).toBeGreaterThanOrEqual(Math.min(before, 5));
  });
});

/**
 * What the canvas draws, on the embedded corpus, read through the canvas probe (src/app/view/probe.ts):
 * - links between communities show: a neutral grey dark enough to read on white, more opaque the
 *   heavier the link (issue 15, item 6), and the bipartite view's links show too;
 * - "Run layout" a second (and third) time moves the nodes and draws frames at once (item 16);
 * - sizing by a metric that is zero for most nodes keeps every node visible (item 15).
 */

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, openExplorer, type BrowserSession } from "./harness";
import { frameCount, nodeOnScreen, waitForLayout } from "./page";

interface Edge {
  edge: string;
  source: string;
  target: string;
  weight: number;
  color: string;
  hidden: boolean;
  size: number;
  sourceColor: string;
  targetColor: string;
}

const probedEdges = (page: Page): Promise<Edge[]> => page.evaluate(() => window.papergraphProbe?.edges() ?? []);

/** Red, green, blue (0–255) and alpha (0–1) of a `#rrggbb` or `#rrggbbaa` colour. */
function rgba(color: string): [number, number, number, number] {
  const hex = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(color);
  if (!hex) throw new Error(`not a hex colour: ${color}`);
  const [r, g, b] = hex[1]!.match(/../g)!.map((pair) => parseInt(pair, 16)) as [number, number, number];
  return [r, g, b, hex[2] ? parseInt(hex[2], 16) / 255 : 1];
}

/** How far a colour drawn over white is from white, 0–255 (the darkest channel after blending). */
const inkOnWhite = (color: string) => {
  const [r, g, b, a] = rgba(color);
  return Math.max(...[r, g, b].map((channel) => (255 - channel) * a));
};

describe("the canvas", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchBrowser();
    await openExplorer(session.page, inject("appUrl"));
    await waitForLayout(session.page);
  });
  afterAll(() => session?.close());

  test("links between communities are drawn in a readable grey, the heavier the more opaque", async () => {
    const { page } = session;
    const bridges = (await probedEdges(page)).filter((edge) => edge.sourceColor !== edge.targetColor);
    expect(bridges.length).toBeGreaterThan(5);
    for (const bridge of bridges) {
      expect(bridge.hidden).toBe(false);
      const [r, g, b] = rgba(bridge.color);
      // A neutral grey: the three channels within a few steps of each other.
      expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeLessThan(24);
      expect(inkOnWhite(bridge.color)).toBeGreaterThan(30);
    }
    const light = bridges.find((edge) => edge.weight === 1)!;
    const heavy = bridges.reduce((most, edge) => (edge.weight > most.weight ? edge : most));
    expect(heavy.weight).toBeGreaterThan(1);
    expect(rgba(heavy.color)[3]).toBeGreaterThan(rgba(light.color)[3]);
  });

  test("links inside a community keep its colour", async () => {
    const { page } = session;
    const inside = (await probedEdges(page)).filter((edge) => edge.sourceColor === edge.targetColor);
    expect(inside.length).toBeGreaterThan(5);
    for (const edge of inside) expect(edge.color.slice(0, 7)).toBe(edge.sourceColor.slice(0, 7));
  });

  test("a second and a third Run layout move the nodes and draw frames at once", async () => {
    const { page } = session;
    const toggle = page.locator(".layout-toggle");
    for (const round of [2, 3]) {
      expect(await toggle.textContent(), `round ${round}`).toBe("Run layout");
      const node = "author:adam karvonen";
      const before = await nodeOnScreen(page, node);
      const frames = await frameCount(page);
      await toggle.click();
      await page.waitForFunction((n) => performance.getEntriesByName("papergraph:frame").length >= n + 3, frames, {
        timeout: 5_000,
      });
      const after = await nodeOnScreen(page, node);
      expect(Math.hypot(after!.x - before!.x, after!.y - before!.y), `round ${round}`).toBeGreaterThan(0.5);
      await toggle.click();
      await waitForLayout(page);
    }
  });

  test("sizing by betweenness, zero for most authors, keeps every node visible", async () => {
    const { page } = session;
    await page.locator("select[name=sizeBy]").selectOption("betweenness");
    await page.waitForTimeout(500);
    const nodes = await page
      .locator("#centrality tbody tr")
      .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-node")!));
    expect(nodes).toHaveLength(35);
    for (const node of nodes) expect((await nodeOnScreen(page, node))!.radius, node).toBeGreaterThanOrEqual(2);
    await page.locator("select[name=sizeBy]").selectOption("weightedDegree");
  });

  test("the bipartite view draws its authorship and topic links in the readable grey", async () => {
    const { page } = session;
    await page.locator("[data-network=bipartite]").click();
    await page.waitForFunction(() => document.getElementById("canvas")?.dataset.network === "bipartite");
    const edges = await probedEdges(page);
    expect(edges.length).toBeGreaterThan(30);
    for (const edge of edges) {
      expect(edge.hidden).toBe(false);
      expect(edge.size).toBeGreaterThan(0);
      expect(inkOnWhite(edge.color)).toBeGreaterThan(30);
    }
    await page.locator("[data-network=coauthors]").click();
  });
});

/**
 * The one-file HTML page in a real browser: Chromium opens it from disk (file://) with a fresh profile and
 * no server. It asks for nothing over the network and reports no error or policy violation; it places the
 * same labels as the explorer's rule in the core (src/export/label-placement.ts) before and after a zoom;
 * the wheel zooms around the pointer and a drag pans; hovering a node labels its coauthors; a click opens
 * the details; search folds case and accents and centres the node picked; hostile names stay text.
 * Screenshots go to reports/html-page/ for a person to look at.
 */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readHtmlViewer } from "../../src/cli/html-viewer";
import { htmlNetworkOf, LABEL_FONT, placeLabels, writeHtml } from "../../src/export";
import { hostileGraph, HOSTILE_NAMES, seedAnalysis } from "../export/networks";
import { launchBrowser, ROOT, type BrowserSession } from "./harness";

interface Disc {
  index: number;
  label: string;
  x: number;
  y: number;
  radius: number;
}
interface Placed {
  index: number;
  label: string;
  left: number;
  top: number;
  width: number;
}
interface Probe {
  positionOf(label: string): { x: number; y: number } | undefined;
  discs(): Disc[];
  labels(): Placed[];
  camera(): { cx: number; cy: number; k: number; k0: number; width: number; height: number };
}
declare global {
  interface Window {
    papergraphViewer: Probe;
  }
}

const SHOTS = join(ROOT, "reports", "html-page");
let browser: BrowserSession;
let folder: string;
/** Requests other than the page's own file, console errors and warnings, uncaught errors, dialogs. */
const trouble: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser(1200, 800);
  folder = mkdtempSync(join(tmpdir(), "papergraph-html-"));
  mkdirSync(SHOTS, { recursive: true });
  const { page } = browser;
  page.on("request", (request) => {
    if (!request.url().startsWith(pathToFileURL(folder).href)) trouble.push(`request ${request.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") trouble.push(`console ${message.text()}`);
  });
  page.on("pageerror", (error) => trouble.push(`error ${error.message}`));
  page.on("dialog", (dialog) => {
    trouble.push(`dialog ${dialog.message()}`);
    void dialog.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Writes the page of `network` and opens it from disk; resolves once the first frame is drawn. */
async function open(name: string, html: string): Promise<Page> {
  const file = join(folder, `${name}.html`);
  writeFileSync(file, html);
  const { page } = browser;
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector("body[data-ready]");
  return page;
}

/** What the page's window.papergraphViewer says. */
const viewer = {
  discs: (page: Page) => page.evaluate(() => window.papergraphViewer.discs()),
  labels: (page: Page) => page.evaluate(() => window.papergraphViewer.labels()),
  camera: (page: Page) => page.evaluate(() => window.papergraphViewer.camera()),
  async positionOf(page: Page, label: string) {
    const at = await page.evaluate((name) => window.papergraphViewer.positionOf(name), label);
    if (!at) throw new Error(`no node labelled ${label}`);
    return at;
  },
};

/** The labels the core's rule places on the page's discs, measured with the page's own font. */
async function coreLabels(page: Page, order: number): Promise<string[]> {
  const discs = await viewer.discs(page);
  const { width, height } = await viewer.camera(page);
  const widths = await page.evaluate(
    ({ labels, font }) => {
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = font;
      return labels.map((label) => context.measureText(label).width);
    },
    { labels: discs.map((disc) => disc.label), font: `${LABEL_FONT.weight} ${LABEL_FONT.size}px ${LABEL_FONT.family}` },
  );
  const measured = new Map(discs.map((disc, i) => [disc.label, widths[i]!]));
  // Keys that sort as the indices do: the viewer breaks ties by index, the core by key.
  const candidates = discs.map((disc) => ({ ...disc, key: String(disc.index).padStart(6, "0") }));
  const placed = placeLabels(candidates, {
    width,
    height,
    fontSize: LABEL_FONT.size,
    measure: (label) => measured.get(label)!,
    discsBlockAll: order <= 200,
    minRadius: 0,
  });
  return placed.map((label) => `${label.label}@${Math.round(label.left)},${Math.round(label.top)}`);
}

const drawnLabels = async (page: Page) =>
  (await viewer.labels(page)).map((label) => `${label.label}@${Math.round(label.left)},${Math.round(label.top)}`);

const nextFrame = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));

describe("the one-file HTML page of the seed network, opened from disk", () => {
  let page: Page;
  let order: number;

  beforeAll(async () => {
    const analysis = await seedAnalysis();
    order = analysis.coauthors.order;
    const html = await writeHtml(htmlNetworkOf(analysis, "coauthors"), {
      viewerScript: readHtmlViewer(),
      title: "Seed coauthors",
    });
    page = await open("seed", html);
  });

  it("draws without a request, an error or a policy violation", async () => {
    expect(trouble).toEqual([]);
    expect(await page.locator("h1").textContent()).toBe("Seed coauthors");
    expect(await page.locator("#legend h4").allTextContents()).toEqual([
      "Size: Weighted degree",
      "Line width: joint papers",
      "Colour: Community (Louvain)",
    ]);
    await page.screenshot({ path: join(SHOTS, "seed.png") });
  });

  it("places the same labels as the core's rule, before and after a zoom", async () => {
    const before = await drawnLabels(page);
    expect(before.length).toBeGreaterThan(10);
    expect(before).toEqual(await coreLabels(page, order));
    const at = await viewer.positionOf(page, "Can Rager");
    await page.mouse.move(at.x, at.y + 60);
    await page.mouse.wheel(0, -400);
    await nextFrame(page);
    await page.mouse.move(5, 700);
    await nextFrame(page);
    const after = await drawnLabels(page);
    expect(after).not.toEqual(before);
    expect(after).toEqual(await coreLabels(page, order));
  });

  it("zooms around the pointer with the wheel and pans with a drag", async () => {
    const camera = await viewer.camera(page);
    const anchor = await viewer.positionOf(page, "Adam Karvonen");
    await page.mouse.move(anchor.x, anchor.y);
    await page.mouse.wheel(0, 300);
    await nextFrame(page);
    const zoomed = await viewer.camera(page);
    expect(zoomed.k).toBeLessThan(camera.k);
    const still = await viewer.positionOf(page, "Adam Karvonen");
    expect(Math.hypot(still.x - anchor.x, still.y - anchor.y)).toBeLessThan(1);
    await page.mouse.move(600, 300);
    await page.mouse.down();
    await page.mouse.move(650, 340, { steps: 5 });
    await page.mouse.up();
    await nextFrame(page);
    const moved = await viewer.positionOf(page, "Adam Karvonen");
    expect(moved.x - still.x).toBeCloseTo(50, 0);
    expect(moved.y - still.y).toBeCloseTo(40, 0);
  });

  it("labels a hovered node's coauthors and opens its details on a click", async () => {
    await page.reload();
    await page.waitForSelector("body[data-ready]");
    const at = await viewer.positionOf(page, "Adam Karvonen");
    await page.mouse.move(at.x, at.y);
    await nextFrame(page);
    const labels = (await viewer.labels(page)).map((label) => label.label);
    expect(labels).toEqual(
      expect.arrayContaining(["Adam Karvonen", "Can Rager", "Samuel Marks", "Benjamin Wright", "Johnny Lin"]),
    );
    expect(await page.evaluate(() => document.getElementById("canvas")!.style.cursor)).toBe("pointer");
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.locator("#details h2").textContent()).toBe("Adam Karvonen");
    expect(await page.locator("#details h3").allTextContents()).toEqual(["Links (4), with joint papers", "Papers (3)"]);
    expect(await page.locator("#details tr", { hasText: "Degree" }).first().textContent()).toBe("Degree4");
    await page.screenshot({ path: join(SHOTS, "seed-details.png") });
    await page.keyboard.press("Escape");
    expect(await page.locator("#details").isHidden()).toBe(true);
  });

  it("finds a name whatever its case and accents, and centres the node picked", async () => {
    await page.fill("#search", "KARVÖ");
    expect(await page.locator("#results li").allTextContents()).toEqual(["Adam Karvonen"]);
    await page.press("#search", "Enter");
    await expect.poll(() => page.locator("#details h2").textContent()).toBe("Adam Karvonen");
    await nextFrame(page);
    const at = await viewer.positionOf(page, "Adam Karvonen");
    const canvas = (await page.locator("#canvas").boundingBox())!;
    expect(at.x).toBeCloseTo(canvas.x + canvas.width / 2, 0);
    expect(at.y).toBeCloseTo(canvas.y + canvas.height / 2, 0);
    expect(trouble).toEqual([]);
  });
});

describe("the one-file HTML page of hostile names", () => {
  it("shows every name as text: no script of theirs runs, no element of theirs is made", async () => {
    const graph = hostileGraph();
    const page = await open(
      "hostile",
      await writeHtml({ graph }, { viewerScript: readHtmlViewer(), title: "<b>x</b>" }),
    );
    expect(await page.locator("h1").textContent()).toBe("<b>x</b>");
    await page.fill("#search", "script");
    expect(await page.locator("#results li").allTextContents()).toEqual(["</text><script>alert(1)</script>"]);
    await page.press("#search", "Enter");
    await expect.poll(() => page.locator("#details h2").textContent()).toBe("</text><script>alert(1)</script>");
    const linked = await page.locator("#details li button").allTextContents();
    expect(linked.sort()).toEqual([HOSTILE_NAMES[0], HOSTILE_NAMES[2]].sort());
    expect(await page.evaluate(() => document.querySelectorAll("script, b").length)).toBe(2);
    await page.screenshot({ path: join(SHOTS, "hostile.png") });
    expect(trouble).toEqual([]);
  });
});

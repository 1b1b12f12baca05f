/**
 * The SVG picture in a real browser: Chromium opens the seed network's SVG from disk and draws it; the
 * screenshot has each node's colour at its centre, the labels as laid out by the browser's own font do
 * not overlap, and hostile names are text (the page runs no script they hold).
 */

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeAppearance } from "../../src/appearance";
import { describeLegend, fitViewport, project, writeSvg } from "../../src/export";
import { hostileGraph, seedAnalysis } from "../export/networks";
import { launchBrowser, type BrowserSession } from "./harness";

let browser: BrowserSession;
let folder: string;

beforeAll(async () => {
  browser = await launchBrowser(1200, 1200);
  folder = mkdtempSync(join(tmpdir(), "papergraph-svg-"));
});

afterAll(async () => {
  await browser?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** The colour of each requested pixel of a PNG, read back through a canvas. */
async function pixelsAt(png: Buffer, points: [number, number][]): Promise<[number, number, number][]> {
  return browser.page.evaluate(
    async ({ data, points }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      // The page is the SVG document: a canvas must be made in the HTML namespace to have a 2D context.
      const canvas = document.createElementNS("http://www.w3.org/1999/xhtml", "canvas") as HTMLCanvasElement;
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      return points.map(([x, y]) => {
        const [r, g, b] = context.getImageData(Math.round(x), Math.round(y), 1, 1).data;
        return [r!, g!, b!] as [number, number, number];
      });
    },
    { data: png.toString("base64"), points },
  );
}

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

describe("an SVG picture opened in Chromium", () => {
  it("shows each node's colour at its centre, and labels that do not overlap in the browser's font", async () => {
    const { coauthors } = await seedAnalysis();
    const file = join(folder, "seed.svg");
    writeFileSync(file, writeSvg(coauthors, { legend: describeLegend(describeAppearance(coauthors)) }));
    const { page } = browser;
    await page.goto(pathToFileURL(file).href);
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: 1200, height: 900 } });
    const viewport = fitViewport(coauthors, { width: 1200, height: 900 });
    const centres = coauthors.mapNodes((_n, a) => project(viewport, a.x!, a.y!));
    const colours = coauthors.mapNodes((_n, a) => channels(a.color!));
    const seen = await pixelsAt(png, centres);
    seen.forEach((pixel, i) => {
      for (let c = 0; c < 3; c++) expect(Math.abs(pixel[c]! - colours[i]![c]!), `node ${i}`).toBeLessThanOrEqual(8);
    });
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll("#labels text")].map((text) => {
        const box = (text as SVGTextElement).getBBox();
        return {
          text: text.textContent,
          left: box.x,
          right: box.x + box.width,
          top: box.y,
          bottom: box.y + box.height,
        };
      }),
    );
    expect(boxes.length).toBeGreaterThan(25);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        const overlaps = a.left < b.right && b.left < a.right && a.top + 2 < b.bottom && b.top + 2 < a.bottom;
        expect(overlaps, `${a.text} / ${b.text}`).toBe(false);
      }
    expect(await page.locator("#legend text", { hasText: "Colour: Community (Louvain)" }).count()).toBe(1);
  });

  it("renders hostile names as text: no script runs, every name is the text of a text element", async () => {
    const graph = hostileGraph();
    graph.forEachNode((node) => graph.mergeNodeAttributes(node, { x: 0, y: -graph.nodes().indexOf(node) * 40 }));
    const file = join(folder, "hostile.svg");
    writeFileSync(file, writeSvg(graph, { title: "<script>document.title='pwned'</script>" }));
    const { page } = browser;
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    const texts = await page.evaluate(() => [...document.querySelectorAll("text")].map((text) => text.textContent));
    expect(texts).toContain("</text><script>alert(1)</script>");
    expect(await page.evaluate(() => document.querySelectorAll("script").length)).toBe(0);
    expect(dialogs).toEqual([]);
  });
});

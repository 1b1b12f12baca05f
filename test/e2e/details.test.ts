/**
 * Finishing touches (issue 15, item 15): the PNG is the canvas at twice its size with the legend painted
 * in; a paper of the bipartite view says its year and lists its authors and topics (not "paper · 1
 * paper"); papers with a DOI link to it; the name column sorts.
 */

import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, openExplorer, type BrowserSession } from "./harness";
import { download, nodeOnScreen, pickFixtures, waitForLayout } from "./page";

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Share of dark pixels (text) in a box of a PNG, decoded by the page. */
function darkShare(page: Page, png: Buffer, box: { x: number; y: number; width: number; height: number }) {
  return page.evaluate(
    async ({ data, area }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(area.x, area.y, area.width, area.height).data;
      let dark = 0;
      for (let i = 0; i < pixels.length; i += 4)
        if (pixels[i]! < 90 && pixels[i + 1]! < 90 && pixels[i + 2]! < 90) dark++;
      return dark / (pixels.length / 4);
    },
    { data: png.toString("base64"), area: box },
  );
}

describe("details, links and pictures", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchBrowser();
    await openExplorer(session.page, inject("appUrl"));
    await waitForLayout(session.page);
  });
  afterAll(() => session?.close());

  test("the PNG is the canvas at twice its size, with the legend painted in its bottom left corner", async () => {
    const { page } = session;
    const { width, height } = await page.evaluate(() => window.papergraphProbe!.size());
    const file = await download(page, "png");
    expect(file.suggestedFilename()).toBe("papergraph-coauthors.png");
    const png = readFileSync(await file.path());
    expect(pngSize(png)).toEqual([2 * width, 2 * height]);
    // The legend's text ("Size: Weighted degree", "Community 1 14", …) in the bottom left corner.
    expect(await darkShare(page, png, { x: 30, y: 2 * height - 400, width: 300, height: 360 })).toBeGreaterThan(0.01);
  });

  test("the PNG scale chosen in the menu sets the picture's size, the legend scaled with it", async () => {
    const { page } = session;
    const { width, height } = await page.evaluate(() => window.papergraphProbe!.size());
    await page.locator(".downloads-menu").evaluate((menu) => void ((menu as HTMLDetailsElement).open = true));
    await page.selectOption('select[name="pngScale"]', "4");
    const png = readFileSync(await (await download(page, "png")).path());
    expect(pngSize(png)).toEqual([4 * width, 4 * height]);
    expect(await darkShare(page, png, { x: 60, y: 4 * height - 800, width: 600, height: 720 })).toBeGreaterThan(0.01);
    await page.selectOption('select[name="pngScale"]', "1");
    expect(pngSize(readFileSync(await (await download(page, "png")).path()))).toEqual([width, height]);
    await page.selectOption('select[name="pngScale"]', "2");
  });

  test("the name column sorts A to Z and back", async () => {
    const { page } = session;
    const names = () => page.locator("#centrality tbody .name").allTextContents();
    await page.locator("#centrality th[data-metric=label] button").click();
    const ascending = await names();
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)));
    await page.locator("#centrality th[data-metric=label] button").click();
    expect(await names()).toEqual([...ascending].reverse());
    await page.locator("#centrality th[data-metric=weightedDegree] button").click();
  });

  test("a paper of the bipartite view shows its year, authors and topics", async () => {
    const { page } = session;
    await page.locator("[data-network=bipartite]").click();
    await page.waitForFunction(() => document.getElementById("canvas")?.dataset.network === "bipartite");
    await waitForLayout(page);
    const paper = await page.evaluate(
      () =>
        window.papergraphProbe
          ?.edges()
          .map((edge) => [edge.source, edge.target].find((node) => node.startsWith("paper:")))
          .find(Boolean) ?? "",
    );
    const at = (await nodeOnScreen(page, paper))!;
    const box = (await page.locator("#canvas").boundingBox())!;
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await expect.poll(() => page.locator("#details h4").first().textContent()).toBe("Authors");
    const facts = await page.locator("#details .muted").first().textContent();
    expect(facts).toMatch(/^paper · \d{4}/);
    expect(facts).not.toContain("1 paper");
    expect(await page.locator("#details .neighbours").first().locator("li").count()).toBeGreaterThan(0);
    expect(await page.locator("#details h4", { hasText: "Topics" }).count()).toBe(1);
    await page.locator("[data-network=coauthors]").click();
  });

  test("a paper with a DOI links to it at doi.org, in a new tab", async () => {
    const { page } = session;
    await pickFixtures(page, "open", "extra-papers.bib");
    await page.locator("#centrality tbody tr", { hasText: "Jörg Müller" }).click();
    const link = page.locator("#details .papers a.title");
    await expect.poll(() => link.textContent()).toBe("Board Game Probes for Sparse Autoencoders");
    expect(await link.getAttribute("href")).toBe("https://doi.org/10.1000/papergraph.test.42");
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
  });
});

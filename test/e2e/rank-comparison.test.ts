/**
 * The rank comparison of the counting methods (issue 12, item 1) on the embedded corpus: the PageRank
 * ranks under full and fractional counting with Spearman's ρ and the biggest movers first, a row that
 * selects its author, and the compared metric switched to weighted degree. The figures are the pipeline's
 * (metrics/rank-comparison.ts, checked against scipy's spearmanr and rankdata in the unit tests), as the
 * command line prints them for this file: PageRank ρ 0.8870, 21 of 35 authors change rank, Rusheb Shah
 * and Tilman Räuker 21 → 31; weighted degree ρ 0.7457, 18 of 35, Aaquib Syed and Arthur Conmy 23 → 8.
 */

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { join } from "node:path";
import { launchBrowser, openExplorer, runAndWait, type BrowserSession } from "./harness";

const SCREENSHOTS = join(import.meta.dirname, "../../reports/screenshots");

const summary = (page: Page) => page.locator("#rank-comparison [data-testid=rank-summary]").textContent();
/** The table's rows as [author, full rank, fractional rank, move]. */
const rows = (page: Page) =>
  page
    .locator("#rank-comparison tbody tr")
    .evaluateAll((items) => items.map((row) => [...row.children].map((cell) => cell.textContent ?? "")));

describe("the rank comparison", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchBrowser();
    await openExplorer(session.page, inject("appUrl"));
    await session.page.locator("#rank-comparison-panel summary").click();
  });
  afterAll(() => session?.close());

  test("shows Spearman's ρ, the authors who change rank, and the biggest movers first", async () => {
    const { page } = session;
    expect(await summary(page)).toBe("Spearman ρ 0.887 · 21 of 35 authors change rank");
    const table = await rows(page);
    expect(table).toHaveLength(35);
    expect(table.slice(0, 2)).toEqual([
      ["Rusheb Shah", "21", "31", "↓ 10"],
      ["Tilman Räuker", "21", "31", "↓ 10"],
    ]);
    const moves = table.map(([, full, fractional]) => Math.abs(Number(full) - Number(fractional)));
    expect(moves).toEqual([...moves].sort((a, b) => b - a));
    expect(table.filter(([, , , move]) => move !== "=")).toHaveLength(21);
    await page.locator("#rank-comparison-panel").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, "rank-comparison.png") });
  });

  test("a row's name selects the author", async () => {
    const { page } = session;
    await page.locator("#rank-comparison tbody tr", { hasText: "Tilman Räuker" }).locator("button").click();
    await expect.poll(() => page.locator("#details .details-name").textContent()).toBe("Tilman Räuker");
    const selected = page.locator('#rank-comparison tbody tr[aria-selected="true"]');
    expect(await selected.getAttribute("data-node")).toBe("author:tilman rauker");
  });

  test("weighted degree as the compared metric re-runs the comparison and goes in the address", async () => {
    const { page } = session;
    await runAndWait(page, async () => void (await page.selectOption("#rank-metric", "weightedDegree")));
    expect(await summary(page)).toBe("Spearman ρ 0.7457 · 18 of 35 authors change rank");
    expect((await rows(page)).slice(0, 2)).toEqual([
      ["Aaquib Syed", "23", "8", "↑ 15"],
      ["Arthur Conmy", "23", "8", "↑ 15"],
    ]);
    expect(await page.evaluate(() => location.hash)).toBe("#rank-metric=weightedDegree");
  });
});

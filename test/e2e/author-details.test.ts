/**
 * An author's indicators and timeline in the details panel (issue 12, items 5 and 6). On the real Web of
 * Science export of test/fixtures/real/wos/ (a lab's papers with their citation counts and complete author
 * lists): John M. Pandolfi's 43 papers, 474 citations over 43 counted papers, h-index 13, first author on
 * 21% and last on 49%, a Kleinberg burst 2013–2021 (the values test/analytics/author-indicators.test.ts
 * checks against Python, and the command line prints); his timeline's yearly papers add up to his papers.
 * On the embedded profile page, which has no citation counts: "not in the data".
 */

import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, openExplorer, ROOT, runAndWait, type BrowserSession } from "./harness";

const SCREENSHOTS = join(import.meta.dirname, "../../reports/screenshots");
const WOS = join(ROOT, "test/fixtures/real/wos/pandolfi-lab-tab-delimited.txt");

/** The indicators table as { label: value }. */
const indicators = (page: Page) =>
  page
    .locator("#details [data-testid=author-indicators] tr")
    .evaluateAll(
      (rows): Record<string, string> =>
        Object.fromEntries(rows.map((row) => [row.children[0]?.textContent ?? "", row.children[1]?.textContent ?? ""])),
    );
/** The values of the timeline's bars of `series`, by year. */
const bars = (page: Page, series: string) =>
  page
    .locator(`#details [data-testid=author-timeline] [data-series="${series}"] rect`)
    .evaluateAll((rects) =>
      rects.map((rect): [number, number] => [
        Number(rect.getAttribute("data-year")),
        Number(rect.getAttribute("data-value")),
      ]),
    );

/** Selects an author through the centrality table's row of `node`. */
async function selectAuthor(page: Page, node: string, name: string): Promise<void> {
  await page.locator(`#centrality tbody tr[data-node="${node}"]`).click();
  await expect.poll(() => page.locator("#details .details-name").textContent()).toBe(name);
}

describe("an author's indicators and timeline", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchBrowser();
    await openExplorer(session.page, inject("appUrl"));
  });
  afterAll(() => session?.close());

  test("on a profile page without citation counts, the indicators it cannot give say so", async () => {
    const { page } = session;
    await selectAuthor(page, "author:can rager", "Can Rager");
    expect(await indicators(page)).toMatchObject({
      Papers: "17",
      Citations: "not in the data (no citation counts in the files)",
      "h-index": "not in the data",
      // Its short author lists are complete, and he is never last on them.
      "Last author": "0%",
      "Profile states": "h-index 55 · 810 citations",
    });
    const papers = await bars(page, "papers");
    expect(papers.map(([year]) => year)).toEqual([2023, 2024, 2025, 2026]);
    expect(papers.reduce((sum, [, value]) => sum + value, 0)).toBe(17);
    // Can Rager has 34 coauthors, each met on a first joint paper in some year.
    expect((await bars(page, "new coauthors")).reduce((sum, [, value]) => sum + value, 0)).toBe(34);
  });

  test("on a Web of Science export, the lab head's citations, h-index, author shares, burst and timeline", async () => {
    const { page } = session;
    await runAndWait(page, () => page.setInputFiles("[data-testid=open-input]", [WOS]));
    await selectAuthor(page, "author:john m pandolfi", "John M. Pandolfi");
    expect(await indicators(page)).toEqual({
      Papers: "43",
      Citations: "474 over 43 papers with a count",
      "h-index": "13",
      "First author": "21%",
      "Last author": "49%",
    });
    expect(await page.locator("#details .author-burst").textContent()).toBe(
      "Burst of papers 2013–2021 (Kleinberg, weight 12.39)",
    );
    const papers = await bars(page, "papers");
    expect(papers.reduce((sum, [, value]) => sum + value, 0)).toBe(43);
    const years = papers.map(([year]) => year);
    expect(years).toEqual(years.map((_year, i) => years[0]! + i));
    // Every year is labelled as text, or every few when there are many.
    const labels = await page.locator("#details [data-testid=author-timeline] text.year").allTextContents();
    expect(labels.at(-1)).toBe(String(years.at(-1)));
    expect(labels.length).toBeGreaterThanOrEqual(Math.min(years.length, 5));
    await page.locator("#details-panel").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, "author-details.png") });
  });
});

/**
 * Filters in plain words (issue 15, item 11) and only what changed recomputed (item 12), on the embedded
 * corpus (35 authors, 64 links, papers from 2023 on; 7 links have 2 or more joint papers):
 * - numbers apply as they are typed, after a pause, without Enter or leaving the field;
 * - a negative number, an inverted year range and a range with no papers are said next to the field, and
 *   the last good view stays (no run starts);
 * - a filter change sends the worker options only, never the files again, and the worker reruns the
 *   filter and what reads it, keeping the read and identified corpus.
 */

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, openExplorer, runAndWait, type BrowserSession } from "./harness";
import { lastRun, recordPage, readLoadRecord } from "./load-network";

const edges = async (page: Page) => Number(await page.locator("#canvas").getAttribute("data-edges"));
const results = (page: Page) => page.evaluate(() => performance.getEntriesByName("papergraph:result").length);
const field = (page: Page, name: string) => page.locator(`input[name=${name}]`);
const error = (page: Page, id: string) => page.locator(`#${id}-error`);

/** Types into a filter field the way a user does, key by key. */
async function typeInto(page: Page, name: string, text: string): Promise<void> {
  await field(page, name).fill("");
  await field(page, name).pressSequentially(text);
}

/** Asserts that no analysis starts in the next second (the last good view stays). */
async function expectNoRun(page: Page): Promise<void> {
  const before = await results(page);
  await page.waitForTimeout(1_000);
  expect(await page.evaluate(() => document.body.dataset.status)).toBe("ready");
  expect(await results(page)).toBe(before);
}

describe("filters", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchBrowser();
    await recordPage(session.page);
    await openExplorer(session.page, inject("appUrl"));
  });
  afterAll(() => session?.close());

  test("a number applies as it is typed, after a pause, with no Enter and no leaving the field", async () => {
    const { page } = session;
    expect(await edges(page)).toBe(64);
    await runAndWait(page, () => typeInto(page, "minLinkWeight", "2"));
    expect(await field(page, "minLinkWeight").evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await edges(page)).toBe(7);
  });

  test("the filter change sent options only, and the worker reran the filter and what reads it", async () => {
    const { page } = session;
    const run = lastRun((await readLoadRecord(page)).observations);
    expect(run.filter((o) => o.kind === "request").map((o) => o.type)).toEqual(["analyse"]);
    expect(await page.locator("#status").getAttribute("data-steps")).toBe(
      "filter,coauthor metrics,counting comparison,community labels,bursts,author indicators,coauthor appearance,coauthor layout",
    );
    expect(await page.locator("#status").getAttribute("title")).toBe(
      "Recomputed: filter, coauthor metrics, counting comparison, community labels, bursts, author indicators, coauthor appearance, coauthor layout",
    );
  });

  test("a negative number of coauthors is said next to the field and the last good view stays", async () => {
    const { page } = session;
    await typeInto(page, "minDegree", "-3");
    await expect.poll(() => error(page, "filter-minDegree").textContent()).toBe("Use 0 or more coauthors.");
    expect(await field(page, "minDegree").getAttribute("aria-invalid")).toBe("true");
    await expectNoRun(page);
    expect(await edges(page)).toBe(7);
    // 0 is what applies already: the message goes, and nothing needs to run.
    await typeInto(page, "minDegree", "0");
    await expect.poll(() => error(page, "filter-minDegree").textContent()).toBe("");
    expect(await field(page, "minDegree").getAttribute("aria-invalid")).toBe("false");
  });

  test("a year range that ends before it starts is said in plain words and nothing runs", async () => {
    const { page } = session;
    await runAndWait(page, () => typeInto(page, "yearFrom", "2025"));
    await typeInto(page, "yearTo", "2024");
    await expect
      .poll(() => error(page, "filter-years").textContent())
      .toBe("The range ends before it starts (2025 > 2024).");
    expect(await field(page, "yearTo").getAttribute("aria-invalid")).toBe("true");
    await expectNoRun(page);
  });

  test("a year range with no paper says which years the papers span, and nothing runs", async () => {
    const { page } = session;
    const shown = await page.locator("#status").textContent();
    // The end first: from 2025–2024, every value typed on the way to 1990–1991 is inverted, not a year or
    // holds no paper, so none of them applies, however fast the keys come.
    await typeInto(page, "yearTo", "1991");
    await typeInto(page, "yearFrom", "1990");
    await expect
      .poll(() => error(page, "filter-years").textContent())
      .toMatch(/^No paper in 1990–1991: the papers run from 2023 to \d{4}\.$/);
    await expectNoRun(page);
    expect(await page.locator("#status").textContent()).toBe(shown);
  });

  test("a year range with papers applies, reruns from the year range and keeps the files as read", async () => {
    const { page } = session;
    await typeInto(page, "yearFrom", "");
    await runAndWait(page, () => typeInto(page, "yearTo", "2024"));
    expect(await error(page, "filter-years").textContent()).toBe("");
    const steps = (await page.locator("#status").getAttribute("data-steps"))!.split(",");
    expect(steps[0]).toBe("years");
    expect(steps).not.toContain("ingest");
    expect(steps).not.toContain("identities");
    expect(Number(await page.locator("#canvas").getAttribute("data-nodes"))).toBeLessThan(35);
  });
});

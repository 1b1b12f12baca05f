/**
 * Communities in the explorer (issue 12, items 2 and 3) on the embedded corpus: each coauthor community
 * named by its label in the legend, the clustering panel and its details, with its stability across seeds
 * explained; the algorithm, resolution and minimum size controls, whose values are checked in plain words
 * before anything runs. Expected figures are the command line's for this file (`--communities leiden
 * --resolution 2`: 12 coauthor communities; with `--min-cluster-size 4`: 4, each kept whole by the 10
 * other seeds, stability 1); Louvain's first community (14 authors) has the label "Machine Learning ·
 * downstream task".
 */

import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, openExplorer, runAndWait, type BrowserSession } from "./harness";

const SCREENSHOTS = join(import.meta.dirname, "../../reports/screenshots");

const figure = (page: Page, label: string) =>
  page
    .locator("#clustering .figure", { has: page.locator(".figure-label", { hasText: label }) })
    .locator(".figure-value");
const fragment = (page: Page) => page.evaluate(() => location.hash);

describe("labelled communities and their controls", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchBrowser();
    await openExplorer(session.page, inject("appUrl"));
    await session.page.locator("#clustering-panel summary").click();
  });
  afterAll(() => session?.close());

  test("the legend, the clustering panel and the details name a community by its label, with its stability", async () => {
    const { page } = session;
    const entry = page.locator("#legends .legend-pick").first();
    expect(await entry.locator(".legend-label").textContent()).toBe("Community 1: Machine Learning · downstream task");
    expect(await page.locator("#legends .colours h4").textContent()).toBe("Colour: Community (Louvain)");
    const first = page.locator("#clustering .communities > li").first();
    expect(await first.locator(".community-label").textContent()).toBe("Machine Learning · downstream task");
    expect(await first.locator(".community-stability").textContent()).toBe("stability 1");
    expect(await first.locator(".community-topics").textContent()).toMatch(/^Distinctive topics: Machine Learning · /);
    await entry.click();
    await expect
      .poll(() => page.locator("#details .details-name").textContent())
      .toBe(" Community 1: Machine Learning · downstream task");
    expect(await page.locator("#details [data-testid=community-stability]").textContent()).toBe(
      "Stability 1 — Stability: the share of the community's pairs of members that 10 further runs with other " +
        "seeds keep in one community (1 = always together).",
    );
    await page.screenshot({ path: join(SCREENSHOTS, "community-label.png") });
  });

  test("a resolution or minimum size that cannot apply is said next to its field and runs nothing", async () => {
    const { page } = session;
    const resolution = page.locator("#community-resolution");
    await resolution.fill("0");
    await resolution.dispatchEvent("change");
    await expect
      .poll(() => page.locator("#community-resolution-error").textContent())
      .toBe("Use a number above 0, e.g. 1.");
    expect(await resolution.getAttribute("aria-invalid")).toBe("true");
    const size = page.locator("#community-minClusterSize");
    await size.fill("2.5");
    await size.dispatchEvent("change");
    await expect.poll(() => page.locator("#community-minClusterSize-error").textContent()).toBe("Use a whole number.");
    expect(await fragment(page)).toBe("");
    expect(await figure(page, "communities").textContent()).toBe("7");
    // Back to valid values: the messages go, and as nothing changed nothing runs.
    for (const [field, value] of [
      [size, "1"],
      [resolution, "1"],
    ] as const) {
      await field.fill(value);
      await field.dispatchEvent("change");
    }
    expect(await page.locator("#community-minClusterSize-error").textContent()).toBe("");
    expect(await page.locator("#community-resolution-error").textContent()).toBe("");
    expect(await fragment(page)).toBe("");
  });

  test("Leiden at resolution 2, then a minimum size of 4, re-run the analysis and go in the address", async () => {
    const { page } = session;
    await runAndWait(page, async () => void (await page.selectOption("#community-algorithm", "leiden")));
    await runAndWait(page, async () => {
      await page.locator("#community-resolution").fill("2");
      await page.locator("#community-resolution").dispatchEvent("change");
    });
    expect(await figure(page, "communities").textContent()).toBe("12");
    expect(await page.locator("#clustering h4", { hasText: "Communities (" }).textContent()).toBe(
      "Communities (Leiden, resolution 2)",
    );
    expect(await page.locator("#legends .colours h4").textContent()).toBe("Colour: Community (Leiden)");
    // The colour menu names the algorithm too.
    expect(await page.locator('select[name="colorBy"] option[value="community"]').textContent()).toBe(
      "Community (Leiden)",
    );
    await runAndWait(page, async () => {
      await page.locator("#community-minClusterSize").fill("4");
      await page.locator("#community-minClusterSize").dispatchEvent("change");
    });
    expect(await figure(page, "communities").textContent()).toBe("4");
    expect(await figure(page, "stability").textContent()).toBe("1");
    expect(await fragment(page)).toBe("#communities=leiden&resolution=2&min-cluster=4");
  });

  test("undo steps back to the previous minimum size", async () => {
    const { page } = session;
    await page.locator("#canvas").focus();
    await runAndWait(page, () => page.keyboard.press("Control+z"));
    expect(await figure(page, "communities").textContent()).toBe("12");
    expect(await page.locator("#community-minClusterSize").inputValue()).toBe("1");
  });
});

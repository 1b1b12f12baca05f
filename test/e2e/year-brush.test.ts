/**
 * The year brush (issue 12, item 5) on the sample profile, whose papers by year are 2023: 4, 2024: 5,
 * 2025: 4, 2026: 4. Counted with the pipeline (analyse with yearTo): up to 2023, 4 papers, 9 authors and 15
 * links; up to 2024, 9 papers, 19 authors and 34 links — so stepping from 2023 to 2024 draws 34 − 15 = 19
 * new ties, and the 9 authors of 2023 start where they were. The window is the filters' year range: in
 * the address, undone by Undo. Play steps through the years (one Undo takes it back) and stops on Stop or Escape.
 */

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, openExplorer, ROOT, runAndWait, type BrowserSession } from "./harness";
import { waitForLayout } from "./page";

const SHOTS = join(ROOT, "reports", "year-brush");
const NEW_TIE = "#c2255c";
const status = (page: Page) => page.locator("#status .status-text").textContent();
const slider = (page: Page) => page.locator("#year-brush input[type=range]");
const playButton = (page: Page) => page.locator("#year-brush [data-action=play]");

/** Every linked node's position in graph coordinates: now, or (`start`) where the picture started it. */
function positions(page: Page, start = false): Promise<Record<string, { x: number; y: number } | null>> {
  return page.evaluate((atStart) => {
    const probe = window.papergraphProbe!;
    const nodes = new Set(probe.edges().flatMap((edge) => [edge.source, edge.target]));
    return Object.fromEntries(
      [...nodes].map((node) => [node, atStart ? probe.startPosition(node) : probe.position(node)]),
    );
  }, start);
}

/** The links drawn as new ties. */
function newTies(page: Page): Promise<string[]> {
  return page.evaluate(
    (colour) =>
      window
        .papergraphProbe!.edges()
        .filter((edge) => !edge.hidden && edge.color === colour)
        .map((edge) => edge.edge),
    NEW_TIE,
  );
}

describe("year brush", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchBrowser();
    await openExplorer(session.page, inject("appUrl"));
  });
  afterAll(() => session?.close());

  test("the brush spans the corpus's years and starts on all of them", async () => {
    const { page } = session;
    expect(await slider(page).getAttribute("min")).toBe("2023");
    expect(await slider(page).getAttribute("max")).toBe("2026");
    expect(await page.locator("#year-brush output").textContent()).toBe("all years");
  });

  test("keys move the year: each window is analysed, and the next one keeps the nodes where they were", async () => {
    const { page } = session;
    await slider(page).focus();
    await runAndWait(page, () => page.keyboard.press("Home"));
    await expect.poll(() => status(page)).toMatch(/ · 4 papers · 9 authors · 15 links$/);
    expect(await page.locator("#year-brush output").textContent()).toBe("up to 2023");
    expect(await newTies(page)).toEqual([]);
    await waitForLayout(page);
    const before = await positions(page);
    await runAndWait(page, () => page.keyboard.press("ArrowRight"));
    await expect.poll(() => status(page)).toMatch(/ · 9 papers · 19 authors · 34 links$/);
    // The new window's picture starts the 9 authors of 2023 where the still layout of 2023 left them.
    const started = await positions(page, true);
    expect(Object.keys(before)).toHaveLength(9);
    for (const [node, at] of Object.entries(before)) {
      expect(Math.hypot(started[node]!.x - at!.x, started[node]!.y - at!.y)).toBeLessThan(1e-3);
    }
    // The keyboard focus stays on the slider, so the next key moves on.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe("range");
    await expect.poll(async () => (await newTies(page)).length).toBe(19);
    expect(await page.locator("#legends [data-mark=line]").textContent()).toBe("New tie (not in the previous years)19");
    await waitForLayout(page);
    await page.screenshot({ path: join(SHOTS, "up-to-2024-new-ties.png") });
  });

  test("a sliding window of 2 years: its range is in the address, and Undo goes back", async () => {
    const { page } = session;
    await runAndWait(page, () => page.locator("#year-brush [data-mode=window]").click());
    await runAndWait(page, async () => {
      await page.locator("#year-brush input[name=window-years]").fill("2");
      await page.locator("#year-brush input[name=window-years]").press("Enter");
    });
    expect(await page.locator("#year-brush output").textContent()).toBe("2023–2024");
    await runAndWait(page, async () => {
      await slider(page).focus();
      await page.keyboard.press("ArrowRight");
    });
    expect(await page.locator("#year-brush output").textContent()).toBe("2024–2025");
    await expect.poll(() => status(page)).toMatch(/ · 9 papers · 19 authors · 33 links$/);
    expect(new URL(page.url()).hash).toMatch(/from=2024&to=2025/);
    await runAndWait(page, () => page.locator("#history [data-action=undo]").click());
    expect(await page.locator("#year-brush output").textContent()).toBe("2023–2024");
    expect(new URL(page.url()).hash).toMatch(/from=2023&to=2024/);
  });

  test("Play steps through the windows to the last year, undone in one step; Stop and Escape end it early", async () => {
    const { page } = session;
    await runAndWait(page, () => page.locator("#year-brush [data-action=all-years]").click());
    await runAndWait(page, () => page.locator("#year-brush [data-mode=window]").click());
    const beforePlay = await page.locator("#year-brush output").textContent();
    // From all years, Play starts at the first year.
    await playButton(page).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => playButton(page).getAttribute("aria-pressed")).toBe("true");
    await expect.poll(() => slider(page).inputValue(), { timeout: 60_000 }).toBe("2026");
    await expect.poll(() => playButton(page).getAttribute("aria-pressed"), { timeout: 30_000 }).toBe("false");
    // The window kept its 2 years: 2025 and 2026, 4 papers each.
    expect(await page.locator("#year-brush output").textContent()).toBe("2025–2026");
    await expect.poll(() => status(page)).toMatch(/ · 8 papers · /);
    await page.screenshot({ path: join(SHOTS, "played-to-2026.png") });
    // One Undo takes back the whole Play (not only its last year), and Redo brings its end again.
    await runAndWait(page, () => page.locator("#history [data-action=undo]").click());
    expect(await page.locator("#year-brush output").textContent()).toBe(beforePlay);
    expect(new URL(page.url()).hash).not.toMatch(/from=2024&to=2025/);
    await runAndWait(page, () => page.locator("#history [data-action=redo]").click());
    expect(await page.locator("#year-brush output").textContent()).toBe("2025–2026");

    // Again from the first year: Stop after the first window.
    await runAndWait(page, async () => {
      await slider(page).focus();
      await page.keyboard.press("Home");
    });
    await playButton(page).click();
    await expect.poll(() => slider(page).inputValue()).toBe("2024");
    await page.keyboard.press("Escape");
    await expect.poll(() => playButton(page).getAttribute("aria-pressed")).toBe("false");
    await page.waitForTimeout(2_500);
    expect(await slider(page).inputValue()).toBe("2024");
  });
});

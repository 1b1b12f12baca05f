/**
 * Keyboard and assistive technology (issue 15, item 13), on the embedded corpus: the table's rows and
 * headings are reachable and work by keyboard, Escape clears the selection, the canvas takes focus and
 * answers + − and the arrow keys, focus is visible, panels have headings and controls have names, and the
 * hidden file inputs are out of the tab order.
 */

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, openExplorer, type BrowserSession } from "./harness";
import { nodeOnScreen, waitForLayout } from "./page";

const active = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      tag: element?.tagName.toLowerCase(),
      node: element?.dataset.node,
      type: element?.getAttribute("type"),
      testId: element?.dataset.testid,
      text: element?.textContent ?? "",
      isFocusVisible: element?.matches(":focus-visible") ?? false,
      outline: element ? getComputedStyle(element).outlineStyle : "",
    };
  });

describe("keyboard and assistive technology", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchBrowser();
    await openExplorer(session.page, inject("appUrl"));
    await waitForLayout(session.page);
  });
  afterAll(() => session?.close());

  test("the table's rows take the focus, the arrow keys move it, Enter selects; focus is visible", async () => {
    const { page } = session;
    await page.locator("#centrality tbody tr").first().focus();
    await page.keyboard.press("ArrowDown");
    const second = await page.locator("#centrality tbody tr").nth(1).getAttribute("data-node");
    expect((await active(page)).node).toBe(second);
    await page.keyboard.press("Enter");
    const name = await page.locator("#centrality tbody tr").nth(1).locator(".name").textContent();
    await expect.poll(() => page.locator("#details .details-name").textContent()).toBe(name);
    // The row keeps the focus after the table is redrawn for the selection, and shows it.
    const focused = await active(page);
    expect(focused.node).toBe(second);
    expect(focused.isFocusVisible).toBe(true);
    expect(focused.outline).not.toBe("none");
  });

  test("a heading sorts by keyboard, and says how it sorts", async () => {
    const { page } = session;
    const heading = page.locator("#centrality th[data-metric=label]");
    await heading.locator("button").focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.locator("#centrality th[data-metric=label]").getAttribute("aria-sort"))
      .toBe("ascending");
    const names = await page.locator("#centrality tbody .name").allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(await page.locator("#centrality th[data-metric=weightedDegree]").getAttribute("aria-sort")).toBe("none");
    await page.locator("#centrality th[data-metric=weightedDegree] button").click();
  });

  test("Escape clears the selection", async () => {
    const { page } = session;
    expect(await page.locator("#details .details-name").count()).toBe(1);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#details .empty").count()).toBe(1);
    expect(await page.locator("#centrality tbody tr.selected").count()).toBe(0);
  });

  test("the canvas takes the focus and answers + and the arrow keys", async () => {
    const { page } = session;
    await page.locator("#canvas").focus();
    expect((await active(page)).tag).toBe("div");
    const [a, b] = ["author:can rager", "author:adam karvonen"];
    const distance = async () => {
      const [p, q] = [(await nodeOnScreen(page, a))!, (await nodeOnScreen(page, b))!];
      return Math.hypot(p.x - q.x, p.y - q.y);
    };
    const before = await distance();
    await page.keyboard.press("+");
    await page.waitForTimeout(400);
    expect(await distance()).toBeGreaterThan(before * 1.2);
    const left = (await nodeOnScreen(page, a))!.x;
    await page.keyboard.press("ArrowRight");
    await page.waitForTimeout(400);
    // The view moves right: what is on screen shifts left.
    expect((await nodeOnScreen(page, a))!.x).toBeLessThan(left - 10);
    const top = (await nodeOnScreen(page, a))!.y;
    await page.keyboard.press("ArrowDown");
    await page.waitForTimeout(400);
    expect((await nodeOnScreen(page, a))!.y).toBeLessThan(top - 10);
    await page.keyboard.press("-");
    await page.keyboard.press("0");
  });

  test("panels have headings, controls have names, and the hidden file inputs are never tabbed to", async () => {
    const { page } = session;
    for (const name of ["Files", "View", "Filters", "Topics", "Details", "Centrality"])
      expect(await page.getByRole("heading", { name, exact: true }).count(), name).toBe(1);
    expect(await page.getByRole("combobox", { name: "Search authors and topics" }).count()).toBe(1);
    expect(await page.getByRole("application", { name: /^Network canvas/ }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Zoom in" }).count()).toBe(1);
    // Every tab stop of the page: Tab until the focus comes back to where it started. (Where Tab starts
    // from depends on what had the focus before, so the whole round is walked, not a fixed number of stops.)
    await page.evaluate(() => {
      (window as { tabRound?: Set<Element> }).tabRound = new Set();
    });
    const reached: { type?: string | null; text: string }[] = [];
    let isRoundDone = false;
    for (let i = 0; i < 500 && !isRoundDone; i++) {
      await page.keyboard.press("Tab");
      isRoundDone = await page.evaluate(() => {
        const round = (window as { tabRound?: Set<Element> }).tabRound!;
        const element = document.activeElement;
        if (!element || element === document.body) return false;
        if (round.has(element)) return true;
        round.add(element);
        return false;
      });
      if (!isRoundDone) reached.push(await active(page));
    }
    expect(isRoundDone).toBe(true);
    expect(reached.filter((element) => element.type === "file")).toEqual([]);
    // The buttons that open the file dialogs are reached instead.
    expect(reached.some((element) => element.text === "Open files…")).toBe(true);
    expect(reached.some((element) => element.text === "Add files…")).toBe(true);
  });
});

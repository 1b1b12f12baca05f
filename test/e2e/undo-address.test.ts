/**
 * Undo, redo and the page address (issue 13, items 1 and 2), on the embedded corpus (35 authors, 64 links;
 * 7 links have 2 or more joint papers): a colour choice and a filter are undone with Ctrl+Z and the Undo
 * button and redone with Ctrl+Shift+Z, the filter's undo re-running the analysis and showing in its field;
 * the address follows every choice, and opening it in a fresh page shows the same view of the same data.
 */

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, openExplorer, runAndWait, type BrowserSession } from "./harness";

const edges = async (page: Page) => Number(await page.locator("#canvas").getAttribute("data-edges"));
const colour = (page: Page) => page.locator('select[name="colorBy"]').inputValue();
const legendTitle = (page: Page) => page.locator("#legends .colours h4").textContent();
const fragment = (page: Page) => page.evaluate(() => location.hash);
const button = (page: Page, action: "undo" | "redo") => page.locator(`#history [data-action="${action}"]`);

describe("undo, redo and the address", () => {
  let session: BrowserSession;
  let address: string;

  beforeAll(async () => {
    session = await launchBrowser();
    await openExplorer(session.page, inject("appUrl"));
  });
  afterAll(() => session?.close());

  test("with nothing done, both buttons are off and the address has no choice", async () => {
    const { page } = session;
    expect(await button(page, "undo").isDisabled()).toBe(true);
    expect(await button(page, "redo").isDisabled()).toBe(true);
    expect(await fragment(page)).toBe("");
  });

  test("a colour choice and a filter are undone in turn, the filter's undo re-running the analysis", async () => {
    const { page } = session;
    await page.selectOption('select[name="colorBy"]', "mainTopic");
    expect(await legendTitle(page)).toBe("Colour: Main topic");
    await runAndWait(page, () => page.locator('input[name="minLinkWeight"]').fill("2"));
    expect(await edges(page)).toBe(7);
    expect(await fragment(page)).toBe("#colour=mainTopic&min-weight=2");
    address = page.url();
    expect(await button(page, "undo").getAttribute("title")).toBe("Undo the change of the filters (Ctrl+Z)");
    await page.locator("#canvas").focus();
    await runAndWait(page, () => page.keyboard.press("Control+z"));
    expect(await edges(page)).toBe(64);
    // No minimum is the default: the field is empty.
    expect(await page.locator('input[name="minLinkWeight"]').inputValue()).toBe("");
    expect(await colour(page)).toBe("mainTopic");
    await button(page, "undo").click();
    expect(await colour(page)).toBe("community");
    expect(await legendTitle(page)).toBe("Colour: Community (Louvain)");
    expect(await button(page, "undo").isDisabled()).toBe(true);
    expect(await fragment(page)).toBe("");
  });

  test("Ctrl+Shift+Z redoes both, and a new choice forgets what was undone", async () => {
    const { page } = session;
    await page.locator("#canvas").focus();
    await page.keyboard.press("Control+Shift+z");
    expect(await colour(page)).toBe("mainTopic");
    await runAndWait(page, () => page.keyboard.press("Control+Shift+z"));
    expect(await edges(page)).toBe(7);
    expect(await button(page, "redo").isDisabled()).toBe(true);
    await page.keyboard.press("Control+z");
    await page.waitForFunction(() => document.body.dataset.status === "ready");
    await page.selectOption('select[name="sizeBy"]', "betweenness");
    expect(await button(page, "redo").isDisabled()).toBe(true);
    expect(await button(page, "undo").getAttribute("title")).toBe("Undo the change of the size (Ctrl+Z)");
  });

  test("the address opens the same view of the same data in a fresh page", async () => {
    const fresh = await launchBrowser();
    try {
      const { page } = fresh;
      await openExplorer(page, address);
      expect(await colour(page)).toBe("mainTopic");
      expect(await page.locator('input[name="minLinkWeight"]').inputValue()).toBe("2");
      expect(await edges(page)).toBe(7);
      expect(await button(page, "undo").isDisabled()).toBe(true);
    } finally {
      await fresh.close();
    }
  });

  test("an address with choices that cannot apply opens the default view", async () => {
    const fresh = await launchBrowser();
    try {
      const { page } = fresh;
      await openExplorer(page, `${inject("appUrl")}#network=nope&min-weight=-3&from=2030&to=2020`);
      expect(await page.locator("#canvas").getAttribute("data-network")).toBe("coauthors");
      expect(await edges(page)).toBe(64);
    } finally {
      await fresh.close();
    }
  });
});

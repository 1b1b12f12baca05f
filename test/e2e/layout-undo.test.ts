/**
 * A layout run is a step of undo and redo (issue 13, item 1), on the embedded corpus: "Run layout" moves
 * the nodes from where the first layout left them; Undo puts every node back where it was, Redo where the
 * run took it, and the buttons' titles say so.
 */

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, openExplorer, type BrowserSession } from "./harness";
import { waitForLayout } from "./page";

const button = (page: Page, action: "undo" | "redo") => page.locator(`#history [data-action="${action}"]`);

/** Every node's layout position (graph coordinates), by key. */
function positions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const probe = window.papergraphProbe!;
    const keys = [...new Set(probe.edges().flatMap((edge) => [edge.source, edge.target]))];
    return Object.fromEntries(keys.map((key) => [key, probe.position(key)!]));
  });
}

describe("undo and redo of a layout run", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchBrowser();
    await openExplorer(session.page, inject("appUrl"));
    await waitForLayout(session.page);
  });
  afterAll(() => session?.close());

  test("Undo puts every node back where the run found it, Redo where the run left it", async () => {
    const { page } = session;
    const before = await positions(page);
    await page.locator(".layout-toggle").click();
    await page.waitForFunction(() => document.getElementById("canvas")?.dataset.layout !== "still");
    await waitForLayout(page);
    const after = await positions(page);
    const moved = Object.keys(before).filter((key) => before[key]!.x !== after[key]!.x);
    expect(moved.length).toBeGreaterThan(Object.keys(before).length / 2);
    expect(await button(page, "undo").getAttribute("title")).toBe("Undo the layout run (Ctrl+Z)");

    await button(page, "undo").click();
    expect(await positions(page)).toEqual(before);
    expect(await button(page, "redo").getAttribute("title")).toBe("Redo the layout run (Ctrl+Shift+Z)");
    await page.locator("#canvas").focus();
    await page.keyboard.press("Control+Shift+z");
    expect(await positions(page)).toEqual(after);
  });
});

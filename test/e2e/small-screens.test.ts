/**
 * Small screens (issue 15, item 14): at 420 px the canvas has a width and sigma draws (it threw
 * "Container has no width"), the panels are drawers that open over the canvas and close again, and touch
 * pans and pinches the network; at 1024×768 the canvas takes the whole width; at 1440×900 the panels are
 * docked and the canvas still keeps most of the screen.
 */

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, openExplorer, type BrowserSession } from "./harness";
import { drawnLabels, nodeOnScreen, waitForLayout, waitForStillCamera } from "./page";

const canvasWidth = (page: Page) => page.locator("#canvas").evaluate((element) => element.clientWidth);
const isShown = (page: Page, id: string) =>
  page.locator(`#${id}`).evaluate((element) => getComputedStyle(element).visibility === "visible");

/** Sends touch events to sigma's input layer: fingers start at `from` and end at `to` (viewport pixels). */
async function touch(page: Page, from: [number, number][], to: [number, number][]): Promise<void> {
  await page.evaluate(
    ({ start, end }) => {
      const target = document.querySelector("#canvas .sigma-mouse")!;
      const box = target.getBoundingClientRect();
      const touches = (points: [number, number][]) =>
        points.map(
          ([x, y], identifier) =>
            new Touch({
              identifier,
              target,
              clientX: box.left + x,
              clientY: box.top + y,
              pageX: box.left + x,
              pageY: box.top + y,
            }),
        );
      const send = (type: string, on: EventTarget, points: [number, number][], changed = points) =>
        on.dispatchEvent(
          new TouchEvent(type, {
            touches: type === "touchend" ? [] : touches(points),
            changedTouches: touches(changed),
            targetTouches: type === "touchend" ? [] : touches(points),
            bubbles: true,
            cancelable: true,
          }),
        );
      send("touchstart", target, start);
      for (let step = 1; step <= 6; step++) {
        const at = start.map(([x, y], i): [number, number] => [
          x + ((end[i]![0] - x) * step) / 6,
          y + ((end[i]![1] - y) * step) / 6,
        ]);
        send("touchmove", document, at);
      }
      send("touchend", document, end, end);
    },
    { start: from, end: to },
  );
  await page.waitForTimeout(500);
}

describe("a 420 px phone", () => {
  let session: BrowserSession;
  const errors: string[] = [];

  beforeAll(async () => {
    session = await launchBrowser(420, 860, true);
    session.page.on("pageerror", (error) => errors.push(error.message));
    await openExplorer(session.page, inject("appUrl"));
    await waitForLayout(session.page);
  });
  afterAll(() => session?.close());

  test("the canvas takes the whole width and draws the network with labels, without errors", async () => {
    const { page } = session;
    expect(await canvasWidth(page)).toBe(420);
    expect(await page.locator("#canvas").getAttribute("data-nodes")).toBe("35");
    expect((await drawnLabels(page)).length).toBeGreaterThan(5);
    expect(errors).toEqual([]);
  });

  test("the panels are drawers: closed at first, opened by their button over the canvas, closed by Escape", async () => {
    const { page } = session;
    expect(await isShown(page, "left")).toBe(false);
    expect(await isShown(page, "right")).toBe(false);
    await page.locator("[data-drawer=left]").click();
    expect(await isShown(page, "left")).toBe(true);
    expect(await page.locator("[data-drawer=left]").getAttribute("aria-expanded")).toBe("true");
    // The canvas underneath keeps its size.
    expect(await canvasWidth(page)).toBe(420);
    await page.keyboard.press("Escape");
    expect(await isShown(page, "left")).toBe(false);
    await page.locator("[data-drawer=right]").click();
    expect(await isShown(page, "right")).toBe(true);
    await page.locator("#centrality tbody tr").nth(2).click();
    await expect.poll(() => page.locator("#details .details-name").count()).toBe(1);
    await page.locator("[data-drawer-close=right]").click();
    expect(await isShown(page, "right")).toBe(false);
  });

  test("one finger pans the network, two fingers pinch it", async () => {
    const { page } = session;
    const node = "author:can rager";
    // The row picked in the previous test may still be centring the camera.
    await waitForStillCamera(page);
    const before = (await nodeOnScreen(page, node))!;
    await touch(page, [[200, 300]], [[260, 360]]);
    const panned = (await nodeOnScreen(page, node))!;
    expect(panned.x - before.x).toBeGreaterThan(30);
    expect(panned.y - before.y).toBeGreaterThan(30);
    const other = "author:adam karvonen";
    const spread = async () => {
      const [p, q] = [(await nodeOnScreen(page, node))!, (await nodeOnScreen(page, other))!];
      return Math.hypot(p.x - q.x, p.y - q.y);
    };
    const apart = await spread();
    await touch(
      page,
      [
        [180, 320],
        [240, 380],
      ],
      [
        [120, 260],
        [300, 440],
      ],
    );
    expect(await spread()).toBeGreaterThan(apart * 1.5);
  });
});

describe("wider screens", () => {
  test("at 1024×768 the panels are drawers and the canvas has the whole width", async () => {
    const session = await launchBrowser(1024, 768);
    try {
      await openExplorer(session.page, inject("appUrl"));
      expect(await canvasWidth(session.page)).toBe(1024);
      expect(await isShown(session.page, "left")).toBe(false);
    } finally {
      await session.close();
    }
  });

  test("at 1440×900 the panels are docked and the canvas keeps more than half the width", async () => {
    const session = await launchBrowser(1440, 900);
    try {
      await openExplorer(session.page, inject("appUrl"));
      expect(await isShown(session.page, "left")).toBe(true);
      expect(await isShown(session.page, "right")).toBe(true);
      expect(await canvasWidth(session.page)).toBeGreaterThan(720);
    } finally {
      await session.close();
    }
  });
});

/**
 * What the browser tests do to the page as a user would, and what they read back: give it files (the
 * file pickers, or a drop), wait for the live layout to settle, open the download menu and save a
 * download, read the canvas probe (src/app/view/probe.ts) and sigma's frames.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Download, Page } from "playwright-core";
import { expect } from "vitest";
import { runAndWait } from "./harness";

export const FIXTURES = join(import.meta.dirname, "fixtures");

/** Drops the fixtures on the page as a user dragging them from their desktop would, and waits for the result. */
export async function dropFixtures(page: Page, ...names: string[]): Promise<void> {
  const files = names.map((name) => ({ name, text: readFileSync(join(FIXTURES, name), "utf8") }));
  const dataTransfer = await page.evaluateHandle((items) => {
    const transfer = new DataTransfer();
    for (const { name, text } of items) transfer.items.add(new File([text], name, { type: "text/plain" }));
    return transfer;
  }, files);
  await runAndWait(page, async () => {
    await page.dispatchEvent("body", "dragenter", { dataTransfer });
    await page.dispatchEvent("body", "drop", { dataTransfer });
  });
}

/** Picks fixtures through "Open files…" (a new workspace) or "Add files…", and waits for the result. */
export async function pickFixtures(page: Page, how: "open" | "add", ...names: string[]): Promise<void> {
  const input = how === "open" ? "[data-testid=open-input]" : "[data-testid=file-input]";
  await runAndWait(page, () =>
    page.setInputFiles(
      input,
      names.map((name) => join(FIXTURES, name)),
    ),
  );
}

/** Waits until ForceAtlas2 has stopped by itself and overlap removal has finished: the picture is still. */
export async function waitForLayout(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById("canvas")?.dataset.layout === "still", undefined, {
    timeout: 90_000,
  });
}

/** Opens the download menu, presses the button of `format` and returns the download. */
export async function download(page: Page, format: string): Promise<Download> {
  const menu = page.locator(".downloads-menu");
  if (!(await menu.evaluate((element) => (element as HTMLDetailsElement).open))) await menu.locator("summary").click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(`#downloads [data-format="${format}"]`).click(),
  ]);
  return file;
}

/** The saved text of a download. */
export async function downloadText(file: Download): Promise<string> {
  return readFileSync(await file.path(), "utf8");
}

/** A label the canvas drew in its last frame, with the disc it belongs to (viewport pixels). */
export interface DrawnLabel {
  node: string;
  label: string;
  left: number;
  top: number;
  width: number;
  height: number;
  x: number;
  y: number;
  radius: number;
}

/** The labels of the last frame. */
export function drawnLabels(page: Page): Promise<DrawnLabel[]> {
  return page.evaluate(() => [...(window.papergraphProbe?.labels() ?? [])]);
}

/** Where `node` is on the canvas now. */
export function nodeOnScreen(
  page: Page,
  node: string,
): Promise<{ x: number; y: number; radius: number; color: string; hidden: boolean } | null> {
  return page.evaluate((key) => window.papergraphProbe?.node(key) ?? null, node);
}

/**
 * Waits until the camera has stopped moving (a reset, a focus or a selection that centres animates it):
 * two reads of a node's place on screen 250 ms apart agree.
 */
export async function waitForStillCamera(page: Page): Promise<void> {
  let before = "";
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() => {
          const edge = window.papergraphProbe!.edges()[0];
          return edge ? JSON.stringify(window.papergraphProbe!.node(edge.source)) : "";
        });
        const still = now === before;
        before = now;
        return still;
      },
      { interval: 250, timeout: 10_000 },
    )
    .toBe(true);
}

/** Frames sigma has rendered so far. */
export function frameCount(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName("papergraph:frame").length);
}

/**
 * Shared set-up of the browser tests and the screenshot script: build the explorer with vite, serve the
 * build with vite's preview server on 127.0.0.1 (a free port), and launch Debian's Chromium headless
 * through playwright-core with a fresh profile. Chromium gets WebGL from SwiftShader (software), which is
 * what sigma needs in a machine without a GPU.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { build, preview } from "vite";

export const ROOT = resolve(import.meta.dirname, "../..");
export const DIST = join(ROOT, "dist", "app");
export const CHROMIUM = process.env.PAPERGRAPH_CHROMIUM ?? "/usr/bin/chromium";

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // WebGL without a GPU: ANGLE on SwiftShader (Chromium refuses software WebGL unless told it is fine).
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

/** Builds the explorer into dist/app/ (the same as `npm run build`). */
export async function buildApp(): Promise<void> {
  await build({
    root: ROOT,
    configFile: join(ROOT, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir: DIST, emptyOutDir: true },
  });
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? done(address.port) : fail(new Error("no port"))));
    });
  });
}

/** Serves dist/app/ on 127.0.0.1; returns its URL and a close function. */
export async function serveApp(): Promise<{ url: string; close: () => Promise<void> }> {
  const port = await freePort();
  const server = await preview({
    root: ROOT,
    configFile: join(ROOT, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir: DIST },
    preview: { host: "127.0.0.1", port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh profile and opens one page of `width`×`height` (`hasTouch`: a touch screen). */
export async function launchBrowser(width = 1440, height = 900, hasTouch = false): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), "papergraph-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width, height },
    acceptDownloads: true,
    hasTouch,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens `url` and waits until the first analysis is done and drawn. */
export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForAnalysis(page);
}

/** Waits for the page to report a finished analysis and a first frame of it. */
export async function waitForAnalysis(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => document.body.dataset.status === "ready" && performance.getEntriesByName("papergraph:first-draw").length > 0,
    undefined,
    { timeout },
  );
}

/**
 * Runs `action` (which starts an analysis) and waits for its result to be drawn; `timeout` only guards
 * against a hang (a large network on a busy machine takes minutes).
 */
export async function runAndWait(page: Page, action: () => Promise<void>, timeout = 60_000): Promise<void> {
  const count = () => page.evaluate(() => performance.getEntriesByName("papergraph:result").length);
  const before = await count();
  await action();
  await page.waitForFunction(
    (n) => performance.getEntriesByName("papergraph:result").length > n && document.body.dataset.status === "ready",
    before,
    { timeout },
  );
  await page.waitForFunction(() => {
    const results = performance.getEntriesByName("papergraph:result");
    const draws = performance.getEntriesByName("papergraph:first-draw");
    return draws.length > 0 && draws[draws.length - 1]!.startTime >= results[results.length - 1]!.startTime;
  });
}

/** Share of the canvas's pixels that differ from its white background (overlays hidden while measuring). */
export async function inkedShare(page: Page): Promise<number> {
  const hide = await page.addStyleTag({ content: ".overlay { visibility: hidden !important; }" });
  const png = (await page.locator("#canvas").screenshot()).toString("base64");
  await hide.evaluate((element) => (element as Element).remove());
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let inked = 0;
    for (let i = 0; i < pixels.length; i += 4)
      if (pixels[i]! < 245 || pixels[i + 1]! < 245 || pixels[i + 2]! < 245) inked++;
    return inked / (pixels.length / 4);
  }, png);
}

/**
 * `npm run screenshots`: builds the explorer, opens it in headless Chromium and writes PNGs of the default
 * view, the topic view and the clustering panel into screenshots/ (git-ignored), after the live layout
 * has stopped, so they show what a user sees once the picture settles.
 */

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { buildApp, launchBrowser, openExplorer, ROOT, serveApp } from "./harness";

const OUT = join(ROOT, "screenshots");

/** Waits until ForceAtlas2 has stopped by itself and overlap removal had time to finish. */
async function waitForLayout(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector(".layout-toggle")?.textContent === "Run layout", undefined, {
    timeout: 60_000,
  });
  await page.waitForTimeout(1_000);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await buildApp();
  const server = await serveApp();
  const session = await launchBrowser(1600, 1000);
  try {
    const { page } = session;
    await openExplorer(page, server.url);
    await waitForLayout(page);
    await page.screenshot({ path: join(OUT, "default.png") });

    await page.locator("[data-network=topics]").click();
    await page.waitForFunction(() => document.getElementById("canvas")?.dataset.network === "topics");
    await waitForLayout(page);
    await page.screenshot({ path: join(OUT, "topics.png") });

    await page.locator("[data-network=coauthors]").click();
    await waitForLayout(page);
    await page.locator("#centrality-panel > summary").click();
    await page.locator("#clustering-panel > summary").click();
    await page.locator("#centrality tbody tr", { hasText: "Adam Karvonen" }).count();
    await page.screenshot({ path: join(OUT, "clustering.png") });
    console.log(`papergraph: screenshots written to ${OUT}`);
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

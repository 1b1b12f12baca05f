/**
 * `npm run screenshots`: builds the explorer, opens it in headless Chromium at the three sizes the
 * explorer is checked at (1440×900, 1024×768 and a 420 px phone) and writes PNGs into screenshots/
 * (git-ignored) after the live layout has stopped, so they show what a user sees once the picture
 * settles: the default view at each size, then at 1440×900 the topic view, a selected community, a
 * selected link and the clustering panel. `--only NAME` keeps the shots whose name contains NAME.
 */

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { buildApp, launchBrowser, openExplorer, ROOT, serveApp } from "./harness";

const OUT = join(ROOT, "screenshots");
const SIZES = [
  { name: "1440x900", width: 1440, height: 900 },
  { name: "1024x768", width: 1024, height: 768 },
  { name: "420x860", width: 420, height: 860 },
];

/** Waits until ForceAtlas2 has stopped by itself and overlap removal had time to finish. */
export async function waitForLayout(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector(".layout-toggle")?.textContent === "Run layout", undefined, {
    timeout: 60_000,
  });
  await page.waitForTimeout(1_000);
}

async function details(page: Page, shoot: (name: string) => Promise<void>): Promise<void> {
  await page.locator("[data-network=topics]").click();
  await page.waitForFunction(() => document.getElementById("canvas")?.dataset.network === "topics");
  await waitForLayout(page);
  await shoot("topics");
  await page.locator("[data-network=coauthors]").click();
  await waitForLayout(page);
  await page.locator("#legends .legend-pick").nth(1).click();
  await page.waitForTimeout(800);
  await shoot("community");
  await page.keyboard.press("Escape");
  await page.locator("#clustering-panel > summary").click();
  await shoot("clustering");
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: "string" } } });
  mkdirSync(OUT, { recursive: true });
  await buildApp();
  const server = await serveApp();
  try {
    for (const size of SIZES) {
      const session = await launchBrowser(size.width, size.height);
      try {
        const { page } = session;
        const shoot = async (name: string) => {
          const file = `${size.name}-${name}`;
          if (values.only && !file.includes(values.only)) return;
          await page.screenshot({ path: join(OUT, `${file}.png`) });
        };
        await openExplorer(page, server.url);
        await waitForLayout(page);
        await shoot("default");
        if (size.width >= 1440) await details(page, shoot);
      } finally {
        await session.close();
      }
    }
    console.log(`papergraph: screenshots written to ${OUT}`);
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });

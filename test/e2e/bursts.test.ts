/**
 * Burst marks (issue 12, item 5): on the sample profile (papers 2023–2026) Kleinberg's automaton finds one
 * burst, the category Machine Learning in 2023–2024 (9 of its papers; test/analytics checks the values).
 * The bursts panel lists it, a click shows it in the topic network, where a ring marks it, the legend
 * explains the ring, the details panel and the hover label give its years.
 */

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, openExplorer, ROOT, type BrowserSession } from "./harness";
import { drawnLabels, nodeOnScreen, waitForLayout } from "./page";

const SHOTS = join(ROOT, "reports", "bursts");
const TOPIC = "topic:cat:cs.lg";

describe("burst marks", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchBrowser();
    await openExplorer(session.page, inject("appUrl"));
  });
  afterAll(() => session?.close());

  test("the bursts panel lists the strongest bursts with their years and papers", async () => {
    const { page } = session;
    await page.locator("#bursts-panel summary").click();
    const rows = page.locator("#bursts [data-bursts=topics] li");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute("data-node")).toBe(TOPIC);
    expect(await rows.first().textContent()).toBe("Machine Learning2023–2024 · 9 p.");
    expect(await page.locator("#bursts").textContent()).toContain("No author burst.");
  });

  test("a click shows the topic ringed in the topic network, the legend and the details say what the ring is", async () => {
    const { page } = session;
    await page.locator("#bursts [data-bursts=topics] button").first().click();
    await page.waitForFunction(() => document.getElementById("canvas")?.dataset.network === "topics");
    await expect.poll(() => page.evaluate(() => window.papergraphProbe?.bursts() ?? [])).toEqual([TOPIC]);
    const mark = page.locator("#legends [data-mark=ring]");
    expect(await mark.textContent()).toBe("Burst of activity (Kleinberg)1");
    await expect.poll(() => page.locator("#details [data-burst]").getAttribute("data-burst")).toBe("burst 2023–2024");
    await waitForLayout(page);
    // The whole network in view (key 0), so the picture shows the ring among the other topics.
    await page.locator("#canvas").focus();
    await page.keyboard.press("0");
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(SHOTS, "burst-ring.png") });
  });

  test("hovering the node adds its burst years to its label", async () => {
    const { page } = session;
    const disc = (await nodeOnScreen(page, TOPIC))!;
    const box = (await page.locator("#canvas").boundingBox())!;
    await page.mouse.move(box.x + disc.x, box.y + disc.y);
    await expect
      .poll(async () => (await drawnLabels(page)).find((label) => label.node === TOPIC)?.label)
      .toBe("Machine Learning · burst 2023–2024");
    await page.mouse.move(box.x + 2, box.y + 2);
  });

  test("the coauthor network has no author burst, so it draws no ring and the legend no ring entry", async () => {
    const { page } = session;
    await page.locator("#view-controls [data-network=coauthors]").click();
    await page.waitForFunction(() => document.getElementById("canvas")?.dataset.network === "coauthors");
    await expect.poll(() => page.locator("#legends h4", { hasText: "Size:" }).count()).toBe(1);
    expect(await page.evaluate(() => window.papergraphProbe?.bursts() ?? [])).toEqual([]);
    expect(await page.locator("#legends [data-mark=ring]").count()).toBe(0);
  });
});

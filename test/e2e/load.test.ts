/**
 * The page under load: 16,300 synthetic papers from the bench generator (about 20,000 authors and
 * 340,000 coauthor links) are given to the explorer through its file picker. While the worker analyses
 * them, no main-thread task may exceed 200 ms (PerformanceObserver "longtask"). Then the result arrives
 * in chunks, is put together and copied for drawing in slices: those script tasks are bounded too (see
 * SCRIPT_TASK_LIMIT_MS). What is not bounded here is sigma's own work: its constructor indexes every node
 * and link and draws the first frame in one task, and in headless Chromium each frame of 20,000 nodes
 * and 50,000 links then takes about a second of SwiftShader (software WebGL) rasterising, which shows
 * as a long task with almost no script in it; a user's GPU does it in milliseconds. The test prints
 * these figures (sigma's task, frame script time against the long tasks while the layout runs).
 */

import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { generateCorpus } from "../../src/cli/synthetic-corpus";
import { launchBrowser, openExplorer, runAndWait, type BrowserSession } from "./harness";

const PAPERS = 16_300;
const LONG_TASK_LIMIT_MS = 200;
/**
 * Script tasks between the analysis and sigma: receiving chunks, hydrating, panels, the render graph.
 * The budget is 200 ms; measured 120–180 ms on a 2-core machine shared with other jobs, asserted with
 * a margin for that noise.
 */
const SCRIPT_TASK_LIMIT_MS = 300;
/** sigma's constructor (index 20,000 nodes and 50,000 links, first frame): measured 320–360 ms. */
const SIGMA_LIMIT_MS = 800;

interface Timings {
  runStart: number;
  analysed: number;
  result: number;
  firstDraw: number;
  sigmaStart: number;
  sigmaMs: number;
  longTasks: { start: number; duration: number }[];
  frames: number[];
}

describe("a 20,000-author network", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchBrowser();
    await session.page.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: "longtask" });
    });
    await openExplorer(session.page, inject("appUrl"));
    // The sample's live layout has settled, as when a user drops files on a page they have looked at.
    await session.page.waitForFunction(() => document.querySelector(".layout-toggle")?.textContent === "Run layout");
  });
  afterAll(() => session?.close());

  test("is analysed without a main-thread task over 200 ms, then prepared in short tasks and drawn", {
    timeout: 300_000,
  }, async () => {
    const { page } = session;
    const files = generateCorpus(PAPERS).map((file) => ({
      name: file.name,
      mimeType: "text/plain",
      buffer: Buffer.from(file.text),
    }));
    await runAndWait(page, () => page.setInputFiles("[data-testid=file-input]", files));
    const nodes = Number(await page.locator("#canvas").getAttribute("data-nodes"));
    expect(nodes).toBeGreaterThan(19_000);
    // Let ForceAtlas2 run a few seconds to sample frame times.
    await page.waitForTimeout(5_000);
    const timings: Timings = await page.evaluate(() => {
      const last = (name: string) => performance.getEntriesByName(name).at(-1)!.startTime;
      const firstDraw = last("papergraph:first-draw");
      const sigma = performance.getEntriesByName("papergraph:sigma").at(-1)!;
      return {
        sigmaStart: sigma.startTime,
        sigmaMs: sigma.duration,
        runStart: last("papergraph:run-start"),
        analysed: last("papergraph:analysed"),
        result: last("papergraph:result"),
        firstDraw,
        longTasks: (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks,
        frames: performance
          .getEntriesByName("papergraph:frame")
          .filter((entry) => entry.startTime > firstDraw)
          .map((entry) => entry.duration),
      };
    });
    const during = (from: number, to: number) =>
      timings.longTasks.filter((task) => task.start >= from && task.start < to);
    const longest = (tasks: { duration: number }[]) => Math.max(0, ...tasks.map((task) => task.duration));
    const whileAnalysing = during(timings.runStart, timings.analysed);
    // The task that builds sigma starts before the sigmaStart mark it contains; it is sigma's task
    // (bounded by SIGMA_LIMIT_MS), so only tasks that ended before it count here.
    const beforeSigma = during(timings.analysed, timings.sigmaStart).filter(
      (task) => task.start + task.duration <= timings.sigmaStart,
    );
    const afterDraw = during(timings.firstDraw + 1, Infinity);
    const sorted = [...timings.frames].sort((a, b) => a - b);
    const edges = await page.locator("#canvas").getAttribute("data-edges");
    console.log(
      [
        `papergraph e2e load: ${nodes} nodes, ${edges} links`,
        `worker analysis ${Math.round(timings.analysed - timings.runStart)} ms, longest main-thread task meanwhile ${Math.round(longest(whileAnalysing))} ms`,
        `chunks received ${Math.round(timings.result - timings.analysed)} ms, first draw ${Math.round(timings.firstDraw - timings.runStart)} ms after the run started (${Math.round(timings.firstDraw - timings.analysed)} ms after the analysis)`,
        `longest script task from analysis to sigma ${Math.round(longest(beforeSigma))} ms (${beforeSigma.length} tasks over 50 ms); sigma's constructor and first frame ${Math.round(timings.sigmaMs)} ms`,
        `frames during the live layout: ${sorted.length}, script median ${Math.round(sorted[sorted.length >> 1] ?? 0)} ms, max ${Math.round(sorted.at(-1) ?? 0)} ms`,
        `long tasks after the first draw (script + software WebGL): ${afterDraw.length}, ${afterDraw.map((task) => Math.round(task.duration)).join(", ")} ms`,
      ].join("\n  "),
    );
    expect(longest(whileAnalysing)).toBeLessThanOrEqual(LONG_TASK_LIMIT_MS);
    expect(longest(beforeSigma)).toBeLessThanOrEqual(SCRIPT_TASK_LIMIT_MS);
    expect(timings.sigmaMs).toBeLessThanOrEqual(SIGMA_LIMIT_MS);
    expect(Math.max(...timings.frames)).toBeLessThanOrEqual(SIGMA_LIMIT_MS);
  });
});

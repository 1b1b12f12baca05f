/**
 * `npm run bench:explorer`: how the explorer copes with a 20,000-author network, in figures. Builds the
 * explorer, serves it on 127.0.0.1, opens it in Debian's Chromium (harness.ts: same flags and fresh profile
 * as the browser tests), waits for the sample's layout to settle, gives the page the load corpus of
 * load-network.ts through its file picker, lets the live layout run a few seconds, and prints a table of
 * what the page measured; then it changes one filter (minimum joint papers 1 → 2, typed into the filter
 * panel) and prints how long the page took from the key to the new picture. It never fails on a number;
 * load.test.ts checks the structure.
 *
 * Options: `--papers N` (default 16,300, about 20,000 authors), `--layout-seconds S` (default 5).
 */

import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { buildApp, launchBrowser, openExplorer, runAndWait, serveApp } from "./harness";
import { LOAD_PAPERS, type LoadRecord, loadFiles, readLoadRecord, recordPage, waitForFrames } from "./load-network";

interface Task {
  start: number;
  duration: number;
}

const longest = (tasks: Task[]) => tasks.reduce((most, task) => Math.max(most, task.duration), 0);
const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString("en")} ms` : "—");
/** Milliseconds with one decimal, for passes that take a few. */
const ms1 = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : "—");

/** The benchmark's rows: what was measured, and its value. */
function figures(record: LoadRecord, papers: number): [string, string][] {
  const during = (from: number, to: number) => record.longTasks.filter((task) => task.start >= from && task.start < to);
  const whileAnalysing = during(record.runStart, record.analysed);
  // The task that builds sigma starts before the sigma mark it contains: it is sigma's, counted there.
  const beforeSigma = during(record.analysed, record.sigmaStart).filter(
    (task) => task.start + task.duration <= record.sigmaStart,
  );
  const afterDraw = during(record.firstDraw + 1, Infinity);
  const loading = during(record.runStart, record.firstDraw + 1);
  const frames = [...record.frames].sort((a, b) => a - b);
  const labels = [...record.labelPasses].sort((a, b) => a - b);
  return [
    [
      "network",
      `${papers.toLocaleString("en")} papers, ${record.nodes.toLocaleString("en")} authors drawn, ${record.edges.toLocaleString("en")} links drawn`,
    ],
    ["worker analysis (run start → first chunk)", ms(record.analysed - record.runStart)],
    [
      "longest main-thread task while analysing",
      `${ms(longest(whileAnalysing))} (${whileAnalysing.length} tasks over 50 ms)`,
    ],
    ["chunks received (first → last)", ms(record.result - record.analysed)],
    ["time to first draw, from run start", ms(record.firstDraw - record.runStart)],
    ["time to first draw, from the first chunk", ms(record.firstDraw - record.analysed)],
    ["time to first draw, from the last chunk", ms(record.firstDraw - record.result)],
    [
      "longest script task from analysis to sigma",
      `${ms(longest(beforeSigma))} (${beforeSigma.length} tasks over 50 ms)`,
    ],
    ["sigma constructor and first frame", ms(record.sigmaMs)],
    [
      "longest main-thread task, run start → first draw (goal < 200 ms)",
      `${ms(longest(loading))} (${loading.length} tasks over 50 ms)`,
    ],
    [
      "frames during the live layout (script)",
      frames.length
        ? `${frames.length} frames, median ${ms(frames[frames.length >> 1] ?? Number.NaN)}, max ${ms(frames.at(-1) ?? Number.NaN)}`
        : "none rendered",
    ],
    [
      "label placement per frame (main thread; goal < 8 ms)",
      labels.length
        ? `${labels.length} frames, median ${ms1(labels[labels.length >> 1] ?? Number.NaN)}, max ${ms1(labels.at(-1) ?? Number.NaN)}`
        : "none",
    ],
    [
      "long tasks after the first draw (script + software WebGL)",
      afterDraw.length ? `${afterDraw.length}, longest ${ms(longest(afterDraw))}` : "none",
    ],
  ];
}

/** A filter change as a user makes it, timed from the key to the first draw of the filtered network. */
async function filterChange(page: Page): Promise<[string, string][]> {
  const started = await page.evaluate(() => performance.now());
  await runAndWait(page, async () => {
    await page.locator("input[name=minLinkWeight]").fill("2");
    await page.locator("input[name=minLinkWeight]").press("Tab");
  });
  const record = await readLoadRecord(page);
  const during = record.longTasks.filter((task) => task.start >= started && task.start < record.firstDraw);
  return [
    [
      "filter change: minimum joint papers 1 → 2",
      `${record.nodes.toLocaleString("en")} authors and ${record.edges.toLocaleString("en")} links drawn after it`,
    ],
    ["  key → worker result (first chunk)", ms(record.analysed - started)],
    ["  key → first draw of the filtered network", ms(record.firstDraw - started)],
    ["  longest main-thread task meanwhile", `${ms(longest(during))} (${during.length} tasks over 50 ms)`],
  ];
}

function table(rows: [string, string][]): string {
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, value]) => `  ${name.padEnd(width)}  ${value}`).join("\n");
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { papers: { type: "string" }, "layout-seconds": { type: "string" } } });
  const papers = Number(values.papers ?? LOAD_PAPERS);
  const layoutSeconds = Number(values["layout-seconds"] ?? 5);
  process.stderr.write("bench:explorer: building the explorer…\n");
  await buildApp();
  const server = await serveApp();
  const session = await launchBrowser();
  try {
    const { page } = session;
    await recordPage(page);
    await openExplorer(page, server.url);
    await page.waitForFunction(
      () => document.querySelector(".layout-toggle")?.textContent === "Run layout",
      undefined,
      {
        timeout: 120_000,
      },
    );
    process.stderr.write(`bench:explorer: analysing ${papers.toLocaleString("en")} papers in the page…\n`);
    const files = loadFiles(papers);
    await runAndWait(page, () => page.setInputFiles("[data-testid=file-input]", files));
    await waitForFrames(page);
    // The live layout keeps sigma drawing: sample its frames for a few seconds.
    await page.waitForTimeout(layoutSeconds * 1000);
    const record = await readLoadRecord(page);
    const change = await filterChange(page);
    const chromium = await page.evaluate(() => /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? "?");
    process.stdout.write(
      `papergraph explorer benchmark — ${new Date().toISOString().slice(0, 10)}, Chromium ${chromium} (headless, software WebGL)\n`,
    );
    process.stdout.write(`${table([...figures(record, papers), ...change])}\n`);
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:explorer: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});

/**
 * The explorer under load, shared by the load test (test/e2e/load.test.ts, which checks structure) and
 * the explorer benchmark (test/e2e/bench-explorer.ts, which prints figures): 16,300 synthetic papers from
 * the bench generator (about 20,000 authors and 340,000 coauthor links) given to the page through its file
 * picker, and what the page records meanwhile.
 *
 * An init script makes the page record, in order: the requests it posts to its analysis worker and the
 * replies it gets back (by protocol `type`), the input events it handles (with the run's status at that
 * moment), and main-thread long tasks (PerformanceObserver "longtask"). The page's own performance marks
 * (analysis-client.ts, renderer.ts) give the rest: run start, first chunk, last chunk, first draw, sigma's
 * constructor, frames.
 */

import type { Page } from "playwright-core";
import { generateCorpus } from "../../src/cli/synthetic-corpus";

/** Papers of the load corpus: about 20,000 authors. */
export const LOAD_PAPERS = 16_300;

/** Something the page saw, in the order it saw it. */
export interface Observation {
  kind: "request" | "reply" | "input";
  /** Protocol type of a request or reply (`analyse`, `progress`, `chunk`, `result`, `error`); event type of an input. */
  type: string;
  /** `document.body.dataset.status` at that moment. */
  status: string;
}

/** What the page recorded over one run, and the figures read from its performance marks (ms). */
export interface LoadRecord {
  observations: Observation[];
  runStart: number;
  analysed: number;
  result: number;
  firstDraw: number;
  sigmaStart: number;
  sigmaMs: number;
  longTasks: { start: number; duration: number }[];
  /** Script time of each frame sigma rendered after the first draw. */
  frames: number[];
  /** Main-thread time of the label placement of each of those frames. */
  labelPasses: number[];
  nodes: number;
  edges: number;
}

/** The load corpus as files for `page.setInputFiles`. */
export function loadFiles(papers = LOAD_PAPERS): { name: string; mimeType: string; buffer: Buffer }[] {
  return generateCorpus(papers).map((file) => ({
    name: file.name,
    mimeType: "text/plain",
    buffer: Buffer.from(file.text),
  }));
}

/** Makes the page record worker messages, input events and long tasks from its first script on. */
export async function recordPage(page: Page): Promise<void> {
  // Run by tsx (bench-explorer.ts) rather than vitest, esbuild's keepNames wraps the named functions of
  // the page-side code below in `__name(…)`, a helper the page does not have: give it one that does nothing.
  await page.addInitScript({ content: "globalThis.__name ??= (target) => target;" });
  await page.addInitScript(() => {
    const PROTOCOL = new Set(["analyse", "progress", "chunk", "result", "error"]);
    const observations: { kind: string; type: string; status: string }[] = [];
    const longTasks: { start: number; duration: number }[] = [];
    Object.assign(window, { papergraphObservations: observations, papergraphLongTasks: longTasks });
    const note = (kind: string, type: unknown) => {
      if (kind === "input" || (typeof type === "string" && PROTOCOL.has(type)))
        observations.push({ kind, type: String(type), status: document.body?.dataset.status ?? "" });
    };
    const typeOf = (message: unknown) => (message as { type?: unknown } | null)?.type;
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener("message", (event) => note("reply", typeOf(event.data)));
      }
      override postMessage(message: unknown, options?: Transferable[] | StructuredSerializeOptions): void {
        note("request", typeOf(message));
        super.postMessage(message, options as StructuredSerializeOptions);
      }
    };
    for (const type of ["keydown", "input", "click"])
      window.addEventListener(type, () => note("input", type), { capture: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask" });
  });
}

/** Observations from the last `analyse` request on: the run the page is doing or has just done. */
export function lastRun(observations: Observation[]): Observation[] {
  const start = observations.map((o) => o.kind === "request" && o.type === "analyse").lastIndexOf(true);
  return start < 0 ? [] : observations.slice(start);
}

/** Reads what the page recorded and its performance marks, after a run has been drawn. */
export async function readLoadRecord(page: Page): Promise<LoadRecord> {
  return page.evaluate(() => {
    const last = (name: string) => performance.getEntriesByName(name).at(-1);
    const firstDraw = last("papergraph:first-draw")?.startTime ?? Number.NaN;
    const sigma = last("papergraph:sigma");
    const canvas = document.getElementById("canvas");
    const recorded = window as unknown as {
      papergraphObservations: Observation[];
      papergraphLongTasks: { start: number; duration: number }[];
    };
    return {
      observations: recorded.papergraphObservations,
      runStart: last("papergraph:run-start")?.startTime ?? Number.NaN,
      analysed: last("papergraph:analysed")?.startTime ?? Number.NaN,
      result: last("papergraph:result")?.startTime ?? Number.NaN,
      firstDraw,
      sigmaStart: sigma?.startTime ?? Number.NaN,
      sigmaMs: sigma?.duration ?? Number.NaN,
      longTasks: recorded.papergraphLongTasks,
      frames: performance
        .getEntriesByName("papergraph:frame")
        .filter((entry) => entry.startTime > firstDraw)
        .map((entry) => entry.duration),
      labelPasses: performance
        .getEntriesByName("papergraph:labels")
        .filter((entry) => entry.startTime > firstDraw)
        .map((entry) => entry.duration),
      nodes: Number(canvas?.dataset.nodes),
      edges: Number(canvas?.dataset.edges),
    };
  });
}

/** Waits until sigma has rendered at least `count` frames after the last first draw. */
export async function waitForFrames(page: Page, count = 1): Promise<void> {
  await page.waitForFunction((n) => {
    const firstDraw = performance.getEntriesByName("papergraph:first-draw").at(-1)?.startTime;
    if (firstDraw === undefined) return false;
    return performance.getEntriesByName("papergraph:frame").filter((entry) => entry.startTime > firstDraw).length >= n;
  }, count);
}

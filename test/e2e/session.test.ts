/**
 * A session saved in the explorer replays on the command line (issue 13, item 2): on the embedded corpus,
 * once the live layout is still and the nodes are coloured by main topic, *Save session* writes the file's
 * fingerprint (the same SHA-256 the command line computes), the options and the view; `papergraph analyze
 * --session` on the same file then gives the numbers the explorer showed — every node and link, every
 * metric equal to the explorer's GEXF download — with the positions and colours on the canvas. *Open
 * session* in a fresh page, with its file, sets the session's options and view and draws the network at
 * the saved positions without laying it out again; a session whose file changed, or from a newer
 * papergraph, is refused with a message naming what differs, and the view on screen stays.
 */

import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { NODE_METRICS } from "../../src/metrics";
import { describeFile, readSession, type Session } from "../../src/session";
import { runPapergraph } from "../cli/run";
import type { Page } from "playwright-core";
import { launchBrowser, openExplorer, ROOT, runAndWait, type BrowserSession } from "./harness";
import { download, downloadText, nodeOnScreen, waitForLayout } from "./page";

const SAMPLE = "can-rager.profile.txt";
type GexfGraph = Graph<Record<string, unknown>, Record<string, unknown>>;
const readGexf = (text: string): GexfGraph => parse(Graph, text);
const hex = (rgb: unknown) =>
  `#${String(rgb)
    .match(/\d+/g)!
    .map((channel) => Number(channel).toString(16).padStart(2, "0"))
    .join("")}`;

describe("a session saved in the explorer", () => {
  let browser: BrowserSession;
  let folder: string;
  let session: Session;
  let explorerGexf: GexfGraph;

  beforeAll(async () => {
    browser = await launchBrowser();
    folder = mkdtempSync(join(tmpdir(), "papergraph-explorer-session-"));
    const { page } = browser;
    await openExplorer(page, inject("appUrl"));
    await waitForLayout(page);
    await page.selectOption('select[name="colorBy"]', "mainTopic");
    const text = await downloadText(await download(page, "session"));
    writeFileSync(join(folder, "session.json"), text);
    session = readSession(text);
    explorerGexf = readGexf(await downloadText(await download(page, "gexf")));
  });
  afterAll(async () => {
    await browser?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  test("records the file as the command line describes it, the options and the view", async () => {
    const text = readFileSync(join(ROOT, "data", SAMPLE), "utf8");
    expect(session.files).toEqual([await describeFile({ name: SAMPLE, text })]);
    expect(session.options).toMatchObject({ seed: 42, minLinkWeight: 0, hideOwners: false });
    expect(session.view).toMatchObject({ network: "coauthors", sizeBy: "weightedDegree", colorBy: "mainTopic" });
    expect(session.view.camera?.ratio).toBeGreaterThan(0);
    expect(Object.keys(session.positions.coauthors ?? {})).toHaveLength(35);
  });

  test("replays on the command line to the explorer's numbers, positions and colours", async () => {
    copyFileSync(join(ROOT, "data", SAMPLE), join(folder, SAMPLE));
    const run = runPapergraph(folder, "analyze", "--session", "session.json", "--gexf", "cli.gexf", "--quiet");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const cli = readGexf(readFileSync(join(folder, "cli.gexf"), "utf8"));
    expect(cli.nodes().sort()).toEqual(explorerGexf.nodes().sort());
    expect(cli.size).toBe(explorerGexf.size);
    for (const node of cli.nodes()) {
      const mine = cli.getNodeAttributes(node);
      const theirs = explorerGexf.getNodeAttributes(node);
      for (const { key } of NODE_METRICS) expect(mine[key], `${node} ${key}`).toBeCloseTo(Number(theirs[key]), 9);
      expect(mine.community).toBe(theirs.community);
      const [x, y] = session.positions.coauthors![node]!;
      expect(Number(mine.x)).toBeCloseTo(x, 3);
      expect(Number(mine.y)).toBeCloseTo(y, 3);
      const shown = await nodeOnScreen(browser.page, node);
      expect(hex(mine.color), node).toBe(shown!.color);
    }
  });
});

describe("Open session", () => {
  let browser: BrowserSession;
  let folder: string;
  let saved: Session;

  const edges = async (page: Page) => Number(await page.locator("#canvas").getAttribute("data-edges"));
  const statusText = (page: Page) => page.locator("#status .status-text").textContent();
  /** Writes the saved session, changed by `edit`, and the sample (changed by `change`) into the folder. */
  const files = (name: string, edit: (session: Session) => void, change = (text: string) => text) => {
    const session = structuredClone(saved);
    edit(session);
    writeFileSync(join(folder, `${name}.json`), JSON.stringify(session));
    writeFileSync(join(folder, SAMPLE), change(readFileSync(join(ROOT, "data", SAMPLE), "utf8")));
    return [join(folder, `${name}.json`), join(folder, SAMPLE)];
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    folder = mkdtempSync(join(tmpdir(), "papergraph-open-session-"));
    const { page } = browser;
    await openExplorer(page, inject("appUrl"));
    await waitForLayout(page);
    await page.selectOption('select[name="colorBy"]', "firstYear");
    saved = readSession(await downloadText(await download(page, "session")));
    await browser.close();
    browser = await launchBrowser();
    await openExplorer(browser.page, inject("appUrl"));
  });
  afterAll(async () => {
    await browser?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  test("refuses a session whose file changed, naming it, and keeps the view on screen", async () => {
    const { page } = browser;
    const picked = files(
      "changed",
      () => undefined,
      (text) => `${text}\n`,
    );
    await page.setInputFiles("[data-testid=session-input]", picked);
    await page.waitForFunction(() => document.body.dataset.status === "error");
    expect(await statusText(page)).toContain(`the files do not match changed.json: changed: ${SAMPLE} is not the`);
    expect(await edges(page)).toBe(64);
    expect(await page.locator('select[name="colorBy"]').inputValue()).toBe("community");
  });

  test("refuses a session from a newer papergraph, saying both versions", async () => {
    const { page } = browser;
    await page.setInputFiles(
      "[data-testid=session-input]",
      files("newer", (session) => void (session.version = 2)),
    );
    await expect
      .poll(() => statusText(page))
      .toContain("newer.json was written by a newer papergraph (session version 2; this papergraph reads version 1)");
    expect(await edges(page)).toBe(64);
  });

  test("opens with its file: the session's filters and colour, the network at the saved positions", async () => {
    const { page } = browser;
    const picked = files("filtered", (session) => void (session.options.minLinkWeight = 2));
    await runAndWait(page, () => page.setInputFiles("[data-testid=session-input]", picked));
    await page.waitForFunction(() => document.getElementById("canvas")?.dataset.layout === "still");
    expect(await edges(page)).toBe(7);
    expect(await page.locator('input[name="minLinkWeight"]').inputValue()).toBe("2");
    expect(await page.locator('select[name="colorBy"]').inputValue()).toBe("firstYear");
    const shown = await page.evaluate(
      (nodes) => nodes.map((node) => window.papergraphProbe!.position(node)),
      Object.keys(saved.positions.coauthors!),
    );
    const drawn = shown.filter((point) => point !== null);
    expect(drawn.length).toBeGreaterThan(0);
    Object.values(saved.positions.coauthors!).forEach(([x, y], i) => {
      if (!shown[i]) return;
      expect(shown[i].x).toBeCloseTo(x, 6);
      expect(shown[i].y).toBeCloseTo(y, 6);
    });
  });
});

/**
 * A session saved in the explorer replays on the command line (issue 13, item 2): on the embedded corpus,
 * once the live layout is still and the nodes are coloured by main topic, *Save session* writes the file's
 * fingerprint (the same SHA-256 the command line computes), the options and the view; `papergraph analyze
 * --session` on the same file then gives the numbers the explorer showed — every node and link, every
 * metric equal to the explorer's GEXF download — with the positions and colours on the canvas.
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
import { launchBrowser, openExplorer, ROOT, type BrowserSession } from "./harness";
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
    expect(session.options).toMatchObject({ seed: 42, minLinkWeight: 1, hideOwners: false });
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

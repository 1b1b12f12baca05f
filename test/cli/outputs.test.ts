/**
 * The publication outputs from the command line: one run of `analyze` on the seed corpus with --graphml,
 * --pajek, --vosviewer, --svg and --html writes each file and announces it; networkx and igraph read the
 * GraphML and Pajek files back with every node and link, the VOSviewer files have one map row per author
 * and one line per link, the SVG has one disc per author and the HTML page carries every author.
 * (test/export/ checks each writer in depth; test/e2e/html-page.test.ts opens the page in Chromium.)
 */

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sax from "sax";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/help";
import type { HtmlViewerData } from "../../src/export";
import { hasPython, readBack } from "../export/networks";
import { ROOT, runPapergraph } from "./run";

const SEED = join(ROOT, "data/can-rager.profile.txt");
/** The seed's coauthor network (README: nodes 35, links 64). */
const NODES = 35;
const LINKS = 64;
let work: string;
let run: ReturnType<typeof runPapergraph>;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "papergraph-outputs-"));
  run = runPapergraph(
    work,
    "analyze",
    SEED,
    ...["--graphml", "out/a.graphml", "--pajek", "out/a.net", "--vosviewer", "out/vos"],
    ...["--svg", "out/a.svg", "--html", "out/a.html", "--layout-iterations", "20"],
  );
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const read = (name: string) => readFileSync(join(work, "out", name), "utf8");

describe("papergraph analyze with every publication output", () => {
  it("exits 0 and announces each file it wrote, in order", () => {
    expect(run.status).toBe(EXIT.OK);
    const wrote = run.stderr.split("\n").filter((line) => line.startsWith("wrote "));
    expect(wrote).toEqual(
      ["a.graphml", "a.net", "vos-map.txt", "vos-network.txt", "a.svg", "a.html"].map((name) => `wrote out/${name}`),
    );
  });

  it.runIf(hasPython)("writes GraphML and Pajek files that networkx and igraph read whole", () => {
    type Read = { nodes?: object; edges: unknown[]; vertices?: unknown[]; error?: string };
    for (const [kind, file] of [
      ["graphml", "a.graphml"],
      ["pajek", "a.net"],
    ] as const) {
      const back = readBack<{ networkx: Read; igraph: Read }>(kind, join(work, "out", file));
      expect(back.networkx.error, kind).toBeUndefined();
      expect(Object.keys(back.networkx.nodes!)).toHaveLength(NODES);
      expect(back.networkx.edges).toHaveLength(LINKS);
      expect(back.igraph.vertices).toHaveLength(NODES);
      expect(back.igraph.edges).toHaveLength(LINKS);
    }
  });

  it("writes a VOSviewer map with a row per author and a network file with a line per link", () => {
    const map = read("vos-map.txt").trimEnd().split("\r\n");
    expect(map[0]!.split("\t").slice(0, 5)).toEqual(["id", "label", "x", "y", "cluster"]);
    expect(map).toHaveLength(NODES + 1);
    expect(read("vos-network.txt").trimEnd().split("\r\n")).toHaveLength(LINKS);
  });

  it("draws an SVG with a disc per author, a line per link and the legend", () => {
    const counts: Record<string, number> = {};
    const parser = sax.parser(true);
    parser.onopentag = (tag) => void (counts[tag.name] = (counts[tag.name] ?? 0) + 1);
    parser.write(read("a.svg")).close();
    expect(counts.line).toBeGreaterThanOrEqual(LINKS);
    expect(counts.circle).toBeGreaterThanOrEqual(NODES);
    expect(read("a.svg")).toContain("Colour: Community (Louvain)");
    // Each community is named by its most distinctive topics, as in the explorer's legend.
    expect(read("a.svg")).toMatch(/>Community 1: [^<]+ · [^<]+</);
  });

  it("writes one HTML page that carries every author and link", () => {
    const html = read("a.html");
    const json = /<script type="application\/json" id="papergraph-data">([^<]*)<\/script>/.exec(html)![1]!;
    const data = JSON.parse(json) as HtmlViewerData;
    expect(data.nodes).toHaveLength(NODES);
    expect(data.links).toHaveLength(LINKS);
    expect(data.title).toBe("papergraph coauthor network");
  });
});

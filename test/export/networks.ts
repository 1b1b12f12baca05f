/**
 * Networks the export tests write: the seed corpus analysed (35 authors with every metric, size, colour
 * and position), and a small network whose names are hostile (markup, quotes, backslashes, separators,
 * control characters, formulas, a duplicate, scripts from four alphabets); plus the read-back helper that
 * hands a written file to networkx, igraph or Python's csv module (read-back.py).
 */

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Graph from "graphology";
import { analyse, type Analysis } from "../../src/pipeline";
import type { ExportGraph } from "../../src/export";

const SEED = join(import.meta.dirname, "../../data/can-rager.profile.txt");
const READ_BACK = join(import.meta.dirname, "read-back.py");

let seed: Promise<Analysis> | undefined;

/** The seed corpus analysed once per test file (seed 42, 100 layout steps). */
export function seedAnalysis(): Promise<Analysis> {
  seed ??= analyse([{ name: "can-rager.profile.txt", text: readFileSync(SEED, "utf8") }], {
    seed: 42,
    layoutIterations: 100,
    referenceYear: 2024,
  });
  return seed;
}

/** Names no writer may let out of their field. */
export const HOSTILE_NAMES = [
  `Tom & "Jerry" <b>'s`,
  "</text><script>alert(1)</script>",
  "Back\\slash\\",
  "Comma, Semi; colon",
  "Tab\there\nnew line\r\nCRLF",
  '=HYPERLINK("http://x")',
  "Ctrl\u0001char\u0008",
  "Räuker Ścibior 田中 太郎 😀",
  "Ada Lovelace",
  "Ada Lovelace",
  "",
];

/** A ring of HOSTILE_NAMES authors with chords, metrics, positions, sizes and colours. */
export function hostileGraph(): ExportGraph {
  const graph: ExportGraph = new Graph({ type: "undirected" });
  HOSTILE_NAMES.forEach((label, i) => {
    graph.addNode(`author:${i}${i === 3 ? ' "quoted" key' : ""}`, {
      kind: "author",
      label,
      isOwner: i === 0,
      paperCount: i + 1,
      degree: 2,
      weightedDegree: 2.5 + i,
      betweenness: i / 10,
      pagerank: 1 / (i + 3),
      community: i % 3,
      firstYear: 2000 + i,
      x: Math.cos(i) * 100,
      y: Math.sin(i) * 50 - 20,
      size: 3 + i,
      color: ["#4e79a7", "#f28e2b", "rgb(225, 87, 89)"][i % 3],
    });
  });
  const nodes = graph.nodes();
  nodes.forEach((node, i) => {
    const next = nodes[(i + 1) % nodes.length]!;
    graph.addEdge(node, next, {
      weight: i + 1,
      fractional: 1 / (i + 2),
      papers: [`doi:10.1/${i}`, `title:a,b|"c"`],
      size: 0.5 + i / 4,
      color: "#d6d6d6",
    });
  });
  return graph;
}

export const hasPython = spawnSync("/usr/bin/python3", ["-c", "import networkx, igraph"]).status === 0;

/** What read-back.py prints for `kind` and the files, parsed. */
export function readBack<T>(kind: "graphml" | "pajek" | "vosviewer", ...files: string[]): T {
  const run = spawnSync("/usr/bin/python3", [READ_BACK, kind, ...files], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`read-back.py ${kind} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

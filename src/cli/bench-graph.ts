/**
 * `papergraph bench --graph FILE`: the whole process on one network file — read the GEXF (or GraphML)
 * with the ingest reader, compute every metric with computeMetrics, write GEXF with the export writer —
 * timed per phase, with peak memory. With `igraph` set it then runs test/metrics/igraph-reference.py on
 * the same file (Debian's python3-igraph; a measuring aid only, never needed to use papergraph), after
 * our run and never at the same time, and prints both side by side.
 *
 * Metric phases follow computeMetrics' progress steps: "paths" is the one sweep that gives betweenness,
 * closeness and harmonic; "spectral" is eigenvector + PageRank; "local" is clustering + coreness.
 */

import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { UndirectedGraph } from "graphology";
import { writeGexf } from "../export";
import { readGexf, readGraphml } from "../ingest";
import { computeMetrics, type GraphSummary } from "../metrics";
import { createThreadSweepRunner } from "./metrics-threads";

/** Options of runGraphBench. */
export interface GraphBenchOptions {
  file: string;
  /** number, default: the cores the OS offers. Sweep threads; 1 runs the sweep inline. */
  threads?: number;
  /** boolean, default false. Exact path metrics whatever the size (no sampling). */
  exact?: boolean;
  /** number, default 42. Seed of Louvain and sampling. */
  seed?: number;
  /** boolean, default false. Run the igraph reference after papergraph and print it alongside. */
  igraph?: boolean;
}

/** Seconds per phase of papergraph's run, and what it measured. */
export interface GraphBenchResult {
  seconds: Record<string, number>;
  total: number;
  peakMegabytes: number;
  summary: GraphSummary;
  igraph?: { seconds: Record<string, number>; metrics: number; total: number; peakMB: number; igraph: string };
}

const METRIC_PHASES = ["degrees", "paths", "spectral", "local", "louvain", "summary"];
const IGRAPH_SCRIPT = fileURLToPath(new URL("../../test/metrics/igraph-reference.py", import.meta.url));

/** Reads, analyses and writes one network file, timing each phase. */
export async function measureGraph(options: GraphBenchOptions): Promise<GraphBenchResult> {
  const seconds: Record<string, number> = {};
  let mark = performance.now();
  const lap = (phase: string) => {
    const now = performance.now();
    seconds[phase] = (now - mark) / 1000;
    mark = now;
  };
  const text = readFileSync(options.file, "utf8");
  const reader = /<graphml[\s>]/.test(text.slice(0, 2000)) ? readGraphml : readGexf;
  const network = reader(text, basename(options.file), { referenceYear: new Date().getFullYear() }).networks?.[0];
  if (!network) throw new Error(`papergraph/bench: no network in ${options.file}. Pass a GEXF or GraphML file.`);
  const graph = new UndirectedGraph();
  for (const node of network.nodes) graph.addNode(node.key, { kind: "author", label: node.label });
  for (const edge of network.edges) graph.addEdge(edge.source, edge.target, { weight: edge.weight });
  lap("read");
  let step = 0;
  const summary = await computeMetrics(
    graph,
    {
      seed: options.seed ?? 42,
      exactBetweennessMaxNodes: options.exact ? Number.MAX_SAFE_INTEGER : 5000,
      betweennessSamples: 500,
      sweep: createThreadSweepRunner({ threads: options.threads }),
    },
    (stage, done) => {
      if (stage === "metrics" && done > step) lap(METRIC_PHASES[(step = done) - 1]);
    },
  );
  writeFileSync(join(tmpdir(), `papergraph-bench-${process.pid}.gexf`), writeGexf(graph, {}));
  lap("write");
  const total = Object.values(seconds).reduce((sum, value) => sum + value, 0);
  const result: GraphBenchResult = { seconds, total, peakMegabytes: process.resourceUsage().maxRSS / 1024, summary };
  if (options.igraph) result.igraph = runIgraph(options.file);
  return result;
}

/** Runs the igraph reference script on the file and returns its JSON row. */
function runIgraph(file: string): GraphBenchResult["igraph"] {
  const child = spawnSync("/usr/bin/python3", [IGRAPH_SCRIPT, file], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (child.status !== 0) {
    throw new Error(`papergraph/bench: the igraph reference failed (${child.stderr.trim().split("\n").pop()}). Install python3-igraph or drop --igraph.`);
  }
  return JSON.parse(child.stdout.trim().split("\n").pop()!);
}

/** The result as the lines `papergraph bench --graph` prints. */
export function formatGraphBench(file: string, result: GraphBenchResult): string {
  const { summary } = result;
  const sampled = summary.betweenness.mode === "sampled" ? `sampled, ${summary.betweenness.samples} sources` : "exact";
  const lines = [
    `${basename(file)}: ${summary.nodes} nodes, ${summary.edges} links, ${summary.components} components; path metrics ${sampled}`,
    ...Object.entries(result.seconds).map(([phase, s]) => `  ${phase.padEnd(10)} ${s.toFixed(2).padStart(8)} s`),
    `  ${"total".padEnd(10)} ${result.total.toFixed(2).padStart(8)} s   peak ${result.peakMegabytes.toFixed(0)} MB`,
  ];
  const reference = result.igraph;
  if (reference) {
    lines.push(`igraph ${reference.igraph} (python3-igraph), same file:`);
    for (const [metric, s] of Object.entries(reference.seconds)) lines.push(`  ${metric.padEnd(14)} ${s.toFixed(2).padStart(8)} s`);
    lines.push(`  ${"total".padEnd(14)} ${reference.total.toFixed(2).padStart(8)} s   peak ${reference.peakMB} MB`);
    lines.push(`ratio papergraph (read + metrics + write) / igraph (read + metrics): ${(result.total / reference.total).toFixed(2)}`);
  }
  return lines.join("\n");
}

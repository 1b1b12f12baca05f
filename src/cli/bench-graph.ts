/**
 * `papergraph bench --graph FILE`: the whole process on one network file, through the same analyse() as
 * `papergraph analyze FILE --gexf OUT`: read the file, the pipeline (the GEXF reader, the graphs stage,
 * every metric, appearance, the seeded start positions — which lay out the community graph with its 200
 * ForceAtlas2 steps (0.11–0.15 s on ca-GrQc's 392 communities), timed in the `layout` line — but no
 * ForceAtlas2 of the network itself, which igraph's metric set does not include), write GEXF. Timed per step, with the process's CPU over those steps (every thread: the
 * sweep's and the community runs', so that runs at different load compare by CPU, not wall time alone) and
 * peak memory. With `igraph` set it then runs
 * test/metrics/igraph-reference.py on the same file (Debian's python3-igraph; a measuring aid only, never
 * needed to use papergraph), after our run and never at the same time, and prints both side by side.
 */

import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeGexfBytes } from "../export";
import type { GraphSummary } from "../metrics";
import type { AnalysisOptions } from "../options";
import { analyse } from "../pipeline";
import { timeSteps } from "./step-timer";
import { readInputFiles, writeOutput } from "./files";
import { createThreadSweepRunner } from "./metrics-threads";
import { createThreadCommunityRunner } from "./community-thread";
import { startSweepAhead } from "./sweep-ahead";

/** Options of measureGraph. */
export interface GraphBenchOptions {
  file: string;
  /** number, default: the cores the OS offers. Sweep threads; 1 runs the sweep inline. */
  threads?: number;
  /** boolean, default false. Run the igraph reference after papergraph and print it alongside. */
  igraph?: boolean;
  /** Analysis options (e.g. exactPathWork from --exact, seed). */
  options?: Partial<AnalysisOptions>;
}

/** Seconds per step of papergraph's run, and what it measured. */
export interface GraphBenchResult {
  seconds: Record<string, number>;
  total: number;
  /** CPU seconds (user + system, every thread of the process) from the read to the written GEXF. */
  cpu: number;
  peakMegabytes: number;
  summary: GraphSummary;
  igraph?: { seconds: Record<string, number>; metrics: number; total: number; peakMB: number; igraph: string };
}

const IGRAPH_SCRIPT = fileURLToPath(new URL("../../test/metrics/igraph-reference.py", import.meta.url));

/** Reads, analyses and writes one network file, timing each step. */
export async function measureGraph({
  file,
  threads,
  igraph,
  options = {},
}: GraphBenchOptions): Promise<GraphBenchResult> {
  // Checked before the run, not after it: the reference script reads GEXF alone.
  if (igraph && !/\.gexf$/i.test(file))
    throw new Error(
      `papergraph/bench: --igraph reads GEXF files only, and ${file} is not one. Write its network as GEXF first (papergraph analyze ${file} --gexf network.gexf) and bench that file.`,
    );
  const steps: Record<string, number> = {};
  const cpuBefore = process.cpuUsage();
  let mark = performance.now();
  const inputs = readInputFiles([file]);
  // As analyze does (node.ts, analyseFiles): the sweep thread loads while the file is analysed up to the metrics.
  const sweep = createThreadSweepRunner({ threads });
  startSweepAhead(sweep, inputs);
  const read = (performance.now() - mark) / 1000;
  const analysis = await analyse(inputs, { ...options, layoutIterations: 0 }, timeSteps(steps), {
    sweep,
    communityRuns: createThreadCommunityRunner({ threads }),
  });
  if (analysis.corpus.networks.length === 0)
    throw new Error(`papergraph/bench: no network in ${file}. Pass a GEXF or GraphML file.`);
  mark = performance.now();
  const out = join(tmpdir(), `papergraph-bench-${process.pid}.gexf`);
  writeOutput(out, writeGexfBytes(analysis.coauthors, {}));
  rmSync(out);
  const write = (performance.now() - mark) / 1000;
  const cpuUsed = process.cpuUsage(cpuBefore);
  // Steps that took under a millisecond (topics, bipartite… of a file with no papers) are left out.
  const seconds = {
    "read file": read,
    ...Object.fromEntries(Object.entries(steps).filter(([, s]) => s >= 0.001)),
    "write gexf": write,
  };
  const total = Object.values(seconds).reduce((sum, value) => sum + value, 0);
  const result: GraphBenchResult = {
    seconds,
    total,
    cpu: (cpuUsed.user + cpuUsed.system) / 1e6,
    peakMegabytes: process.resourceUsage().maxRSS / 1024,
    summary: analysis.coauthorSummary,
  };
  if (igraph) result.igraph = runIgraph(file);
  return result;
}

/** Runs the igraph reference script on the file and returns its JSON row. */
function runIgraph(file: string): GraphBenchResult["igraph"] {
  const child = spawnSync("/usr/bin/python3", [IGRAPH_SCRIPT, file], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (child.status !== 0) {
    const reason = child.error?.message ?? child.stderr.trim().split("\n").pop();
    const missing = child.error !== undefined || /No module named/.test(child.stderr);
    throw new Error(
      `papergraph/bench: the igraph reference failed (${reason}).${missing ? " Install Debian's python3-igraph and python3-lxml, or drop --igraph." : ""}`,
    );
  }
  return JSON.parse(child.stdout.trim().split("\n").pop()!) as GraphBenchResult["igraph"];
}

/** The result as the lines `papergraph bench --graph` prints. */
export function formatGraphBench(file: string, result: GraphBenchResult): string {
  const { summary } = result;
  const sampled = summary.betweenness.mode === "sampled" ? `sampled, ${summary.betweenness.samples} sources` : "exact";
  const lines = [
    `${basename(file)}: ${summary.nodes} nodes, ${summary.edges} links, ${summary.components} components; path metrics ${sampled}`,
    ...Object.entries(result.seconds).map(([phase, s]) => `  ${phase.padEnd(16)} ${s.toFixed(2).padStart(8)} s`),
    `  ${"total".padEnd(16)} ${result.total.toFixed(2).padStart(8)} s   cpu ${result.cpu.toFixed(2)} s   peak ${result.peakMegabytes.toFixed(0)} MB`,
  ];
  const reference = result.igraph;
  if (reference) {
    lines.push(`igraph ${reference.igraph} (python3-igraph), same file:`);
    for (const [metric, s] of Object.entries(reference.seconds))
      lines.push(`  ${metric.padEnd(14)} ${s.toFixed(2).padStart(8)} s`);
    lines.push(`  ${"total".padEnd(14)} ${reference.total.toFixed(2).padStart(8)} s   peak ${reference.peakMB} MB`);
    lines.push(
      `ratio papergraph (read + metrics + write) / igraph (read + metrics): ${(result.total / reference.total).toFixed(2)}`,
    );
  }
  return lines.join("\n");
}

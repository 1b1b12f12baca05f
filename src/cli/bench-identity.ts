/**
 * The identity section of `papergraph bench`: pairwise and B-cubed precision, recall and F1 of every
 * identity mode on every labelled set (identity-datasets.ts), whether the owner of each single-person
 * file ends up as one node, and a size-doubling run of hostile names (a name of 20,000 to 80,000 letters,
 * 200 KB to 800 KB of commas) whose times must grow no faster than the input, and the CPU time of the
 * identity stage alone on SCALE_WORKS generated OpenAlex works (the budget: 10 s). Prints figures;
 * never fails on a number.
 */

import { loadavg } from "node:os";
import { resolveAuthors, resolveIdentities } from "../identity";
import type { ClusteringScores } from "../identity/evaluation";
import { keysBySlot, scoreClustering } from "../identity/evaluation";
import type { Paper } from "../model";
import type { IdentityMode } from "../options";
import { ingest } from "../ingest";
import type { IdentitySet } from "./identity-datasets";
import { COMMITTED_SETS, EXTERNAL_SETS, FIXTURES, loadIdentitySet } from "./identity-datasets";
import { generateOpenAlexWorks } from "./synthetic-openalex";

export const MODES: readonly IdentityMode[] = ["names-only", "strict", "balanced"];

export interface IdentityEvalRow {
  set: string;
  mode: IdentityMode;
  scores: ClusteringScores;
  /** Clusters holding the owner's occurrences (1 = one node), for single-person sets. */
  ownerNodes?: number;
  seconds: number;
}

/** Scores one mode on one set. */
export function evaluateSet(set: IdentitySet, mode: IdentityMode): IdentityEvalRow {
  const started = performance.now();
  const { papers, truth } = set.labelled;
  const keys = keysBySlot(papers, resolveAuthors(papers, { mode }).papers);
  const seconds = (performance.now() - started) / 1000;
  const row: IdentityEvalRow = { set: set.name, mode, scores: scoreClustering(truth.flat(), keys.flat()), seconds };
  if (set.singlePerson) row.ownerNodes = ownerNodes(truth, keys);
  return row;
}

/** How many predicted people hold the occurrences of the most frequent true person. */
function ownerNodes(truth: (string | undefined)[][], keys: string[][]): number {
  const counts = new Map<string, number>();
  for (const label of truth.flat()) if (label !== undefined) counts.set(label, (counts.get(label) ?? 0) + 1);
  const owner = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const nodes = new Set<string>();
  truth.forEach((row, p) => row.forEach((label, a) => label === owner && nodes.add(keys[p]![a]!)));
  return nodes.size;
}

const f = (value: number) => value.toFixed(3);

/** The evaluation table: one line per set and mode. */
export function formatIdentityEval(rows: IdentityEvalRow[]): string {
  const header = ["set", "mode", "labelled", "pairwise P", "R", "F1", "B³ P", "R", "F1", "owner nodes", "s"];
  const lines = rows.map((row) => [
    row.set,
    row.mode,
    String(row.scores.occurrences),
    f(row.scores.pairwise.precision),
    f(row.scores.pairwise.recall),
    f(row.scores.pairwise.f1),
    f(row.scores.bcubed.precision),
    f(row.scores.bcubed.recall),
    f(row.scores.bcubed.f1),
    row.ownerNodes === undefined ? "" : String(row.ownerNodes),
    row.seconds.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) =>
    cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  return [format(header), ...lines.map(format)].join("\n");
}

/** A corpus of 100 ordinary papers plus one whose author is `name`. */
function withHostileName(name: string): Paper[] {
  return Array.from({ length: 101 }, (_, i) => ({
    id: `p${i}`,
    title: `Paper ${i}`,
    authors: [{ name: i === 100 ? name : `Author ${i % 37} Family${i % 13}` }, { name: "Shared Colleague" }],
    authorsTruncated: false,
    categories: [],
    source: { file: "hostile", line: i + 1 },
  }));
}

/** The median of five runs of `work`, in seconds: one run of a few milliseconds is mostly noise. */
function medianSeconds(work: () => void): number {
  const times = Array.from({ length: 5 }, () => {
    const started = performance.now();
    work();
    return (performance.now() - started) / 1000;
  }).sort((a, b) => a - b);
  return times[2]!;
}

/** Seconds of identity on a hostile name at growing sizes: linear code doubles (or less) with the size. */
export function benchHostileNames(): string {
  const lines = ["hostile name          size     seconds (median of 5)   ratio to previous size"];
  for (const [label, make] of [
    ["letters", (n: number) => "a".repeat(n)],
    ["commas", (n: number) => `${",".repeat(n)}Adam Scibior${",".repeat(n)}`],
  ] as const) {
    let previous: number | undefined;
    for (const size of [20_000, 40_000, 80_000, 160_000, 320_000]) {
      const papers = withHostileName(make(label === "commas" ? size * 5 : size));
      const seconds = medianSeconds(() => resolveAuthors(papers));
      const ratio = previous === undefined ? "" : (seconds / previous).toFixed(2);
      const length = String(papers[100]!.authors[0]!.name.length).padStart(8);
      lines.push(`${label.padEnd(20)}${length}  ${seconds.toFixed(4).padStart(9)}               ${ratio}`);
      previous = seconds;
    }
  }
  return lines.join("\n");
}

/** Generated OpenAlex works the identity stage is timed on (ids on every author, initials on one in twenty). */
export const SCALE_WORKS = 100_000;

/** CPU seconds (user + system) of this process since `since` (a process.cpuUsage() value). */
const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1e6;
};

/**
 * Ingest, then the identity stage alone, on `works` generated OpenAlex works: CPU time (on a shared
 * machine wall time counts other jobs too), wall time, people, decisions and the load average.
 */
export function benchIdentityScale(works = SCALE_WORKS): string {
  const text = [...generateOpenAlexWorks(works)].join("\n");
  const load = loadavg()[0]!;
  let cpu = process.cpuUsage();
  const corpus = ingest([{ name: "works.jsonl", text }], { referenceYear: 2026 });
  const ingestCpu = cpuSeconds(cpu);
  cpu = process.cpuUsage();
  const started = performance.now();
  const identified = resolveIdentities(corpus);
  const [identityCpu, wall] = [cpuSeconds(cpu), (performance.now() - started) / 1000];
  return [
    `identity stage on ${works.toLocaleString("en")} generated OpenAlex works (${corpus.papers.length} papers read):`,
    `  ingest ${ingestCpu.toFixed(1)} s CPU; identity ${identityCpu.toFixed(1)} s CPU, ${wall.toFixed(1)} s wall;`,
    `  ${identified.people.length} people, ${identified.decisions.length} decisions;` +
      ` load average ${load.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`,
  ].join("\n");
}

/** The whole identity section: every set found scored, the hostile-name doubling runs, the stage at scale. */
export function runIdentityBench(dataRoot: string): string {
  const sets: IdentitySet[] = [];
  const skipped: string[] = [];
  for (const spec of COMMITTED_SETS) sets.push(loadIdentitySet(spec, FIXTURES)!);
  for (const spec of EXTERNAL_SETS) {
    const set = loadIdentitySet(spec, dataRoot);
    if (set) sets.push(set);
    else skipped.push(`${spec.name} (${spec.file} not found under ${dataRoot})`);
  }
  const rows = sets.flatMap((set) => MODES.map((mode) => evaluateSet(set, mode)));
  return [
    "Identity: pairwise and B-cubed scores against the truth (ids hidden from identity, or hand labels)",
    formatIdentityEval(rows),
    ...(skipped.length ? ["", `skipped: ${skipped.join("; ")}`] : []),
    "",
    benchHostileNames(),
    "",
    benchIdentityScale(),
  ].join("\n");
}

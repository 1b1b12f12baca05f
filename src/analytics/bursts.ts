/**
 * Bursts of topics and authors over the years (kleinberg.ts): each topic's and each author's papers per
 * year, against all papers per year, through the two-state automaton. Batches are the calendar years from
 * the corpus's first year to its last (years without papers included, as empty batches); papers without a
 * year are left out. Only topics and authors with MIN_STREAM_PAPERS dated papers are examined: a single
 * paper cannot make a burst worth the name.
 *
 * Results: every burst, strongest first, in the lists (at most BURSTS_LISTED of each), and on each node of
 * the coauthor and topic networks its strongest burst as `burstStart`, `burstEnd` (years) and `burstWeight`.
 * Cost: O(authorships + paper–topic links + (authors + topics) · years).
 */

import type { AnalysedGraph, BipartiteGraph } from "../model";
import { DEFAULT_BURST_PARAMETERS, detectBursts, type BurstParameters } from "./kleinberg";

/** A burst of one topic or author: its years and weight. */
export interface Burst {
  /** Node key (`topic:…` or `author:…`), the same in the bipartite graph and in its network. */
  key: string;
  label: string;
  /** First and last year of the burst. */
  start: number;
  end: number;
  weight: number;
  /** The topic's or author's papers in those years. */
  papers: number;
}

/** Every burst found, and how. */
export interface BurstReport {
  parameters: BurstParameters;
  /** The years the batches span, or null without dated papers. */
  years: { first: number; last: number } | null;
  /** Topic and author bursts, strongest first (ties: earlier, then key), at most BURSTS_LISTED each. */
  topics: Burst[];
  authors: Burst[];
}

/** Dated papers a topic or author needs to be examined. */
export const MIN_STREAM_PAPERS = 2;
/** Bursts listed per kind. */
export const BURSTS_LISTED = 100;

/** Each paper node's year (dated papers only). */
function paperYears(bipartite: BipartiteGraph): Map<string, number> {
  const years = new Map<string, number>();
  bipartite.forEachNode((node, attributes) => {
    if (attributes.kind === "paper" && attributes.year !== undefined) years.set(node, attributes.year);
  });
  return years;
}

/** The bursts of every node of `kind` in the bipartite graph, strongest first. */
function burstsOf(
  bipartite: BipartiteGraph,
  kind: "topic" | "author",
  years: Map<string, number>,
  first: number,
  totals: number[],
  parameters: BurstParameters,
): Burst[] {
  const bursts: Burst[] = [];
  bipartite.forEachNode((node, attributes) => {
    if (attributes.kind !== kind) return;
    const counts = new Array<number>(totals.length).fill(0);
    let dated = 0;
    bipartite.forEachNeighbor(node, (paper) => {
      const year = years.get(paper);
      if (year === undefined) return;
      counts[year - first]!++;
      dated++;
    });
    if (dated < MIN_STREAM_PAPERS) return;
    for (const run of detectBursts(counts, totals, parameters)) {
      let papers = 0;
      for (let t = run.start; t <= run.end; t++) papers += counts[t]!;
      const burst = { start: first + run.start, end: first + run.end, weight: run.weight, papers };
      bursts.push({ key: node, label: attributes.label, ...burst });
    }
  });
  return bursts.sort((a, b) => b.weight - a.weight || a.start - b.start || (a.key < b.key ? -1 : 1));
}

/** Every topic's and author's bursts over the years of the bipartite graph's dated papers (see the header). */
export function findBursts(
  bipartite: BipartiteGraph,
  parameters: BurstParameters = DEFAULT_BURST_PARAMETERS,
): { report: BurstReport; all: Burst[] } {
  const years = paperYears(bipartite);
  if (years.size === 0) return { report: { parameters, years: null, topics: [], authors: [] }, all: [] };
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const year of years.values()) {
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  const totals = new Array<number>(last - first + 1).fill(0);
  for (const year of years.values()) totals[year - first]!++;
  const topics = burstsOf(bipartite, "topic", years, first, totals, parameters);
  const authors = burstsOf(bipartite, "author", years, first, totals, parameters);
  return {
    report: {
      parameters,
      years: { first, last },
      topics: topics.slice(0, BURSTS_LISTED),
      authors: authors.slice(0, BURSTS_LISTED),
    },
    all: [...topics, ...authors],
  };
}

/**
 * Writes each node's strongest burst (`burstStart`, `burstEnd`, `burstWeight`) on the coauthor and topic
 * networks, and removes them from nodes without one, so a rerun leaves nothing stale.
 */
export function assignBursts(networks: readonly AnalysedGraph[], bursts: readonly Burst[]): void {
  const strongest = new Map<string, Burst>();
  for (const burst of bursts) {
    const kept = strongest.get(burst.key);
    if (!kept || burst.weight > kept.weight) strongest.set(burst.key, burst);
  }
  for (const network of networks) {
    network.forEachNode((node) => {
      const burst = strongest.get(node);
      if (burst) {
        network.mergeNodeAttributes(node, { burstStart: burst.start, burstEnd: burst.end, burstWeight: burst.weight });
      } else {
        for (const name of ["burstStart", "burstEnd", "burstWeight"] as const) network.removeNodeAttribute(node, name);
      }
    });
  }
}

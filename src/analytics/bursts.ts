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

import { bipartiteTables, NO_YEAR, type BipartiteSource } from "../graphs";
import type { AnalysedGraph } from "../model";
import { DEFAULT_BURST_PARAMETERS, detectBursts, type BurstParameters } from "./kleinberg";
import { papersByItem } from "./paper-incidence";

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

/** The bursts of a topic or author stream whose papers per year are `counts` (see the header). */
function streamBursts(
  node: string,
  label: string,
  counts: Int32Array,
  first: number,
  totals: readonly number[],
  parameters: BurstParameters,
  into: Burst[],
): void {
  for (const run of detectBursts(counts, totals, parameters)) {
    let papers = 0;
    for (let t = run.start; t <= run.end; t++) papers += counts[t]!;
    into.push({ key: node, label, start: first + run.start, end: first + run.end, weight: run.weight, papers });
  }
}

const strongestFirst = (a: Burst, b: Burst): number =>
  b.weight - a.weight || a.start - b.start || (a.key < b.key ? -1 : 1);

/**
 * Every topic's and author's bursts over the years of the bipartite graph's dated papers (see the header).
 * `bipartite` is the graph or its tables (bipartite-tables.ts, as the build wrote them; read back from a
 * graph): the papers, their years and who wrote them and what they are about come from its typed
 * incidence, each author's and topic's papers listed by one transposition, their years counted into one
 * array. Walking each author's and topic's neighbours in the graph (forEachNeighbor) made most of the
 * step's 0.77-0.81 s of CPU on 100,000 generated works beside the layout thread (CPU profile, loaded).
 */
export function findBursts(
  bipartite: BipartiteSource,
  parameters: BurstParameters = DEFAULT_BURST_PARAMETERS,
): { report: BurstReport; all: Burst[] } {
  const { incidence, paperTopics, nodes } = bipartiteTables(bipartite);
  const { years } = incidence;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const year of years) {
    if (year === NO_YEAR) continue;
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  if (first > last) return { report: { parameters, years: null, topics: [], authors: [] }, all: [] };
  const totals = new Array<number>(last - first + 1).fill(0);
  for (const year of years) if (year !== NO_YEAR) totals[year - first]!++;
  const topics: Burst[] = [];
  const authors: Burst[] = [];
  const counts = new Int32Array(totals.length);
  const byAuthor = papersByItem(incidence.authorCount, incidence.paperStart, incidence.authors);
  const byTopic = papersByItem(paperTopics.labels.length, paperTopics.start, paperTopics.topics);
  /** The bursts of item `row` of `byItem` (an author's or a topic's papers) into `into`. */
  const itemBursts = (node: string, label: string, byItem: typeof byAuthor, row: number, into: Burst[]) => {
    const { start, papers } = byItem;
    counts.fill(0);
    let dated = 0;
    for (let j = start[row]!, stop = start[row + 1]!; j < stop; j++) {
      const year = years[papers[j]!]!;
      if (year === NO_YEAR) continue;
      counts[year - first]!++;
      dated++;
    }
    if (dated >= MIN_STREAM_PAPERS) streamBursts(node, label, counts, first, totals, parameters, into);
  };
  incidence.authorNodes.forEach((node, a) => itemBursts(node, nodes.authors[a]!.label, byAuthor, a, authors));
  nodes.topicNodes.forEach((node, t) => itemBursts(node, nodes.topics[t]!.label, byTopic, t, topics));
  topics.sort(strongestFirst);
  authors.sort(strongestFirst);
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
  // One pass per network: mergeNodeAttributes and removeNodeAttribute look the node up and emit an event each.
  for (const network of networks) {
    network.updateEachNodeAttributes(
      (node, attributes) => {
        const burst = strongest.get(node);
        if (burst) {
          attributes.burstStart = burst.start;
          attributes.burstEnd = burst.end;
          attributes.burstWeight = burst.weight;
        } else {
          delete attributes.burstStart;
          delete attributes.burstEnd;
          delete attributes.burstWeight;
        }
        return attributes;
      },
      { attributes: ["burstStart", "burstEnd", "burstWeight"] },
    );
  }
}

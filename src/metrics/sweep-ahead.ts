/**
 * The coauthor metrics' sampled sweep started before the metrics: its first two rounds — which every
 * sampled sweep makes, whatever their sums say (adaptive-sweep.ts) — swept from the projection's typed
 * links while the calling thread builds the graphology graph from them, on the core that would otherwise
 * idle (the CLI: a worker thread, src/cli/step-threads.ts). When the metrics' sweep starts it stops this one
 * before its next chunk and takes back what it made — whole rounds, and the chunks of a round begun — then
 * sweeps the rest (runSweep resumes a round from its first chunks' sums): the same CSR, cover, components,
 * sources and kernel, each round's chunks added in chunk order, so the same bits.
 *
 * On 100,000 generated works (main fd39b27, per-thread CPU from /proc every 250 ms, load 2.7): the other
 * core idled about 9 core-seconds between the links thread's end and the metrics' first sweep (the
 * bipartite build and the projection are graphology's insertions on the calling thread), and the first
 * round (563 sources) costs about 7 s of CPU.
 */

import { sweepCertainRounds, type AheadRound } from "./adaptive-sweep";
import { labelComponents } from "./components";
import { csrFromEdgeList } from "./csr";
import { paperCoverOfLinks } from "./paper-cover";
import { affordableExactPlan, sampledSweepOptions } from "./path-metrics";

/** The coauthor links as the sweep reads them (the projection's, graphs/coauthor-links.ts). */
export interface AheadLinks {
  nodeCount: number;
  source: Int32Array;
  target: Int32Array;
  weight: Int32Array;
  paperStart: Int32Array;
  papers: Int32Array;
}

/** The metrics' options the sampled rounds depend on (hop searches: weighted paths sweep nothing ahead). */
export interface SweepAheadOptions {
  seed: number;
  exactPathWork: number;
  betweennessSamples: number;
}

/** A sweep ahead under way: given the links, it sweeps; taken, it stops and gives the rounds it made. */
export interface SweepAhead {
  start(links: AheadLinks): void;
  take(): Promise<readonly AheadRound[]>;
  /** Stops it, its rounds unused (the metrics read other links, or the analysis ended). */
  drop(): void;
}

/**
 * Starts a sweep ahead elsewhere for a network of about `papers` papers, or undefined when it would not pay
 * (a small network, one core).
 */
export type SweepAheadRunner = (options: SweepAheadOptions, papers: number) => SweepAhead | undefined;

/**
 * The sampled sweep's first rounds on `links` as computeMetrics would sweep them (none when its sweep is
 * exact), stopping between two chunks once `stopped()` holds. The CSR's node keys are not read by any
 * search: they are left empty.
 */
export function sweepRoundsAhead(links: AheadLinks, options: SweepAheadOptions, stopped: () => boolean): AheadRound[] {
  const nodes = new Array<string>(links.nodeCount).fill("");
  const csr = csrFromEdgeList(nodes, links.source, links.target, links.weight);
  if (stopped()) return [];
  const components = labelComponents(csr);
  // computeMetrics builds the cover from links that list papers, for hop searches.
  const cover =
    links.papers.length > 0
      ? paperCoverOfLinks(links.nodeCount, links.source, links.target, links.paperStart, links.papers)
      : null;
  const pathOptions = {
    exactWork: options.exactPathWork,
    samples: options.betweennessSamples,
    seed: options.seed,
    weighted: false,
    cover,
  };
  if (stopped() || affordableExactPlan(csr, components, pathOptions)) return [];
  return sweepCertainRounds(csr, components, sampledSweepOptions(csr, pathOptions, null), stopped);
}

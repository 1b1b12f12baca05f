/**
 * Betweenness, closeness, harmonic centrality and the distance figures of the largest component, all
 * from ONE shortest-path sweep (sweep-kernel.ts), exact or from sampled sources (sampling.ts).
 *
 * - betweenness: Σ_s δ_s(v) / ((n − 1)(n − 2)), networkx `betweenness_centrality(G)` (normalized=True);
 *   no rescaling below three nodes, where every value is 0 anyway.
 * - closeness: ((r − 1)/D(v)) · ((r − 1)/(n − 1)) with r the size of v's component and D(v) the sum of
 *   distances to it, 0 when D(v) = 0 — networkx `closeness_centrality(G)` (wf_improved=True).
 * - harmonic: Σ_{u≠v} 1/d(u, v), networkx `harmonic_centrality(G)`.
 * - diameter and average shortest path of the largest component, networkx `diameter(C)` and
 *   `average_shortest_path_length(C)`. When sampled, the diameter is the largest eccentricity among the
 *   sampled sources (a lower bound) and the average is the unbiased estimate Σ D̂(v) / (c(c − 1)).
 * Exact when the exact sweep's work — each search, the CSR slots of its component — is within `exactWork`
 * (a cost, not a node count: ca-HepPh's exact sweep, 8k searches once twins and leaves share theirs
 * (shared-searches.ts) and 1.9·10⁹ slot visits, is exact by default); above it, sampled in rounds until
 * the top k of each metric holds (adaptive-sweep.ts), the summary says how many sources and which k.
 * Unweighted by default (networkx's default); `weighted: true` uses distance = 1/weight, which is
 * networkx with `weight=` / `distance=` set to an attribute holding 1/weight.
 * Hop searches walk the network's papers instead of its links when a cover is given and estimated cheaper
 * (paper-cover.ts, sweep-papers.ts): the same sources, rounds and values (betweenness within rounding).
 * Complexity: O(k·m) for k sources (k = n when exact), O(k·m log n) weighted; O(n) memory per thread.
 */

import { createRng } from "../model";
import type { OnProgress } from "../options";
import type { CallerTasks } from "./caller-tasks";
import type { CsrGraph } from "./csr";
import { paperCoverPays, type PaperCover } from "./paper-cover";
import {
  componentBetweennessBound,
  harmonicErrorBound,
  meanDistanceErrorBound,
  planExact,
  planSampled,
  type SourcePlan,
} from "./sampling";
import { componentSlots, type ComponentLabels } from "./components";
import { planSharedSearches } from "./shared-searches";
import { adaptiveSweep } from "./adaptive-sweep";
import { runSweep, SWEEP_CHUNKS, type SweepResult, type SweepRunner } from "./sweep";
import type { SweepInput } from "./sweep-kernel";
import type { PathMetricSummary } from "./summary";

/** Options of computePathMetrics. */
export interface PathMetricsOptions {
  /** number. The sweep is exact when its slot visits (each search, its component's slots) are at most this. */
  exactWork: number;
  /** number. Sources (about) of the first sampled round; k ≥ n keeps the sweep exact. */
  samples: number;
  /** number, default 10. Sampling goes on until the top k of each path metric holds (adaptive-sweep.ts). */
  topK?: number;
  /** number. Seed of the source sampling. */
  seed: number;
  /** boolean. Shortest paths with distance = 1/weight instead of hop counts. */
  weighted: boolean;
  /**
   * PaperCover, default none. The network's papers as cliques covering its links (paper-cover.ts): hop
   * searches walk them instead of the links where that is estimated cheaper (paperCoverPays).
   */
  cover?: PaperCover | null;
  /** SweepRunner, default: on the calling thread. Runs the chunks (worker drivers in cli/ and app/). */
  sweep?: SweepRunner;
  /** CallerTasks, default none. The calling thread's other work, which the runner may run during the sweep. */
  tasks?: CallerTasks;
  onProgress?: OnProgress;
}

/** The per-node path metrics (indexed like the CSR) and what the summary says about them. */
export interface PathMetrics {
  betweenness: Float64Array;
  closeness: Float64Array;
  harmonic: Float64Array;
  largestComponent: { diameter: number; averageShortestPath: number };
  summary: { betweenness: PathMetricSummary; closeness: PathMetricSummary; harmonic: PathMetricSummary };
}

/** The sweep input for a graph and how its sources were chosen. */
export interface PreparedSweep {
  input: SweepInput;
  plan: SourcePlan;
  isSampled: boolean;
}

/** Chooses the sources (exact or sampled) and builds the kernel input, without running it. */
export function preparePathSweep(
  csr: CsrGraph,
  components: ComponentLabels,
  options: Omit<PathMetricsOptions, "sweep" | "tasks" | "onProgress">,
): PreparedSweep {
  const exact = affordableExactPlan(csr, components, options);
  // A separate stream from Louvain's, so changing the sample size never changes the communities.
  const plan = exact ?? planSampled(components, options.samples, createRng(options.seed ^ 0x5eed));
  const isSampled = !exact;
  const lengths = options.weighted ? csr.weights.map((weight) => 1 / weight) : null;
  const chunkCount = Math.min(SWEEP_CHUNKS, Math.max(1, plan.sources.length));
  return { input: sweepInput(csr, lengths, plan, chunkCount, sweepCover(csr, options)), plan, isSampled };
}

/** The cover the hop searches walk, or null when they walk the links (weighted, none given, or dearer). */
function sweepCover(csr: CsrGraph, options: Pick<PathMetricsOptions, "cover" | "weighted">): PaperCover | null {
  const { cover, weighted } = options;
  return !weighted && cover && paperCoverPays(cover, csr) ? cover : null;
}

/** The kernel's input for a plan: what every worker receives (not the plan's per-node corrections). */
function sweepInput(
  csr: CsrGraph,
  lengths: Float64Array | null,
  plan: SourcePlan,
  chunkCount: number,
  cover: PaperCover | null,
): SweepInput {
  const { sources, scales, leaves = null } = plan;
  // The exact hop plan (its leaves share their neighbours' searches) may be split at cut vertices (sweep.ts).
  const splitAtCuts = leaves && !lengths && !cover ? "when cheaper" : null;
  return {
    offsets: csr.offsets,
    targets: csr.targets,
    lengths,
    sources,
    scales,
    leaves,
    chunkCount,
    cover,
    splitAtCuts,
  };
}

/**
 * The exact plan — searches shared by twins and leaves for hop distances (shared-searches.ts), one per
 * node with weights — when its work is within `exactWork` or the sample would cover every node anyway;
 * undefined when the sweep must be sampled. The work is what the searches visit: each source's search, the
 * CSR slots of its own component.
 */
function affordableExactPlan(
  csr: CsrGraph,
  components: ComponentLabels,
  options: Pick<PathMetricsOptions, "exactWork" | "samples" | "weighted">,
): SourcePlan | undefined {
  const n = csr.nodes.length;
  // A cheap bound first: shared searches save about a third on coauthor networks, so a network past a
  // hundred times the budget is sampled without building the plan.
  if (options.samples < n && (n * csr.targets.length) / 100 > options.exactWork) return undefined;
  const plan = options.weighted ? planExact(n, components) : planSharedSearches(csr, components.sizes);
  if (options.samples >= n) return plan;
  const slots = componentSlots(csr, components);
  let work = 0;
  for (const source of plan.sources) work += slots[components.componentOf[source]!]!;
  return work <= options.exactWork ? plan : undefined;
}

/** Default k of the top-k the adaptive sampling certifies (the CLI report's default top list). */
export const DEFAULT_TOP_K = 10;

/**
 * The sweep (with the injected runner) and every path metric from it: exact in one sweep, or sampled in
 * rounds until the top k holds (adaptive-sweep.ts); the rounds may spend up to twice the exact threshold.
 */
export async function computePathMetrics(
  csr: CsrGraph,
  components: ComponentLabels,
  options: PathMetricsOptions,
): Promise<PathMetrics> {
  const exact = affordableExactPlan(csr, components, options);
  const cover = sweepCover(csr, options);
  if (exact) {
    const lengths = options.weighted ? csr.weights.map((weight) => 1 / weight) : null;
    const chunkCount = Math.min(SWEEP_CHUNKS, Math.max(1, exact.sources.length));
    const prepared: PreparedSweep = {
      input: sweepInput(csr, lengths, exact, chunkCount, cover),
      plan: exact,
      isSampled: false,
    };
    return derivePathMetrics(
      components,
      prepared,
      await runSweep(prepared.input, options.sweep, options.onProgress, options.tasks),
    );
  }
  const lengths = options.weighted ? csr.weights.map((weight) => 1 / weight) : null;
  const result = await adaptiveSweep(
    csr,
    components,
    {
      firstRound: options.samples,
      topK: options.topK ?? DEFAULT_TOP_K,
      // Twice the exact threshold: a network just past it can still double its sample twice or three times.
      maxWork: 2 * options.exactWork,
      lengths,
      cover,
      // A separate stream from Louvain's, so changing the sample size never changes the communities.
      rng: createRng(options.seed ^ 0x5eed),
      sweep: options.sweep,
      tasks: options.tasks,
      onProgress: options.onProgress,
    },
    (sums) => {
      const metrics = normalise(components, sums);
      return [metrics.betweenness, metrics.closeness, sums.harmonic];
    },
  );
  const prepared: PreparedSweep = {
    input: sweepInput(csr, lengths, result.plan, 1, cover),
    plan: result.plan,
    isSampled: true,
  };
  const metrics = derivePathMetrics(components, prepared, result.sums);
  for (const metric of ["betweenness", "closeness", "harmonic"] as const) {
    metrics.summary[metric] = {
      ...metrics.summary[metric],
      rounds: result.rounds,
      topK: Math.min(options.topK ?? DEFAULT_TOP_K, csr.nodes.length),
      certifiedTop: result.certified[metric],
    };
  }
  return metrics;
}

/** Normalised betweenness and closeness from sweep sums (see the header for the definitions). */
function normalise(
  components: ComponentLabels,
  sums: SweepResult,
): { betweenness: Float64Array; closeness: Float64Array } {
  const n = components.componentOf.length;
  const betweenness = sums.betweenness.slice();
  if (n > 2) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let v = 0; v < n; v++) betweenness[v]! *= scale;
  }
  const closeness = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const r = components.sizes[components.componentOf[v]!]!;
    const total = sums.distance[v]!;
    closeness[v] = total > 0 && n > 1 ? ((r - 1) / total) * ((r - 1) / (n - 1)) : 0;
  }
  return { betweenness, closeness };
}

/** Turns the sweep sums (the plan's corrections added in place) into normalised betweenness, closeness, harmonic and the summary. */
export function derivePathMetrics(
  components: ComponentLabels,
  prepared: PreparedSweep,
  sums: SweepResult,
): PathMetrics {
  const { plan, isSampled } = prepared;
  const n = components.componentOf.length;
  if (plan.corrections && !sums.corrected) {
    const { harmonic, distance } = plan.corrections;
    for (let v = 0; v < n; v++) {
      sums.harmonic[v]! += harmonic[v]!;
      sums.distance[v]! += distance[v]!;
    }
  }
  const { betweenness, closeness } = normalise(components, sums);
  const eccentricity = eccentricityByComponent(plan, components, sums.eccentricity);
  return {
    betweenness,
    closeness,
    harmonic: sums.harmonic,
    largestComponent: largestComponentDistances(components, sums.distance, eccentricity.largest),
    summary: isSampled ? sampledSummary(n, components, plan, eccentricity.smallest) : exactSummary(),
  };
}

/** Largest and smallest source eccentricity seen in each component. */
function eccentricityByComponent(
  plan: SourcePlan,
  components: ComponentLabels,
  eccentricity: Float64Array,
): { largest: number[]; smallest: number[] } {
  const largest = components.sizes.map(() => 0);
  const smallest = components.sizes.map(() => Infinity);
  plan.sources.forEach((source, i) => {
    const c = components.componentOf[source]!;
    const e = eccentricity[i]!;
    // A leaf whose search its neighbour's carried is one step further from everything (shared-searches.ts).
    largest[c] = Math.max(largest[c]!, plan.leaves?.[i] ? e + 1 : e);
    smallest[c] = Math.min(smallest[c]!, e);
  });
  return { largest, smallest };
}

function largestComponentDistances(
  components: ComponentLabels,
  distance: Float64Array,
  largestEccentricity: number[],
): { diameter: number; averageShortestPath: number } {
  const c = components.sizes[0] ?? 0;
  if (c < 2) return { diameter: 0, averageShortestPath: 0 };
  let total = 0;
  components.componentOf.forEach((component, v) => {
    if (component === 0) total += distance[v]!;
  });
  return { diameter: largestEccentricity[0]!, averageShortestPath: total / (c * (c - 1)) };
}

function exactSummary(): PathMetrics["summary"] {
  return { betweenness: { mode: "exact" }, closeness: { mode: "exact" }, harmonic: { mode: "exact" } };
}

function sampledSummary(
  n: number,
  components: ComponentLabels,
  plan: SourcePlan,
  smallestEccentricity: number[],
): PathMetrics["summary"] {
  const { sizes } = components;
  const samples = plan.sources.length;
  // Any node's eccentricity is at least half the diameter, so twice the smallest one bounds it.
  const diameterBounds = smallestEccentricity.map((e) => 2 * e);
  return {
    betweenness: { mode: "sampled", samples, errorBound: componentBetweennessBound(n, sizes, plan.perComponent) },
    closeness: {
      mode: "sampled",
      samples,
      errorBound: meanDistanceErrorBound(n, sizes, plan.perComponent, diameterBounds),
    },
    harmonic: { mode: "sampled", samples, errorBound: harmonicErrorBound(n, sizes, plan.perComponent) },
  };
}

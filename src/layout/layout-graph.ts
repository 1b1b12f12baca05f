/**
 * The layout stage: start positions, ForceAtlas2 (fa2-kernel.ts), then overlap removal on small graphs.
 * It only writes node `x` and `y` (and the graph attribute `layoutIterations`, the FA2 steps run); the
 * same graph, seed and options always give the same positions.
 *
 * What makes a large network affordable:
 * - a backbone: above BACKBONE_LINKS links per node, FA2 pulls only along each node's BACKBONE_LINKS
 *   heaviest links (backbone.ts), so a step's attraction costs O(n) instead of O(m) — at 2M links the
 *   layout sees about a fifth of them; every node keeps its strongest ties, which carry the structure;
 * - multilevel start positions (start-positions.ts): when the metrics have given every node a Louvain
 *   `community`, the community graph is laid out first and members are placed around their community,
 *   so few steps suffice; without communities, a seeded disc;
 * - a work budget instead of a step count: a step costs about n·NODE_STEP_COST + links "visits", and the
 *   layout may spend at most a LAYOUT_SHARE of what the path metrics spend on the same graph (an estimate
 *   from its size: min(n, SWEEP_SOURCES) sources × 2m slots, the sweep's own work), and never more than
 *   MAX_LAYOUT_VISITS, about ten seconds on the project's 2-core machine. A budget in work units, not
 *   seconds, keeps the positions deterministic: the step count is a function of the graph alone.
 *   Calibration (2026-11-30, this machine): a step costs 0.15–0.25 µs per visit, the sweep 3–5 ns per
 *   slot per source, so a quarter of the sweep's visits is about a fifth of the run.
 * `iterations` forces a step count (the CLI's --layout-iterations), budget or not; 0 keeps the start.
 * Overlap removal runs up to MAX_OVERLAP_NODES nodes only: past that the discs are too small to see.
 */

import type Graph from "graphology";
import type { LinkTable, NetworkEdgeAttributes, NetworkGraphAttributes, NodeDisplay } from "../model";
import type { OnProgress } from "../options";
import { backboneLinks, type LayoutLinks } from "./backbone";
import { createFa2State, createFa2Stepper } from "./fa2-kernel";
import { fa2SettingsFor, FA2_THETA } from "./forceatlas2";
import { removeOverlaps } from "./overlap";
import { startPositions } from "./start-positions";

/**
 * A network as the layout stage sees it: nodes with a position to write (a disc size overlap removal
 * reads, a community the start positions may read), links whose `weight` pulls their ends together, and
 * the graph attribute `layoutIterations`.
 */
export type LayoutGraph = Graph<NodeDisplay & { community?: number }, NetworkEdgeAttributes, NetworkGraphAttributes>;

export interface LayoutOptions {
  /** number, required. Seed of the start positions (and of tie-breaks in overlap removal). */
  seed: number;
  /** number, default: what the work budget affords, at most MAX_ITERATIONS. Forced FA2 steps; 0 for none. */
  iterations?: number;
  /** string, default "weight". The edge attribute whose value pulls a link's ends together ("fractional"…). */
  getEdgeWeight?: string;
}

/** The most FA2 steps a budgeted layout runs (small graphs reach it). */
export const MAX_ITERATIONS = 300;
/** The fewest FA2 steps a budgeted, non-empty layout runs, whatever its size. */
export const MIN_ITERATIONS = 10;
/** Work of one step per node (the Barnes–Hut walk), in link visits. */
export const NODE_STEP_COST = 40;
/** The most work a layout may spend, in visits: about ten seconds on the project's machine. */
export const MAX_LAYOUT_VISITS = 5e7;
/** The least work a layout may spend, in visits: small graphs get their MAX_ITERATIONS steps. */
export const MIN_LAYOUT_VISITS = 1e6;
/** Share of the path metrics' estimated work the layout may spend. */
export const LAYOUT_SHARE = 0.25;
/** Sources the path-metrics estimate assumes (the sweep is exact below, sampled above). */
export const SWEEP_SOURCES = 1000;
/** Above this many nodes overlap removal is skipped. */
export const MAX_OVERLAP_NODES = 2_000;

/** The FA2 steps a budgeted layout of n nodes and these layout links gets (see the header). */
export function budgetedIterations(n: number, allLinks: number, layoutLinks: number): number {
  if (n === 0) return 0;
  const sweepVisits = Math.min(n, SWEEP_SOURCES) * 2 * allLinks;
  const budget = Math.min(MAX_LAYOUT_VISITS, Math.max(MIN_LAYOUT_VISITS, LAYOUT_SHARE * sweepVisits));
  const perStep = n * NODE_STEP_COST + layoutLinks;
  return Math.min(MAX_ITERATIONS, Math.max(MIN_ITERATIONS, Math.floor(budget / perStep)));
}

/** Node indices and links of the graph, in graph order, weighted by `weightAttribute` (1 when missing). */
function linksOf(graph: LayoutGraph, weightAttribute: string): { nodes: string[]; links: LayoutLinks } {
  const nodes = graph.nodes();
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node, i));
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  const weights = new Float64Array(graph.size);
  let e = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    sources[e] = index.get(source)!;
    targets[e] = index.get(target)!;
    const weight = (attributes as Record<string, unknown>)[weightAttribute];
    weights[e++] = typeof weight === "number" ? weight : 1;
  });
  return {
    nodes,
    links: { sources: sources.subarray(0, e), targets: targets.subarray(0, e), weights: weights.subarray(0, e) },
  };
}

/**
 * Positions of n nodes joined by `links` (graph order), with their communities when known: start positions,
 * backbone, FA2 steps (forced or budgeted). What layoutGraph does, for networks held as typed arrays.
 */
export function layoutPositions(
  n: number,
  links: LayoutLinks,
  communities: readonly (number | undefined)[],
  options: LayoutOptions,
  onProgress?: OnProgress,
): { x: Float64Array; y: Float64Array; steps: number } {
  const { seed, iterations } = options;
  if (!Number.isInteger(seed)) {
    throw new Error(`papergraph/layout: seed must be an integer (${seed}). Pass the analysis seed.`);
  }
  if (iterations !== undefined && (!Number.isInteger(iterations) || iterations < 0)) {
    throw new Error(`papergraph/layout: iterations must be 0 or a positive integer (${iterations}). Fix the option.`);
  }
  const layoutLinks = backboneLinks(n, links);
  const { x, y } = startPositions(n, links, communities, seed);
  const steps = iterations ?? budgetedIterations(n, links.sources.length, layoutLinks.sources.length);
  const state = createFa2State(x, y, layoutLinks.sources, layoutLinks.targets, layoutLinks.weights);
  const step = createFa2Stepper(state, { ...fa2SettingsFor(n), barnesHutTheta: FA2_THETA });
  const report = Math.max(1, Math.ceil(steps / 10));
  for (let done = 1; done <= steps; done++) {
    step();
    if (done % report === 0 || done === steps) onProgress?.("layout", done, steps);
  }
  return { x, y, steps };
}

/**
 * What layoutPositions reads of a graph: its node count, links and communities (layoutInput). The links'
 * arrays may be a LinkTable's own, their weights whole numbers (full counting's): inputLinks reads them.
 */
export interface LayoutInput {
  n: number;
  links: { sources: Int32Array; targets: Int32Array; weights: Float64Array | Int32Array };
  communities: (number | undefined)[];
  options: LayoutOptions;
}

/** The links of `input` as layoutPositions reads them, the weights as doubles. */
export function inputLinks(input: LayoutInput): LayoutLinks {
  const { sources, targets, weights } = input.links;
  return { sources, targets, weights: weights instanceof Float64Array ? weights : Float64Array.from(weights) };
}

/** What layoutPositions gives back. */
export interface LayoutResult {
  x: Float64Array;
  y: Float64Array;
  steps: number;
}

/**
 * Computes layoutPositions(input) elsewhere (the CLI: on a worker thread), with the same result; undefined
 * when the input is not worth it (a small network), which the calling thread then lays out itself.
 */
export type LayoutRunner = (input: LayoutInput, signal?: AbortSignal) => Promise<LayoutResult> | undefined;

/**
 * The input of layoutPositions for a graph; its links those of `table` when given (a LinkTable that
 * describes the graph, with the weight attribute): linksOf's walk of 2.16M links with two key lookups each
 * took 2.5 s before the thread could start on the 100,000 works. The table's arrays are not copied here: a
 * runner's message copies them to its thread, and 35 MB of copies made on this thread counted towards the
 * memory outside V8's heap that sets off its marking of the whole heap (1.6 GB on 100,000 works).
 */
function layoutInput(graph: LayoutGraph, options: LayoutOptions, table?: LinkTable): LayoutInput {
  const weightAttribute = options.getEdgeWeight ?? "weight";
  const weights = table?.weights[weightAttribute];
  const links =
    table && weights
      ? {
          sources: table.source,
          targets: table.target,
          weights:
            weights instanceof Float64Array || weights instanceof Int32Array ? weights : Float64Array.from(weights),
        }
      : linksOf(graph, weightAttribute).links;
  const communities = graph.mapNodes((_node, attributes) => attributes.community);
  return { n: graph.order, links, communities, options };
}

/** Writes the positions onto the graph's nodes, then removes overlaps on a small graph. */
function placeNodes(graph: LayoutGraph, { x, y, steps }: LayoutResult, seed: number): void {
  graph.setAttribute("layoutIterations", steps);
  let i = 0;
  graph.updateEachNodeAttributes((_node, attributes) => {
    attributes.x = x[i]!;
    attributes.y = y[i++]!;
    return attributes;
  });
  if (steps > 0 && graph.order <= MAX_OVERLAP_NODES) removeOverlaps(graph, seed);
}

/**
 * Assigns x/y to every node: start positions, FA2 steps, overlap removal (mutates attributes only). Its links
 * are read from `table` when given (a LinkTable that describes the graph), as startLayout reads them.
 */
export function layoutGraph(
  graph: LayoutGraph,
  options: LayoutOptions,
  onProgress?: OnProgress,
  table?: LinkTable,
): void {
  const input = layoutInput(graph, options, table);
  placeNodes(graph, layoutPositions(input.n, inputLinks(input), input.communities, options, onProgress), options.seed);
}

/**
 * Starts laying the graph out with `runner`, its links read from `table` when given (a LinkTable that
 * describes the graph); undefined when the runner declines. The returned function waits for the positions
 * and writes them as layoutGraph does. Until then the nodes' communities and the links' weights must stay
 * as they are (the positions are those of the graph when started); any other attribute may change.
 * `signal` stops the runner's work when it aborts (the CLI's thread is terminated): the caller's analysis
 * failed before it needed the positions.
 */
export function startLayout(
  runner: LayoutRunner,
  graph: LayoutGraph,
  options: LayoutOptions,
  table?: LinkTable,
  signal?: AbortSignal,
): (() => Promise<void>) | undefined {
  const positions = runner(layoutInput(graph, options, table), signal);
  if (!positions) return undefined;
  // Awaited by the returned function: handled now so that a failure before then is not unhandled.
  positions.catch(() => {});
  return async () => placeNodes(graph, await positions, options.seed);
}

/**
 * How the counting method changes who ranks where: a weighted metric (weighted degree or PageRank) computed
 * on the coauthor network under full counting (each joint paper 1, the links' `weight`) and under
 * fractional counting (1/(n − 1) per joint paper of n authors, their `fractional`), each author's rank
 * under both, the authors who move most, and Spearman's rank correlation of the two.
 *
 * Definitions:
 * - values are networkx's: `G.degree(weight=w)` and `pagerank(G, alpha=0.85, weight=w)` with w = "weight"
 *   or "fractional" (centrality.ts); a value is taken to 10 significant digits first, so that values equal
 *   but for rounding (the PageRank of two authors in the same position) are ties;
 * - rank: competition ranking, highest first: 1 + the number of authors with a higher value (ties share
 *   the best rank; scipy `rankdata(-v, method="min")`);
 * - shift = full rank − fractional rank: positive when the author rises under fractional counting;
 * - spearman: Pearson's correlation of the two average-rank vectors (scipy `spearmanr`), NaN below two
 *   authors or when one method ties everyone.
 * Unweighted metrics (betweenness, closeness, eigenvector, clustering…) do not depend on the counting.
 *
 * Cost: a CSR build and a PageRank (or a pass for weighted degree) per method, O(I·m + n log n), and two sorts;
 * the analysis hands the method the metrics step measured (its values are read back, not computed again) and
 * the projection's links as typed arrays (the other method's CSR is built from them, not from the graph).
 * Reference: Newman, "Scientific collaboration networks II", PRE 64 016132 (2001) for fractional counting;
 * Perianes-Rodriguez, Waltman & van Eck, "Constructing bibliometric networks: A comparison between full and
 * fractional counting", J. Informetrics 10 (2016) 1178–1195, for why rankings differ.
 */

import { COUNTED_WEIGHT, COUNTING_METHODS, type CoauthorGraph, type CountingMethod, type LinkTable } from "../model";
import type { ComparedMetric } from "../options";
import { pagerankOnCsr } from "./centrality";
import { csrsOfNetwork, csrStrengths, type CsrGraph } from "./csr";

/** An author's value and rank under one counting method. */
export interface RankedValue {
  value: number;
  rank: number;
}

/** One author under both methods. */
export interface RankMove {
  node: string;
  label: string;
  full: RankedValue;
  fractional: RankedValue;
  /** full rank − fractional rank: positive when the author rises under fractional counting. */
  shift: number;
}

/** The comparison of full and fractional counting for one metric. */
export interface RankComparison {
  metric: ComparedMetric;
  /** Authors compared (every node of the network). */
  nodes: number;
  /** Authors whose rank differs between the two methods. */
  changed: number;
  /** Spearman's rank correlation of the two methods' values (NaN below two authors). */
  spearman: number;
  /** The authors who move most (largest |shift|, then the best rank, then key), at most `limit`. */
  movers: RankMove[];
}

/** The comparison and every author's rank under both methods (indexed like `nodes`). */
export interface RankComparisonResult {
  comparison: RankComparison;
  nodes: string[];
  ranks: Record<CountingMethod, Int32Array>;
}

/** What a caller already has of the network, to spare work; the comparison is the same without it. */
export interface KnownValues {
  /** The network's links as typed arrays in its own order (the projection's): CSR forms are built from them. */
  links?: LinkTable;
  /**
   * The counting method whose values of the metric the nodes already carry: computeMetrics ran with its link
   * weight, so `pagerank` and `weightedDegree` are this method's, the same bits as computed here.
   */
  measured?: CountingMethod;
}

/**
 * The metric under both counting methods, indexed like the graph's nodes: the measured method's read back
 * from the nodes, the others computed on CSR forms built in one go.
 */
function countedValues(
  graph: CoauthorGraph,
  metric: ComparedMetric,
  known: KnownValues,
): Record<CountingMethod, Float64Array> {
  const measured = graph.order > 0 ? known.measured : undefined;
  const computed = COUNTING_METHODS.filter((method) => method !== measured);
  const forms = csrsOfNetwork(
    graph,
    computed.map((method) => COUNTED_WEIGHT[method]),
    known.links,
  );
  const values = {} as Record<CountingMethod, Float64Array>;
  computed.forEach((method, k) => (values[method] = metricValues(forms[k]!, metric)));
  if (measured !== undefined) {
    const read = new Float64Array(graph.order);
    let i = 0;
    graph.forEachNode((_node, attributes) => (read[i++] = attributes[metric] ?? Number.NaN));
    values[measured] = read;
  }
  return values;
}

/** Rounds to 10 significant digits, so values equal but for the last bits tie. */
const tieValue = (value: number): number => (Number.isFinite(value) ? Number(value.toPrecision(10)) : -Infinity);

function metricValues(csr: CsrGraph, metric: ComparedMetric): Float64Array {
  if (csr.nodes.length === 0) return new Float64Array(0);
  return metric === "pagerank" ? pagerankOnCsr(csr) : csrStrengths(csr);
}

/** Competition ranks (1 = highest) and average ranks (for Spearman) of `values`, ties as tieValue says. */
function rankValues(values: Float64Array): { min: Int32Array; average: Float64Array } {
  const n = values.length;
  const tied = Array.from(values, tieValue);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => tied[b]! - tied[a]! || a - b);
  const min = new Int32Array(n);
  const average = new Float64Array(n);
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && tied[order[end]!] === tied[order[start]!]) end++;
    for (let k = start; k < end; k++) {
      min[order[k]!] = start + 1;
      average[order[k]!] = (start + 1 + end) / 2;
    }
    start = end;
  }
  return { min, average };
}

/** Pearson's correlation of two vectors; NaN when either is constant or shorter than 2. */
function pearson(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  if (n < 2) return Number.NaN;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += x[i]!;
    meanY += y[i]!;
  }
  meanX /= n;
  meanY /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - meanX;
    const dy = y[i]! - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}

/**
 * Ranks every author of `graph` by `metric` under full and fractional counting and compares the two
 * (see the header); `limit` (default 20) caps the movers listed; `known` spares work (KnownValues).
 */
export function compareCountingRanks(
  graph: CoauthorGraph,
  metric: ComparedMetric,
  limit = 20,
  known: KnownValues = {},
): RankComparisonResult {
  const nodes = graph.nodes();
  const values = countedValues(graph, metric, known);
  const ranks = { full: rankValues(values.full), fractional: rankValues(values.fractional) };
  const moves: RankMove[] = [];
  let changed = 0;
  nodes.forEach((node, i) => {
    const shift = ranks.full.min[i]! - ranks.fractional.min[i]!;
    if (shift === 0) return;
    changed++;
    moves.push({
      node,
      label: graph.getNodeAttribute(node, "label"),
      full: { value: values.full[i]!, rank: ranks.full.min[i]! },
      fractional: { value: values.fractional[i]!, rank: ranks.fractional.min[i]! },
      shift,
    });
  });
  const best = (move: RankMove) => Math.min(move.full.rank, move.fractional.rank);
  moves.sort((a, b) => Math.abs(b.shift) - Math.abs(a.shift) || best(a) - best(b) || (a.node < b.node ? -1 : 1));
  return {
    comparison: {
      metric,
      nodes: nodes.length,
      changed,
      spearman: pearson(ranks.full.average, ranks.fractional.average),
      movers: moves.slice(0, limit),
    },
    nodes,
    ranks: { full: ranks.full.min, fractional: ranks.fractional.min },
  };
}

/** Writes `fullRank` and `fractionalRank` (the comparison's ranks) on every node of `graph`. */
export function assignCountingRanks(graph: CoauthorGraph, result: RankComparisonResult): void {
  result.nodes.forEach((node, i) => {
    graph.mergeNodeAttributes(node, { fullRank: result.ranks.full[i]!, fractionalRank: result.ranks.fractional[i]! });
  });
}

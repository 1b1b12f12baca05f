/**
 * The compact graph form every numeric kernel of the metrics stage works on: compressed sparse rows
 * (CSR). Nodes are numbered 0..n−1 in the graph's iteration order; the neighbours of node v are
 * `targets[offsets[v] .. offsets[v + 1])`, with the `weight` of each link (1 when missing) at the same
 * position of `weights`. Built once per computeMetrics call and shared by the path sweep, PageRank,
 * eigenvector, clustering and coreness, so no kernel touches a string key or a graphology iterator.
 *
 * Self-loops are dropped and parallel edges collapsed into one slot whose weight is their sum: neither
 * changes a shortest-path length, and networkx's Graph (what the exported file is checked with) keeps one
 * edge per pair. Typed arrays also make the form cheap to copy to worker threads.
 *
 * Its arrays are made in shared memory where there is one (shared-memory.ts): the community threads read
 * them in place, and V8 counts them toward no marking of the heap.
 *
 * Indices: loops run below n or over a CSR row, and every slot and target is in range by construction, so
 * typed-array reads carry `!` for the compiler (noUncheckedIndexedAccess), at no run-time cost.
 *
 * Complexity: O(n + m) time and memory.
 */

import type Graph from "graphology";
import type { AnalysedNode, LinkTable, NetworkEdgeAttributes, NetworkGraphAttributes } from "../model";
import { sharedArrays } from "./shared-memory";

/**
 * A network as the metrics stage sees it: nodes that may hold metrics (which it writes), links whose
 * `weight` counts when it is a number. Any of the three networks is such a graph, and so is any graphology
 * graph of test data.
 */
export type MetricsGraph = Graph<AnalysedNode, NetworkEdgeAttributes, NetworkGraphAttributes>;

/** A graph's nodes numbered 0..n−1 with their distinct neighbours in compressed sparse rows. */
export interface CsrGraph {
  nodes: string[];
  /** n + 1 entries; the neighbours of v are at offsets[v] ..< offsets[v + 1]. */
  offsets: Int32Array;
  /** Neighbour indices, each undirected link stored once from each end. */
  targets: Int32Array;
  /** `weight` of the link at the same position (summed over parallel edges, 1 when missing). */
  weights: Float64Array;
}

/**
 * Builds the CSR form of an undirected graph (self-loops dropped, parallel edges merged), weighted by the
 * edge attribute `weightAttribute` (default "weight"; 1 where a link has no number there).
 */
export function buildCsr(graph: MetricsGraph, weightAttribute = "weight"): CsrGraph {
  return buildCsrs(graph, [weightAttribute])[0]!;
}

/**
 * buildCsr under each of `weightAttributes` at once: the forms share nodes, offsets and targets and differ in
 * their weights. One pass over the graph's links instead of one per attribute (the counting comparison
 * reads the coauthor network under both counting methods: at two million links each pass is seconds).
 */
export function buildCsrs(graph: MetricsGraph, weightAttributes: readonly string[]): CsrGraph[] {
  const nodes = graph.nodes();
  const n = nodes.length;
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node, i));
  const offsets = sharedArrays.int32(n + 1);
  // First pass counts slots per node (an upper bound when parallel edges exist), second fills them.
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source === target) return;
    offsets[index.get(source)! + 1]!++;
    offsets[index.get(target)! + 1]!++;
  });
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const fill = offsets.slice(0, n);
  const slots = offsets[n]!;
  const targets = sharedArrays.int32(slots);
  const weightSets = weightAttributes.map(() => sharedArrays.float64(slots));
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const s = index.get(source)!;
    const t = index.get(target)!;
    const sourceSlot = fill[s]!++;
    const targetSlot = fill[t]!++;
    targets[sourceSlot] = t;
    targets[targetSlot] = s;
    for (let k = 0; k < weightSets.length; k++) {
      const value = (attributes as Record<string, unknown>)[weightAttributes[k]!];
      const weight = typeof value === "number" ? value : 1;
      weightSets[k]![sourceSlot] = weight;
      weightSets[k]![targetSlot] = weight;
    }
  });
  // A multigraph, or a mixed graph with a→b and b→a, can list a neighbour twice; merging rewrites the
  // targets in place, so every form but the last merges a copy taken before.
  const mayRepeat = graph.multi || graph.type !== "undirected";
  const last = weightSets.length - 1;
  return weightSets.map((weights, k) => {
    if (!mayRepeat) return { nodes, offsets, targets, weights };
    return mergeParallel(nodes, offsets, k === last ? targets : targets.slice(), weights);
  });
}

/**
 * The CSR forms of `graph` weighted by each of `weightAttributes`: from `table` when one is given that
 * describes the graph (the same node and link counts; the caller vouches for the order) and holds those
 * attributes, by walking the graph (buildCsrs) otherwise. Both give the same arrays: buildCsrs fills each row
 * in link order too.
 */
export function csrsOfNetwork(graph: MetricsGraph, weightAttributes: readonly string[], table?: LinkTable): CsrGraph[] {
  const usable = table && describesGraph(table, graph) && weightAttributes.every((name) => name in table.weights);
  if (!usable) return buildCsrs(graph, weightAttributes);
  return weightAttributes.map((name) => csrFromEdgeList(table.nodes, table.source, table.target, table.weights[name]!));
}

/** csrsOfNetwork under one weight attribute (default "weight"). */
export function csrOfNetwork(graph: MetricsGraph, weightAttribute = "weight", table?: LinkTable): CsrGraph {
  return csrsOfNetwork(graph, [weightAttribute], table)[0]!;
}

/** Whether `table` has `graph`'s counts of nodes and links (a filtered or joined graph has others). */
export function describesGraph(table: LinkTable, graph: MetricsGraph): boolean {
  return (
    graph.order === table.nodes.length &&
    graph.size === table.source.length &&
    graph.type === "undirected" &&
    !graph.multi
  );
}

/**
 * The CSR form of an edge list sorted by (source, target) with source < target and no repeated pair (the
 * coauthor projection's links, in memory or from DuckDB): each row comes out in increasing neighbour order,
 * as buildCsr gives for a graph built from the same list, so both forms give the same metrics, bit for bit.
 */
export function csrFromEdgeList(
  nodes: string[],
  sources: Int32Array,
  targets: Int32Array,
  weights: ArrayLike<number>,
): CsrGraph {
  const n = nodes.length;
  const offsets = sharedArrays.int32(n + 1);
  for (let e = 0; e < sources.length; e++) {
    offsets[sources[e]! + 1]!++;
    offsets[targets[e]! + 1]!++;
  }
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const fill = offsets.slice(0, n);
  const slots = sharedArrays.int32(offsets[n]!);
  const slotWeights = sharedArrays.float64(offsets[n]!);
  // Rows receive their lower neighbours first (earlier sources), then their own row in target order.
  for (let e = 0; e < sources.length; e++) {
    const s = sources[e]!;
    const t = targets[e]!;
    const a = fill[s]!++;
    slots[a] = t;
    slotWeights[a] = weights[e]!;
    const b = fill[t]!++;
    slots[b] = s;
    slotWeights[b] = weights[e]!;
  }
  return { nodes, offsets, targets: slots, weights: slotWeights };
}

/**
 * `csr`, a form csrFromEdgeList built from `table`'s links (its nodes are the table's own array), made the form
 * csrFromEdgeList would build under `weightAttribute`: its weights overwritten in place, slot for slot as that
 * function places them, its offsets and targets kept. The caller gives up the previous weights. Undefined when
 * `csr` was not built so or the table has no such attribute. Why in place: the counting comparison's second
 * form of the 100,000-work network, 52 MB outside V8's heap, set off the marking of the whole 1.6 GB heap
 * beside the layout thread (--trace-incremental-marking: "external memory pressure").
 */
export function reweightCsr(csr: CsrGraph, table: LinkTable, weightAttribute: string): CsrGraph | undefined {
  const weights = table.weights[weightAttribute];
  const { source, target, nodes } = table;
  const n = nodes.length;
  const built = csr.nodes === nodes && csr.offsets.length === n + 1 && csr.targets.length === 2 * source.length;
  if (!weights || !built) return undefined;
  const fill = csr.offsets.slice(0, n);
  const slotWeights = csr.weights;
  for (let e = 0; e < source.length; e++) {
    slotWeights[fill[source[e]!]!++] = weights[e]!;
    slotWeights[fill[target[e]!]!++] = weights[e]!;
  }
  return csr;
}

/** Collapses repeated neighbours of a multigraph's CSR into one slot each, weights summed. */
function mergeParallel(nodes: string[], offsets: Int32Array, targets: Int32Array, weights: Float64Array): CsrGraph {
  const n = nodes.length;
  const slot = new Int32Array(n).fill(-1);
  const merged = new Int32Array(n + 1);
  let write = 0;
  for (let v = 0; v < n; v++) {
    const rowStart = write;
    for (let i = offsets[v]!, stop = offsets[v + 1]!; i < stop; i++) {
      const w = targets[i]!;
      const seen = slot[w]!;
      if (seen >= rowStart) {
        weights[seen]! += weights[i]!;
      } else {
        slot[w] = write;
        targets[write] = w;
        weights[write++] = weights[i]!;
      }
    }
    merged[v + 1] = write;
  }
  return { nodes, offsets: merged, targets: targets.slice(0, write), weights: weights.slice(0, write) };
}

/** Distinct neighbours of every node, indexed like the nodes: networkx `G.degree()` on the simple graph. */
export function csrDegrees(csr: CsrGraph): Int32Array {
  const { offsets } = csr;
  const degrees = new Int32Array(csr.nodes.length);
  for (let v = 0; v < degrees.length; v++) degrees[v] = offsets[v + 1]! - offsets[v]!;
  return degrees;
}

/** Σ weight over each node's links, indexed like the nodes: networkx `G.degree(weight="weight")`. */
export function csrStrengths(csr: CsrGraph): Float64Array {
  const { offsets, weights } = csr;
  const sums = new Float64Array(csr.nodes.length);
  for (let v = 0; v < sums.length; v++) {
    let sum = 0;
    for (let j = offsets[v]!, stop = offsets[v + 1]!; j < stop; j++) sum += weights[j]!;
    sums[v] = sum;
  }
  return sums;
}

/** Turns a per-index array (one value per CSR node) into a node-key map. */
export function toNodeMap(csr: CsrGraph, values: ArrayLike<number>): Record<string, number> {
  const result: Record<string, number> = {};
  csr.nodes.forEach((node, i) => (result[node] = values[i]!));
  return result;
}

/**
 * Louvain on a CSR form: graphology-communities-louvain 2.0 (undirected, fast local moves, random walk,
 * not detailed) and the UndirectedLouvainIndex of graphology-indices it runs, step for step, on the graph
 * of the CSR form (nodes 0..n−1, each link once from its lower end, in CSR row order: what the read-only
 * graphology view of the CSR form that ran the library before presented to it). Same
 * arithmetic in the same order, same random draws, the same typed arrays (mnemonist's getPointerArray: 8,
 * 16 or 32 bits by size, whose wrap-around at an exact size the library's index and queue inherit), so
 * every partition is the library's, bit for bit (test/metrics/louvain.test.ts compares them).
 *
 * Why a port: ca-GrQc's eleven runs (the reported seed and ten stability seeds, partitionOnCsr) took
 * 439-579 ms of CPU in a fresh process, the first three 110-165/70-90/55-65 ms and the others 10-20 once V8
 * had compiled the library, whose index is rebuilt from the view each run (an object keyed by node, a
 * callback per link) and whose zoom-out files each community's neighbours in an object by community id.
 * Here the index is filled from the CSR arrays and the zoom-out sums into a typed array per community:
 * 198-243 ms, the first three 63-81/33-43/26-42 ms and the others 5-9 (three fresh processes each,
 * alternated, load 5-6).
 *
 * Reference: Blondel, Guillaume, Lambiotte & Lefebvre, "Fast unfolding of communities in large
 * networks", J. Stat. Mech. (2008) P10008.
 */

import type { CsrGraph } from "./csr";

type PointerArray = Uint8Array | Uint16Array | Uint32Array;

/** mnemonist's getPointerArray: the narrowest unsigned array whose largest value holds size − 1. */
function pointerArray(size: number, length: number): PointerArray {
  const maxIndex = size - 1;
  if (maxIndex <= 0xff) return new Uint8Array(length);
  if (maxIndex <= 0xffff) return new Uint16Array(length);
  return new Uint32Array(length);
}

/** The library's tie-break: within EPSILON the current best stays unless it is the node's own community. */
const EPSILON = 1e-10;

/** Raw community ids of the nodes of `csr` (equal ids, same community), as the library's louvain() gives them. */
export function louvainPartition(csr: CsrGraph, rng: () => number, resolution: number): Int32Array {
  const order = csr.nodes.length;
  // A graph without links: the library numbers the nodes as they come.
  if (csr.targets.length === 0) return Int32Array.from({ length: order }, (_, v) => v);
  const index = new LouvainIndex(csr);
  const communities = new WeightMap(order);
  const queue = new NodeQueue(order);
  // The random start is drawn here: each run's rng is another function, which optimised code calling it
  // would take for a wrong call target on the next run and throw away.
  while (index.moveNodes(Math.floor(rng() * index.C), resolution, communities, queue)) index.zoomOut();
  return Int32Array.from(index.mapping);
}

/**
 * The library's UndirectedLouvainIndex: the current graph (nodes 0..C−1, each a community of the level
 * below, links in `neighborhood`/`weights` from `starts`), each node's community and each community's total
 * weight. Small methods rather than one function: V8 compiled a single 250-line function in 0.2-0.3 s of
 * CPU each time (six times in eleven runs), more than the runs themselves.
 */
class LouvainIndex {
  C: number;
  M = 0;
  U = 0;
  neighborhood: PointerArray;
  weights: Float64Array;
  readonly loops: Float64Array;
  readonly starts: PointerArray;
  readonly belongings: PointerArray;
  readonly counts: PointerArray;
  readonly unused: PointerArray;
  readonly totalWeights: Float64Array;
  readonly mapping: PointerArray;

  /** Filled as the library fills it from csrGraphView: nodes in order, each link from its lower end. */
  constructor(csr: CsrGraph) {
    const { offsets, targets } = csr;
    const order = csr.nodes.length;
    const size = targets.length;
    this.C = order;
    this.neighborhood = pointerArray(order + 1, size);
    this.weights = new Float64Array(size);
    this.loops = new Float64Array(order);
    this.starts = pointerArray(size, order + 1);
    this.belongings = pointerArray(order + 1, order);
    this.counts = pointerArray(order + 1, order);
    this.unused = pointerArray(order + 1, order);
    this.totalWeights = new Float64Array(order);
    this.fillStarts(offsets);
    const M = this.fillLinks(offsets, targets, csr.weights);
    this.M = M;
    this.starts[order] = size;
    this.mapping = this.belongings.slice();
  }

  /** Each node's row end (the links fill rows backwards from it), itself as its community of one. */
  fillStarts(offsets: Int32Array): void {
    const { starts, belongings, counts } = this;
    let n = 0;
    for (let i = 0; i < this.C; i++) {
      n += offsets[i + 1]! - offsets[i]!;
      starts[i] = n;
      belongings[i] = i;
      counts[i] = 1;
    }
  }

  /** The links from their lower ends, as the library adds them; returns their total weight M. */
  fillLinks(offsets: Int32Array, targets: Int32Array, csrWeights: Float64Array): number {
    const { neighborhood, weights, starts, totalWeights } = this;
    let M = 0;
    for (let source = 0; source < this.C; source++) {
      for (let j = offsets[source]!, stop = offsets[source + 1]!; j < stop; j++) {
        const target = targets[j]!;
        if (target <= source) continue;
        const value = csrWeights[j]!;
        const weight = Number.isNaN(value) ? 1 : value;
        M += weight;
        totalWeights[source]! += weight;
        totalWeights[target]! += weight;
        // As the library's `--starts[x]`: the decremented value, even where the array wraps it.
        const startSource = --starts[source]!;
        const startTarget = --starts[target]!;
        neighborhood[startSource] = target;
        neighborhood[startTarget] = source;
        weights[startSource] = weight;
        weights[startTarget] = weight;
      }
    }
    return M;
  }

  /** One level of fast local moves, nodes queued from node `first` (the random start) on; whether any moved. */
  moveNodes(first: number, resolution: number, communities: WeightMap, queue: NodeQueue): boolean {
    const l = this.C;
    let ri = first;
    for (let s = 0; s < l; s++, ri++) queue.enqueue(ri % l);
    let moveWasMade = false;
    while (queue.size !== 0) if (this.moveNode(queue.dequeue(), resolution, communities, queue)) moveWasMade = true;
    return moveWasMade;
  }

  /**
   * Node i to the neighbouring community of the best delta, its neighbours elsewhere queued; whether it moved.
   * A method called per node, not the body of moveNodes' loop: V8 then compiled moveNodes on the fly (OSR,
   * 30 ms) and again whole for the next run (77 ms, everything it calls inlined) while the first runs went on
   * unoptimised. Likewise the constructor's two loops (fillStarts, fillLinks) and inducedLinks' body per
   * community (communityLinks), whose code V8 threw away at the loops it had not reached yet (--trace-opt
   * --trace-deopt on ca-GrQc's eleven runs).
   */
  moveNode(i: number, resolution: number, communities: WeightMap, queue: NodeQueue): boolean {
    const { neighborhood, weights, loops, starts, belongings } = this;
    let degree = 0;
    communities.size = 0;
    for (let start = starts[i]!, end = starts[i + 1]!; start < end; start++) {
      const weight = weights[start]!;
      degree += weight;
      communities.add(belongings[neighborhood[start]!]!, weight);
    }
    const currentCommunity = belongings[i]!;
    const best = this.bestCommunity(currentCommunity, degree + loops[i]!, resolution, communities);
    if (best < 0) {
      // A negative delta: back to a community of its own, unless it already is alone.
      if (this.counts[currentCommunity] === 1) return false;
      this.isolate(i, degree + loops[i]!);
    } else if (best === currentCommunity) return false;
    else this.move(i, degree + loops[i]!, best);
    const moved = belongings[i]!;
    for (let start = starts[i]!, end = starts[i + 1]!; start < end; start++) {
      const j = neighborhood[start]!;
      if (belongings[j] !== moved) queue.enqueue(j);
    }
    return true;
  }

  /** The neighbouring community of the best delta (the library's fastDelta and tie-break), −1 when it is below 0. */
  bestCommunity(current: number, degree: number, resolution: number, communities: WeightMap): number {
    const { totalWeights } = this;
    const twiceM = 2 * this.M;
    let bestDelta =
      (communities.get(current) || 0) - (degree * (totalWeights[current]! - degree) * resolution) / twiceM;
    let bestCommunity = current;
    const { dense, values } = communities;
    for (let ci = 0; ci < communities.size; ci++) {
      const target = dense[ci]!;
      if (target === current) continue;
      const delta = values[ci]! - (degree * totalWeights[target]! * resolution) / twiceM;
      const better =
        Math.abs(delta - bestDelta) < EPSILON ? bestCommunity !== current && target > bestCommunity : delta > bestDelta;
      if (better) {
        bestDelta = delta;
        bestCommunity = target;
      }
    }
    return bestDelta < 0 ? -1 : bestCommunity;
  }

  /** Node i (of weighted degree `degree`, loops included) to a community of its own, from the unused ones. */
  isolate(i: number, degree: number): void {
    const current = this.belongings[i]!;
    const community = this.unused[--this.U]!;
    this.totalWeights[current]! -= degree;
    this.totalWeights[community]! += degree;
    this.belongings[i] = community;
    this.counts[current]!--;
    this.counts[community]!++;
  }

  /** Node i to `target`; its community, left empty, becomes unused. */
  move(i: number, degree: number, target: number): void {
    const current = this.belongings[i]!;
    this.totalWeights[current]! -= degree;
    this.totalWeights[target]! += degree;
    this.belongings[i] = target;
    const nowEmpty = this.counts[current]!-- === 1;
    this.counts[target]!++;
    if (nowEmpty) this.unused[this.U++] = current;
  }

  /**
   * Communities renumbered in order of first member, each becoming a node of the induced graph. In three
   * methods, each optimised once its own loops have run: compiled as one, V8 threw its code away on reaching
   * a later loop that had not run yet.
   */
  zoomOut(): void {
    const totals = this.relabel();
    const next = totals.length;
    const members = this.membersByCommunity(next);
    const { neighborhood, weights, internal } = this.inducedLinks(members, next);
    const { totalWeights, loops, counts, starts, belongings } = this;
    for (let ci = 0; ci < next; ci++) {
      totalWeights[ci] = totals[ci]!;
      loops[ci] = internal[ci]!;
      counts[ci] = 1;
      starts[ci] = members.start[ci]!;
      belongings[ci] = ci;
    }
    starts[next] = members.start[next]!;
    this.C = next;
    this.neighborhood = neighborhood;
    this.weights = weights;
    this.U = 0;
  }

  /** Each node's community renamed by first member, the mapping of the original nodes too; their total weights. */
  relabel(): Float64Array {
    const { belongings, totalWeights, mapping } = this;
    const C = this.C;
    const label = new Int32Array(mapping.length).fill(-1);
    const totals = new Float64Array(C);
    let next = 0;
    for (let i = 0; i < C; i++) {
      const ci = belongings[i]!;
      if (label[ci] === -1) {
        label[ci] = next;
        totals[next++] = totalWeights[ci]!;
      }
      belongings[i] = label[ci]!;
    }
    for (let i = 0; i < mapping.length; i++) mapping[i] = belongings[mapping[i]!]!;
    return totals.slice(0, next);
  }

  /**
   * The nodes of each of the `count` communities in increasing order (`start` indexes `nodes`), so that the
   * sums per (community, neighbour community) run in the library's order, node by node and link by link.
   */
  membersByCommunity(count: number): { start: Int32Array; nodes: Int32Array } {
    const { belongings } = this;
    const C = this.C;
    const start = new Int32Array(count + 1);
    for (let i = 0; i < C; i++) start[belongings[i]! + 1]!++;
    for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
    const nodes = new Int32Array(C);
    const fill = start.slice(0, count);
    for (let i = 0; i < C; i++) nodes[fill[belongings[i]!]!++] = i;
    return { start, nodes };
  }

  /**
   * The induced graph's links, each community's neighbour communities in increasing order (the library
   * lists an object's integer keys), and each community's internal weight; `members.start` becomes the
   * induced graph's row starts.
   */
  inducedLinks(
    members: { start: Int32Array; nodes: Int32Array },
    count: number,
  ): { neighborhood: PointerArray; weights: Float64Array; internal: Float64Array } {
    const { start } = members;
    const links: InducedLinks = {
      neighborhood: pointerArray(this.mapping.length + 1, this.neighborhood.length),
      weights: new Float64Array(this.weights.length),
      internal: new Float64Array(count),
      sums: new Float64Array(count),
      seenBy: new Int32Array(count).fill(-1),
      met: new Int32Array(count),
    };
    let E = 0;
    for (let ci = 0; ci < count; ci++) {
      const from = E;
      E = this.communityLinks(ci, members, links, E);
      start[ci] = from;
    }
    start[count] = E;
    return { neighborhood: links.neighborhood, weights: links.weights, internal: links.internal };
  }

  /** Community ci's links to its neighbour communities, filed from link E on; returns the next free link. */
  communityLinks(
    ci: number,
    members: { start: Int32Array; nodes: Int32Array },
    links: InducedLinks,
    E: number,
  ): number {
    const { belongings, loops, neighborhood, weights, starts } = this;
    const { start, nodes } = members;
    const { sums, seenBy, met } = links;
    let metCount = 0;
    let inside = 0;
    for (let k = start[ci]!, stop = start[ci + 1]!; k < stop; k++) {
      const i = nodes[k]!;
      inside += loops[i]!;
      for (let j = starts[i]!, m = starts[i + 1]!; j < m; j++) {
        const cj = belongings[neighborhood[j]!]!;
        if (ci === cj) {
          inside += weights[j]!;
          continue;
        }
        if (seenBy[cj] !== ci) {
          seenBy[cj] = ci;
          sums[cj] = 0;
          met[metCount++] = cj;
        }
        sums[cj]! += weights[j]!;
      }
    }
    links.internal[ci] = inside;
    // Distinct ids, sorted numerically as the library's integer keys are listed.
    const sorted = met.subarray(0, metCount).sort();
    for (let k = 0; k < metCount; k++) {
      const cj = sorted[k]!;
      links.neighborhood[E] = cj;
      links.weights[E++] = sums[cj]!;
    }
    return E;
  }
}

/** The induced graph's arrays as inducedLinks fills them, and its scratch arrays per community. */
interface InducedLinks {
  neighborhood: PointerArray;
  weights: Float64Array;
  internal: Float64Array;
  /** The weight to each neighbour community (valid where seenBy holds the community being filed). */
  sums: Float64Array;
  seenBy: Int32Array;
  /** The neighbour communities met, in the order met. */
  met: Int32Array;
}

/** mnemonist's SparseMap with Float64Array values, as the library fills it: a community's summed link weight. */
class WeightMap {
  size = 0;
  readonly dense: PointerArray;
  readonly sparse: PointerArray;
  readonly values: Float64Array;

  constructor(capacity: number) {
    this.dense = pointerArray(capacity, capacity);
    this.sparse = pointerArray(capacity, capacity);
    this.values = new Float64Array(capacity);
  }

  get(member: number): number | undefined {
    const index = this.sparse[member]!;
    return index < this.size && this.dense[index] === member ? this.values[index] : undefined;
  }

  /** The library's addWeightToCommunity: get (undefined as 0), add, set. */
  add(member: number, weight: number): void {
    const index = this.sparse[member]!;
    if (index < this.size && this.dense[index] === member) {
      this.values[index] = this.values[index]! + weight;
      return;
    }
    this.dense[this.size] = member;
    this.sparse[member] = this.size;
    this.values[this.size++] = 0 + weight;
  }
}

/** mnemonist's SparseQueueSet: a FIFO queue of distinct nodes, its bounds test as the library writes it. */
class NodeQueue {
  start = 0;
  size = 0;
  readonly dense: PointerArray;
  readonly sparse: PointerArray;

  constructor(readonly capacity: number) {
    this.dense = pointerArray(capacity, capacity);
    this.sparse = pointerArray(capacity, capacity);
  }

  enqueue(member: number): void {
    let index = this.sparse[member]!;
    if (this.size !== 0) {
      // (a && b) || c, as in the library.
      const inBounds =
        (index < this.capacity && index >= this.start && index < this.start + this.size) ||
        index < (this.start + this.size) % this.capacity;
      if (inBounds && this.dense[index] === member) return;
    }
    index = (this.start + this.size) % this.capacity;
    this.dense[index] = member;
    this.sparse[member] = index;
    this.size++;
  }

  dequeue(): number {
    const index = this.start;
    this.size--;
    this.start++;
    if (this.start === this.capacity) this.start = 0;
    const member = this.dense[index]!;
    this.sparse[member] = this.capacity;
    return member;
  }
}

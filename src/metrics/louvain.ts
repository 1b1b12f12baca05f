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
  return createLouvain(csr)(rng, resolution);
}

/**
 * Louvain runs on one CSR form (the reported seed and the stability seeds): louvainPartition for each rng,
 * the graph the runs start from built once. Its links are read, never written, by every run's first level,
 * and the arrays of the induced graphs are kept for the next run: on the 100,000-work network (4.3M link
 * slots) filling the first level's arrays from the CSR was 1.3 s of the eleven runs' 10.4 s (a CPU
 * profile), and each run allocated 52 MB for its first induced graph.
 */
export function createLouvain(csr: CsrGraph): (rng: () => number, resolution: number) => Int32Array {
  const order = csr.nodes.length;
  // A graph without links: the library numbers the nodes as they come.
  if (csr.targets.length === 0) return () => Int32Array.from({ length: order }, (_, v) => v);
  const graph = new LevelZero(csr);
  const communities = new WeightMap(order);
  const induced: InducedBuffers = [undefined, undefined];
  return (rng, resolution) => {
    const index = new LouvainIndex(graph, induced);
    const queue = new NodeQueue(order);
    // The random start is drawn here: each run's rng is another function, which optimised code calling it
    // would take for a wrong call target on the next run and throw away.
    while (index.moveNodes(Math.floor(rng() * index.C), resolution, communities, queue)) index.zoomOut();
    return Int32Array.from(index.mapping);
  };
}

/**
 * The graph every run starts from, filled as the library fills its index from csrGraphView (nodes in
 * order, each link from its lower end): links in `neighborhood`/`weights` from `starts`, each node's total
 * weight as the library sums it (in link order) and its weighted degree as moveNode sums it (in row order).
 */
class LevelZero {
  readonly order: number;
  readonly M: number;
  readonly neighborhood: PointerArray;
  readonly weights: Float64Array;
  readonly starts: PointerArray;
  readonly totalWeights: Float64Array;
  readonly strengths: Float64Array;

  constructor(csr: CsrGraph) {
    const { offsets, targets } = csr;
    const order = csr.nodes.length;
    const size = targets.length;
    this.order = order;
    this.neighborhood = pointerArray(order + 1, size);
    this.weights = new Float64Array(size);
    this.starts = pointerArray(size, order + 1);
    this.totalWeights = new Float64Array(order);
    this.fillStarts(offsets);
    this.M = this.fillLinks(offsets, targets, csr.weights);
    this.starts[order] = size;
    this.strengths = rowSums(order, this.starts, this.weights, new Float64Array(order), new Float64Array(order));
  }

  /** Each node's row end (the links fill rows backwards from it). */
  fillStarts(offsets: Int32Array): void {
    const { starts } = this;
    let n = 0;
    for (let i = 0; i < this.order; i++) {
      n += offsets[i + 1]! - offsets[i]!;
      starts[i] = n;
    }
  }

  /** The links from their lower ends, as the library adds them; returns their total weight M. */
  fillLinks(offsets: Int32Array, targets: Int32Array, csrWeights: Float64Array): number {
    const { neighborhood, weights, starts, totalWeights } = this;
    let M = 0;
    for (let source = 0; source < this.order; source++) {
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
}

/**
 * Each node's weighted degree with its loops, as the library's moveNode sums it on every visit (its row's
 * weights in row order from 0, then its loops): the same value at each visit of a level, so summed once.
 */
function rowSums(
  count: number,
  starts: PointerArray,
  weights: Float64Array,
  loops: Float64Array,
  into: Float64Array,
): Float64Array {
  for (let i = 0; i < count; i++) {
    let degree = 0;
    for (let start = starts[i]!, end = starts[i + 1]!; start < end; start++) degree += weights[start]!;
    into[i] = degree + loops[i]!;
  }
  return into;
}

/** The two induced graphs' arrays a run alternates between (one read while the other is filled), kept across runs. */
type InducedBuffers = [InducedArrays | undefined, InducedArrays | undefined];

interface InducedArrays {
  neighborhood: PointerArray;
  weights: Float64Array;
}

/**
 * The library's UndirectedLouvainIndex: the current graph (nodes 0..C−1, each a community of the level
 * below, links in `neighborhood`/`weights` from `starts`), each node's community and each community's total
 * weight. Small methods rather than one function: V8 compiled a single 250-line function in 0.2-0.3 s of
 * CPU each time (six times in eleven runs), more than the runs themselves.
 */
class LouvainIndex {
  C: number;
  readonly M: number;
  U = 0;
  neighborhood: PointerArray;
  weights: Float64Array;
  readonly loops: Float64Array;
  readonly starts: PointerArray;
  readonly belongings: PointerArray;
  readonly counts: PointerArray;
  readonly unused: PointerArray;
  readonly totalWeights: Float64Array;
  /** Each node's weighted degree with its loops (rowSums), for the current level. */
  readonly strengths: Float64Array;
  readonly mapping: PointerArray;
  /** Link slots of the current level (its last start may have wrapped: see pointerArray). */
  slots: number;
  /** Levels zoomed out to: the induced graph of level k is filled into induced[(k − 1) % 2]. */
  level = 0;

  /** The library's index as it fills it (LevelZero's arrays, each node its own community), its links shared. */
  constructor(
    graph: LevelZero,
    readonly induced: InducedBuffers,
  ) {
    const order = graph.order;
    this.C = order;
    this.M = graph.M;
    this.slots = graph.weights.length;
    this.neighborhood = graph.neighborhood;
    this.weights = graph.weights;
    this.loops = new Float64Array(order);
    this.starts = graph.starts.slice();
    this.belongings = pointerArray(order + 1, order);
    this.counts = pointerArray(order + 1, order);
    this.unused = pointerArray(order + 1, order);
    this.totalWeights = graph.totalWeights.slice();
    this.strengths = graph.strengths.slice();
    this.fillSingletons();
    this.mapping = this.belongings.slice();
  }

  /** Each node its own community of one. */
  fillSingletons(): void {
    const { belongings, counts } = this;
    for (let i = 0; i < this.C; i++) {
      belongings[i] = i;
      counts[i] = 1;
    }
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
    const { neighborhood, weights, starts, belongings } = this;
    const { mark, touched, values } = communities;
    const visit = communities.nextVisit();
    let size = 0;
    for (let start = starts[i]!, end = starts[i + 1]!; start < end; start++) {
      const weight = weights[start]!;
      const community = belongings[neighborhood[start]!]!;
      // The library's addWeightToCommunity: get (undefined as 0), add, set.
      if (mark[community] === visit) values[community] = values[community]! + weight;
      else {
        mark[community] = visit;
        touched[size++] = community;
        values[community] = 0 + weight;
      }
    }
    communities.size = size;
    const currentCommunity = belongings[i]!;
    const degree = this.strengths[i]!;
    const best = this.bestCommunity(currentCommunity, degree, resolution, communities, visit);
    if (best < 0) {
      // A negative delta: back to a community of its own, unless it already is alone.
      if (this.counts[currentCommunity] === 1) return false;
      this.isolate(i, degree);
    } else if (best === currentCommunity) return false;
    else this.move(i, degree, best);
    const moved = belongings[i]!;
    for (let start = starts[i]!, end = starts[i + 1]!; start < end; start++) {
      const j = neighborhood[start]!;
      if (belongings[j] !== moved) queue.enqueue(j);
    }
    return true;
  }

  /** The neighbouring community of the best delta (the library's fastDelta and tie-break), −1 when it is below 0. */
  bestCommunity(current: number, degree: number, resolution: number, communities: WeightMap, visit: number): number {
    const { totalWeights } = this;
    const twiceM = 2 * this.M;
    const { mark, touched, values } = communities;
    const own = mark[current] === visit ? values[current] : undefined;
    let bestDelta = (own || 0) - (degree * (totalWeights[current]! - degree) * resolution) / twiceM;
    let bestCommunity = current;
    for (let ci = 0; ci < communities.size; ci++) {
      const target = touched[ci]!;
      if (target === current) continue;
      const delta = values[target]! - (degree * totalWeights[target]! * resolution) / twiceM;
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
    this.slots = members.start[next]!;
    this.neighborhood = neighborhood;
    this.weights = weights;
    this.U = 0;
    rowSums(next, starts, weights, loops, this.strengths);
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
    // This level's link slots bound the next's; the arrays of two levels back are free to fill.
    let arrays = this.induced[this.level++ % 2];
    if (arrays === undefined || arrays.weights.length < this.slots) {
      arrays = {
        neighborhood: pointerArray(this.mapping.length + 1, this.slots),
        weights: new Float64Array(this.slots),
      };
      this.induced[(this.level - 1) % 2] = arrays;
    }
    const links: InducedLinks = {
      neighborhood: arrays.neighborhood,
      weights: arrays.weights,
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

/**
 * The library's SparseMap of a node's neighbour communities and their summed link weights, laid out by
 * community: `values[c]` is valid where `mark[c]` holds the current visit, `touched` lists the communities
 * in the order first met (the map's order). Reused by every visit and run: a visit's number tells its
 * entries from older ones, so nothing is cleared between visits.
 */
class WeightMap {
  size = 0;
  visit = 0;
  readonly mark: Int32Array;
  readonly touched: Int32Array;
  readonly values: Float64Array;

  constructor(capacity: number) {
    this.mark = new Int32Array(capacity);
    this.touched = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
  }

  /** A number no mark holds yet: the next visit's. */
  nextVisit(): number {
    if (this.visit === 0x7fffffff) {
      this.mark.fill(0);
      this.visit = 0;
    }
    return ++this.visit;
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

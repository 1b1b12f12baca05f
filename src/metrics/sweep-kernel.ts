/**
 * The shortest-path sweep kernel: ONE search per source yields, at once, the source's betweenness
 * dependencies (Brandes 2001), its distances to every node it reaches (→ closeness and harmonic
 * centrality, by symmetry of an undirected graph) and its eccentricity (→ diameter). igraph and networkx
 * run three separate all-pairs passes for betweenness, closeness and harmonic; this runs one.
 *
 * Pure and environment-free: typed arrays in, typed arrays out, no graph object, no closures, so the
 * same module runs in the single-thread fallback, in Node worker_threads and in browser Web Workers
 * (the kernel/driver split of graphology's ForceAtlas2). A chunk is a contiguous range of the source
 * list; its partial sums start from zero, so the driver can add chunks in a fixed order and get the
 * same bits whichever thread ran which chunk. A thread reuses its search arrays (SweepScratch) from chunk
 * to chunk and may be handed back the sum arrays of a chunk already added (SweepSums), which it clears:
 * at two million links a fresh set per chunk was 17 MB of search arrays and 2 MB of sums, 64 times a
 * sweep, and the main thread answered the churn of transferred buffers with full collections of its heap.
 *
 * Per source s with weight `scale` (1 for exact runs, |C|/k_C for sampled ones, see sampling.ts), for
 * every node v reached from s at distance d > 0: betweenness[v] += scale·δ_s(v), harmonic[v] += scale/d,
 * distance[v] += scale·d. Unweighted: BFS, O(m) per source. Weighted (`lengths` given, distance =
 * 1/weight): Dijkstra with an indexed binary heap, O(m log n) per source; path counts are merged on exact
 * float equality of path lengths, as networkx does. Memory O(n + m) per thread (BFS keeps predecessor
 * lists, about 20% faster than rescanning neighbours on ca-HepPh).
 * Indices: every typed-array read is in range — loops run over a CSR row or a prefix of `order`, and CSR
 * targets, sources and `order` entries are node indices below n — so reads carry `!` for the compiler
 * (noUncheckedIndexedAccess); it costs nothing at run time.
 * Unweighted with a paper cover (`cover` given): the same sums from searches that walk the papers
 * (sweep-papers.ts), cheaper on coauthor networks. Unweighted with twin classes (`twins` given, sweep.ts
 * decides): searches on the quotient by closed twins (sweep-twins.ts), cheaper where many nodes are twins.
 * Unweighted split at cut vertices (`blocks` given, sweep.ts decides): searches within blocks, which record
 * what the calling thread composes after the sweep (sweep-blocks.ts).
 * Reference: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25 (2001).
 */

import type { BlockGraph } from "./block-cut";
import { dijkstraFrom, type DijkstraBuffers } from "./dijkstra";
import type { PaperCover } from "./paper-cover";
import { sharedArrays } from "./shared-memory";
import { addLeafSearches } from "./sweep-leaves";
import { createPaperScratch, sweepPapers, type PaperScratch } from "./sweep-papers";
import { sweepBlocks } from "./sweep-blocks";
import { sweepTwins } from "./sweep-twins";
import type { TwinClasses } from "./twin-quotient";

/** What every chunk of a sweep reads: the CSR arrays, the sources and their weights. */
export interface SweepInput {
  offsets: Int32Array;
  targets: Int32Array;
  /** Length of each CSR slot (1/weight) for weighted paths; null for unweighted BFS. */
  lengths: Float64Array | null;
  sources: Int32Array;
  /** Weight of each source's contribution: 1 when every node is a source. */
  scales: Float64Array;
  /**
   * Leaves whose searches each source's search stands for (hop sweeps only; shared-searches.ts gives the
   * rule), or null for none.
   */
  leaves?: Float64Array | null;
  /** Number of chunks the sources are cut into; fixed by the plan, never by the thread count. */
  chunkCount: number;
  /**
   * The network's papers as a clique cover of its links (paper-cover.ts), for hop sweeps: the searches
   * then walk the papers (sweep-papers.ts), not the links. Null or absent: the links.
   */
  cover?: PaperCover | null;
  /**
   * For hop sweeps on links: the network's closed-twin classes (twin-quotient.ts), `offsets` and `targets`
   * then being its quotient's, whose searches sweep-twins.ts runs. The per-node sums stay per node.
   */
  twins?: TwinClasses | null;
  /**
   * For the exact hop sweep on links: the network split at its cut vertices (block-cut.ts), `offsets` and
   * `targets` then being its incidences' and `sources` every incidence, whose searches sweep-blocks.ts runs.
   */
  blocks?: BlockGraph | null;
  /**
   * For the exact plan's hop sweep on links: "when cheaper" lets sweep.ts split the network at its cut
   * vertices where that is estimated to pay (`blocks`), "always" splits it (tests); absent or null keeps the
   * searches over whole components.
   */
  splitAtCuts?: "when cheaper" | "always" | null;
}

/** The number of nodes the sums are for: the network's, also when the searches walk its quotient. */
export function nodeCount(input: SweepInput): number {
  if (input.blocks) return input.blocks.nodes;
  return input.twins ? input.twins.classOf.length : input.offsets.length - 1;
}

/** Sums of one chunk: per node (length n) and per source of the chunk (eccentricity). */
export interface SweepPartial {
  betweenness: Float64Array;
  harmonic: Float64Array;
  distance: Float64Array;
  eccentricity: Float64Array;
  /**
   * A sweep split at cut vertices (sweep-blocks.ts) leaves harmonic, distance and eccentricity to be composed
   * after it from what each search records: distances (records) and sums over its block (inner, three a search).
   */
  records?: Int32Array;
  inner?: Float64Array;
}

/** The per-node arrays of a partial (length n), which a chunk may be given back to overwrite. */
export type SweepSums = Pick<SweepPartial, "betweenness" | "harmonic" | "distance">;

/** The search arrays of the unweighted sweep on links or on twin classes (dist −1 and delta 0 between searches). */
export interface BfsScratch {
  dist: Int32Array;
  sigma: Float64Array;
  delta: Float64Array;
  order: Int32Array;
  /** Predecessors of w on shortest paths, stored in w's own CSR row (a subset of its neighbours). */
  preds: Int32Array;
  predEnd: Int32Array;
}

/**
 * One thread's search arrays for one input, reused by every chunk it runs: each search resets only what
 * it wrote, so they are ready for the next source, chunk after chunk.
 */
export type SweepScratch =
  | { bfs: BfsScratch }
  | { dijkstra: DijkstraBuffers & { delta: Float64Array } }
  | { papers: PaperScratch };

/** Allocates the search arrays a thread needs to run chunks of `input`. */
export function createSweepScratch(input: SweepInput): SweepScratch {
  const n = input.offsets.length - 1;
  if (input.lengths) {
    return {
      dijkstra: {
        dist: new Float64Array(n).fill(Infinity),
        sigma: new Float64Array(n),
        order: new Int32Array(n),
        heap: new Int32Array(n),
        position: new Int32Array(n).fill(-1),
        delta: new Float64Array(n),
      },
    };
  }
  if (input.cover) return { papers: createPaperScratch(n, input.cover) };
  return {
    bfs: {
      dist: new Int32Array(n).fill(-1),
      sigma: new Float64Array(n),
      delta: new Float64Array(n),
      order: new Int32Array(n),
      preds: new Int32Array(input.targets.length),
      predEnd: new Int32Array(n),
    },
  };
}

/** Each graph's search arrays on this thread (keyed by its targets array), with the lengths and cover they were made for. */
const keptScratch = new WeakMap<
  Int32Array,
  { lengths: Float64Array | null; cover: PaperCover | null; scratch: SweepScratch }
>();

/**
 * This thread's search arrays for `input`'s graph, made on first use and kept with the graph, as a worker
 * thread keeps its own between sweeps: the sampled sweep's rounds run on the same graph, and made anew each
 * round the arrays (11 MB on the 100,000-work network's cover) added to the array buffers whose growth
 * starts V8's marking of the analysis's whole heap (sweep.ts, SweepTotals). Searches leave them ready for the
 * next source; one sweep at a time per graph uses them (a sweep's rounds run one after the other).
 */
export function scratchFor(input: SweepInput): SweepScratch {
  const kept = keptScratch.get(input.targets);
  const cover = input.cover ?? null;
  if (kept && kept.lengths === input.lengths && kept.cover === cover) return kept.scratch;
  const scratch = createSweepScratch(input);
  keptScratch.set(input.targets, { lengths: input.lengths, cover, scratch });
  return scratch;
}

/** The half-open range [start, end) of `input.sources` that chunk `index` covers. */
export function chunkRange(input: SweepInput, index: number): [number, number] {
  const k = input.sources.length;
  return [Math.floor((index * k) / input.chunkCount), Math.floor(((index + 1) * k) / input.chunkCount)];
}

/**
 * The chunks in the order a pool of threads should start them: the costliest first, so that the last ones
 * handed out are the cheapest and the threads end together. Only a sweep split at cut vertices
 * (`blocks`) has chunks of very different costs (ca-GrQc: the searches within its largest block fill the
 * first 28 of 64 chunks, the other 36 take under a millisecond each); its cost of a search is the slots
 * of its block. Other sweeps keep their own order. The order changes no bit: chunks are added in index order.
 */
export function chunkOrder(input: SweepInput): Int32Array {
  const order = Int32Array.from({ length: input.chunkCount }, (_, i) => i);
  const { blocks } = input;
  if (!blocks) return order;
  const { offsets, blockOf, blockStart, blockEnd } = blocks;
  const cost = new Float64Array(input.chunkCount);
  for (let index = 0; index < input.chunkCount; index++) {
    const [start, end] = chunkRange(input, index);
    for (let i = start; i < end; i++) {
      const b = blockOf[input.sources[i]!]!;
      cost[index]! += offsets[blockEnd[b]!]! - offsets[blockStart[b]!]!;
    }
  }
  // Stable: chunks of equal cost keep their order.
  return order.sort((a, b) => cost[b]! - cost[a]! || a - b);
}

/**
 * Runs the sweep from every source of chunk `index` and returns the chunk's partial sums, written into
 * `spare` (cleared first) when given. `scratch` must come from createSweepScratch for this input.
 */
export function sweepChunk(
  input: SweepInput,
  index: number,
  scratch: SweepScratch = createSweepScratch(input),
  spare?: SweepSums,
): SweepPartial {
  const n = nodeCount(input);
  const [start, end] = chunkRange(input, index);
  const partial: SweepPartial = {
    betweenness: spare ? spare.betweenness.fill(0) : new Float64Array(n),
    harmonic: spare ? spare.harmonic.fill(0) : new Float64Array(n),
    distance: spare ? spare.distance.fill(0) : new Float64Array(n),
    eccentricity: sharesSums(spare) ? sharedArrays.float64(end - start) : new Float64Array(end - start),
  };
  if ("dijkstra" in scratch) sweepWeighted(input, input.lengths!, scratch.dijkstra, start, end, partial);
  else if ("papers" in scratch) {
    sweepPapers({ ...input, cover: input.cover!, leaves: input.leaves ?? null }, scratch.papers, start, end, partial);
  } else if (input.blocks) {
    // Stored here, not by sweepBlocks: a store of a property the partial does not have yet threw the kernel's
    // optimised code away at the end of every chunk (`--trace-deopt`: 53 deopts in one ca-GrQc sweep).
    const { records, inner } = sweepBlocks(input, input.blocks, scratch.bfs, start, end, partial);
    partial.records = records;
    partial.inner = inner;
  } else if (input.twins) sweepTwins(input, input.twins, scratch.bfs, start, end, partial);
  else sweepUnweighted(input, scratch.bfs, start, end, partial);
  return partial;
}

/**
 * Whether `spare` lives in shared memory (a runner that shares sums, SweepRunner.sharesSums), where the chunk's
 * eccentricities then go too. A worker thread transfers back the buffers of its partial that are not shared,
 * and the first buffer an isolate ever detaches invalidates V8's ArrayBufferDetaching protector, which throws
 * away all its optimised code that reads typed arrays. The eccentricities were the one buffer the CLI's sweep
 * thread transferred, so after its first chunk its kernels, compiled meanwhile, were thrown away and compiled
 * again (ca-GrQc, `--trace-opt --trace-deopt --trace-protector-invalidation`, 2026-12-02, load 2–3: its second
 * chunk took 42–64 ms in three runs, 20–30 ms with these shared, 15 warm). Now that thread detaches nothing.
 */
function sharesSums(spare: SweepSums | undefined): boolean {
  return spare !== undefined && !(spare.betweenness.buffer instanceof ArrayBuffer);
}

/**
 * BFS-based Brandes from each source of [start, end). Kept as one loop on typed arrays because it is
 * the hot path of the metrics stage (the exception STYLE.md allows for numeric kernels). Buffers are
 * reset only where the last search wrote, so sources in small components cost O(component). Each
 * delta[v] receives its additions in the same order as with a neighbour rescan (successors farthest
 * first), so the bits do not depend on how predecessors are found.
 */
function sweepUnweighted(
  input: SweepInput,
  scratch: BfsScratch,
  start: number,
  end: number,
  partial: SweepPartial,
): void {
  const { offsets, targets, sources, scales, leaves } = input;
  const { betweenness, harmonic, distance, eccentricity } = partial;
  // preds lets the backward pass visit only the predecessors instead of rescanning every neighbour.
  const { dist, sigma, delta, order, preds, predEnd } = scratch;
  for (let i = start; i < end; i++) {
    const s = sources[i]!;
    const scale = scales[i]!;
    dist[s] = 0;
    sigma[s] = 1;
    predEnd[s] = offsets[s]!;
    order[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      const paths = sigma[v]!;
      for (let j = offsets[v]!, stop = offsets[v + 1]!; j < stop; j++) {
        const w = targets[j]!;
        const dw = dist[w]!;
        if (dw < 0) {
          dist[w] = next;
          sigma[w] = paths;
          preds[offsets[w]!] = v;
          predEnd[w] = offsets[w]! + 1;
          order[tail++] = w;
        } else if (dw === next) {
          sigma[w]! += paths;
          preds[predEnd[w]!++] = v;
        }
      }
    }
    eccentricity[i - start] = dist[order[tail - 1]!]!;
    for (let o = tail - 1; o > 0; o--) {
      const w = order[o]!;
      const dw = dist[w]!;
      const share = (1 + delta[w]!) / sigma[w]!;
      for (let p = offsets[w]!, stop = predEnd[w]!; p < stop; p++) {
        const v = preds[p]!;
        delta[v]! += sigma[v]! * share;
      }
      betweenness[w]! += scale * delta[w]!;
      harmonic[w]! += scale / dw;
      distance[w]! += scale * dw;
    }
    const leafCount = leaves ? leaves[i]! : 0;
    if (leafCount > 0) addLeafSearches(scratch, tail, leafCount, partial);
    for (let o = 0; o < tail; o++) {
      dist[order[o]!] = -1;
      delta[order[o]!] = 0;
    }
  }
}

/** Dijkstra-based Brandes (distance = 1/weight) from each source of [start, end); see dijkstra.ts. */
function sweepWeighted(
  input: SweepInput,
  lengths: Float64Array,
  buffers: DijkstraBuffers & { delta: Float64Array },
  start: number,
  end: number,
  partial: SweepPartial,
): void {
  const { offsets, targets, sources, scales } = input;
  const { betweenness, harmonic, distance, eccentricity } = partial;
  const { dist, sigma, order, delta } = buffers;
  for (let i = start; i < end; i++) {
    const s = sources[i]!;
    const scale = scales[i]!;
    const reached = dijkstraFrom(offsets, targets, lengths, s, buffers);
    eccentricity[i - start] = dist[order[reached - 1]!]!;
    for (let o = reached - 1; o > 0; o--) {
      const w = order[o]!;
      const dw = dist[w]!;
      const share = (1 + delta[w]!) / sigma[w]!;
      for (let j = offsets[w]!, stop = offsets[w + 1]!; j < stop; j++) {
        const v = targets[j]!;
        if (dist[v]! + lengths[j]! === dw) delta[v]! += sigma[v]! * share;
      }
      betweenness[w]! += scale * delta[w]!;
      harmonic[w]! += scale / dw;
      distance[w]! += scale * dw;
    }
    for (let o = 0; o < reached; o++) {
      dist[order[o]!] = Infinity;
      delta[order[o]!] = 0;
    }
  }
}

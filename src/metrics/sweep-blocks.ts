/**
 * The exact hop sweep split at cut vertices (block-cut.ts): a search from each incidence of each block, inside
 * its block, then the sums of each node composed from what the searches recorded and what lies beyond each
 * cut vertex (its distance histogram).
 *
 * Betweenness (Puzis et al. 2012): a pair (x, y) whose paths cross block B enters it at a and leaves at b,
 * and W(a)·W(b) pairs do so (W the incidence's weight), so a search from a within B whose dependencies take
 * each reached node's weight instead of 1 gives every node inside B its share: per class member,
 *   δ(D) = σ(D)·Σ m(C)·(W(C) + δ(C))/σ(C) over the classes C after D (sweep-twins.ts with weights),
 * added W(a)·m(a) times. A cut vertex also lies on every path between its sides: Σ S·(r − 1 − S) over the
 * side sizes S = r − W of its incidences (r the component's size).
 * Closeness, harmonic and eccentricity: a node's sums are its own (the graph is undirected): from its
 * search, each class at distance d adds m·(1/d) and m·d, and each cut incidence at distance d adds its side's
 * histogram shifted by d. The histograms need the cut incidences' distances inside their blocks, which
 * their own searches give: the searches record them (every search its distances to the block's cut
 * incidences; a cut incidence's also its block's classes by distance, a class's its sums over them), and the
 * calling thread composes after the sweep (composeBlockSums), in two passes over the block–cut tree.
 * Distances, distance sums and eccentricities are integers (the same bits as the searches over the whole
 * network); harmonic sums add the same terms in another order and betweenness dependencies are weighted,
 * so both agree within rounding.
 * Typed-array reads carry `!` (noUncheckedIndexedAccess): incidences, blocks, nodes and distances in range.
 */

import type { BlockGraph, BlockSplit } from "./block-cut";
import type { BfsScratch, SweepInput, SweepPartial } from "./sweep-kernel";

/**
 * What a search records: its distances to the block's cut incidences (by their place in the block's list),
 * then for a cut incidence its histogram of the block's classes by distance (members, BlockGraph.reach long).
 */
function recordLength(graph: BlockGraph, h: number): number {
  const b = graph.blockOf[h]!;
  const cuts = graph.cutStart[b + 1]! - graph.cutStart[b]!;
  return graph.isCut[h] ? cuts + graph.reach[b]! : cuts;
}

/** The length of all the records of a split sweep's searches (input.sources, every incidence). */
export function recordsLength(input: SweepInput, graph: BlockGraph): number {
  let length = 0;
  for (const s of input.sources) length += recordLength(graph, s);
  return length;
}

/**
 * Brandes' searches from the incidences [start, end) of input.sources within their blocks (see the header);
 * returns what they record. Each search is four small functions (forward pass, dependencies, record,
 * reset) rather than one loop body: V8 compiled the one 90-line loop on the fly (OSR) before its later
 * parts had run, threw that code away at them ("insufficient type feedback", three times a sweep) and took
 * 37–149 ms a compile on a core the other thread sweeps on, so each thread's first chunk of ca-GrQc took
 * 220–250 ms against 20–30 for the next ones (one thread, --trace-opt --trace-deopt).
 */
export function sweepBlocks(
  input: SweepInput,
  graph: BlockGraph,
  scratch: BfsScratch,
  start: number,
  end: number,
  partial: SweepPartial,
): Required<Pick<SweepPartial, "records" | "inner">> {
  const { sources } = input;
  const { multiplicity, weight, isCut } = graph;
  let length = 0;
  for (let i = start; i < end; i++) length += recordLength(graph, sources[i]!);
  const records = new Int32Array(length);
  const inner = new Float64Array(3 * (end - start));
  // Class members by distance, for the sums over the block's classes.
  const byDistance = new Float64Array(input.offsets.length);
  let at = 0;
  for (let i = start; i < end; i++) {
    const s = sources[i]!;
    const tail = searchBlock(input, multiplicity, scratch, s);
    addDependencies(input, graph, scratch, tail, multiplicity[s]! * weight[s]!, partial.betweenness);
    if (isCut[s]) recordCut(graph, scratch, tail, s, records, at, inner, 3 * (i - start));
    else recordClass(graph, scratch, tail, s, records, at, inner, 3 * (i - start), byDistance);
    at += recordLength(graph, s);
    resetSearch(scratch, tail);
  }
  return { records, inner };
}

/** The forward pass from incidence s: distances, path counts and predecessors; returns the nodes reached. */
function searchBlock(input: SweepInput, multiplicity: Int32Array, scratch: BfsScratch, s: number): number {
  const { offsets, targets } = input;
  const { dist, sigma, order, preds, predEnd } = scratch;
  dist[s] = 0;
  sigma[s] = 1;
  predEnd[s] = offsets[s]!;
  order[0] = s;
  let head = 0;
  let tail = 1;
  // The forward pass is sweep-twins.ts' (the link kernel's, for the paths a class passes on), kept as a copy
  // for the reason given there: a shared function measured 2–13% slower on ca-HepPh exact.
  while (head < tail) {
    const v = order[head++]!;
    const next = dist[v]! + 1;
    // The paths through v's members; only s starts paths from the source's class.
    const paths = head === 1 ? 1 : sigma[v]! * multiplicity[v]!;
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
  return tail;
}

/** The backward pass: each reached node's dependency, added `scale` times to its members' betweenness. */
function addDependencies(
  input: SweepInput,
  graph: BlockGraph,
  scratch: BfsScratch,
  tail: number,
  scale: number,
  betweenness: Float64Array,
): void {
  const { offsets } = input;
  const { multiplicity, weight, memberStart, members } = graph;
  const { sigma, delta, order, preds, predEnd } = scratch;
  for (let o = tail - 1; o > 0; o--) {
    const w = order[o]!;
    const dependency = delta[w]!;
    const share = (multiplicity[w]! * (weight[w]! + dependency)) / sigma[w]!;
    for (let p = offsets[w]!, stop = predEnd[w]!; p < stop; p++) {
      const v = preds[p]!;
      delta[v]! += sigma[v]! * share;
    }
    if (dependency !== 0) {
      for (let u = memberStart[w]!, stop = memberStart[w + 1]!; u < stop; u++) {
        betweenness[members[u]!]! += scale * dependency;
      }
    }
  }
}

/**
 * A cut incidence's record from `at`: its distances to its block's cut incidences, then the members of the
 * block's classes by distance (records start zeroed); its farthest class at inner[slot + 2]. The composition
 * reads no more of its search: before, the record was its distance to every incidence of the block, whose
 * classes the calling thread counted into this histogram once per cut vertex after the sweep (on ca-GrQc
 * 520 cut incidences × 2,298 incidences of the largest block).
 */
function recordCut(
  graph: BlockGraph,
  scratch: BfsScratch,
  tail: number,
  s: number,
  records: Int32Array,
  at: number,
  inner: Float64Array,
  slot: number,
): void {
  const { multiplicity, cutPlace, isCut, cutStart, blockOf } = graph;
  const { dist, order } = scratch;
  const b = blockOf[s]!;
  const histogram = at + cutStart[b + 1]! - cutStart[b]!;
  let far = 0;
  for (let o = 0; o < tail; o++) {
    const t = order[o]!;
    const d = dist[t]!;
    if (isCut[t]) {
      records[at + cutPlace[t]!] = d;
    } else {
      records[histogram + d]! += multiplicity[t]!;
      if (d > far) far = d;
    }
  }
  inner[slot + 2] = far;
}

/**
 * A class's record: its distances to its block's cut incidences (by their place in the block's list) from
 * `at`, and its harmonic and distance sums over the block's classes and its farthest one at inner[slot..].
 */
function recordClass(
  graph: BlockGraph,
  scratch: BfsScratch,
  tail: number,
  s: number,
  records: Int32Array,
  at: number,
  inner: Float64Array,
  slot: number,
  byDistance: Float64Array,
): void {
  const { multiplicity, cutPlace, isCut } = graph;
  const { dist, order } = scratch;
  // The source's twins at distance 1.
  let far = multiplicity[s]! > 1 ? 1 : 0;
  byDistance[1]! += multiplicity[s]! - 1;
  for (let o = 1; o < tail; o++) {
    const t = order[o]!;
    const d = dist[t]!;
    if (isCut[t]) {
      records[at + cutPlace[t]!] = d;
    } else {
      byDistance[d]! += multiplicity[t]!;
      if (d > far) far = d;
    }
  }
  let harmonic = 0;
  let distance = 0;
  for (let d = 1; d <= far; d++) {
    harmonic += byDistance[d]! / d;
    distance += byDistance[d]! * d;
    byDistance[d] = 0;
  }
  byDistance[1] = 0;
  inner[slot] = harmonic;
  inner[slot + 1] = distance;
  inner[slot + 2] = far;
}

/** Clears what the search wrote, for the next one. */
function resetSearch(scratch: BfsScratch, tail: number): void {
  const { dist, delta, order } = scratch;
  for (let o = 0; o < tail; o++) {
    dist[order[o]!] = -1;
    delta[order[o]!] = 0;
  }
}

/**
 * What the composition reads and the histograms it builds: side[h] for a cut incidence, its vertex's nodes
 * away from h's block, by distance from it (itself at 0); below[c], cut c's nodes away from its parent block,
 * by distance; down[b], block b's nodes away from its parent cut (the cut left out), by distance from the
 * cut. Each is gathered in `counts` (zero between two), then copied out at its length.
 */
interface Composition {
  graph: BlockGraph;
  tree: BlockSplit["tree"];
  records: Int32Array;
  /** Where each incidence's record starts in `records`. */
  recordStart: Int32Array;
  /** The searches' sums over their blocks' classes, three a search (a cut incidence's farthest class only). */
  inner: Float64Array;
  side: Float64Array[];
  /**
   * The sides of each block's cut incidences, copied out flat once the block's are known (blockSides): cut
   * slot i of graph.cuts has sideValues[sideAt[i] ..< sideEnd[i]].
   */
  sideValues: Float64Array;
  sideAt: Int32Array;
  sideEnd: Int32Array;
  /** The flat sides' length so far. */
  flatLength: number;
  below: Float64Array[];
  down: Float64Array[];
  counts: Float64Array;
  sums: { harmonic: Float64Array; distance: Float64Array };
  eccentricity: Float64Array;
}

/**
 * Each node's harmonic and distance sums and eccentricity from the searches' records (in source order:
 * every incidence, in order), and the betweenness of cut vertices between their sides, added to `sums`.
 * In two passes over the block–cut tree (the histograms), then a pass over the incidences, each step a
 * small function: as one function V8 compiled it on the fly several times (31–95 ms a compile) and threw
 * the code away at parts not yet run (--trace-opt --trace-deopt on ca-GrQc).
 */
export function composeBlockSums(
  split: BlockSplit,
  records: Int32Array,
  inner: Float64Array,
  sums: { betweenness: Float64Array; harmonic: Float64Array; distance: Float64Array },
  eccentricity: Float64Array,
): void {
  const { graph, tree } = split;
  const { weight, isCut } = graph;
  const { nodeOf, parentIncidence, order, componentSize } = tree;
  const count = nodeOf.length;
  const recordStart = new Int32Array(count + 1);
  for (let h = 0; h < count; h++) recordStart[h + 1] = recordStart[h]! + recordLength(graph, h);
  const at: Composition = {
    graph,
    tree,
    records,
    recordStart,
    inner,
    side: new Array<Float64Array>(count).fill(NONE),
    sideValues: new Float64Array(1024),
    sideAt: new Int32Array(graph.cuts.length),
    sideEnd: new Int32Array(graph.cuts.length),
    flatLength: 0,
    below: new Array<Float64Array>(graph.nodes).fill(NONE),
    down: new Array<Float64Array>(graph.blockStart.length).fill(NONE),
    counts: new Float64Array(graph.nodes + 2),
    sums,
    eccentricity,
  };
  for (let i = order.length - 1; i >= 0; i--) {
    const item = order[i]!;
    if (item < 0) at.below[-item - 1] = cutBelow(at, -item - 1);
    else if (parentIncidence[item]! >= 0) at.down[item] = blockDown(at, item);
  }
  for (const item of order) if (item >= 0) blockSides(at, item);
  // Each class's own sums, from its search (a cut vertex's are its histogram in childSides).
  classSums(at, inner);
  // Cut vertices on every path between their sides.
  for (let h = 0; h < count; h++) {
    if (!isCut[h]) continue;
    const c = nodeOf[h]!;
    const r = componentSize[c]!;
    const away = r - weight[h]!;
    sums.betweenness[c]! += away * (r - 1 - away);
  }
}

/** What the histogram lists hold until filled: lists made empty and filled out of order fell to slow elements. */
const NONE = new Float64Array(0);

/** down[b] (see Composition): block `item`'s nodes away from its parent cut, from the cut's record. */
function blockDown(at: Composition, item: number): Float64Array {
  const { graph, tree, records, recordStart, below, counts } = at;
  const { cutStart, cuts } = graph;
  const top = tree.parentIncidence[item]!;
  const row = recordStart[top]!;
  let length = addClasses(at, item, top);
  for (let i = cutStart[item]!; i < cutStart[item + 1]!; i++) {
    const t = cuts[i]!;
    if (t !== top)
      length = Math.max(length, addShifted(counts, below[tree.nodeOf[t]!]!, records[row + i - cutStart[item]!]!));
  }
  return takeCounts(counts, length);
}

/**
 * Adds the histogram of block `item`'s classes by distance from its cut incidence h (h's record) to the
 * counts; returns the length it covers (1 for a block of cut vertices alone, whose other cuts cover more).
 */
function addClasses(at: Composition, item: number, h: number): number {
  const { graph, records, recordStart, inner, counts } = at;
  const from = recordStart[h]! + graph.cutStart[item + 1]! - graph.cutStart[item]!;
  const far = inner[3 * h + 2]!;
  for (let d = 1; d <= far; d++) counts[d]! += records[from + d]!;
  return far + 1;
}

/** below[c] (see Composition): cut c itself and its child blocks' down histograms. */
function cutBelow(at: Composition, c: number): Float64Array {
  const { graph, tree, down, counts } = at;
  const { incidenceStart, incidences } = tree;
  let length = addAt(counts, 0, 1);
  for (let j = incidenceStart[c]! + 1; j < incidenceStart[c + 1]!; j++) {
    length = Math.max(length, addShifted(counts, down[graph.blockOf[incidences[j]!]!]!, 0));
  }
  return takeCounts(counts, length);
}

/** side[h] of block `item`'s cut incidences but its parent's, then of each cut vertex's child incidences. */
function blockSides(at: Composition, item: number): void {
  const { graph, tree, side, below } = at;
  const { cutStart, cuts } = graph;
  const parent = tree.parentIncidence[item]!;
  for (let i = cutStart[item]!; i < cutStart[item + 1]!; i++) {
    const h = cuts[i]!;
    if (h !== parent) side[h] = below[tree.nodeOf[h]!]!;
  }
  flattenSides(at, item);
  // For each cut vertex hanging here, its side towards this block, then its side from each child block.
  for (let i = cutStart[item]!; i < cutStart[item + 1]!; i++) {
    const h = cuts[i]!;
    if (h !== parent) childSides(at, item, h);
  }
}

/** Copies block `item`'s cut sides (all known once blockSides has set its own) into the flat sides. */
function flattenSides(at: Composition, item: number): void {
  const { graph, side, sideAt, sideEnd } = at;
  const { cutStart, cuts } = graph;
  let end = at.flatLength;
  let length = end;
  for (let i = cutStart[item]!; i < cutStart[item + 1]!; i++) length += side[cuts[i]!]!.length;
  if (length > at.sideValues.length) {
    const bigger = new Float64Array(Math.max(length, 2 * at.sideValues.length));
    bigger.set(at.sideValues.subarray(0, end));
    at.sideValues = bigger;
  }
  const values = at.sideValues;
  for (let i = cutStart[item]!; i < cutStart[item + 1]!; i++) {
    const histogram = side[cuts[i]!]!;
    sideAt[i] = end;
    values.set(histogram, end);
    end += histogram.length;
    sideEnd[i] = end;
  }
  at.flatLength = end;
}

/**
 * side[] of each child incidence of cut incidence h of block `item`: everything but that child's block; and
 * the cut vertex's own sums, from all of it by distance (itself at 0). Each cut vertex comes here once, from
 * its parent block, with its first incidence. Computed apart, from that incidence's record and its side, the
 * cut vertex's sums took a third of the composition's time (a CPU profile on ca-GrQc), for the same counts.
 */
function childSides(at: Composition, item: number, h: number): void {
  const { graph, tree, records, recordStart, side, down, counts, sideValues, sideAt, sideEnd } = at;
  const { blockOf, cutStart, cuts } = graph;
  const { incidenceStart, incidences } = tree;
  const c = tree.nodeOf[h]!;
  addAt(counts, 0, 1);
  const row = recordStart[h]! - cutStart[item]!;
  // The block's classes, then its other cuts' sides (flat): integer counts, the same in any order.
  let length = addClasses(at, item, h);
  for (let i = cutStart[item]!; i < cutStart[item + 1]!; i++) {
    const t = cuts[i]!;
    if (t === h) continue;
    const shift = records[row + i]! - sideAt[i]!;
    const end = sideEnd[i]!;
    for (let k = sideAt[i]!; k < end; k++) counts[k + shift]! += sideValues[k]!;
    if (end + shift > length) length = end + shift;
  }
  for (let j = incidenceStart[c]! + 1; j < incidenceStart[c + 1]!; j++) {
    length = Math.max(length, addShifted(counts, down[blockOf[incidences[j]!]!]!, 0));
  }
  const all = takeCounts(counts, length);
  for (let j = incidenceStart[c]! + 1; j < incidenceStart[c + 1]!; j++) {
    const mine = all.slice();
    const away = down[blockOf[incidences[j]!]!]!;
    for (let k = 0; k < away.length; k++) mine[k]! -= away[k]!;
    // Trimmed of its zeros past the last count by a forward scan, whose steps all run on every call: a
    // backward loop's step ran on few, and V8 threw childSides' optimised code away when it first did.
    let last = 1;
    for (let k = 1; k < mine.length; k++) if (mine[k] !== 0) last = k + 1;
    side[incidences[j]!] = mine.subarray(0, last);
  }
  // The counts are integers, the same whichever order they were added in: the same bits as from the record.
  storeSums(graph, h, 0, 0, all.length - 1, all, at.sums, at.eccentricity);
}

/**
 * Each class's sums: its own within its block (`inner`) and, through each cut of the block, that cut's side
 * (the flat sides, read in one loop: with a histogram array looked up per cut and a call per histogram, a
 * warm composition of ca-GrQc took 50–60 ms against 18–20).
 */
function classSums(at: Composition, inner: Float64Array): void {
  const { graph, records, recordStart, sideValues, sideAt, sideEnd } = at;
  const { cutStart, isCut, blockOf } = graph;
  const byDistance = new Float64Array(graph.nodes + 2);
  for (let h = 0; h < isCut.length; h++) {
    if (isCut[h]) continue;
    const b = blockOf[h]!;
    let far = inner[3 * h + 2]!;
    for (let i = cutStart[b]!, place = recordStart[h]!; i < cutStart[b + 1]!; i++, place++) {
      const shift = records[place]! - sideAt[i]!;
      const end = sideEnd[i]!;
      for (let k = sideAt[i]!; k < end; k++) byDistance[k + shift]! += sideValues[k]!;
      if (end + shift - 1 > far) far = end + shift - 1;
    }
    storeSums(graph, h, inner[3 * h]!, inner[3 * h + 1]!, far, byDistance, at.sums, at.eccentricity);
  }
}

/** Adds the counts by distance (cleared here) to `harmonic` and `distance` and stores them for h's members. */
function storeSums(
  graph: BlockGraph,
  h: number,
  harmonic: number,
  distance: number,
  far: number,
  byDistance: Float64Array,
  sums: { harmonic: Float64Array; distance: Float64Array },
  eccentricity: Float64Array,
): void {
  let beyond = 0;
  let beyondDistance = 0;
  for (let d = 1; d <= far; d++) {
    beyond += byDistance[d]! / d;
    beyondDistance += byDistance[d]! * d;
    byDistance[d] = 0;
  }
  harmonic += beyond;
  distance += beyondDistance;
  for (let u = graph.memberStart[h]!; u < graph.memberStart[h + 1]!; u++) {
    const v = graph.members[u]!;
    sums.harmonic[v] = harmonic;
    sums.distance[v] = distance;
    eccentricity[v] = far;
  }
}

/** Adds `histogram` shifted by `shift` into `counts`; returns the length it covers. */
function addShifted(counts: Float64Array, histogram: Float64Array, shift: number): number {
  for (let k = 0; k < histogram.length; k++) counts[k + shift]! += histogram[k]!;
  return shift + histogram.length;
}

function addAt(counts: Float64Array, at: number, value: number): number {
  counts[at]! += value;
  return at + 1;
}

/** The first `length` counts, which are then cleared. */
function takeCounts(counts: Float64Array, length: number): Float64Array {
  const taken = counts.slice(0, length);
  counts.fill(0, 0, length);
  return taken;
}

/**
 * A network split at its cut vertices (articulation points) into blocks (biconnected components), for the
 * exact hop sweep (sweep-blocks.ts). Every shortest path between two nodes of a block stays in the block,
 * and a path from a block to the rest of the network leaves it through a cut vertex, so each block's
 * searches run inside the block alone and what lies beyond a cut vertex enters as that vertex's weight
 * (how many nodes hang there: betweenness) and its distance histogram (how many at each distance:
 * closeness, harmonic, eccentricity). Puzis, Zilberman, Elovici, Dolev & Brandes, "Heuristics for
 * speeding up betweenness centrality computation" (SocialCom 2012); Sariyüce, Kaya, Saule & Çatalyürek,
 * "Shattering and compressing networks for betweenness centrality" (SDM 2013).
 *
 * The blocks are the components of one graph whose nodes are a node's incidences to its blocks (a cut
 * vertex has one per block), taken by closed-twin class (shared-searches.ts): twins have the same
 * neighbours, so they lie in one block and are never cut vertices (whatever one reaches, the other does).
 * Each incidence has a multiplicity (its class's size) and a weight: 1 for a class member, for a cut
 * vertex the nodes on its side away from the block, itself included. Numbered for locality (locality.ts),
 * which keeps each block a run of incidences (a block is a component).
 *
 * Blocks found by Hopcroft and Tarjan's depth-first search (iterative, one vertex stack); the block–cut
 * tree rooted at each component's first block gives the weights. O(n + m) but for the rows of cut vertices
 * that sit in several blocks (each row scanned once per block).
 * Typed-array reads carry `!` (noUncheckedIndexedAccess): nodes, incidences and blocks are in range.
 */

import { relabelForLocality } from "./locality";
import { closedTwinRepresentatives } from "./shared-searches";

/** What a sweep thread reads: the incidences' graph, their classes and weights, each block's cut incidences. */
export interface BlockGraph {
  /** The incidences' CSR arrays: links within each block between its classes. */
  offsets: Int32Array;
  targets: Int32Array;
  /** Members of each incidence's class (1 for a cut vertex). */
  multiplicity: Int32Array;
  /** For a cut vertex, the nodes on its side away from the block (itself included); else 1. */
  weight: Float64Array;
  /** The network nodes of incidence h: members[memberStart[h] ..< memberStart[h + 1]]. */
  memberStart: Int32Array;
  members: Int32Array;
  /** Each incidence's block, each block's run of incidences [blockStart, blockEnd). */
  blockOf: Int32Array;
  blockStart: Int32Array;
  blockEnd: Int32Array;
  /** The cut incidences of block b: cuts[cutStart[b] ..< cutStart[b + 1]]. */
  cutStart: Int32Array;
  cuts: Int32Array;
  /** Whether an incidence is a cut vertex's (1) or a class's (0). */
  isCut: Uint8Array;
  /** A cut incidence's place in its block's list (cuts), −1 for a class's. */
  cutPlace: Int32Array;
  /**
   * Per block, more than the distance between any two of its incidences (twice one incidence's eccentricity,
   * plus one): the length a cut incidence's search gives its histogram of the block's classes by distance.
   */
  reach: Int32Array;
  /** The network's node count. */
  nodes: number;
}

/** The block–cut tree, which only the calling thread reads (the histograms after the searches). */
export interface BlockTree {
  /** The network node of each incidence (a class's first member). */
  nodeOf: Int32Array;
  /** The cut vertex through which each block hangs from its parent block, −1 for a component's first. */
  parentCut: Int32Array;
  /** The incidence of parentCut in the block, −1 for a component's first. */
  parentIncidence: Int32Array;
  /** Blocks and cut vertices from each component's first block outwards: b ≥ 0 a block, −(c + 1) cut c. */
  order: Int32Array;
  /** A cut vertex's incidences, its parent block's first: incidences[incidenceStart[c] ..< incidenceStart[c + 1]]. */
  incidenceStart: Int32Array;
  incidences: Int32Array;
  /** Each node's component size. */
  componentSize: Int32Array;
}

/** A network split into blocks (see the header). */
export interface BlockSplit {
  graph: BlockGraph;
  tree: BlockTree;
  /** Slot visits of the searches within blocks (a search per incidence), to weigh against a sweep without. */
  work: number;
  /**
   * Each node's component's slots in the quotient by twins, the leaves left out (twin-quotient.ts): what a
   * search of the exact plan visits without the split. A link between two classes is in one block, so
   * they are the incidences' slots but the leaves' links.
   */
  componentSlots: Float64Array;
}

/** The network split at its cut vertices (see the header). */
export function splitAtCutVertices(offsets: Int32Array, targets: Int32Array): BlockSplit {
  const n = offsets.length - 1;
  const { blocks, componentSize, componentOf } = biconnectedComponents(offsets, targets);
  const blockCount = blocks.length;
  const blocksPerNode = new Int32Array(n);
  for (const block of blocks) for (const v of block) blocksPerNode[v]!++;
  const representative = closedTwinRepresentatives({ offsets, targets });
  const classSize = new Int32Array(n);
  for (let v = 0; v < n; v++) classSize[representative[v]!]!++;
  // Incidences block by block: a cut vertex's own, one per class otherwise (its first member).
  const firstOf = new Int32Array(blockCount + 1);
  const nodeList: number[] = [];
  const incidenceOfNode = new Int32Array(n).fill(-1);
  for (let b = 0; b < blockCount; b++) {
    firstOf[b] = nodeList.length;
    for (const v of blocks[b]!) {
      const node = blocksPerNode[v]! > 1 ? v : representative[v]!;
      const known = incidenceOfNode[node]!;
      if (known >= firstOf[b]! && nodeList[known] === node) continue;
      incidenceOfNode[node] = nodeList.length;
      nodeList.push(node);
    }
  }
  const count = nodeList.length;
  firstOf[blockCount] = count;
  // Links within each block, between incidences: a block's nodes are marked with its number, and two nodes
  // share at most one block, so a link between two marked nodes is the block's.
  const mark = new Int32Array(n).fill(-1);
  const local = new Int32Array(n);
  const seen = new Int32Array(count).fill(-1);
  const rawOffsets = new Int32Array(count + 1);
  let rawTargets: Int32Array = new Int32Array(targets.length);
  let slots = 0;
  for (let b = 0; b < blockCount; b++) {
    for (const v of blocks[b]!) {
      mark[v] = b;
      if (blocksPerNode[v] === 1) local[v] = incidenceOfNode[representative[v]!]!;
    }
    for (let h = firstOf[b]!; h < firstOf[b + 1]!; h++) if (blocksPerNode[nodeList[h]!]! > 1) local[nodeList[h]!] = h;
    for (let h = firstOf[b]!; h < firstOf[b + 1]!; h++) {
      const v = nodeList[h]!;
      seen[h] = h;
      for (let j = offsets[v]!, stop = offsets[v + 1]!; j < stop; j++) {
        const w = targets[j]!;
        if (mark[w] !== b) continue;
        const g = local[w]!;
        if (seen[g] === h) continue;
        seen[g] = h;
        if (slots === rawTargets.length) rawTargets = grow(rawTargets);
        rawTargets[slots++] = g;
      }
      rawOffsets[h + 1] = slots;
    }
  }
  const relabelled = relabelForLocality(rawOffsets, rawTargets.subarray(0, slots), null);
  const { newOf } = relabelled;
  const nodeOf = new Int32Array(count);
  const blockOf = new Int32Array(count);
  for (let b = 0; b < blockCount; b++) {
    for (let h = firstOf[b]!; h < firstOf[b + 1]!; h++) {
      nodeOf[newOf[h]!] = nodeList[h]!;
      blockOf[newOf[h]!] = b;
    }
  }
  const blockStart = new Int32Array(blockCount).fill(count);
  const blockEnd = new Int32Array(blockCount);
  for (let h = count - 1; h >= 0; h--) blockStart[blockOf[h]!] = h;
  for (let h = 0; h < count; h++) blockEnd[blockOf[h]!] = h + 1;
  const isCut = Uint8Array.from(nodeOf, (v) => +(blocksPerNode[v]! > 1));
  const multiplicity = Int32Array.from(nodeOf, (v, h) => (isCut[h] ? 1 : classSize[v]!));
  // Members: a class's nodes in network order (a cut vertex alone).
  const memberStart = new Int32Array(count + 1);
  for (let h = 0; h < count; h++) memberStart[h + 1] = memberStart[h]! + multiplicity[h]!;
  const members = new Int32Array(memberStart[count]!);
  const fill = memberStart.slice(0, count);
  const incidenceOfClass = new Int32Array(n).fill(-1);
  for (let h = 0; h < count; h++) if (!isCut[h]) incidenceOfClass[nodeOf[h]!] = h;
  for (let h = 0; h < count; h++) if (isCut[h]) members[fill[h]!++] = nodeOf[h]!;
  for (let v = 0; v < n; v++) {
    const h = blocksPerNode[v]! === 1 ? incidenceOfClass[representative[v]!]! : -1;
    if (h >= 0) members[fill[h]!++] = v;
  }
  // Each block's cut incidences; each cut vertex's incidences.
  const cutStart = new Int32Array(blockCount + 1);
  for (let h = 0; h < count; h++) if (isCut[h]) cutStart[blockOf[h]! + 1]!++;
  for (let b = 0; b < blockCount; b++) cutStart[b + 1]! += cutStart[b]!;
  const cuts = new Int32Array(cutStart[blockCount]!);
  const cutFill = cutStart.slice(0, blockCount);
  const cutPlace = new Int32Array(count).fill(-1);
  for (let h = 0; h < count; h++) {
    if (!isCut[h]) continue;
    cutPlace[h] = cutFill[blockOf[h]!]! - cutStart[blockOf[h]!]!;
    cuts[cutFill[blockOf[h]!]!++] = h;
  }
  const tree = blockCutTree(blockCount, blocksPerNode, { nodeOf, blockOf, cutStart, cuts });
  const offsetsOut = relabelled.offsets;
  const weight = incidenceWeights(tree, { nodeOf, blockOf, blockStart, blockEnd, isCut, multiplicity }, componentSize);
  let work = 0;
  const slotsOfComponent = new Float64Array(n);
  for (let b = 0; b < blockCount; b++) {
    const slots = offsetsOut[blockEnd[b]!]! - offsetsOut[blockStart[b]!]!;
    work += (blockEnd[b]! - blockStart[b]!) * slots;
    const ends = blocks[b]!;
    const leaf = ends.length === 2 && (isLeafOf(offsets, ends[0]!) || isLeafOf(offsets, ends[1]!));
    if (!leaf) slotsOfComponent[componentOf[ends[0]!]!]! += slots;
  }
  const componentSlots = Float64Array.from(componentOf, (root) => slotsOfComponent[root]!);
  const reach = blockReach(offsetsOut, relabelled.targets, blockStart, blockEnd);
  return {
    graph: {
      offsets: offsetsOut,
      targets: relabelled.targets,
      multiplicity,
      weight,
      memberStart,
      members,
      blockOf,
      blockStart,
      blockEnd,
      cutStart,
      cuts,
      isCut,
      cutPlace,
      reach,
      nodes: n,
    },
    tree: { ...tree, nodeOf, componentSize },
    work,
    componentSlots,
  };
}

/** Whether v is a leaf whose link is a block of two: one neighbour (a pair of two is a twin class, not leaves). */
function isLeafOf(offsets: Int32Array, v: number): boolean {
  return offsets[v + 1]! - offsets[v]! === 1;
}

/**
 * BlockGraph.reach: a search from each block's first incidence, within the block (a block is a component of
 * the incidences' graph); any two of its incidences are at most twice that incidence's eccentricity apart.
 */
function blockReach(
  offsets: Int32Array,
  targets: Int32Array,
  blockStart: Int32Array,
  blockEnd: Int32Array,
): Int32Array {
  const dist = new Int32Array(offsets.length - 1).fill(-1);
  const queue = new Int32Array(offsets.length - 1);
  const reach = new Int32Array(blockStart.length);
  for (let b = 0; b < blockStart.length; b++) {
    let head = 0;
    let tail = 0;
    queue[tail++] = blockStart[b]!;
    dist[blockStart[b]!] = 0;
    let far = 0;
    while (head < tail) {
      const v = queue[head++]!;
      far = dist[v]!;
      for (let j = offsets[v]!, stop = offsets[v + 1]!; j < stop; j++) {
        const w = targets[j]!;
        if (dist[w]! >= 0) continue;
        dist[w] = far + 1;
        queue[tail++] = w;
      }
    }
    reach[b] = Math.min(2 * far + 1, blockEnd[b]! - blockStart[b]!);
  }
  return reach;
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2 + 16);
  bigger.set(array);
  return bigger;
}

/**
 * The blocks (node lists) by Hopcroft–Tarjan: a depth-first search keeps each node's lowest reachable
 * discovery time; when a child's is not below its parent's, the nodes stacked since the child, with the
 * parent, are a block. Isolated nodes are in none. Also each node's component size.
 */
function biconnectedComponents(
  offsets: Int32Array,
  targets: Int32Array,
): { blocks: Int32Array[]; componentSize: Int32Array; componentOf: Int32Array } {
  const n = offsets.length - 1;
  const discovered = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const path = new Int32Array(n);
  const stacked = new Int32Array(n);
  const discoveredOrder = new Int32Array(n);
  const componentSize = new Int32Array(n).fill(1);
  const componentOf = Int32Array.from({ length: n }, (_, v) => v);
  const blocks: Int32Array[] = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (discovered[root]! >= 0 || offsets[root + 1] === offsets[root]) continue;
    const first = time;
    let depth = 0;
    let top = 0;
    path[depth++] = root;
    stacked[top++] = root;
    discoveredOrder[time] = root;
    discovered[root] = low[root] = time++;
    next[root] = offsets[root]!;
    while (depth > 0) {
      const v = path[depth - 1]!;
      if (next[v]! < offsets[v + 1]!) {
        const w = targets[next[v]!++]!;
        if (discovered[w]! < 0) {
          parent[w] = v;
          discoveredOrder[time] = w;
          discovered[w] = low[w] = time++;
          next[w] = offsets[w]!;
          path[depth++] = w;
          stacked[top++] = w;
        } else if (w !== parent[v] && discovered[w]! < low[v]!) low[v] = discovered[w]!;
        continue;
      }
      depth--;
      const p = parent[v]!;
      if (p < 0) continue;
      if (low[v]! < low[p]!) low[p] = low[v]!;
      if (low[v]! >= discovered[p]!) {
        const end = top;
        while (stacked[--top] !== v);
        const block = new Int32Array(end - top + 1);
        block.set(stacked.subarray(top, end));
        block[end - top] = p;
        blocks.push(block);
      }
    }
    for (let t = first; t < time; t++) {
      componentSize[discoveredOrder[t]!] = time - first;
      componentOf[discoveredOrder[t]!] = root;
    }
  }
  return { blocks, componentSize, componentOf };
}

/** The block–cut tree from each component's first block (see BlockTree), breadth first. */
function blockCutTree(
  blockCount: number,
  blocksPerNode: Int32Array,
  graph: Pick<BlockGraph, "blockOf" | "cutStart" | "cuts"> & { nodeOf: Int32Array },
): Omit<BlockTree, "nodeOf" | "componentSize"> {
  const { nodeOf, blockOf, cutStart, cuts } = graph;
  const n = blocksPerNode.length;
  const parentCut = new Int32Array(blockCount).fill(-2);
  const parentIncidence = new Int32Array(blockCount).fill(-1);
  const parentBlock = new Int32Array(n).fill(-1);
  const incidenceStart = new Int32Array(n + 1);
  for (let v = 0; v < n; v++)
    incidenceStart[v + 1] = incidenceStart[v]! + (blocksPerNode[v]! > 1 ? blocksPerNode[v]! : 0);
  const incidences = new Int32Array(incidenceStart[n]!);
  const fill = incidenceStart.slice(0, n);
  for (let h = 0; h < cuts.length; h++) {
    const incidence = cuts[h]!;
    incidences[fill[nodeOf[incidence]!]!++] = incidence;
  }
  const order = new Int32Array(blockCount + countCuts(blocksPerNode));
  let length = 0;
  for (let root = 0; root < blockCount; root++) {
    if (parentCut[root] !== -2) continue;
    parentCut[root] = -1;
    let head = length;
    order[length++] = root;
    while (head < length) {
      const item = order[head++]!;
      if (item >= 0) {
        for (let i = cutStart[item]!; i < cutStart[item + 1]!; i++) {
          const c = nodeOf[cuts[i]!]!;
          if (c === parentCut[item]) continue;
          parentBlock[c] = item;
          order[length++] = -(c + 1);
        }
      } else {
        const c = -item - 1;
        for (let i = incidenceStart[c]!; i < incidenceStart[c + 1]!; i++) {
          const incidence = incidences[i]!;
          const b = blockOf[incidence]!;
          if (b === parentBlock[c]) {
            // The parent block's incidence first.
            incidences[i] = incidences[incidenceStart[c]!]!;
            incidences[incidenceStart[c]!] = incidence;
            continue;
          }
          parentCut[b] = c;
          parentIncidence[b] = incidence;
          order[length++] = b;
        }
      }
    }
  }
  return { parentCut, parentIncidence, order, incidenceStart, incidences };
}

function countCuts(blocksPerNode: Int32Array): number {
  let count = 0;
  for (const blocks of blocksPerNode) if (blocks > 1) count++;
  return count;
}

/** Each incidence's weight (see BlockGraph): the subtree sizes of the block–cut tree, leaves first. */
function incidenceWeights(
  tree: Omit<BlockTree, "nodeOf" | "componentSize">,
  graph: Pick<BlockGraph, "blockOf" | "blockStart" | "blockEnd" | "isCut" | "multiplicity"> & { nodeOf: Int32Array },
  componentSize: Int32Array,
): Float64Array {
  const { parentIncidence, order, incidenceStart, incidences } = tree;
  const { nodeOf, blockOf, blockStart, blockEnd, isCut, multiplicity } = graph;
  const below = new Float64Array(componentSize.length);
  const belowBlock = new Float64Array(blockStart.length);
  for (let i = order.length - 1; i >= 0; i--) {
    const item = order[i]!;
    if (item >= 0) {
      let size = 0;
      for (let h = blockStart[item]!; h < blockEnd[item]!; h++) {
        if (h !== parentIncidence[item]) size += isCut[h] ? below[nodeOf[h]!]! : multiplicity[h]!;
      }
      belowBlock[item] = size;
    } else {
      const c = -item - 1;
      let size = 1;
      for (let j = incidenceStart[c]! + 1; j < incidenceStart[c + 1]!; j++)
        size += belowBlock[blockOf[incidences[j]!]!]!;
      below[c] = size;
    }
  }
  const weight = new Float64Array(nodeOf.length).fill(1);
  for (let h = 0; h < nodeOf.length; h++) {
    if (!isCut[h]) continue;
    const b = blockOf[h]!;
    const c = nodeOf[h]!;
    weight[h] = h === parentIncidence[b] ? componentSize[c]! - belowBlock[b]! : below[c]!;
  }
  return weight;
}

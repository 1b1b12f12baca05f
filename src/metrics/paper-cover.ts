/**
 * The papers of a coauthor network as a clique cover of its links, for the hop sweep on papers
 * (sweep-papers.ts). A paper of k authors is a k-clique of the network: a search that scans each paper
 * once, instead of every link from both ends, pays about the authorships of what it reaches, not 2·links —
 * one 500-author paper is 500 authorships but 124,750 links.
 *
 * The cover must be exactly the network's links: every pair of a clique a link, every link in at least one
 * clique, and c(v, w) — the cliques holding both v and w — known wherever it is 2 or more. It is read from
 * the links' own `papers` lists (the projection's joint papers, project.ts), so it always describes the
 * network as it stands after the filters: a paper is a clique of the cover when its links are all there —
 * k members on exactly k(k − 1)/2 links; hiding an author or dropping a node leaves the rest of its
 * clique whole, and a minimum link weight can break it. A link none of whose papers is whole (or that has
 * no papers: an imported network, a GEXF input) is a clique of two of its own. Then c(v, w) is the number
 * of whole papers of the link (1 when it has none) — the link's joint papers when nothing was filtered.
 *
 * Worth it only where cliques share few links: Σ clique sizes plus the pairs with c ≥ 2 must be well
 * below the CSR's slots (paperCoverPays); ca-GrQc-like edge lists (no papers) never are.
 * Indices: typed-array reads are in range (CSR slots, paper and node numbers below their counts), so they
 * carry `!` for the compiler (noUncheckedIndexedAccess).
 * Cost: O(Σ over links of their paper count + n) time and memory, one pass over the graph's links.
 */

import type { CsrGraph, MetricsGraph } from "./csr";
import { ownArrays, type ArrayMaker } from "./locality";
import { sharedArrays } from "./shared-memory";

/** A clique cover of a network in compressed rows, in the numbering of its CSR form (see the header). */
export interface PaperCover {
  /** The cliques of node v are nodePapers[nodeOffsets[v] ..< nodeOffsets[v + 1]]. */
  nodeOffsets: Int32Array;
  nodePapers: Int32Array;
  /** The members of clique p are members[paperOffsets[p] ..< paperOffsets[p + 1]]. */
  paperOffsets: Int32Array;
  members: Int32Array;
  /** Neighbours w of v in c(v, w) ≥ 2 cliques, at multiTargets[multiOffsets[v] ..< multiOffsets[v + 1]]. */
  multiOffsets: Int32Array;
  multiTargets: Int32Array;
  /** c(v, w) − 1 for the neighbour at the same position (an integer: half the bytes of a double, read as exactly). */
  multiExtra: Int32Array;
}

/**
 * Estimated cost of one search on the cover against the link kernel's (each reached slot once forward,
 * its predecessors once back), in slot visits: a clique membership is read about three times (the node's
 * row, the clique's sum, its additions; twice more back for a kept clique, which is cheaper), a pair with
 * c ≥ 2 twice. On the generated 20,000 works the estimate is 0.60 of the slots and the measured CPU
 * 0.73–0.77 of the link kernel's; on 100,000 the estimate 0.61 and the CPU 0.61–0.65. Those figures predate
 * the backward pass reading only what the forward pass kept (sweep-papers.ts, 7–22% less CPU a search on the
 * same networks): the estimate now errs towards the link kernel, and its constants were left as they were so
 * that every graph keeps the kernel it had.
 */
const PAPER_VISIT_COST = 3;
const MULTI_VISIT_COST = 2;

/** Whether a search on `cover` should cost less than one on the CSR's slots (the estimate above). */
export function paperCoverPays(cover: PaperCover, csr: CsrGraph): boolean {
  const cost = PAPER_VISIT_COST * cover.members.length + MULTI_VISIT_COST * cover.multiTargets.length;
  return cost < csr.targets.length;
}

/**
 * The cover of `graph`'s links read from their `papers` lists, in the node numbering of `csr` (built from
 * the same graph); null for a multigraph or a directed graph, whose CSR merges links the cover cannot.
 */
export function paperCoverOf(graph: MetricsGraph, csr: CsrGraph): PaperCover | null {
  if (graph.multi || graph.type !== "undirected") return null;
  const n = csr.nodes.length;
  const index = new Map<string, number>();
  csr.nodes.forEach((node, i) => index.set(node, i));
  // One pass over the graph's links (its iteration is the slow part), then typed arrays sized by a count:
  // at two million links, growing arrays of numbers and an array per clique cost more in collections of
  // the analysis's 3 GB heap than the work itself.
  const linkSource = new Int32Array(graph.size);
  const linkTarget = new Int32Array(graph.size);
  const lists: unknown[] = [];
  let capacity = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    linkSource[lists.length] = index.get(source)!;
    linkTarget[lists.length] = index.get(target)!;
    const papers = (attributes as { papers?: unknown }).papers;
    if (Array.isArray(papers)) capacity += papers.length;
    lists.push(papers);
  });
  const links = lists.length;
  // Each link's papers numbered in compressed rows, as a LinkTable lists them.
  const paperStart = new Int32Array(links + 1);
  const papers = new Int32Array(capacity);
  const paperIds = new Map<string, number>();
  let incidences = 0;
  for (let link = 0; link < links; link++) {
    const list = lists[link];
    if (Array.isArray(list)) {
      for (const paper of list) {
        if (typeof paper !== "string") continue;
        let id = paperIds.get(paper);
        if (id === undefined) paperIds.set(paper, (id = paperIds.size));
        papers[incidences++] = id;
      }
    }
    paperStart[link + 1] = incidences;
  }
  return coverOfLinks(
    n,
    linkSource.subarray(0, links),
    linkTarget.subarray(0, links),
    paperStart,
    papers,
    paperIds.size,
  );
}

/**
 * The cover of links given as typed arrays (a LinkTable, or the DuckDB engine's links): link i joins
 * source[i] and target[i], CSR node numbers, and its joint papers are papers[paperStart[i] ..<
 * paperStart[i + 1]], paper numbers of any numbering. The same cover as paperCoverOf's on the same links.
 */
export function paperCoverOfLinks(
  n: number,
  source: Int32Array,
  target: Int32Array,
  paperStart: Int32Array,
  papers: Int32Array,
): PaperCover {
  let paperCount = 0;
  for (let i = 0; i < paperStart[source.length]!; i++) paperCount = Math.max(paperCount, papers[i]! + 1);
  return coverOfLinks(n, source, target, paperStart, papers, paperCount);
}

/**
 * The cover of links whose papers (below paperCount) are listed in compressed rows (see paperCoverOfLinks;
 * the header says which papers are cliques). Three passes — which papers are whole and the size of their
 * cliques, what each link keeps, then the arrays written at their final sizes — instead of arrays sized by
 * bounds: on the 100,000-work network (2.16M links, 2.61M joint papers) the bounds and the per-link marks
 * allocated 85 MB outside V8's heap, past the 64 MB that start V8's marking of the whole 1.6 GB heap
 * ("external memory pressure", --trace-incremental-marking), for a cover of 8 MB. Its big arrays, the papers'
 * links (10 MB there) and the cover's own, are made in shared memory (shared-memory.ts), which V8 counts
 * toward no marking: made here, 22 MB of the 64 MB that started one during the metrics' first round.
 */
function coverOfLinks(
  n: number,
  linkSource: Int32Array,
  linkTarget: Int32Array,
  paperStart: Int32Array,
  papers: Int32Array,
  paperCount: number,
): PaperCover {
  const links = linkSource.length;
  // Each paper's links in link order, so a link that lists a paper twice comes twice in a row.
  const linksOf = transpose(paperCount, paperStart, papers, sharedArrays);
  const whole = new Uint8Array(paperCount);
  const mark = new Int32Array(n).fill(-1);
  let wholeCount = 0;
  let wholeMembers = 0;
  for (let p = 0; p < paperCount; p++) {
    // A paper number no link lists (a one-author paper among paperCoverOfLinks' numbers) is no clique.
    let paperLinks = 0;
    let k = 0;
    let previous = -1;
    for (let i = linksOf.offsets[p]!, stop = linksOf.offsets[p + 1]!; i < stop; i++) {
      const link = linksOf.values[i]!;
      if (link === previous) continue;
      previous = link;
      paperLinks++;
      const s = linkSource[link]!;
      const t = linkTarget[link]!;
      if (mark[s] !== p) {
        mark[s] = p;
        k++;
      }
      if (mark[t] !== p) {
        mark[t] = p;
        k++;
      }
    }
    // A simple graph's links are distinct pairs, so k(k − 1)/2 of them among k members are all the pairs.
    if (paperLinks > 0 && paperLinks === (k * (k - 1)) / 2) {
      whole[p] = 1;
      wholeCount++;
      wholeMembers += k;
    }
  }
  // c(v, w) of a link: its listings of whole papers; a link without one is a clique of two of its own.
  let pairs = 0;
  const multiOffsets = sharedArrays.int32(n + 1);
  for (let link = 0; link < links; link++) {
    const c = wholeListings(whole, paperStart, papers, link);
    if (c === 0) pairs++;
    else if (c >= 2) {
      multiOffsets[linkSource[link]! + 1]!++;
      multiOffsets[linkTarget[link]! + 1]!++;
    }
  }
  const members = sharedArrays.int32(wholeMembers + 2 * pairs);
  const paperOffsets = sharedArrays.int32(wholeCount + pairs + 1);
  let cliques = 0;
  let write = 0;
  for (let p = 0; p < paperCount; p++) {
    if (!whole[p]) continue;
    // Marked anew (p + paperCount, a value the first pass never wrote), members in the order first met.
    const stamp = p + paperCount;
    for (let i = linksOf.offsets[p]!, stop = linksOf.offsets[p + 1]!; i < stop; i++) {
      const link = linksOf.values[i]!;
      const s = linkSource[link]!;
      const t = linkTarget[link]!;
      if (mark[s] !== stamp) {
        mark[s] = stamp;
        members[write++] = s;
      }
      if (mark[t] !== stamp) {
        mark[t] = stamp;
        members[write++] = t;
      }
    }
    paperOffsets[++cliques] = write;
  }
  for (let v = 0; v < n; v++) multiOffsets[v + 1]! += multiOffsets[v]!;
  const fill = multiOffsets.slice(0, n);
  const multiTargets = sharedArrays.int32(multiOffsets[n]!);
  const multiExtra = sharedArrays.int32(multiOffsets[n]!);
  for (let link = 0; link < links; link++) {
    const c = wholeListings(whole, paperStart, papers, link);
    const s = linkSource[link]!;
    const t = linkTarget[link]!;
    if (c === 0) {
      members[write++] = s;
      members[write++] = t;
      paperOffsets[++cliques] = write;
    } else if (c >= 2) {
      const a = fill[s]!++;
      multiTargets[a] = t;
      multiExtra[a] = c - 1;
      const b = fill[t]!++;
      multiTargets[b] = s;
      multiExtra[b] = c - 1;
    }
  }
  const nodeRows = transpose(n, paperOffsets, members, sharedArrays);
  return {
    nodeOffsets: nodeRows.offsets,
    nodePapers: nodeRows.values,
    paperOffsets,
    members,
    multiOffsets,
    multiTargets,
    multiExtra,
  };
}

/** How many of `link`'s paper listings name a whole paper. */
function wholeListings(whole: Uint8Array, paperStart: Int32Array, papers: Int32Array, link: number): number {
  let c = 0;
  for (let j = paperStart[link]!, stop = paperStart[link + 1]!; j < stop; j++) c += whole[papers[j]!]!;
  return c;
}

/**
 * Rows turned into columns: row r of (`offsets`, `values`) lists keys below `count`; the result lists, for
 * each key, the rows that name it, in row order (a row naming a key twice, twice).
 */
function transpose(
  count: number,
  offsets: Int32Array,
  values: Int32Array,
  make: ArrayMaker = ownArrays,
): { offsets: Int32Array; values: Int32Array } {
  const rows = offsets.length - 1;
  const length = offsets[rows]!;
  const columns = make.int32(count + 1);
  for (let i = 0; i < length; i++) columns[values[i]! + 1]!++;
  for (let k = 0; k < count; k++) columns[k + 1]! += columns[k]!;
  const fill = columns.slice(0, count);
  const grouped = make.int32(length);
  for (let r = 0; r < rows; r++) {
    for (let i = offsets[r]!, stop = offsets[r + 1]!; i < stop; i++) grouped[fill[values[i]!]!++] = r;
  }
  return { offsets: columns, values: grouped };
}

/**
 * The cover in the numbering `newOf` (locality.ts), its arrays made by `make`: members renumbered and sorted, cliques numbered in the
 * lexicographic order of their member lists and rows sorted, so the cover depends on its cliques alone,
 * not on the order they were listed in: the graph's and the DuckDB engine's covers of the same links give
 * the same sums in the same order, hence the same bits. Nearby nodes' cliques also get nearby numbers.
 */
export function relabelCover(cover: PaperCover, newOf: Int32Array, make: ArrayMaker = ownArrays): PaperCover {
  const n = newOf.length;
  const cliqueCount = cover.paperOffsets.length - 1;
  const offsets = cover.paperOffsets;
  const local = Int32Array.from(cover.members, (v) => newOf[v]!);
  for (let p = 0; p < cliqueCount; p++) local.subarray(offsets[p], offsets[p + 1]).sort();
  const byMembers = (a: number, b: number) => {
    const lengthA = offsets[a + 1]! - offsets[a]!;
    const lengthB = offsets[b + 1]! - offsets[b]!;
    for (let k = 0; k < Math.min(lengthA, lengthB); k++) {
      const difference = local[offsets[a]! + k]! - local[offsets[b]! + k]!;
      if (difference !== 0) return difference;
    }
    return lengthA - lengthB;
  };
  const order = Int32Array.from({ length: cliqueCount }, (_, p) => p).sort(byMembers);
  const paperOffsets = make.int32(cliqueCount + 1);
  const members = make.int32(local.length);
  order.forEach((p, q) => {
    members.set(local.subarray(offsets[p], offsets[p + 1]), paperOffsets[q]);
    paperOffsets[q + 1] = paperOffsets[q]! + offsets[p + 1]! - offsets[p]!;
  });
  const nodeRows = transpose(n, paperOffsets, members, make);
  // Rows sorted without a sort: c(v, w) is listed from both ends alike, so handing each node i, in
  // increasing i, to the rows of its neighbours fills every row in increasing order.
  const oldOf = new Int32Array(n);
  newOf.forEach((i, v) => (oldOf[i] = v));
  const multiOffsets = make.int32(n + 1);
  for (let i = 0; i < n; i++) {
    const v = oldOf[i]!;
    multiOffsets[i + 1] = multiOffsets[i]! + cover.multiOffsets[v + 1]! - cover.multiOffsets[v]!;
  }
  const fill = multiOffsets.slice(0, n);
  const multiTargets = make.int32(cover.multiTargets.length);
  const multiExtra = make.int32(cover.multiExtra.length);
  for (let i = 0; i < n; i++) {
    const v = oldOf[i]!;
    for (let j = cover.multiOffsets[v]!, stop = cover.multiOffsets[v + 1]!; j < stop; j++) {
      const at = fill[newOf[cover.multiTargets[j]!]!]!++;
      multiTargets[at] = i;
      multiExtra[at] = cover.multiExtra[j]!;
    }
  }
  return {
    nodeOffsets: nodeRows.offsets,
    nodePapers: nodeRows.values,
    paperOffsets,
    members,
    multiOffsets,
    multiTargets,
    multiExtra,
  };
}

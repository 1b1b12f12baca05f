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
  // (paper, link) incidences, in link order.
  const incidencePaper = new Int32Array(capacity);
  const incidenceLink = new Int32Array(capacity);
  const paperIds = new Map<string, number>();
  let incidences = 0;
  for (let link = 0; link < links; link++) {
    const papers = lists[link];
    if (!Array.isArray(papers)) continue;
    for (const paper of papers) {
      if (typeof paper !== "string") continue;
      let id = paperIds.get(paper);
      if (id === undefined) paperIds.set(paper, (id = paperIds.size));
      incidencePaper[incidences] = id;
      incidenceLink[incidences++] = link;
    }
  }
  const incidence = { paperCount: paperIds.size, papers: incidencePaper, links: incidenceLink, count: incidences };
  return coverOfIncidence(n, linkSource.subarray(0, links), linkTarget.subarray(0, links), incidence);
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
  const links = new Int32Array(papers.length);
  for (let link = 0; link < source.length; link++) links.fill(link, paperStart[link], paperStart[link + 1]);
  let paperCount = 0;
  for (const paper of papers) paperCount = Math.max(paperCount, paper + 1);
  return coverOfIncidence(n, source, target, { paperCount, papers, links, count: papers.length });
}

/** (paper, link) incidences: the first `count` entries of `papers` and `links`, papers below paperCount. */
interface Incidence {
  paperCount: number;
  papers: Int32Array;
  links: Int32Array;
  count: number;
}

/** The cover of links whose papers are listed in `incidence` (see the header for which papers are cliques). */
function coverOfIncidence(n: number, linkSource: Int32Array, linkTarget: Int32Array, incidence: Incidence): PaperCover {
  const links = linkSource.length;
  const incidences = incidence.count;
  const linksOf = groupBy(incidence.paperCount, incidence.papers, incidence.links, incidences);
  const wholePapers = new Int32Array(links);
  // Each incidence brings at most two members, each clique of two its two.
  const members = new Int32Array(2 * incidences + 2 * links);
  const paperOffsets = new Int32Array(incidence.paperCount + links + 1);
  let cliques = 0;
  let write = 0;
  const mark = new Int32Array(n).fill(-1);
  const linkMark = new Int32Array(links).fill(-1);
  for (let p = 0; p < incidence.paperCount; p++) {
    // A paper number no link lists (a one-author paper among paperCoverOfLinks' numbers) is no clique.
    if (linksOf.offsets[p] === linksOf.offsets[p + 1]) continue;
    const start = write;
    let paperLinks = 0;
    for (let i = linksOf.offsets[p]!; i < linksOf.offsets[p + 1]!; i++) {
      const link = linksOf.values[i]!;
      if (linkMark[link] === p) continue;
      linkMark[link] = p;
      paperLinks++;
      for (let end = 0; end < 2; end++) {
        const v = end === 0 ? linkSource[link]! : linkTarget[link]!;
        if (mark[v] === p) continue;
        mark[v] = p;
        members[write++] = v;
      }
    }
    // A simple graph's links are distinct pairs, so k(k − 1)/2 of them among k members are all the pairs.
    const k = write - start;
    if (paperLinks !== (k * (k - 1)) / 2) {
      write = start;
      continue;
    }
    paperOffsets[++cliques] = write;
    for (let i = linksOf.offsets[p]!; i < linksOf.offsets[p + 1]!; i++) wholePapers[linksOf.values[i]!]!++;
  }
  for (let link = 0; link < links; link++) {
    if (wholePapers[link] !== 0) continue;
    members[write++] = linkSource[link]!;
    members[write++] = linkTarget[link]!;
    paperOffsets[++cliques] = write;
  }
  return assembleCover(
    n,
    paperOffsets.slice(0, cliques + 1),
    members.slice(0, write),
    linkSource,
    linkTarget,
    wholePapers,
  );
}

/** The first `length` values grouped by key (keys below `count`) in compressed rows, in their order of arrival. */
function groupBy(
  count: number,
  keys: ArrayLike<number>,
  values: ArrayLike<number>,
  length: number,
): { offsets: Int32Array; values: Int32Array } {
  const offsets = new Int32Array(count + 1);
  for (let i = 0; i < length; i++) offsets[keys[i]! + 1]!++;
  for (let k = 0; k < count; k++) offsets[k + 1]! += offsets[k]!;
  const fill = offsets.slice(0, count);
  const grouped = new Int32Array(length);
  for (let i = 0; i < length; i++) grouped[fill[keys[i]!]!++] = values[i]!;
  return { offsets, values: grouped };
}

/** The cover's rows from its cliques and the links with their count of whole papers. */
function assembleCover(
  n: number,
  paperOffsets: Int32Array,
  members: Int32Array,
  linkSource: Int32Array,
  linkTarget: Int32Array,
  wholePapers: Int32Array,
): PaperCover {
  const cliqueOf = new Int32Array(members.length);
  for (let p = 0; p + 1 < paperOffsets.length; p++) cliqueOf.fill(p, paperOffsets[p], paperOffsets[p + 1]);
  const nodeRows = groupBy(n, members, cliqueOf, members.length);
  let multiLinks = 0;
  for (const c of wholePapers) if (c >= 2) multiLinks++;
  const multiKeys = new Int32Array(2 * multiLinks);
  const multiValues = new Int32Array(2 * multiLinks);
  const multiCounts = new Int32Array(2 * multiLinks);
  let at = 0;
  for (let link = 0; link < linkSource.length; link++) {
    const c = wholePapers[link]!;
    if (c < 2) continue;
    multiKeys[at] = multiValues[at + 1] = linkSource[link]!;
    multiKeys[at + 1] = multiValues[at] = linkTarget[link]!;
    multiCounts[at] = multiCounts[at + 1] = c - 1;
    at += 2;
  }
  const multiRows = groupBy(n, multiKeys, multiValues, at);
  const multiExtra = groupBy(n, multiKeys, multiCounts, at).values;
  return {
    nodeOffsets: nodeRows.offsets,
    nodePapers: nodeRows.values,
    paperOffsets,
    members,
    multiOffsets: multiRows.offsets,
    multiTargets: multiRows.values,
    multiExtra,
  };
}

/**
 * The cover in the numbering `newOf` (locality.ts): members renumbered and sorted, cliques numbered in the
 * lexicographic order of their member lists and rows sorted, so the cover depends on its cliques alone,
 * not on the order they were listed in: the graph's and the DuckDB engine's covers of the same links give
 * the same sums in the same order, hence the same bits. Nearby nodes' cliques also get nearby numbers.
 */
export function relabelCover(cover: PaperCover, newOf: Int32Array): PaperCover {
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
  const paperOffsets = new Int32Array(cliqueCount + 1);
  const members = new Int32Array(local.length);
  const cliqueOf = new Int32Array(local.length);
  order.forEach((p, q) => {
    members.set(local.subarray(offsets[p], offsets[p + 1]), paperOffsets[q]);
    paperOffsets[q + 1] = paperOffsets[q]! + offsets[p + 1]! - offsets[p]!;
    cliqueOf.fill(q, paperOffsets[q], paperOffsets[q + 1]);
  });
  const nodeRows = groupBy(n, members, cliqueOf, members.length);
  const oldOf = new Int32Array(n);
  newOf.forEach((i, v) => (oldOf[i] = v));
  const multiOffsets = new Int32Array(n + 1);
  const multiTargets = new Int32Array(cover.multiTargets.length);
  const multiExtra = new Int32Array(cover.multiExtra.length);
  for (let i = 0; i < n; i++) {
    const v = oldOf[i]!;
    const from = cover.multiOffsets[v]!;
    const slots = Array.from({ length: cover.multiOffsets[v + 1]! - from }, (_, k) => from + k);
    slots.sort((a, b) => newOf[cover.multiTargets[a]!]! - newOf[cover.multiTargets[b]!]!);
    const to = multiOffsets[i]!;
    slots.forEach((slot, k) => {
      multiTargets[to + k] = newOf[cover.multiTargets[slot]!]!;
      multiExtra[to + k] = cover.multiExtra[slot]!;
    });
    multiOffsets[i + 1] = to + slots.length;
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

/**
 * Who wrote each paper and what each is about, as typed arrays: the bipartite build makes them
 * (graphs/bipartite.ts), and the analytics that would otherwise walk the bipartite graph's links paper by
 * paper or author by author (community labels, bursts) read them instead; a caller without them has them
 * read back from the graph. Authors and topics are numbered in the graph's node order, papers as its paper
 * nodes come.
 */

import { authorshipsOf, paperTopicsOf, type KeyedAuthorships, type PaperTopics } from "../graphs";
import type { BipartiteGraph } from "../model";

/** The bipartite graph's author–paper incidence and its papers' topics. */
export interface PaperIncidence {
  incidence: KeyedAuthorships;
  paperTopics: PaperTopics;
}

/** The PaperIncidence of a bipartite graph, read back from its links. */
export function paperIncidenceOf(bipartite: BipartiteGraph): PaperIncidence {
  const incidence = authorshipsOf(bipartite);
  return { incidence, paperTopics: paperTopicsOf(bipartite, incidence.paperNodes) };
}

/**
 * The papers of each of `count` items (authors or topics) from rows by paper (paper p's items are
 * items[paperStart[p] ..< paperStart[p + 1]]): item i's papers are papers[start[i] ..< start[i + 1]], in
 * paper order, each once (an item listed twice on a paper has one link to it).
 */
export function papersByItem(
  count: number,
  paperStart: Int32Array,
  items: Int32Array,
): { start: Int32Array; papers: Int32Array } {
  const start = new Int32Array(count + 1);
  const lastPaper = new Int32Array(count).fill(-1);
  const paperCount = paperStart.length - 1;
  for (let p = 0; p < paperCount; p++) {
    for (let i = paperStart[p]!, stop = paperStart[p + 1]!; i < stop; i++) {
      const item = items[i]!;
      if (lastPaper[item] === p) continue;
      lastPaper[item] = p;
      start[item + 1]!++;
    }
  }
  for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, count);
  const papers = new Int32Array(start[count]!);
  lastPaper.fill(-1);
  for (let p = 0; p < paperCount; p++) {
    for (let i = paperStart[p]!, stop = paperStart[p + 1]!; i < stop; i++) {
      const item = items[i]!;
      if (lastPaper[item] === p) continue;
      lastPaper[item] = p;
      papers[fill[item]!++] = p;
    }
  }
  return { start, papers };
}

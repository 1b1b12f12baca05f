/**
 * Who wrote each paper and what each is about, turned around: each author's or topic's papers, from the rows
 * by paper of the bipartite tables (graphs/bipartite-tables.ts), for the analytics that would otherwise walk
 * the bipartite graph's links author by author or topic by topic (bursts).
 */

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

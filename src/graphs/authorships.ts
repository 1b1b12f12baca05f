/**
 * Who wrote what, as typed arrays: the author–paper incidence every coauthor projection starts from.
 * Authors and papers are numbered in the node order of the bipartite graph (the corpus's people, then its
 * papers), which is also the coauthor network's node order, so an author index is a node. The in-memory
 * engine reads it from the bipartite graph (authorshipsOf); the DuckDB engine (src/cli/engine) reads the
 * same arrays back from its tables, so both hand the same input to the same projection (coauthor-links.ts).
 *
 * Cost: O(authorships) time, 4 bytes per authorship and 8 per paper.
 */

import type { BipartiteGraph } from "../model";

/** A paper year that is unknown. */
export const NO_YEAR = -2147483648;

/** The author–paper incidence of a corpus. */
export interface Authorships {
  /** Number of authors (people); author indices are below it. */
  authorCount: number;
  /** Paper p's authors, in list order, are authors[paperStart[p] ..< paperStart[p + 1]]. */
  paperStart: Int32Array;
  authors: Int32Array;
  /** Each paper's year, NO_YEAR when it has none. */
  years: Int32Array;
}

/** The incidence with the node keys its indices stand for. */
export interface KeyedAuthorships extends Authorships {
  authorNodes: string[];
  paperNodes: string[];
}

/** The incidence of the bipartite graph: authors and papers numbered in its node order. */
export function authorshipsOf(bipartite: BipartiteGraph): KeyedAuthorships {
  const authorNodes: string[] = [];
  const paperNodes: string[] = [];
  const index = new Map<string, number>();
  const yearList: number[] = [];
  bipartite.forEachNode((node, attributes) => {
    if (attributes.kind === "author") {
      index.set(node, authorNodes.length);
      authorNodes.push(node);
    } else if (attributes.kind === "paper") {
      paperNodes.push(node);
      yearList.push(attributes.year ?? NO_YEAR);
    }
  });
  const paperStart = new Int32Array(paperNodes.length + 1);
  const list: number[] = [];
  const positions: number[] = [];
  paperNodes.forEach((paper, p) => {
    const first = list.length;
    bipartite.forEachEdge(paper, (_edge, attributes, source, target) => {
      if (attributes.kind !== "authorship") return;
      list.push(index.get(source === paper ? target : source)!);
      positions.push(attributes.position);
    });
    sortByPosition(list, positions, first);
    paperStart[p + 1] = list.length;
  });
  return {
    authorCount: authorNodes.length,
    paperStart,
    authors: Int32Array.from(list),
    years: Int32Array.from(yearList),
    authorNodes,
    paperNodes,
  };
}

/**
 * Sorts list[from..] by positions[from..]. Authorship edges come in list order (buildBipartite adds them so),
 * so the sort is a check; out-of-order lists are sorted in O(n log n), never by a quadratic pass.
 */
function sortByPosition(list: number[], positions: number[], from: number): void {
  let sorted = true;
  for (let i = from + 1; i < list.length && sorted; i++) sorted = positions[i - 1]! <= positions[i]!;
  if (sorted) return;
  const order = Array.from({ length: list.length - from }, (_, i) => from + i).sort(
    (a, b) => positions[a]! - positions[b]!,
  );
  const authors = order.map((i) => list[i]!);
  const places = order.map((i) => positions[i]!);
  authors.forEach((author, i) => {
    list[from + i] = author;
    positions[from + i] = places[i]!;
  });
}

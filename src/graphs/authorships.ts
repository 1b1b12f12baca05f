/**
 * Who wrote what, as typed arrays: the author–paper incidence every coauthor projection starts from.
 * Authors and papers are numbered in the node order of the bipartite graph (the corpus's people, then its
 * papers), which is also the coauthor network's node order, so an author index is a node. The in-memory
 * engine reads it from the bipartite graph (authorshipsOf); the DuckDB engine (src/cli/engine) reads the
 * same arrays back from its tables, so both hand the same input to the same projection (coauthor-links.ts).
 *
 * Cost: O(authorships) time, 4 bytes per authorship and 8 per paper.
 */

import type { BipartiteGraph, IdentifiedCorpus } from "../model";
import { authorNode, paperNode } from "./keys";

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

/**
 * The incidence of an identified corpus as the bipartite graph of it will hold it (buildBipartiteWithAuthorships
 * builds its nodes from these keys): authors numbered in people order, papers in paper order. Made before
 * the graph, so the coauthor links can be computed elsewhere while the graph is built.
 */
export function incidenceOf(corpus: Pick<IdentifiedCorpus, "people" | "papers">): KeyedAuthorships {
  const { people, papers } = corpus;
  const index = new Map<string, number>();
  const authorNodes = people.map((person, a) => {
    index.set(person.key, a);
    return authorNode(person.key);
  });
  const paperNodes: string[] = [];
  const paperStart = new Int32Array(papers.length + 1);
  const years = new Int32Array(papers.length);
  let authorships = 0;
  for (const paper of papers) authorships += paper.authors.length;
  const authors = new Int32Array(authorships);
  papers.forEach((paper, p) => {
    paperNodes.push(paperNode(paper.id));
    years[p] = paper.year ?? NO_YEAR;
    const first = paperStart[p]!;
    paper.authors.forEach((author, position) => {
      const a = index.get(author.key!);
      if (a === undefined) {
        throw new Error(
          `papergraph/graphs: an author of ${paper.id} (${author.name}) is none of the corpus's people. Run the identity stage first.`,
        );
      }
      authors[first + position] = a;
    });
    paperStart[p + 1] = first + paper.authors.length;
  });
  return { authorCount: authorNodes.length, paperStart, authors, years, authorNodes, paperNodes };
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

/** Builds small corpora of Paper records for identity tests: authors as plain names or AuthorRefs. */

import type { AuthorRef, Paper } from "../../src/model";
import { titleId } from "../../src/model";

/** A paper with the given authors; a string author is a name without ids. */
export function paper(title: string, authors: (string | AuthorRef)[], extra: Partial<Paper> = {}): Paper {
  return {
    id: titleId(title, extra.year),
    title,
    authors: authors.map((author) => (typeof author === "string" ? { name: author } : author)),
    authorsTruncated: false,
    categories: [],
    source: { file: "test.txt", line: 1 },
    ...extra,
  };
}

/** Papers from author lists, titled `P1`, `P2`…: `papers(["A B", "C D"], ["A B"])`. */
export function papers(...lists: (string | AuthorRef)[][]): Paper[] {
  return lists.map((authors, index) =>
    paper(`P${index + 1}`, authors, { source: { file: "test.txt", line: index + 1 } }),
  );
}

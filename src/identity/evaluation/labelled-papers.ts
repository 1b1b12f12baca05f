/**
 * Labelled evaluation sets: papers whose author occurrences carry a known person, with everything that
 * would give the answer away removed. Two sources of truth:
 * - ids (`labelByIds`): the records' own author ids of one scheme (OpenAlex, Scopus, ORCID…) are the
 *   person; every id of every scheme is then hidden from the algorithm, which sees names and context only;
 * - hand labels (`labelByHand`): a person per (record line, name as written), from a labels file
 *   (readHandLabels) written by someone who checked the records, with the reason for each person.
 * Occurrences without a label stay in the papers (they are context) but are not scored.
 */

import type { AuthorIds, AuthorRef, Diagnostic, Paper } from "../../model";
import { diagnostic } from "../../model";
import { familyWords } from "../names/compatibility";
import { parseName } from "../names/parse-name";

/** Papers for the algorithm (no ids) and the true person of each author slot (undefined: unknown). */
export interface LabelledPapers {
  papers: Paper[];
  truth: (string | undefined)[][];
  /** Slots left unlabelled because their name cannot be the id's person (see labelByIds). */
  unlabelled: number;
}

const withoutIds = (paper: Paper): Paper => ({
  ...paper,
  authors: paper.authors.map(({ ids: _hidden, key: _key, ...author }) => author),
});

const familyWordsOf = (name: string): string[] => familyWords(parseName(name).family);

/**
 * Truth from one id scheme; the papers returned carry no ids at all. A source sometimes pairs an id with
 * the wrong name (OpenAlex has authorships where `raw_author_name` is a coauthor's, `Daniel A. Lampah`
 * under the id of `Ric N. Price`): an occurrence sharing no family-name word with the id's most frequent
 * family name is such an error, left unlabelled and counted, not scored.
 */
export function labelByIds(
  papers: readonly Paper[],
  scheme: keyof AuthorIds,
  sameAs: ReadonlyMap<string, string> = new Map(),
): LabelledPapers {
  const idOf = (author: AuthorRef) => {
    const id = author.ids?.[scheme]?.trim().toLowerCase();
    return id ? (sameAs.get(id) ?? id) : undefined;
  };
  const families = new Map<string, Map<string, number>>();
  for (const paper of papers)
    for (const author of paper.authors) {
      const id = idOf(author);
      if (id === undefined) continue;
      const counts = families.get(id) ?? families.set(id, new Map()).get(id)!;
      const family = familyWordsOf(author.name).join(" ");
      counts.set(family, (counts.get(family) ?? 0) + 1);
    }
  const main = new Map(
    [...families].map(([id, counts]) => [id, [...counts].sort((a, b) => b[1] - a[1])[0]![0].split(" ")]),
  );
  let unlabelled = 0;
  const truth = papers.map((paper) =>
    paper.authors.map((author) => {
      const id = idOf(author);
      if (id === undefined) return undefined;
      if (familyWordsOf(author.name).some((word) => main.get(id)!.includes(word))) return id;
      unlabelled++;
      return undefined;
    }),
  );
  return { papers: papers.map(withoutIds), truth, unlabelled };
}

/** Hand labels of one file: who each labelled occurrence is, and why each person is told apart. */
export interface HandLabels {
  file: string;
  /** `line\tname` → person id. */
  occurrences: Map<string, string>;
  /** Person id → the labeller's description and reasons. */
  people: Map<string, string>;
}

const occurrenceKey = (line: number, name: string): string => `${line}\t${name}`;

/**
 * Reads a labels file: `#` comments, `person<TAB>id<TAB>reason` lines, and `line<TAB>name<TAB>id` lines
 * (the record's first line in `file` and the author exactly as the reader gives it).
 */
export function readHandLabels(text: string, file: string): { labels: HandLabels; diagnostics: Diagnostic[] } {
  const labels: HandLabels = { file, occurrences: new Map(), people: new Map() };
  const diagnostics: Diagnostic[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (!raw.trim() || raw.startsWith("#")) return;
    const cells = raw.split("\t");
    if (cells[0] === "person" && cells.length >= 3) labels.people.set(cells[1]!, cells.slice(2).join(" "));
    else if (/^\d+$/.test(cells[0]!) && cells.length === 3) {
      labels.occurrences.set(occurrenceKey(Number(cells[0]), cells[1]!), cells[2]!);
    } else diagnostics.push(diagnostic("error", file, index + 1, "a label line is `line<TAB>name<TAB>person`."));
  });
  for (const person of new Set(labels.occurrences.values()))
    if (!labels.people.has(person))
      diagnostics.push(diagnostic("warning", file, 0, `person "${person}" is labelled but never described.`));
  return { labels, diagnostics };
}

/**
 * Reads id corrections: `same<TAB>id<TAB>id<TAB>reason` lines say that two ids of the source are one
 * person (a database's split profile, checked by hand). Returns id → the id it stands for.
 */
export function readIdCorrections(
  text: string,
  file: string,
): { sameAs: Map<string, string>; diagnostics: Diagnostic[] } {
  const sameAs = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (!raw.trim() || raw.startsWith("#")) return;
    const [word, a, b, reason] = raw.split("\t");
    if (word !== "same" || !a || !b || !reason)
      return void diagnostics.push(
        diagnostic("error", file, index + 1, "a correction line is `same<TAB>id<TAB>id<TAB>reason`."),
      );
    const canonical = sameAs.get(a.toLowerCase()) ?? a.toLowerCase();
    sameAs.set(b.toLowerCase(), canonical);
  });
  return { sameAs, diagnostics };
}

/** Truth from hand labels; papers of other files, and unlabelled authors, are context only. */
export function labelByHand(papers: readonly Paper[], labels: HandLabels): LabelledPapers {
  return {
    papers: papers.map(withoutIds),
    truth: papers.map((paper) =>
      paper.authors.map((author) =>
        paper.source.file === labels.file
          ? labels.occurrences.get(occurrenceKey(paper.source.line, author.name))
          : undefined,
      ),
    ),
    unlabelled: 0,
  };
}

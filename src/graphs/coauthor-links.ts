/**
 * The coauthor projection on typed arrays: the product A·Aᵀ of the author–paper incidence A, computed
 * row by row (Gustavson's sparse product). For each author a, its papers are visited in paper order and
 * every coauthor b > a is marked; a's links are then the marked authors in increasing order. So each
 * pair is one link, links come sorted by (source, target) — the order an SQL engine gives with ORDER BY
 * and the order of a CSR row — and no per-pair object or hash lookup is ever made.
 *
 * Per link: `weight` = joint papers, `fractional` = Σ 1/(n − 1) over them (Newman 2001, PRE 64 016132;
 * n = the paper's authors), summed in paper order, `association` = the association strength of the joint
 * papers (link-strength.ts), `firstYear`/`lastYear`, and the joint papers in paper
 * order as indices into one Int32Array (materialised as ids only by whoever needs them). A paper with more
 * than `maxAuthorsPerPaper` authors adds no links (its n(n − 1)/2 pairs would swamp the network).
 *
 * linksFromPairs turns an edge list with each link's papers (what the DuckDB engine's SQL returns) into
 * the same arrays, with the same sums in the same order, so both engines give identical links.
 *
 * Cost: O(Σ n² over projected papers) time, two passes (count, then fill); O(A + links + joint papers)
 * memory, about 24 bytes per link and 4 per joint paper.
 */

import { NO_YEAR, type Authorships } from "./authorships";
import { associationStrengths } from "./link-strength";

/** The coauthor links of a corpus, sorted by (source, target), source < target. */
export interface CoauthorLinks {
  count: number;
  source: Int32Array;
  target: Int32Array;
  weight: Int32Array;
  fractional: Float64Array;
  /** Association strength of the joint papers: observed over expected (link-strength.ts). */
  association: Float64Array;
  /** NO_YEAR when none of the joint papers has a year. */
  firstYear: Int32Array;
  lastYear: Int32Array;
  /** Link i's joint papers (paper indices, in paper order) are papers[paperStart[i] ..< paperStart[i + 1]]. */
  paperStart: Int32Array;
  papers: Int32Array;
}

/** Papers that add links: 2 ≤ authors ≤ maxAuthors, listed per author in paper order (the transpose). */
function projectedPapersByAuthor(
  incidence: Authorships,
  maxAuthors: number,
): { start: Int32Array; papers: Int32Array } {
  const { authorCount, paperStart, authors } = incidence;
  const paperCount = paperStart.length - 1;
  const start = new Int32Array(authorCount + 1);
  const isProjected = (p: number) => {
    const n = paperStart[p + 1]! - paperStart[p]!;
    return n >= 2 && n <= maxAuthors;
  };
  for (let p = 0; p < paperCount; p++) {
    if (isProjected(p)) for (let i = paperStart[p]!; i < paperStart[p + 1]!; i++) start[authors[i]! + 1]!++;
  }
  for (let a = 0; a < authorCount; a++) start[a + 1]! += start[a]!;
  const fill = start.slice(0, authorCount);
  const papers = new Int32Array(start[authorCount]!);
  for (let p = 0; p < paperCount; p++) {
    if (isProjected(p)) for (let i = paperStart[p]!; i < paperStart[p + 1]!; i++) papers[fill[authors[i]!]!++] = p;
  }
  return { start, papers };
}

/** Projects the incidence onto its authors: every coauthor link with its weights, years and papers. */
export function projectLinks(incidence: Authorships, maxAuthorsPerPaper: number): CoauthorLinks {
  const { authorCount, paperStart, authors, years } = incidence;
  const byAuthor = projectedPapersByAuthor(incidence, maxAuthorsPerPaper);
  // slot[b] = the link index of (a, b) while row a is built; mark[b] === a says it is set for this row.
  const mark = new Int32Array(authorCount).fill(-1);
  const slot = new Int32Array(authorCount);
  const row: number[] = [];
  /** Visits row a: calls visit(b, p) for every coauthor b > a on every projected paper p of a, in paper order. */
  const eachCoauthor = (a: number, visit: (b: number, p: number) => void) => {
    for (let k = byAuthor.start[a]!; k < byAuthor.start[a + 1]!; k++) {
      const p = byAuthor.papers[k]!;
      for (let i = paperStart[p]!; i < paperStart[p + 1]!; i++) if (authors[i]! > a) visit(authors[i]!, p);
    }
  };
  // Pass 1: links and joint papers per row.
  let linkCount = 0;
  let jointCount = 0;
  for (let a = 0; a < authorCount; a++) {
    eachCoauthor(a, (b) => {
      jointCount++;
      if (mark[b] !== a) {
        mark[b] = a;
        linkCount++;
      }
    });
  }
  const links = allocateLinks(linkCount, jointCount);
  mark.fill(-1);
  // Pass 2: each row's targets sorted, then weights, fractional sums and years in paper order, then papers.
  let next = 0;
  for (let a = 0; a < authorCount; a++) {
    row.length = 0;
    eachCoauthor(a, (b) => {
      if (mark[b] !== a) {
        mark[b] = a;
        row.push(b);
      }
    });
    if (row.length === 0) continue;
    row.sort((x, y) => x - y);
    for (const b of row) {
      slot[b] = next;
      links.source[next] = a;
      links.target[next] = b;
      links.firstYear[next] = NO_YEAR;
      links.lastYear[next++] = NO_YEAR;
    }
    eachCoauthor(a, (b, p) => {
      const link = slot[b]!;
      links.weight[link]!++;
      links.fractional[link]! += 1 / (paperStart[p + 1]! - paperStart[p]! - 1);
      widenYears(links, link, years[p]!);
    });
    const rowStart = slot[row[0]!]!;
    for (let link = rowStart; link < next; link++)
      links.paperStart[link + 1] = links.paperStart[link]! + links.weight[link]!;
    const fill = links.paperStart.slice(rowStart, next);
    eachCoauthor(a, (b, p) => (links.papers[fill[slot[b]! - rowStart]!++] = p));
  }
  links.association = associationStrengths(authorCount, links.source, links.target, links.weight);
  return links;
}

function allocateLinks(count: number, joint: number): CoauthorLinks {
  return {
    count,
    source: new Int32Array(count),
    target: new Int32Array(count),
    weight: new Int32Array(count),
    fractional: new Float64Array(count),
    association: new Float64Array(0),
    firstYear: new Int32Array(count),
    lastYear: new Int32Array(count),
    paperStart: new Int32Array(count + 1),
    papers: new Int32Array(joint),
  };
}

function widenYears(links: CoauthorLinks, link: number, year: number): void {
  if (year === NO_YEAR) return;
  if (links.firstYear[link] === NO_YEAR || year < links.firstYear[link]!) links.firstYear[link] = year;
  if (links.lastYear[link] === NO_YEAR || year > links.lastYear[link]!) links.lastYear[link] = year;
}

/**
 * The links of an edge list whose every link lists its joint papers (paper indices, in paper order), as
 * the DuckDB engine returns them: weights, fractional sums and years are computed here, in paper order,
 * exactly as projectLinks does. `pairs` must be sorted by (source, target) with source < target.
 */
export function linksFromPairs(
  incidence: Authorships,
  source: Int32Array,
  target: Int32Array,
  paperStart: Int32Array,
  papers: Int32Array,
): CoauthorLinks {
  const count = source.length;
  const links: CoauthorLinks = { ...allocateLinks(count, 0), source, target, paperStart, papers };
  const { paperStart: authorStart, years } = incidence;
  for (let link = 0; link < count; link++) {
    links.firstYear[link] = NO_YEAR;
    links.lastYear[link] = NO_YEAR;
    for (let k = paperStart[link]!; k < paperStart[link + 1]!; k++) {
      const p = papers[k]!;
      links.weight[link]!++;
      links.fractional[link]! += 1 / (authorStart[p + 1]! - authorStart[p]! - 1);
      widenYears(links, link, years[p]!);
    }
  }
  links.association = associationStrengths(incidence.authorCount, source, target, links.weight);
  return links;
}

/**
 * Group authors — `The BABAR Collaboration`, `ATLAS Consortium`, a WoS `CA` group, `SMITH et al` — are
 * not people: they are never compared with person names, and every occurrence of one folded group name is
 * one group. A name is a group when the reader says so, or when it has at least two words and one of them
 * is a word that names a collective. One group is written many ways (`The ATLAS Collaboration`, `ATLAS
 * Collab.`, `on behalf of the ATLAS collaboration`): groupKey folds the ways that name the same group, and
 * keeps the name words (`ATLAS`, `CMS`) that tell groups apart. Linear in the name's length.
 */

const COLLECTIVE = new Set([
  "collaboration",
  "collaborations",
  "collab",
  "collabs",
  "collaborators",
  "consortium",
  "group",
  "team",
  "investigators",
  "committee",
  "network",
  "society",
  "association",
  "initiative",
  "alliance",
  "organization",
  "organisation",
  "council",
  "project",
  "programme",
  "program",
  "study",
  "trial",
  "members",
  "authors",
]);

/** True when a folded name (fold-name.ts) names a collective rather than a person. */
export function isGroupName(folded: string): boolean {
  const words = folded.split(" ");
  if (words.length < 2) return false;
  // `al` alone is an Arabic particle (`Al Saud`); only `et al` marks a list cut short.
  return words.some((word, i) => COLLECTIVE.has(word) || (word === "al" && words[i - 1] === "et"));
}

/** Abbreviated and plural words of collectives, as their full singular (`collab` → `collaboration`). */
const COLLECTIVE_SPELLINGS = new Map([
  ["collab", "collaboration"],
  ["collabs", "collaboration"],
  ["collaborations", "collaboration"],
]);

/** Words that introduce a group in an author list (`for the`, `on behalf of the`) without naming it. */
const LEADING = new Set(["the", "for", "on", "behalf", "of"]);

/**
 * The key under which one group's spellings meet: the folded name without its leading `the`, `for the`,
 * `on behalf of (the)`, with `collab`/plural spellings of `collaboration` made whole and runs of single
 * letters joined (`c m s` is how `CMS` parses). Case and the `.` of `Collab.` are gone by folding.
 */
export function groupKey(folded: string): string {
  const words = folded.split(" ");
  let start = 0;
  // Keep at least two words: `The Society` names a group only with its article.
  while (start < words.length - 2 && LEADING.has(words[start]!)) start++;
  const kept: string[] = [];
  let letters = "";
  for (const word of words.slice(start)) {
    if (word.length === 1) {
      letters += word;
      continue;
    }
    if (letters) kept.push(letters);
    letters = "";
    kept.push(COLLECTIVE_SPELLINGS.get(word) ?? word);
  }
  if (letters) kept.push(letters);
  return kept.join(" ");
}

/**
 * Group authors — `The BABAR Collaboration`, `ATLAS Consortium`, a WoS `CA` group, `SMITH et al` — are
 * not people: they are never compared with person names, and every occurrence of one folded group name is
 * one group. A name is a group when the reader says so, or when it has at least two words and one of them
 * is a word that names a collective. Linear in the name's length.
 */

const COLLECTIVE = new Set([
  "collaboration",
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

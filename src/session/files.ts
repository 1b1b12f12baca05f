/**
 * Matching the files a user gives with the files a session was made from. A session file is found among
 * the given ones by name (the last path segment, so `data/a.bib` matches `a.bib` given from another
 * folder) and SHA-256, else by content alone (a renamed copy), else by name alone (then it has changed).
 * Every difference is named: a file of the session not given, one given that changed (its hash and size
 * then and now), one given that the session does not know. The analysis is replayed on the session's
 * files in the session's order under the session's names, which is what makes its numbers the same.
 */

import type { Session, SessionFile } from "./schema";

/** The last segment of a path written with / or \. */
function baseName(name: string): string {
  return name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
}

const short = (hash: string) => `${hash.slice(0, 12)}…`;

export interface SessionFileMatch {
  /** For each file of the session, in its order, the index of the given file that is it. */
  order: number[];
  /** Each difference, in words; empty when the given files are exactly the session's. */
  problems: string[];
}

/** Matches `given` files (described by describeFile) to the session's, and names every difference. */
export function matchSessionFiles(session: Pick<Session, "files">, given: readonly SessionFile[]): SessionFileMatch {
  const used = new Set<number>();
  const order: number[] = [];
  const problems: string[] = [];
  const free = (test: (file: SessionFile) => boolean) => given.findIndex((file, i) => !used.has(i) && test(file));
  for (const wanted of session.files) {
    const sameName = (file: SessionFile) => baseName(file.name) === baseName(wanted.name);
    let at = free((file) => sameName(file) && file.sha256 === wanted.sha256);
    if (at < 0) at = free((file) => file.sha256 === wanted.sha256);
    if (at < 0) at = free(sameName);
    if (at < 0) {
      problems.push(`missing: ${wanted.name} (${wanted.size} bytes, sha256 ${short(wanted.sha256)})`);
      continue;
    }
    used.add(at);
    const file = given[at]!;
    if (file.sha256 !== wanted.sha256)
      problems.push(
        `changed: ${file.name} is not the ${wanted.name} of the session (sha256 ${short(wanted.sha256)}, ` +
          `${wanted.size} bytes then; ${short(file.sha256)}, ${file.size} bytes now)`,
      );
    order.push(at);
  }
  given.forEach((file, i) => {
    if (!used.has(i)) problems.push(`not in the session: ${file.name}`);
  });
  return { order, problems };
}

/**
 * The complete records of a JSON document cut short — an API page saved while it downloaded, a file truncated
 * in a copy. JSON.parse rejects the whole document, losing every record in it; here the document is scanned
 * once, strings and escapes honoured, and every element of its list of records that closes before the cut is
 * parsed on its own. The list is the document itself when it is an array, or the value of its first
 * top-level key named `results` (OpenAlex), `data` or `papers` (Semantic Scholar) that holds an array.
 */

import type { JsonValue } from "./json-text";

/** Keys whose array holds the records of a page. */
const RECORD_LISTS = new Set(["results", "data", "papers"]);

/** What a scan found: the complete records, the lines of those that do not parse, and where a cut one starts. */
export interface RecoveredRecords {
  records: JsonValue[];
  broken: number[];
  cutLine?: number;
}

/** Scans `text` for the complete elements of its record list; undefined when it is not JSON or has no such list. */
export function recoverRecords(text: string): RecoveredRecords | undefined {
  const start = text.trimStart()[0];
  if (start !== "{" && start !== "[") return undefined;
  const records: JsonValue[] = [];
  const broken: number[] = [];
  let line = 1;
  let depth = 0;
  let listDepth = -1;
  let inString = false;
  let stringStart = -1;
  let lastKey = "";
  let elementStart = -1;
  let elementLine = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === "\n") line++;
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') {
        inString = false;
        if (depth === 1) lastKey = text.slice(stringStart + 1, i);
      }
      continue;
    }
    if (char === '"') {
      inString = true;
      stringStart = i;
    } else if (char === "{" || char === "[") {
      if (listDepth < 0 && char === "[" && (depth === 0 || (depth === 1 && RECORD_LISTS.has(lastKey))))
        listDepth = depth + 1;
      else if (depth === listDepth && elementStart < 0) {
        elementStart = i;
        elementLine = line;
      }
      depth++;
    } else if (char === "}" || char === "]") {
      depth--;
      if (depth === listDepth && elementStart >= 0) {
        try {
          records.push({ value: JSON.parse(text.slice(elementStart, i + 1)) as unknown, line: elementLine });
        } catch {
          broken.push(elementLine);
        }
        elementStart = -1;
      } else if (depth < listDepth) break;
    }
  }
  if (listDepth < 0) return undefined;
  return elementStart >= 0 ? { records, broken, cutLine: elementLine } : { records, broken };
}

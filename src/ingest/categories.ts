/**
 * Category codes as a scholar-profile page shows them — the arXiv subject class without its archive, `LG`
 * for cs.LG — mapped back to full arXiv codes, so that topics from profiles and from arXiv or OpenAlex records
 * meet under the same name. Codes shared by two archives (SY: cs.SY/eess.SY, NA: cs.NA/math.NA, IT:
 * cs.IT/math.IT) map to cs.*, arXiv's cross-list name for them, since profiles of this kind are computer-science
 * pages. A code that already names its archive (`stat.ML`, `quant-ph`) is kept as it is. The cs classes
 * come from the one taxonomy table (src/model/arxiv-categories.ts).
 */

import { ARXIV_CATEGORIES } from "../model";

/** The non-cs classes a machine-learning or computing profile commonly lists, by their short code. */
const OTHER_CLASSES: Record<string, string> = {
  ML: "stat.ML",
  ME: "stat.ME",
  AP: "stat.AP",
  CO: "stat.CO",
  TH: "stat.TH",
  AS: "eess.AS",
  IV: "eess.IV",
  SP: "eess.SP",
  OC: "math.OC",
  PR: "math.PR",
  NC: "q-bio.NC",
  QM: "q-bio.QM",
  CP: "physics.comp-ph",
  "QUANT-PH": "quant-ph",
};

/** Every computer-science subject class of arXiv by its short code (`LG` → `cs.LG`), then the others above. */
const SHORT_TO_ARXIV: ReadonlyMap<string, string> = new Map([
  ...Object.keys(ARXIV_CATEGORIES)
    .filter((code) => code.startsWith("cs."))
    .map((code): [string, string] => [code.slice("cs.".length), code]),
  ...Object.entries(OTHER_CLASSES),
]);

/** A full arXiv code written out: archive in lower case, then an optional `.XX` subject class. */
const QUALIFIED = /^[a-z][a-z-]*(\.[A-Za-z][A-Za-z-]*)?$/;

/** The arXiv code of a profile category code (`LG` → `cs.LG`), or undefined when the code is unknown. */
export function toArxivCategory(code: string): string | undefined {
  const trimmed = code.trim();
  if (QUALIFIED.test(trimmed) && (trimmed.includes(".") || trimmed.includes("-"))) return trimmed;
  return SHORT_TO_ARXIV.get(trimmed.toUpperCase());
}

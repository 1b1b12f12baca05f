/**
 * The readers papergraph knows and the choice of one by content. Each entry names a format, says whether a
 * text looks like it (`sniff`) and reads it (`read`). To add a format, write its reader and add one entry
 * here: sniffers are tried in order, so put stricter ones (XML, JSON with a known shape) before looser ones.
 */

import type { ReadResult } from "../model";
import { readArxivAtom, sniffArxivAtom } from "./arxiv-atom";
import { readArxivJson, sniffArxivJson } from "./arxiv-json";
import { readArxivJsonl, sniffArxivJsonl } from "./arxiv-jsonl";
import { readDblp, sniffDblp } from "./dblp";
import { readGexf, readGraphml, sniffGexf, sniffGraphml } from "./gexf";
import { readBibtex, sniffBibtex } from "./bibtex";
import { readCsv, sniffCsv } from "./csv";
import { readEdgeList, sniffEdgeList } from "./edge-list";
import { readIeee, sniffIeee } from "./ieee";
import { isBinaryText, isBlankText } from "./lines";
import { readOpenAlex, sniffOpenAlex } from "./openalex";
import { readProfile, sniffProfile } from "./profile";
import { readRis, sniffRis } from "./ris";
import { readScopus, sniffScopus } from "./scopus";
import { readSpringer, sniffSpringer } from "./springer";
import { readSemanticScholar, sniffSemanticScholar } from "./semantic-scholar";
import { readWos, sniffWos } from "./wos";

/** Options every reader receives: referenceYear (number) is the year of dates written without one. */
export interface ReaderOptions {
  referenceYear: number;
  /** Generic CSV only: field → header name, for files whose headers are not the usual ones. */
  columns?: Readonly<Record<string, string>>;
  /** Semantic Scholar only: read the citing and cited papers a paper carries ("include", default) or not. */
  s2Nested?: "include" | "ignore";
}

/** One input format: its name, a content test and the reader itself. */
export interface Reader {
  name: string;
  sniff(text: string, fileName: string): boolean;
  read(text: string, file: string, options: ReaderOptions): ReadResult;
}

const READERS: readonly Reader[] = [
  { name: "gexf", sniff: sniffGexf, read: readGexf },
  { name: "graphml", sniff: sniffGraphml, read: readGraphml },
  { name: "dblp", sniff: sniffDblp, read: readDblp },
  // Before arxiv-atom: the JSON wrapper holds `<feed` near its start too.
  { name: "arxiv-json", sniff: sniffArxivJson, read: readArxivJson },
  { name: "arxiv-atom", sniff: sniffArxivAtom, read: readArxivAtom },
  { name: "openalex", sniff: sniffOpenAlex, read: readOpenAlex },
  { name: "semantic-scholar", sniff: sniffSemanticScholar, read: readSemanticScholar },
  { name: "arxiv-jsonl", sniff: sniffArxivJsonl, read: readArxivJsonl },
  { name: "profile", sniff: sniffProfile, read: readProfile },
  { name: "bibtex", sniff: sniffBibtex, read: readBibtex },
  { name: "ris", sniff: sniffRis, read: readRis },
  { name: "wos", sniff: sniffWos, read: readWos },
  { name: "scopus", sniff: sniffScopus, read: readScopus },
  { name: "ieee", sniff: sniffIeee, read: readIeee },
  { name: "springer", sniff: sniffSpringer, read: readSpringer },
  { name: "csv", sniff: sniffCsv, read: readCsv },
  // Last: lines of two short fields are the loosest shape of all.
  { name: "edge-list", sniff: sniffEdgeList, read: readEdgeList },
];

/** The name of the format the text is in, judged by content (the file name only breaks ties), or undefined. */
export function detectFormat(text: string, fileName: string): string | undefined {
  if (isBinaryText(text) || isBlankText(text)) return undefined;
  return READERS.find((reader) => reader.sniff(text, fileName))?.name;
}

/** The reader registered under a format name, or undefined. */
export function findReader(name: string): Reader | undefined {
  return READERS.find((reader) => reader.name === name);
}

/** Names of every registered format, for help texts and error messages. */
export function formatNames(): string[] {
  return READERS.map((reader) => reader.name);
}

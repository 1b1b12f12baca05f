/** The ingest stage: readers of every input format, format detection, and ingest() that builds the Corpus. */
export { detectFormat, findReader, formatNames } from "./detect";
export type { Reader, ReaderOptions } from "./detect";
export { ingest } from "./ingest";
export type { IngestOptions } from "./ingest";
export { readProfile, sniffProfile } from "./profile";
export type { ProfileOptions } from "./profile";
export { toArxivCategory } from "./categories";
export { readOpenAlex, rebuildAbstract, sniffOpenAlex } from "./openalex";
export { readSemanticScholar, sniffSemanticScholar } from "./semantic-scholar";
export { readDblp, sniffDblp } from "./dblp";
export { readArxivAtom, sniffArxivAtom } from "./arxiv-atom";
export { readArxivJsonl, sniffArxivJsonl } from "./arxiv-jsonl";
export { readGexf, readGraphml, sniffGexf, sniffGraphml } from "./gexf";

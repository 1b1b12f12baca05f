/**
 * Command-line arguments of `papergraph analyze` and `papergraph bench`, parsed with node:util's
 * parseArgs. Every flag maps onto an AnalysisOptions field or an output path; unknown flags are usage errors.
 */

import { parseArgs } from "node:util";
import type { AnalysisOptions } from "../options";

/** How ingest, identity blocking and the projection run: in memory, or out of core in DuckDB. */
export type Engine = "memory" | "duckdb";

export interface AnalyzeCommand {
  command: "analyze";
  /** `--engine duckdb`: OpenAlex JSON lines through DuckDB (src/cli/engine). */
  engine: Engine;
  files: string[];
  options: Partial<AnalysisOptions>;
  top: number;
  gexf?: string;
  topicsGexf?: string;
  csv?: string;
  json?: string;
  /** Path of a names thesaurus, read by main.ts into options.thesaurus. */
  thesaurus?: string;
  quiet: boolean;
}

/** The synthetic corpus shapes of the benchmark: profile pages, or OpenAlex works as JSON lines. */
export type BenchCorpus = "profile" | "openalex";

export interface BenchCommand {
  command: "bench";
  sizes: number[];
  /** Corpus shapes to run each size on (`--corpus profile,openalex`, default both). */
  corpora: BenchCorpus[];
  /** `--engine duckdb`: time the DuckDB engine on OpenAlex works instead of analyse(). */
  engine: Engine;
  /** `--compare`: with the DuckDB engine, also run analyse() on the same file and compare. */
  compare: boolean;
  /** A GEXF or GraphML network to time instead of synthetic corpora (`--graph`). */
  graph?: string;
  /** Sweep threads (`--threads`, default: the cores the OS offers). */
  threads?: number;
  /** Compare with igraph on the same file (`--igraph`, needs python3-igraph). */
  igraph: boolean;
  /** Megabytes of generated input per format in the reader benchmark (`--ingest-mb`); 0 skips it. */
  ingestMegabytes: number;
  /** Run one size in this process (the parent runs each size in a child so peak memory is per size). */
  single: boolean;
  options: Partial<AnalysisOptions>;
}

export interface HelpCommand {
  command: "help";
}

export type Command = AnalyzeCommand | BenchCommand | HelpCommand;

export const USAGE = `usage: papergraph analyze [files…] [options]     (no files: the embedded corpus in data/)
       papergraph bench [--sizes 1000,10000,100000] [--corpus profile,openalex] [--ingest-mb 50]
       papergraph bench --graph FILE.gexf [--threads N] [--exact] [--igraph]
       papergraph bench --engine duckdb [--sizes 100000,1000000] [--compare]

analyze options:
  --gexf FILE            write the coauthor network as GEXF 1.3 (metrics, sizes, colours, positions)
  --topics-gexf FILE     write the topic network as GEXF 1.3
  --csv DIR              write DIR/nodes.csv and DIR/edges.csv of the coauthor network
  --json FILE            write the whole analysis as JSON
  --top N                rows in each ranking (default 10)
  --format NAME          force a reader instead of detecting the format from content
  --column FIELD=HEADER  generic CSV: the column holding title, authors, year, venue, doi, keywords…
  --thesaurus FILE       names thesaurus, variant<TAB>canonical per line: forces or splits merges
  --reference-year YYYY  year of profile dates written without one (default: this year)
  --seed N               seed of Louvain, layout and sampling (default 42)
  --year-from YYYY, --year-to YYYY   analyse only papers in this range
  --min-weight N         drop coauthor links with fewer joint papers (default 1)
  --min-degree N         drop authors with fewer coauthors (default 0)
  --largest-component    keep only the largest connected component
  --hide-owner           remove the profile owners (ego network without its centre)
  --max-authors N        papers with more authors add no links (default 100)
  --weighted-paths       shortest paths with distance 1/joint papers instead of hops
  --exact                path metrics from every source, never sampled (slow above ~20k nodes)
  --layout-iterations N  ForceAtlas2 steps, forced (default: what a work budget affords, at most 300); 0: none
  --engine duckdb        ingest, identity blocking and the projection out of core in DuckDB (one OpenAlex
                         JSON lines file; metrics and layout as usual; for corpora past memory)
  --quiet                no progress on stderr`;

const integer = (flag: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw new Error(`papergraph/cli: --${flag} takes a whole number (got "${value}").`);
  return Number(value);
};

/** `--column title=Paper --column authors=Who` → { title: "Paper", authors: "Who" }. */
function parseColumns(pairs: string[]): Record<string, string> {
  return Object.fromEntries(
    pairs.map((pair) => {
      const at = pair.indexOf("=");
      if (at < 1)
        throw new Error(`papergraph/cli: --column takes field=header, e.g. --column title=Paper (got "${pair}").`);
      return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    }),
  );
}

/** Parses argv (without node and script); throws a one-line `papergraph/cli` error on bad usage. */
export function parseCommand(argv: string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h")
    return { command: "help" };
  if (command !== "analyze" && command !== "bench")
    throw new Error(`papergraph/cli: unknown command "${command}". Use analyze or bench.`);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      gexf: { type: "string" },
      "topics-gexf": { type: "string" },
      csv: { type: "string" },
      json: { type: "string" },
      top: { type: "string" },
      format: { type: "string" },
      "reference-year": { type: "string" },
      seed: { type: "string" },
      "year-from": { type: "string" },
      "year-to": { type: "string" },
      "min-weight": { type: "string" },
      "min-degree": { type: "string" },
      "largest-component": { type: "boolean" },
      "hide-owner": { type: "boolean" },
      "max-authors": { type: "string" },
      "layout-iterations": { type: "string" },
      quiet: { type: "boolean" },
      sizes: { type: "string" },
      corpus: { type: "string" },
      engine: { type: "string" },
      compare: { type: "boolean" },
      single: { type: "boolean" },
      column: { type: "string", multiple: true },
      "ingest-mb": { type: "string" },
      thesaurus: { type: "string" },
      graph: { type: "string" },
      threads: { type: "string" },
      exact: { type: "boolean" },
      igraph: { type: "boolean" },
      "weighted-paths": { type: "boolean" },
    },
  });
  const options: Partial<AnalysisOptions> = {
    format: values.format,
    columns: values.column ? parseColumns(values.column) : undefined,
    referenceYear: integer("reference-year", values["reference-year"]),
    seed: integer("seed", values.seed),
    yearFrom: integer("year-from", values["year-from"]),
    yearTo: integer("year-to", values["year-to"]),
    minLinkWeight: integer("min-weight", values["min-weight"]),
    minDegree: integer("min-degree", values["min-degree"]),
    largestComponentOnly: values["largest-component"],
    hideOwners: values["hide-owner"],
    maxAuthorsPerPaper: integer("max-authors", values["max-authors"]),
    layoutIterations: integer("layout-iterations", values["layout-iterations"]),
    weightedPaths: values["weighted-paths"],
    // --exact: shortest-path metrics from every source, whatever the size.
    exactPathWork: values.exact ? Number.MAX_SAFE_INTEGER : undefined,
  };
  const engine = values.engine ?? "memory";
  if (engine !== "memory" && engine !== "duckdb") {
    throw new Error(`papergraph/cli: --engine takes memory or duckdb (got "${engine}").`);
  }
  if (command === "bench") {
    const sizes = (values.sizes ?? "1000,10000,100000").split(",").map((size) => integer("sizes", size.trim())!);
    const ingestMegabytes = integer("ingest-mb", values["ingest-mb"]) ?? 50;
    const threads = integer("threads", values.threads);
    const corpora = (values.corpus ?? "profile,openalex").split(",").map((name) => name.trim());
    for (const name of corpora) {
      if (name !== "profile" && name !== "openalex")
        throw new Error(`papergraph/cli: --corpus takes profile, openalex or both (got "${name}").`);
    }
    return {
      command,
      sizes,
      corpora: corpora as BenchCorpus[],
      engine,
      compare: values.compare ?? false,
      ingestMegabytes,
      single: values.single ?? false,
      graph: values.graph,
      threads,
      igraph: values.igraph ?? false,
      options,
    };
  }
  const top = integer("top", values.top) ?? 10;
  if (top < 1) throw new Error(`papergraph/cli: --top must be at least 1 (got ${top}).`);
  if (engine === "duckdb" && (positionals.length !== 1 || values.gexf || values.csv || values.json)) {
    throw new Error(
      "papergraph/cli: --engine duckdb reads one OpenAlex JSON lines file and prints the report (no --gexf, --csv " +
        "or --json yet). Give one file, or use the in-memory engine for exports.",
    );
  }
  return {
    command,
    engine,
    files: positionals,
    options,
    top,
    quiet: values.quiet ?? false,
    gexf: values.gexf,
    topicsGexf: values["topics-gexf"],
    csv: values.csv,
    json: values.json,
    thesaurus: values.thesaurus,
  };
}

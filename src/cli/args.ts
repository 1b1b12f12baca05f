/**
 * Command-line arguments of `papergraph analyze` and `papergraph bench`, parsed with node:util's
 * parseArgs. Every flag maps onto an AnalysisOptions field or an output path; unknown flags, bad values and
 * invalid option combinations are usage errors (UsageError, exit status 2). help.ts documents each flag.
 */

import { parseArgs, type ParseArgsConfig } from "node:util";
import { isTableField, TABLE_FIELDS } from "../ingest";
import { GEXF_VERSIONS, type GexfVersion } from "../export";
import { COUNTING_METHODS } from "../model";
import { COMMUNITY_ALGORITHMS, COMPARED_METRICS, resolveOptions, type AnalysisOptions } from "../options";
import type { HelpTopic } from "./help";

/** How ingest, identity blocking and the projection run: in memory, or out of core in DuckDB. */
export type Engine = "memory" | "duckdb";

/** The synthetic corpus shapes of the benchmark: profile pages, or OpenAlex works as JSON lines. */
export type BenchCorpus = "profile" | "openalex";

export interface AnalyzeCommand {
  command: "analyze";
  /** `--engine duckdb`: one OpenAlex JSON lines file through DuckDB (src/cli/engine). */
  engine: Engine;
  files: string[];
  options: Partial<AnalysisOptions>;
  top: number;
  gexf?: string;
  topicsGexf?: string;
  /** GEXF version of both GEXF outputs (`--gexf-version`, default 1.3). */
  gexfVersion: GexfVersion;
  csv?: string;
  json?: string;
  graphml?: string;
  pajek?: string;
  /** Prefix of the VOSviewer map and network files (`PREFIX-map.txt`, `PREFIX-network.txt`). */
  vosviewer?: string;
  svg?: string;
  html?: string;
  /** A session to replay (`--session`): its options, files and view replace the analysis flags. */
  session?: string;
  /** Where to write the session of this run (`--save-session`). */
  saveSession?: string;
  /** Path of a names thesaurus, read by main.ts into options.thesaurus. */
  thesaurus?: string;
  /** Where to write identity's joins as a thesaurus (`--thesaurus-out`), replayable with --thesaurus. */
  thesaurusOut?: string;
  /** Worker threads of the metrics sweep and the community runs (`--threads`, default: the cores the OS offers). */
  threads?: number;
  /** No progress and no "wrote" lines on stderr (`--quiet`). */
  quiet: boolean;
  /** How stderr messages are written (`--progress`): text lines, or one JSON object per line. */
  progress: "text" | "json";
}

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
  /** Run only the identity evaluation (`--identity-eval`); the full bench runs it after the other sections. */
  identityOnly: boolean;
  /** Folder of the larger identity evaluation sets (`--identity-data`, default ../realdata), read when present. */
  identityData: string;
  options: Partial<AnalysisOptions>;
}

/** `papergraph help [command]`, `papergraph <command> --help`, or no command at all. */
export interface HelpCommand {
  command: "help";
  topic?: HelpTopic;
}

/** `papergraph --version`. */
export interface VersionCommand {
  command: "version";
}

export type Command = AnalyzeCommand | BenchCommand | HelpCommand | VersionCommand;

/** A mistake in the command line: main.ts prints the message and exits with status 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

type Flags = NonNullable<ParseArgsConfig["options"]>;

/** Flags of the analysis itself, taken by analyze and bench alike. */
const ANALYSIS_FLAGS = {
  format: { type: "string" },
  column: { type: "string", multiple: true },
  "s2-nested": { type: "string" },
  "reference-year": { type: "string" },
  seed: { type: "string" },
  "year-from": { type: "string" },
  "year-to": { type: "string" },
  "min-weight": { type: "string" },
  "min-degree": { type: "string" },
  "largest-component": { type: "boolean" },
  "hide-owner": { type: "boolean" },
  "hide-groups": { type: "boolean" },
  "max-authors": { type: "string" },
  "layout-iterations": { type: "string" },
  "weighted-paths": { type: "boolean" },
  exact: { type: "boolean" },
  identity: { type: "string" },
  owner: { type: "string", multiple: true },
  counting: { type: "string" },
  "rank-metric": { type: "string" },
  communities: { type: "string" },
  resolution: { type: "string" },
  "min-cluster-size": { type: "string" },
  "stability-seeds": { type: "string" },
} satisfies Flags;

/** Every flag each command accepts (help.test.ts checks each is in the command's help). */
export const COMMAND_FLAGS = {
  analyze: {
    ...ANALYSIS_FLAGS,
    gexf: { type: "string" },
    "topics-gexf": { type: "string" },
    "gexf-version": { type: "string" },
    csv: { type: "string" },
    json: { type: "string" },
    graphml: { type: "string" },
    pajek: { type: "string" },
    vosviewer: { type: "string" },
    svg: { type: "string" },
    html: { type: "string" },
    threads: { type: "string" },
    session: { type: "string" },
    "save-session": { type: "string" },
    top: { type: "string" },
    thesaurus: { type: "string" },
    "thesaurus-out": { type: "string" },
    quiet: { type: "boolean" },
    progress: { type: "string" },
    engine: { type: "string" },
  },
  bench: {
    ...ANALYSIS_FLAGS,
    sizes: { type: "string" },
    corpus: { type: "string" },
    engine: { type: "string" },
    compare: { type: "boolean" },
    "ingest-mb": { type: "string" },
    graph: { type: "string" },
    threads: { type: "string" },
    igraph: { type: "boolean" },
    "identity-eval": { type: "boolean" },
    "identity-data": { type: "string" },
    // Internal: the bench parent runs each size in a child with --single.
    single: { type: "boolean" },
  },
} satisfies Record<HelpTopic, Flags>;

/** Flags left out of the help on purpose. */
export const INTERNAL_FLAGS: readonly string[] = ["single"];

const integer = (flag: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw new UsageError(`papergraph/cli: --${flag} takes a whole number (got "${value}").`);
  return Number(value);
};

const decimal = (flag: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(value))
    throw new UsageError(`papergraph/cli: --${flag} takes a number such as 2 or 0.5 (got "${value}").`);
  return Number(value);
};

/** The value of a flag that takes one of `choices`, or a usage error naming them. */
function choice<T extends string>(flag: string, value: string | undefined, choices: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const chosen = choices.find((name) => name === value);
  if (!chosen) throw new UsageError(`papergraph/cli: --${flag} takes ${choices.join(" or ")} (got "${value}").`);
  return chosen;
}

/** `--column title=Paper --column authors=Who` → { title: "Paper", authors: "Who" }. */
function parseColumns(pairs: string[]): Record<string, string> {
  return Object.fromEntries(
    pairs.map((pair) => {
      const at = pair.indexOf("=");
      if (at < 1)
        throw new UsageError(`papergraph/cli: --column takes field=header, e.g. --column title=Paper (got "${pair}").`);
      const field = pair.slice(0, at).trim();
      if (!isTableField(field))
        throw new UsageError(
          `papergraph/cli: --column names an unknown field (${field}). Use one of ${TABLE_FIELDS.join(", ")}.`,
        );
      return [field, pair.slice(at + 1).trim()];
    }),
  );
}

/** `--s2-nested include|ignore`. */
function nestedMode(value: string | undefined): AnalysisOptions["s2Nested"] {
  if (value === undefined || value === "include" || value === "ignore") return value;
  throw new UsageError(`papergraph/cli: --s2-nested takes include or ignore (got "${value}").`);
}

const IDENTITY_MODES = ["strict", "balanced", "names-only"] as const;

function identityMode(value: string | undefined): AnalysisOptions["identity"] | undefined {
  if (value === undefined) return undefined;
  const mode = IDENTITY_MODES.find((name) => name === value);
  if (!mode) throw new UsageError(`papergraph/cli: --identity takes ${IDENTITY_MODES.join(", ")} (got "${value}").`);
  return mode;
}

/** `--owner "Gregory B. Gloor"` (every file) or `--owner gloor.txt="Gregory B. Gloor"` (that file). */
function parseOwner(value: string): { name: string; file?: string } {
  const at = value.indexOf("=");
  const [file, name] = at > 0 ? [value.slice(0, at).trim(), value.slice(at + 1).trim()] : [undefined, value.trim()];
  if (!name) throw new UsageError(`papergraph/cli: --owner takes a name or FILE=NAME (got "${value}").`);
  return file ? { name, file } : { name };
}

type AnalysisValues = ReturnType<typeof parseArgs<{ options: typeof ANALYSIS_FLAGS }>>["values"];

/** The AnalysisOptions the analysis flags ask for, validated as analyse() would (a bad combination is bad usage). */
function analysisOptions(values: AnalysisValues): Partial<AnalysisOptions> {
  const options: Partial<AnalysisOptions> = {
    format: values.format,
    columns: values.column ? parseColumns(values.column) : undefined,
    referenceYear: integer("reference-year", values["reference-year"]),
    seed: integer("seed", values.seed),
    yearFrom: integer("year-from", values["year-from"]),
    yearTo: integer("year-to", values["year-to"]),
    minLinkWeight: decimal("min-weight", values["min-weight"]),
    counting: choice("counting", values.counting, COUNTING_METHODS),
    rankMetric: choice("rank-metric", values["rank-metric"], COMPARED_METRICS),
    communityAlgorithm: choice("communities", values.communities, COMMUNITY_ALGORITHMS),
    resolution: decimal("resolution", values.resolution),
    minClusterSize: integer("min-cluster-size", values["min-cluster-size"]),
    stabilitySeeds: integer("stability-seeds", values["stability-seeds"]),
    minDegree: integer("min-degree", values["min-degree"]),
    largestComponentOnly: values["largest-component"],
    hideOwners: values["hide-owner"],
    hideGroups: values["hide-groups"],
    maxAuthorsPerPaper: integer("max-authors", values["max-authors"]),
    layoutIterations: integer("layout-iterations", values["layout-iterations"]),
    weightedPaths: values["weighted-paths"],
    s2Nested: nestedMode(values["s2-nested"]),
    identity: identityMode(values.identity),
    owners: values.owner?.map(parseOwner),
    // --exact: shortest-path metrics from every source, whatever the size.
    exactPathWork: values.exact ? Number.MAX_SAFE_INTEGER : undefined,
  };
  try {
    resolveOptions(options);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), { cause: error });
  }
  return options;
}

/** node:util's parseArgs with the command's flags; its errors (unknown flag, missing value) become usage errors. */
function parseFlags<T extends Flags>(command: HelpTopic, args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: command === "analyze", strict: true });
  } catch (error) {
    // node's message goes on to explain `--`; its first sentence names the problem.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\.( .*)?$/s, "");
    throw new UsageError(`papergraph/cli: ${reason}. See papergraph help ${command}.`, { cause: error });
  }
}

/** A session replays its own options in memory: an analysis flag, a thesaurus or an engine beside it is bad usage. */
function checkSessionFlags(values: Record<string, unknown>): void {
  if (values.session === undefined) return;
  const clash = [...Object.keys(ANALYSIS_FLAGS), "thesaurus", "engine"].filter((flag) => values[flag] !== undefined);
  if (clash.length)
    throw new UsageError(
      `papergraph/cli: --session replays the session's own options; leave out --${clash.join(", --")} ` +
        "(or analyse without --session).",
    );
}

/** The `--engine` value: memory (default) or duckdb. */
function parseEngine(value: string | undefined): Engine {
  const engine = value ?? "memory";
  if (engine !== "memory" && engine !== "duckdb")
    throw new UsageError(`papergraph/cli: --engine takes memory or duckdb (got "${engine}").`);
  return engine;
}

/** `--gexf-version 1.2|1.3` → the version, or a usage error naming the choices. */
function gexfVersion(value: string | undefined): GexfVersion {
  if (value === undefined) return "1.3";
  const version = GEXF_VERSIONS.find((known) => known === value);
  if (!version)
    throw new UsageError(`papergraph/cli: --gexf-version takes ${GEXF_VERSIONS.join(" or ")} (got "${value}").`);
  return version;
}

function parseAnalyze(args: string[]): AnalyzeCommand {
  const { values, positionals } = parseFlags("analyze", args, COMMAND_FLAGS.analyze);
  checkSessionFlags(values);
  const top = integer("top", values.top) ?? 10;
  if (top < 1) throw new UsageError(`papergraph/cli: --top must be at least 1 (got ${top}).`);
  const progress = values.progress ?? "text";
  if (progress !== "text" && progress !== "json")
    throw new UsageError(`papergraph/cli: --progress takes text or json (got "${progress}").`);
  const engine = parseEngine(values.engine);
  if (engine === "duckdb" && values.counting === "fractional" && values["min-weight"] !== undefined) {
    throw new UsageError(
      "papergraph/cli: --engine duckdb applies --min-weight to joint papers in SQL, not to fractional weights. " +
        "Leave out --min-weight, or use the in-memory engine.",
    );
  }
  if (
    engine === "duckdb" &&
    (positionals.length !== 1 || values.gexf || values["topics-gexf"] || values.csv || values.json)
  ) {
    throw new UsageError(
      "papergraph/cli: --engine duckdb reads one OpenAlex JSON lines file and prints the report (no --gexf, " +
        "--topics-gexf, --csv or --json yet). Give one file, or use the in-memory engine for exports.",
    );
  }
  return {
    command: "analyze",
    engine,
    files: positionals,
    options: analysisOptions(values),
    top,
    threads: integer("threads", values.threads),
    quiet: values.quiet ?? false,
    progress,
    gexf: values.gexf,
    topicsGexf: values["topics-gexf"],
    gexfVersion: gexfVersion(values["gexf-version"]),
    csv: values.csv,
    json: values.json,
    graphml: values.graphml,
    pajek: values.pajek,
    vosviewer: values.vosviewer,
    svg: values.svg,
    html: values.html,
    session: values.session,
    saveSession: values["save-session"],
    thesaurus: values.thesaurus,
    thesaurusOut: values["thesaurus-out"],
  };
}

function parseBench(args: string[]): BenchCommand {
  const { values } = parseFlags("bench", args, COMMAND_FLAGS.bench);
  const sizes = (values.sizes ?? "1000,10000,100000").split(",").map((size) => integer("sizes", size.trim())!);
  const corpora = (values.corpus ?? "profile,openalex").split(",").map((name) => name.trim());
  for (const name of corpora) {
    if (name !== "profile" && name !== "openalex")
      throw new UsageError(`papergraph/cli: --corpus takes profile, openalex or both (got "${name}").`);
  }
  return {
    command: "bench",
    sizes,
    corpora: corpora as BenchCorpus[],
    engine: parseEngine(values.engine),
    compare: values.compare ?? false,
    ingestMegabytes: integer("ingest-mb", values["ingest-mb"]) ?? 50,
    single: values.single ?? false,
    graph: values.graph,
    threads: integer("threads", values.threads),
    igraph: values.igraph ?? false,
    identityOnly: values["identity-eval"] ?? false,
    identityData: values["identity-data"] ?? "../realdata",
    options: analysisOptions(values),
  };
}

const isHelpFlag = (arg: string) => arg === "--help" || arg === "-h";

/** Parses argv (without node and script); throws a one-line `papergraph/cli` UsageError on bad usage. */
export function parseCommand(argv: string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || isHelpFlag(command)) return { command: "help" };
  if (command === "--version") return { command: "version" };
  if (command === "help") {
    const [topic, ...extra] = rest;
    if (topic === undefined) return { command: "help" };
    if ((topic !== "analyze" && topic !== "bench") || extra.length > 0)
      throw new UsageError(`papergraph/cli: no help on "${rest.join(" ")}". Use papergraph help analyze or bench.`);
    return { command: "help", topic };
  }
  if (command !== "analyze" && command !== "bench")
    throw new UsageError(`papergraph/cli: unknown command "${command}". Use analyze or bench (papergraph help).`);
  // --help wins over everything else before a `--` (after it come file names), even flags that would not parse.
  const end = rest.indexOf("--");
  if ((end < 0 ? rest : rest.slice(0, end)).some(isHelpFlag)) return { command: "help", topic: command };
  return command === "analyze" ? parseAnalyze(rest) : parseBench(rest);
}

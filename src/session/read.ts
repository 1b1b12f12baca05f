/**
 * Reading a session document, with a clear message for each way it can be wrong: not JSON (the parser's
 * reason and where), not a papergraph session, written by a newer papergraph (its version and ours),
 * or a field that is missing or of the wrong kind (named by its path: `view.camera.ratio`, `files[2].sha256`,
 * `options.seed`, with what was expected). Option values are checked by the options' own validator, so a
 * session can never ask the pipeline for what the command line would refuse. Nothing is read past the
 * first problems: the caller keeps the work it has.
 */

import { resolveOptions, type AnalysisOptions } from "../options";
import { SESSION_FORMAT, SESSION_NETWORKS, type Session } from "./schema";

/** A session that cannot be used; `problems` lists each reason, the message says them all. */
export class SessionError extends Error {
  override name = "SessionError";
  constructor(
    message: string,
    readonly problems: readonly string[] = [message],
  ) {
    super(message);
  }
}

/**
 * The JSON kind of every analysis option. Typed as a record over AnalysisOptions' keys, so an option added
 * to AnalysisOptions fails to compile here until it is given a kind: a session then carries every option.
 */
const OPTION_KINDS: Record<keyof AnalysisOptions, "number" | "boolean" | "string" | "object"> = {
  referenceYear: "number",
  seed: "number",
  maxAuthorsPerPaper: "number",
  exactPathWork: "number",
  betweennessSamples: "number",
  weightedPaths: "boolean",
  layoutIterations: "number",
  keyPhrasesPerPaper: "number",
  format: "string",
  s2Nested: "string",
  columns: "object",
  thesaurus: "object",
  identity: "string",
  owners: "object",
  yearFrom: "number",
  yearTo: "number",
  counting: "string",
  rankMetric: "string",
  communityAlgorithm: "string",
  resolution: "number",
  minClusterSize: "number",
  stabilitySeeds: "number",
  minLinkWeight: "number",
  minDegree: "number",
  largestComponentOnly: "boolean",
  hideOwners: "boolean",
  hideGroups: "boolean",
};

/** The parser's reason, with the line and column where Node's message gives only a character position. */
function jsonProblem(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(message);
  if (!at || /line \d+/.test(message)) return message;
  const before = text.slice(0, Number(at[1]));
  const line = before.split("\n").length;
  return `${message}: line ${line}, column ${before.length - before.lastIndexOf("\n")}`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/** The problems of the document's fields, each named by its path. */
function fieldProblems(session: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, path: string, what: string) => {
    if (!ok) problems.push(`${path} must be ${what}`);
  };
  const { files, options, view, positions } = session;
  if (!Array.isArray(files)) expect(false, "files", "a list of files");
  else
    files.forEach((file: unknown, i) => {
      const f = isObject(file) ? file : {};
      expect(typeof f.name === "string" && f.name !== "", `files[${i}].name`, "a file name");
      expect(Number.isInteger(f.size) && (f.size as number) >= 0, `files[${i}].size`, "a number of bytes");
      expect(typeof f.sha256 === "string" && /^[0-9a-f]{64}$/.test(f.sha256), `files[${i}].sha256`, "64 hex digits");
    });
  if (!isObject(options)) expect(false, "options", "an object");
  else
    for (const [name, value] of Object.entries(options)) {
      const kind = Object.hasOwn(OPTION_KINDS, name) ? OPTION_KINDS[name as keyof AnalysisOptions] : undefined;
      if (!kind) problems.push(`options.${name} is not an option of this papergraph`);
      else expect(typeof value === kind && value !== null, `options.${name}`, `a ${kind}`);
    }
  if (isObject(options) && options.thesaurus !== undefined) {
    const thesaurus = isObject(options.thesaurus) ? options.thesaurus : {};
    expect(
      typeof thesaurus.name === "string" && typeof thesaurus.text === "string",
      "options.thesaurus",
      "{ name, text }",
    );
  }
  if (isObject(options) && options.owners !== undefined) {
    const isOwner = (owner: unknown) =>
      isObject(owner) && typeof owner.name === "string" && (owner.file === undefined || typeof owner.file === "string");
    expect(
      Array.isArray(options.owners) && options.owners.every(isOwner),
      "options.owners",
      "a list of { name, file? }",
    );
  }
  if (isObject(options) && isObject(options.columns))
    for (const [field, header] of Object.entries(options.columns))
      expect(typeof header === "string", `options.columns.${field}`, "a column header");
  if (!isObject(view)) expect(false, "view", "an object");
  else {
    expect(SESSION_NETWORKS.includes(view.network as never), "view.network", `one of ${SESSION_NETWORKS.join(", ")}`);
    expect(typeof view.sizeBy === "string", "view.sizeBy", "an attribute name");
    expect(typeof view.colorBy === "string", "view.colorBy", "an attribute name");
    if (view.camera !== undefined) {
      const camera = isObject(view.camera) ? view.camera : {};
      for (const key of ["x", "y", "angle"]) expect(isFiniteNumber(camera[key]), `view.camera.${key}`, "a number");
      expect(isFiniteNumber(camera.ratio) && camera.ratio > 0, "view.camera.ratio", "a positive number");
    }
    for (const key of ["selected", "topicFilter"])
      if (view[key] !== undefined) expect(typeof view[key] === "string", `view.${key}`, "a node key");
  }
  if (!isObject(positions)) expect(false, "positions", "an object");
  else
    for (const [network, table] of Object.entries(positions)) {
      if (!SESSION_NETWORKS.includes(network as never)) problems.push(`positions.${network} is not a network`);
      else if (!isObject(table)) expect(false, `positions.${network}`, "an object of node positions");
      else {
        const bad = Object.entries(table).find(
          ([, point]) => !Array.isArray(point) || point.length !== 2 || !point.every(isFiniteNumber),
        );
        if (bad) problems.push(`positions.${network}["${bad[0]}"] must be [x, y]`);
      }
    }
  return problems;
}

/** Reads a session document; throws SessionError saying what is wrong with it. `name` names it in messages. */
export function readSession(text: string, name = "the session"): Session {
  const fail = (problems: string[], advice: string): never => {
    const listed = problems.slice(0, 8).join("; ") + (problems.length > 8 ? `; and ${problems.length - 8} more` : "");
    throw new SessionError(`papergraph/session: ${name} ${listed}. ${advice}`, problems);
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    fail([`is not valid JSON (${jsonProblem(error, text)})`], "The file is damaged, or not a session.");
  }
  if (!isObject(parsed) || parsed.format !== SESSION_FORMAT.format)
    fail(['is not a papergraph session (no "format": "papergraph-session")'], "Open a file saved as a session.");
  const { version } = parsed as Record<string, unknown>;
  if (!Number.isInteger(version) || (version as number) < 1)
    fail([`has no valid version (got ${JSON.stringify(version)})`], "The file is damaged.");
  if ((version as number) > SESSION_FORMAT.version)
    fail(
      [
        `was written by a newer papergraph (session version ${version as number}; this papergraph reads version ${SESSION_FORMAT.version})`,
      ],
      "Update papergraph to open it.",
    );
  const problems = fieldProblems(parsed as Record<string, unknown>);
  if (problems.length) fail(problems, "The file is damaged.");
  const session = parsed as Session;
  try {
    resolveOptions(session.options);
  } catch (error) {
    fail(
      [`holds an option papergraph refuses: ${error instanceof Error ? error.message : String(error)}`],
      "The file is damaged.",
    );
  }
  return session;
}

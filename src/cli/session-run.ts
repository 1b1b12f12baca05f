/**
 * Sessions on the command line: `--session FILE` replays one — its options, on its files (matched by name
 * or content and checked by SHA-256, in its order, under its names), then its view (positions, sizes and
 * colours) — and `--save-session FILE` writes the session of a run. A session that cannot be read, or
 * files that are missing or differ from the session's, stop the run before anything is analysed or
 * written, with every difference named (a usage error, exit status 2): nothing of the user's is touched.
 * The text hashed is the text analysed: each file is read once.
 */

import { readFileSync } from "node:fs";
import { diagnostic, type InputFile } from "../model";
import type { OnProgress } from "../options";
import { analyse, type Analysis } from "../pipeline";
import {
  applySessionView,
  createSession,
  describeFile,
  graphPositions,
  matchSessionFiles,
  readSession,
  sessionAnalysisOptions,
  writeSession,
  type PositionsApplied,
  type Session,
  type SessionFile,
  type SessionNetwork,
  type SessionView,
} from "../session";
import { readInputFiles, UnreadableFileError, writeOutput } from "./files";
import { createThreadCommunityRunner } from "./community-thread";
import { createThreadSweepRunner } from "./metrics-threads";
import { createThreadTypoRunner } from "./identity-thread";
import { createThreadLinksRunner, createThreadTopicsRunner } from "./step-threads";

/** A session file that cannot be used, or input files that do not match it: bad usage (exit status 2). */
export class SessionMismatchError extends Error {
  override name = "SessionMismatchError";
}

/** Each path's record as a session keeps it (name = the path as given; text as papergraph reads it). */
export async function describePaths(paths: readonly string[]): Promise<SessionFile[]> {
  return Promise.all(readInputFiles(paths).map(describeFile));
}

/** A replayed session: the analysis with the session's view applied, and how its positions fitted. */
export interface Replay {
  session: Session;
  analysis: Analysis;
  positions: Partial<Record<SessionNetwork, PositionsApplied>>;
}

/** Reads the session at `sessionPath`; throws SessionMismatchError saying what is wrong with it. */
export function readSessionFile(sessionPath: string): Session {
  let text: string;
  try {
    text = readFileSync(sessionPath, "utf8");
  } catch (error) {
    throw new UnreadableFileError(sessionPath, error);
  }
  try {
    return readSession(text, sessionPath);
  } catch (error) {
    throw new SessionMismatchError(error instanceof Error ? error.message : String(error), { cause: error });
  }
}

/**
 * The inputs at `paths`, or, when none are given, at the session's own file names. A file that cannot be
 * read stops the replay, named with the reason.
 */
function readSessionInputs(sessionPath: string, session: Session, paths: readonly string[]): InputFile[] {
  const inputs = readInputFiles(paths.length ? paths : session.files.map((file) => file.name));
  for (const input of inputs) {
    const failure = input.notes?.find((note) => note.severity === "error");
    if (!failure) continue;
    const advice = paths.length
      ? "Give the files the session was made from."
      : `Give the files after the session: analyze --session ${sessionPath} FILES…`;
    throw new SessionMismatchError(
      `papergraph/session: ${sessionPath} was made from ${session.files.map((f) => f.name).join(", ")}; ` +
        `${input.name} ${failure.message.replace(/\.?( Check the path\.)?$/, "")}. ${advice}`,
    );
  }
  return inputs;
}

/**
 * Replays the session at `sessionPath` on the files at `paths` (none: the session's own file names, as
 * paths from the working directory), as `papergraph analyze --session` does, on `threads` worker threads
 * (default: the cores the OS offers).
 */
export async function replaySession(
  sessionPath: string,
  paths: readonly string[],
  onProgress?: OnProgress,
  threads?: number,
): Promise<Replay> {
  const session = readSessionFile(sessionPath);
  const given = readSessionInputs(sessionPath, session, paths);
  const described = await Promise.all(given.map(describeFile));
  const { order, problems } = matchSessionFiles(session, described);
  if (problems.length)
    throw new SessionMismatchError(
      `papergraph/session: the files do not match ${sessionPath}: ${problems.join("; ")}. ` +
        "Give the files the session was made from.",
    );
  const inputs = order.map((at, i) => ({ ...given[at]!, name: session.files[i]!.name }));
  const analysis = await analyse(inputs, sessionAnalysisOptions(session), onProgress, {
    sweep: createThreadSweepRunner({ threads }),
    communityRuns: createThreadCommunityRunner({ threads }),
    topics: createThreadTopicsRunner({ threads }),
    coauthorLinks: createThreadLinksRunner({ threads }),
    typoCandidates: createThreadTypoRunner({ threads }),
  });
  const positions = applySessionView(analysis, session);
  for (const [network, fit] of Object.entries(positions)) {
    const say = (message: string) => analysis.corpus.diagnostics.push(diagnostic("warning", sessionPath, 0, message));
    if (fit.unknown > 0) say(`${fit.unknown} saved positions are of ${network} nodes this analysis does not have`);
    if (fit.missing > 0) say(`${fit.missing} ${network} nodes have no saved position and keep the layout's`);
  }
  return { session, analysis, positions };
}

/** Writes the session of `analysis`, made from `files`, shown as `view`, to `path`. */
export function saveSessionFile(
  path: string,
  analysis: Analysis,
  files: readonly SessionFile[],
  view: Partial<SessionView> | undefined,
  createdBy: string,
): void {
  const session = createSession({
    files,
    options: analysis.options,
    view,
    positions: { coauthors: graphPositions(analysis.coauthors), topics: graphPositions(analysis.topics) },
    createdBy,
  });
  writeOutput(path, writeSession(session));
}

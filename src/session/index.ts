export { applyPositions, applySessionView, sessionAnalysisOptions } from "./apply";
export type { PositionsApplied } from "./apply";
export { createSession, graphPositions, writeSession } from "./create";
export type { SessionInput } from "./create";
export { matchSessionFiles } from "./files";
export type { SessionFileMatch } from "./files";
export { describeFile, sha256Hex } from "./hash";
export { readSession, SessionError } from "./read";
export { SESSION_FORMAT, SESSION_NETWORKS } from "./schema";
export type {
  Session,
  SessionCamera,
  SessionFile,
  SessionNetwork,
  SessionOptions,
  SessionPositions,
  SessionView,
} from "./schema";

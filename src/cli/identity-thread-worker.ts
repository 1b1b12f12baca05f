/**
 * Entry of the identity thread (see identity-thread.ts): it receives the forms' family names and initials,
 * runs the core's typoCandidates on them and posts the answer on the port it was given, its arrays
 * transferred, then raises the flag the calling thread waits on. It holds no logic of its own.
 */

import { parentPort } from "node:worker_threads";
import { typoCandidates } from "../identity/decisions/typos";
import type { TypoRequest } from "./identity-thread";

parentPort!.once("message", ({ families, initials, port, done }: TypoRequest) => {
  try {
    const candidates = typoCandidates(families, initials);
    const { memberStart, members, pairs } = candidates;
    port.postMessage(candidates, [memberStart.buffer, members.buffer, pairs.buffer] as ArrayBuffer[]);
  } catch (cause) {
    port.postMessage({ error: cause instanceof Error ? cause.message : String(cause) });
  }
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
});

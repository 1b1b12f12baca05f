/**
 * The analysis worker: receives an `analyse` request, runs the pipeline's analyse() off the main thread
 * and posts progress, the data in chunks, and the result. It only lays out the seeded start positions
 * (layoutIterations 0): the page runs ForceAtlas2 live in graphology's worker supervisor, so the user
 * watches it settle. The bipartite graph, which analyse() neither lays out nor measures, gets its start
 * positions and degrees here too, so that the page only draws it.
 */

import { assignSeedPositions } from "../layout";
import { assignNodeValues, computeDegree } from "../metrics";
import { analyse } from "../pipeline";
import { createWorkerSweepRunner } from "./metrics-workers";
import type { WorkerReply, WorkerRequest } from "./protocol";
import { packAnalysis, transferablesOf } from "./transfer";

/** Progress is posted at most this often (ms); the last step of a stage is always posted. */
const PROGRESS_INTERVAL_MS = 50;

/** Nested Web Workers share the shortest-path sweep of large networks (the same kernel as the CLI's threads). */
const sweep = createWorkerSweepRunner();

const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer);

async function run(request: WorkerRequest): Promise<void> {
  const started = performance.now();
  let lastPost = 0;
  const onProgress = (stage: string, done: number, total: number) => {
    const now = performance.now();
    if (done < total && now - lastPost < PROGRESS_INTERVAL_MS) return;
    lastPost = now;
    post({ type: "progress", id: request.id, stage, done, total });
  };
  const analysis = await analyse(request.files, { ...request.options, layoutIterations: 0 }, onProgress, { sweep });
  assignSeedPositions(analysis.bipartite, analysis.options.seed);
  assignNodeValues(analysis.bipartite, "degree", computeDegree(analysis.bipartite));
  const elapsedMs = performance.now() - started;
  for (const part of packAnalysis(analysis)) post({ type: "chunk", id: request.id, part }, transferablesOf(part));
  const { options, coauthorSummary, topicSummary, corpus } = analysis;
  const { profiles, files, diagnostics, decisions, owners } = corpus;
  const meta = {
    options,
    coauthorSummary,
    topicSummary,
    profiles,
    files,
    diagnostics,
    decisions,
    owners,
    elapsedMs,
  };
  post({ type: "result", id: request.id, meta });
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  run(request).catch((error: unknown) => {
    post({ type: "error", id: request.id, message: error instanceof Error ? error.message : String(error) });
  });
};

/**
 * The analysis worker: it holds the workspace session (worker-session.ts), runs analyses there off the
 * main thread and posts progress, the changed parts of the analysis in chunks, and the result; it writes
 * downloads (worker-exports.ts). It only lays out the seeded start positions (layoutIterations 0): the
 * page runs ForceAtlas2 live in graphology's worker supervisor, so the user watches it settle.
 * Requests run one at a time in arrival order (a run must not see the cache half-updated by another); an
 * analysis already superseded by a newer request is skipped, since the page would drop its reply.
 */

import { createWorkerSweepRunner } from "./metrics-workers";
import type { AnalyseRequest, ExportRequest, WorkerReply, WorkerRequest } from "./protocol";
import { transferablesOf } from "./transfer";
import { writeExport } from "./worker-exports";
import { createWorkerSession } from "./worker-session";

/** Progress is posted at most this often (ms); the last step of a stage is always posted. */
const PROGRESS_INTERVAL_MS = 50;

/** Nested Web Workers share the shortest-path sweep of large networks (the same kernel as the CLI's threads). */
const session = createWorkerSession(createWorkerSweepRunner());

const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer);

let newestAnalysis = 0;
let queue: Promise<void> = Promise.resolve();

async function analyse(request: AnalyseRequest): Promise<void> {
  if (request.id < newestAnalysis) return;
  let lastPost = 0;
  const onProgress = (stage: string, done: number, total: number) => {
    const now = performance.now();
    if (done < total && now - lastPost < PROGRESS_INTERVAL_MS) return;
    lastPost = now;
    post({ type: "progress", id: request.id, stage, done, total });
  };
  const { parts, meta } = await session.analyse(request, onProgress);
  for (const part of parts) post({ type: "chunk", id: request.id, part }, transferablesOf(part));
  post({ type: "result", id: request.id, meta });
}

function exportFile(request: ExportRequest): void {
  const analysis = session.latest();
  if (!analysis) throw new Error("papergraph/app: there is no analysis to download yet. Wait for the first one.");
  post({ type: "export", id: request.id, ...writeExport(analysis, request) });
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  // Files change at once: a run already under way has taken its list, the next run reads the new one.
  if (request.type === "files") return session.editFiles(request);
  if (request.type === "analyse") newestAnalysis = request.id;
  queue = queue.then(async () => {
    try {
      if (request.type === "analyse") await analyse(request);
      else if (request.type === "describe")
        post({ type: "describe", id: request.id, files: await session.describeFiles() });
      else exportFile(request);
    } catch (error: unknown) {
      post({ type: "error", id: request.id, message: error instanceof Error ? error.message : String(error) });
    }
  });
};

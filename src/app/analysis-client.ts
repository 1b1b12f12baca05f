/**
 * Runs analyses in the worker on behalf of the page. Each run gets an id; replies of an older run are
 * dropped, so quickly changing a filter never shows a stale result. Performance marks let the browser
 * tests time a run: `papergraph:run-start`, `papergraph:analysed` (the worker finished and its first
 * chunk arrived) and `papergraph:result` (all chunks in).
 */

import { hydrateDataset, type Dataset } from "./dataset";
import type { WorkerReply } from "./protocol";
import { showError, type Store } from "./state";
import { nextTask } from "./tasks";
import { addPart, createAssembly } from "./transfer";

export interface AnalysisClient {
  /** Analyses the store's files with its filters; the store's status follows the run. */
  run(): void;
  dispose(): void;
}

/** Starts the worker and returns a client bound to `store`. */
export function createAnalysisClient(store: Store): AnalysisClient {
  const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
  let currentId = 0;
  let assembly = createAssembly();
  let isFirstChunk = true;

  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if (reply.id !== currentId) return;
    if (reply.type === "progress") {
      const message = `${reply.stage} ${reply.total > 1 ? `${reply.done}/${reply.total}` : ""}`.trim();
      store.set({ status: { phase: "running", stage: reply.stage, done: reply.done, total: reply.total, message } });
    } else if (reply.type === "chunk") {
      if (isFirstChunk) performance.mark("papergraph:analysed");
      isFirstChunk = false;
      addPart(assembly, reply.part);
    } else if (reply.type === "error") {
      showError(store, reply.message);
    } else {
      performance.mark("papergraph:result");
      const finished = assembly;
      assembly = createAssembly();
      // Putting the dataset together and redrawing the panels are two tasks, not one.
      nextTask()
        .then(() => (reply.id === currentId ? hydrateDataset(finished, reply.meta) : undefined))
        .then(async (dataset) => {
          await nextTask();
          if (dataset && reply.id === currentId) publish(dataset);
        })
        .catch((error: unknown) => showError(store, "papergraph/app: the analysis could not be shown", error));
    }
  };
  /** Hands a finished dataset to the store (the canvas and panels redraw from there). */
  const publish = (dataset: Dataset) => {
    const { selected, hovered, topicFilter, network } = store.get();
    const graph = dataset.graphs[network];
    const seconds = (dataset.elapsedMs / 1000).toFixed(1);
    store.set({
      dataset,
      selected: selected && graph.hasNode(selected) ? selected : undefined,
      hovered: hovered && graph.hasNode(hovered) ? hovered : undefined,
      topicFilter: topicFilter && dataset.papersByTopic.has(topicFilter) ? topicFilter : undefined,
      status: { phase: "ready", stage: "done", done: 1, total: 1, message: `Analysed in ${seconds} s` },
    });
  };

  worker.onerror = (event) => showError(store, event.message || "The analysis worker failed.");

  return {
    run() {
      currentId += 1;
      assembly = createAssembly();
      isFirstChunk = true;
      const { files, filters } = store.get();
      performance.mark("papergraph:run-start");
      store.set({ status: { phase: "running", stage: "starting", done: 0, total: 1, message: "Starting…" } });
      worker.postMessage({ type: "analyse", id: currentId, files, options: filters });
    },
    dispose: () => worker.terminate(),
  };
}

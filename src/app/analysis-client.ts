/**
 * The page's side of the analysis worker: it hands the worker file changes, asks for runs and downloads.
 * Each request gets an id; replies of an older run are dropped, so quickly changing a filter never shows
 * a stale result. A run's result is put together from the parts it sent and the page's own copy of the
 * others (the dataset on screen, whose run id goes out with each request as `baseId`). Performance marks
 * let the browser tests time a run: `papergraph:run-start`, `papergraph:analysed` (the worker finished
 * and its first chunk, or its result, arrived) and `papergraph:result` (all chunks in).
 */

import { hydrateDataset, type Dataset } from "./dataset";
import type { SessionFile } from "../session";
import { reviewThesaurusFile } from "./identity-review";
import type { DescribeRequest, ExportRequest, FilesRequest, WorkerReply, WorkerRequest } from "./protocol";
import { showError, type Store } from "./state";
import { nextTask } from "./tasks";
import { addPart, createAssembly } from "./transfer";

/** A download as the worker wrote it. */
export interface DownloadFile {
  name: string;
  blob: Blob;
}

export interface AnalysisClient {
  /** Changes the worker's list of files; the next run() analyses them. */
  editFiles(change: Omit<FilesRequest, "type">): void;
  /** Analyses the worker's files with the store's filters and identity verdicts; the store's status follows the run. */
  run(): void;
  /** Writes a download of the latest analysis in the worker. */
  download(request: Omit<ExportRequest, "type" | "id">): Promise<DownloadFile>;
  /** The workspace's files as a session records them (hashed in the worker, which holds their text). */
  describeFiles(): Promise<SessionFile[]>;
  dispose(): void;
}

/** Starts the worker and returns a client bound to `store`. */
export function createAnalysisClient(store: Store): AnalysisClient {
  const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
  const send = (request: WorkerRequest) => worker.postMessage(request);
  let lastId = 0;
  let currentRun = 0;
  /** The run whose dataset is on screen. */
  let shownRun = 0;
  let assembly = createAssembly();
  let isFirstReply = true;
  /** Requests answered by one reply (downloads, file descriptions), by id. */
  const pending = new Map<number, { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }>();
  const ask = (request: DescribeRequest | ExportRequest) =>
    new Promise<WorkerReply>((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      send(request);
    });

  /** Hands a finished dataset to the store (the canvas and panels redraw from there). */
  const publish = (dataset: Dataset, id: number) => {
    const { selected, selectedEdge, hovered, topicFilter, network } = store.get();
    const graph = dataset.graphs[network];
    // The linked views keep an author or topic selected while another network is shown.
    const isLinkable = (node: string) => dataset.graphs.coauthors.hasNode(node) || dataset.graphs.topics.hasNode(node);
    const seconds = (dataset.elapsedMs / 1000).toFixed(1);
    shownRun = id;
    store.set({
      dataset,
      selected: selected && (graph.hasNode(selected) || isLinkable(selected)) ? selected : undefined,
      selectedEdge: selectedEdge && graph.hasEdge(selectedEdge) ? selectedEdge : undefined,
      // Louvain numbers the communities of every run afresh: a selected number would now mean another group.
      community: undefined,
      linkedCommunity: undefined,
      hovered: hovered && graph.hasNode(hovered) ? hovered : undefined,
      topicFilter: topicFilter && dataset.papersByTopic.has(topicFilter) ? topicFilter : undefined,
      status: { phase: "ready", stage: "done", done: 1, total: 1, message: `Analysed in ${seconds} s` },
    });
  };

  const onRunReply = (reply: Exclude<WorkerReply, { type: "export" | "describe" }>) => {
    if (reply.type !== "progress" && isFirstReply) performance.mark("papergraph:analysed");
    if (reply.type !== "progress") isFirstReply = false;
    if (reply.type === "progress") {
      const message = `${reply.stage} ${reply.total > 1 ? `${reply.done}/${reply.total}` : ""}`.trim();
      store.set({ status: { phase: "running", stage: reply.stage, done: reply.done, total: reply.total, message } });
    } else if (reply.type === "chunk") {
      addPart(assembly, reply.part);
    } else if (reply.type === "error") {
      showError(store, reply.message);
    } else {
      performance.mark("papergraph:result");
      const finished = assembly;
      assembly = createAssembly();
      // Putting the dataset together and redrawing the panels are two tasks, not one.
      nextTask()
        .then(() => (reply.id === currentRun ? hydrateDataset(finished, reply.meta, store.get().dataset) : undefined))
        .then(async (dataset) => {
          await nextTask();
          if (dataset && reply.id === currentRun) publish(dataset, reply.id);
        })
        .catch((error: unknown) => showError(store, "papergraph/app: the analysis could not be shown", error));
    }
  };

  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (waiting) {
      pending.delete(reply.id);
      if (reply.type === "error") waiting.reject(new Error(reply.message));
      else waiting.resolve(reply);
      return;
    }
    if (reply.id !== currentRun || reply.type === "export" || reply.type === "describe") return;
    onRunReply(reply);
  };
  worker.onerror = (event) => showError(store, event.message || "The analysis worker failed.");

  return {
    editFiles: (change) => send({ type: "files", ...change }),
    run() {
      currentRun = ++lastId;
      assembly = createAssembly();
      isFirstReply = true;
      performance.mark("papergraph:run-start");
      store.set({ status: { phase: "running", stage: "starting", done: 0, total: 1, message: "Starting…" } });
      // An opened session's thesaurus holds until the user gives verdicts of their own.
      const { analysisOptions, filters, reviews, analytics } = store.get();
      const thesaurus = reviewThesaurusFile(reviews) ?? analysisOptions.thesaurus;
      // excount: the counting and community panels' options are the user's latest word, over a session's.
      const options = { ...analysisOptions, ...analytics, ...filters, thesaurus };
      send({ type: "analyse", id: currentRun, options, baseId: shownRun });
    },
    async download(request) {
      const reply = await ask({ type: "export", id: ++lastId, ...request });
      if (reply.type !== "export")
        throw new Error(`papergraph/app: the worker answered a download with ${reply.type}.`);
      return { name: reply.name, blob: reply.blob };
    },
    async describeFiles() {
      const reply = await ask({ type: "describe", id: ++lastId });
      if (reply.type !== "describe") throw new Error(`papergraph/app: the worker answered with ${reply.type}.`);
      return reply.files;
    },
    dispose: () => worker.terminate(),
  };
}

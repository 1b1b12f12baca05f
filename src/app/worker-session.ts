/**
 * The worker's side of the workspace: the files the user opened, the StepCache that keeps every step's
 * last result between runs (so a filter change reruns only the filter and what reads it, see
 * pipeline.ts), and which run last changed each part of the analysis, so that a run sends the page only
 * the parts it does not hold yet.
 */

import { buildAuthorTopics } from "../graphs";
import { assignSeedPositions } from "../layout";
import { assignNodeValues, computeDegree, type SweepRunner } from "../metrics";
import type { AuthorTopicGraph, InputFile } from "../model";
import type { OnProgress } from "../options";
import { createStepCache, resumeAnalysis, type Analysis, type StepName } from "../pipeline";
import { describeFile, type SessionFile } from "../session";
import type { AnalyseRequest, AnalysisMeta, DataPart, FilesRequest, PartName } from "./protocol";
import { packAnalysis, type ShownAnalysis } from "./transfer";

/** The part of the analysis each step makes. */
const PART_OF_STEP: Record<StepName, PartName> = {
  ingest: "corpus",
  identities: "corpus",
  years: "corpus",
  topics: "paperTopics",
  bipartite: "bipartite",
  projection: "coauthors",
  filter: "coauthors",
  "coauthor metrics": "coauthors",
  "counting comparison": "coauthors",
  "community labels": "coauthors",
  // Bursts also mark the topic network's nodes; they change with the bipartite graph, which makes a new one.
  bursts: "coauthors",
  "author indicators": "coauthors",
  "coauthor appearance": "coauthors",
  "coauthor layout": "coauthors",
  "topic network": "topics",
  "topic metrics": "topics",
  "topic appearance": "topics",
  "topic layout": "topics",
};

export interface WorkerSession {
  /** Applies a change to the list of files (the next run reads them). */
  editFiles(request: FilesRequest): void;
  /** Runs the analysis of the files with the request's options; returns the parts to send and the meta. */
  analyse(request: AnalyseRequest, onProgress: OnProgress): Promise<{ parts: Iterable<DataPart>; meta: AnalysisMeta }>;
  /** The analysis of the last run that finished, if any. */
  latest(): ShownAnalysis | undefined;
  /** The files as a session records them, in the workspace's order. */
  describeFiles(): Promise<SessionFile[]>;
}

/** A session with no files; `sweep` runs the metrics' shortest-path sweep on nested workers. */
export function createWorkerSession(sweep: SweepRunner): WorkerSession {
  let files: InputFile[] = [];
  const cache = createStepCache();
  /** Part → id of the last run in which a step making it ran. */
  const versions = new Map<PartName, number>();
  let latest: ShownAnalysis | undefined;
  let authorTopics: AuthorTopicGraph | undefined;

  /** Records the steps that ran in run `id`, finished or not: what they changed is newer than any result before. */
  const noteSteps = (id: number): StepName[] => {
    const ran = cache.takeRan() as StepName[];
    for (const step of ran) versions.set(PART_OF_STEP[step], id);
    // The author–topic graph is read off the bipartite graph: it changes with it.
    if (ran.includes("bipartite")) versions.set("authorTopics", id);
    return ran;
  };

  return {
    editFiles({ clear, remove = [], add = [] }) {
      if (clear) files = [];
      const gone = new Set([...remove, ...add.map((file) => file.name)]);
      files = [...files.filter((file) => !gone.has(file.name)), ...add];
    },
    async analyse(request, onProgress) {
      const started = performance.now();
      const options = { ...request.options, layoutIterations: 0 };
      let analysis: Analysis;
      let steps: StepName[];
      try {
        analysis = await resumeAnalysis(cache, files, options, onProgress, { sweep });
      } finally {
        steps = noteSteps(request.id);
      }
      // The bipartite graph, which the pipeline neither lays out nor measures, gets start positions and degrees.
      if (steps.includes("bipartite")) {
        assignSeedPositions(analysis.bipartite, analysis.options.seed);
        assignNodeValues(analysis.bipartite, "degree", computeDegree(analysis.bipartite));
      }
      // The linked views' author–topic graph, likewise with start positions and degrees.
      if (steps.includes("bipartite") || !authorTopics) {
        authorTopics = buildAuthorTopics(analysis.bipartite);
        assignSeedPositions(authorTopics, analysis.options.seed);
        assignNodeValues(authorTopics, "degree", computeDegree(authorTopics));
      }
      latest = { ...analysis, authorTopics };
      const sent = new Set([...versions].filter(([, id]) => id > request.baseId).map(([part]) => part));
      const { corpus } = analysis;
      const meta: AnalysisMeta = {
        options: analysis.options,
        coauthorSummary: analysis.coauthorSummary,
        topicSummary: analysis.topicSummary,
        insights: analysis.insights,
        profiles: corpus.profiles,
        files: corpus.files,
        diagnostics: corpus.diagnostics,
        decisions: corpus.decisions,
        owners: corpus.owners,
        paperYears: analysis.paperYears,
        elapsedMs: performance.now() - started,
        sent: [...sent],
        steps,
      };
      return { parts: packAnalysis(latest, sent), meta };
    },
    latest: () => latest,
    describeFiles: () => Promise.all(files.map(describeFile)),
  };
}

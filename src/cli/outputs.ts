/**
 * The publication outputs of `papergraph analyze` besides GEXF, CSV and JSON: the coauthor network as
 * GraphML, Pajek and VOSviewer files; a picture (SVG) and a one-file HTML page of the network shown — the
 * coauthor network, or the topic network when a replayed session showed that — sized and coloured as it
 * is (a replayed session's view, or the appearance stage's defaults), the whole network fitted, with a
 * legend that says so; and the session of the run. Each file written, like the report, is a progress
 * stage of its own (`[gexf] done in 3.10s`), so that the time a run spends after the pipeline shows.
 */

import { describeAppearance, type AppearanceOptions } from "../appearance";
import { communityLegendOptions, describeLegend, htmlNetworkOf } from "../export";
import type { OnProgress } from "../options";
import type { Analysis } from "../pipeline";
import type { AnalyzeCommand } from "./args";
import { packageVersion } from "./files";
import type { Messages } from "./messages";
import {
  vosviewerPaths,
  writeGraphmlFile,
  writeHtmlFile,
  writePajekFile,
  writeSvgFile,
  writeVosviewerFiles,
} from "./node";
import { describePaths, saveSessionFile, type Replay } from "./session-run";

const TITLES = { coauthors: "papergraph coauthor network", topics: "papergraph topic network" } as const;

/**
 * Runs `work` as a progress stage of its own, announced as the pipeline's steps are (done 0, then 1 of 1),
 * for the steps of a run that come after the pipeline: the report and each file written.
 */
export function timedStage<T>(progress: OnProgress | undefined, stage: string, work: () => T): T {
  progress?.(stage, 0, 1);
  const result = work();
  progress?.(stage, 1, 1);
  return result;
}

/** Each file these outputs would write, with the option that asks for it (main.ts checks none is an input). */
export function publicationPaths(command: AnalyzeCommand): [option: string, path: string | undefined][] {
  return [
    ["--graphml", command.graphml],
    ["--pajek", command.pajek],
    ...(command.vosviewer === undefined
      ? []
      : vosviewerPaths(command.vosviewer).map((path): [string, string] => ["--vosviewer", path])),
    ["--svg", command.svg],
    ["--html", command.html],
    ["--save-session", command.saveSession],
  ];
}

/** Writes every output of `command` not written by main.ts, announcing each path. */
export async function writePublicationOutputs(
  command: AnalyzeCommand,
  analysis: Analysis,
  paths: readonly string[],
  replay: Replay | undefined,
  messages: Messages,
): Promise<void> {
  const { coauthors } = analysis;
  const view = replay?.session.view;
  const shown = view?.network === "topics" ? "topics" : "coauthors";
  const appearance: AppearanceOptions = view?.network === shown ? view : {};
  const save = (stage: string, path: string | undefined, write: (path: string) => void) => {
    if (path === undefined) return;
    timedStage(messages.progress, stage, () => write(path));
    messages.wrote(path);
  };
  save("graphml", command.graphml, (path) => writeGraphmlFile(path, coauthors, { title: TITLES.coauthors }));
  save("pajek", command.pajek, (path) => writePajekFile(path, coauthors, { title: TITLES.coauthors }));
  if (command.vosviewer) {
    const written = timedStage(messages.progress, "vosviewer", () =>
      writeVosviewerFiles(command.vosviewer!, coauthors),
    );
    for (const path of written) messages.wrote(path);
  }
  const weightTitle = shown === "coauthors" ? "joint papers" : "shared papers";
  save("svg", command.svg, (path) => {
    const legend = describeLegend(describeAppearance(analysis[shown], appearance), {
      weightTitle,
      ...communityLegendOptions(analysis[shown], analysis.options.communityAlgorithm),
    });
    writeSvgFile(path, analysis[shown], { legend, title: TITLES[shown] });
  });
  if (command.html) {
    messages.progress?.("html", 0, 1);
    await writeHtmlFile(command.html, htmlNetworkOf(analysis, shown, appearance), { title: TITLES[shown] });
    messages.progress?.("html", 1, 1);
    messages.wrote(command.html);
  }
  if (command.saveSession) {
    const files = replay ? replay.session.files : await describePaths(paths);
    const createdBy = `papergraph ${packageVersion()} (command line)`;
    save("session", command.saveSession, (path) => saveSessionFile(path, analysis, files, view, createdBy));
  }
}

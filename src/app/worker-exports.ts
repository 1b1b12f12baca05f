/**
 * Downloads, written in the worker from the analysis itself (never from what the canvas draws): the GEXF
 * (1.3 or 1.2) and CSV files of a network hold every node and link with every attribute, the JSON the
 * whole analysis. When the user filtered, the file is the filtered analysis, and says so: the GEXF in its
 * description, the CSV and GEXF in their file names, the JSON in its options. A view filter (the topic
 * filter) keeps only the nodes it shows, and is named the same way.
 */

import { describeFilters, writeAnalysisJsonChunks, writeEdgesCsv, writeGexfChunks, writeNodesCsv } from "../export";
import type { NetworkGraph } from "../model";
import type { ShownAnalysis } from "./transfer";
import type { ExportRequest } from "./protocol";

const NETWORK_TITLES = {
  coauthors: "coauthor",
  topics: "topic",
  bipartite: "author–paper–topic",
  authorTopics: "author–topic",
} as const;

/** The network of the request, restricted to the nodes a view filter keeps. */
function exportedGraph(analysis: ShownAnalysis, request: ExportRequest): NetworkGraph {
  const graph: NetworkGraph = analysis[request.network];
  if (!request.only) return graph;
  const kept = new Set(request.only.nodes);
  const subgraph = graph.copy();
  for (const node of graph.nodes()) if (!kept.has(node)) subgraph.dropNode(node);
  return subgraph;
}

/** Every filter that shaped the file, in words. */
function filterNotes(analysis: ShownAnalysis, request: ExportRequest): string[] {
  const notes = describeFilters(analysis.options);
  if (request.only) notes.push(request.only.description);
  return notes;
}

/** A file-name-safe tag of the filters ("" without any): `_papers-from-2020-to-2024_…`. */
function fileTag(notes: string[]): string {
  const words = notes.map((note) =>
    note
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-|-$/g, ""),
  );
  return words
    .map((word) => `_${word}`)
    .join("")
    .slice(0, 120);
}

/** The download of `request`: its file name and its bytes. */
export function writeExport(analysis: ShownAnalysis, request: ExportRequest): { name: string; blob: Blob } {
  const notes = filterNotes(analysis, request);
  const base = `papergraph-${request.network}${fileTag(notes)}`;
  const filters = notes.length ? `Filters: ${notes.join("; ")}.` : "No filter: every paper and link of the files.";
  switch (request.format) {
    case "json": {
      const name = `papergraph-analysis${fileTag(describeFilters(analysis.options))}.json`;
      return { name, blob: new Blob([...writeAnalysisJsonChunks(analysis)], { type: "application/json" }) };
    }
    case "nodes-csv":
      return {
        name: `${base}-nodes.csv`,
        blob: new Blob([writeNodesCsv(exportedGraph(analysis, request))], { type: "text/csv" }),
      };
    case "links-csv":
      return {
        name: `${base}-links.csv`,
        blob: new Blob([writeEdgesCsv(exportedGraph(analysis, request))], { type: "text/csv" }),
      };
    case "gexf": {
      const title = `papergraph ${NETWORK_TITLES[request.network]} network. ${filters}`;
      const chunks = writeGexfChunks(exportedGraph(analysis, request), { title, version: request.gexfVersion });
      const suffix = request.gexfVersion === "1.3" ? "" : `-gexf${request.gexfVersion}`;
      return { name: `${base}${suffix}.gexf`, blob: new Blob([...chunks], { type: "application/xml" }) };
    }
  }
}

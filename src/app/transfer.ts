/**
 * Cutting the analysis into DataParts in the worker and putting it back together on the page. Both sides
 * live here so they agree on the order by construction: a network's graph part, its nodes (positions
 * taken out into a transferable Float32Array), then its edges; papers, people and paper topics in slices.
 * Only the parts a run changed are cut (see protocol.ts); the page keeps its copy of the others.
 */

import Graph from "graphology";
import type { AuthorTopicGraph } from "../model";
import type { Analysis } from "../pipeline";
import type { NetworkGraph, Paper, Person } from "../model";
import type { Topic } from "../topics";
import type { DataPart, PartName } from "./protocol";
import type { NetworkName } from "./state";

/** Items per chunk: small enough that cloning and importing one takes a few milliseconds. */
export const CHUNK_SIZE = 2_000;

function* slices<T>(items: T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += CHUNK_SIZE) yield items.slice(i, i + CHUNK_SIZE);
}

function* graphParts(network: NetworkName, graph: NetworkGraph): Generator<DataPart> {
  const { options, attributes, nodes, edges } = graph.export();
  yield { kind: "graph", network, options, attributes };
  for (const slice of slices(nodes)) {
    const positions = new Float32Array(slice.length * 2);
    slice.forEach((node, i) => {
      if (!node.attributes) return;
      const { x = 0, y = 0, ...rest } = node.attributes;
      positions[2 * i] = x;
      positions[2 * i + 1] = y;
      node.attributes = rest;
    });
    yield { kind: "nodes", network, nodes: slice, positions };
  }
  for (const slice of slices(edges)) yield { kind: "edges", network, edges: slice };
}

/** The analysis with the author–topic graph the worker adds for the linked views (worker-session.ts). */
export type ShownAnalysis = Analysis & { authorTopics: AuthorTopicGraph };

/** The `parts` of `analysis`, coauthors first (what users wait for). */
export function* packAnalysis(analysis: ShownAnalysis, parts: ReadonlySet<PartName>): Generator<DataPart> {
  if (parts.has("coauthors")) yield* graphParts("coauthors", analysis.coauthors);
  if (parts.has("topics")) yield* graphParts("topics", analysis.topics);
  if (parts.has("corpus")) {
    for (const papers of slices(analysis.corpus.papers)) yield { kind: "papers", papers };
    for (const people of slices(analysis.corpus.people)) yield { kind: "people", people };
  }
  if (parts.has("paperTopics"))
    for (const entries of slices(Object.entries(analysis.paperTopics))) yield { kind: "paperTopics", entries };
  if (parts.has("bipartite")) yield* graphParts("bipartite", analysis.bipartite);
  if (parts.has("authorTopics")) yield* graphParts("authorTopics", analysis.authorTopics);
}

/** The buffers of a part that can be transferred instead of copied. */
export function transferablesOf(part: DataPart): Transferable[] {
  return part.kind === "nodes" ? [part.positions.buffer as ArrayBuffer] : [];
}

/** What the page has received so far. */
export interface Assembly {
  graphs: Partial<Record<NetworkName, NetworkGraph>>;
  papers: Paper[];
  people: Person[];
  paperTopics: Record<string, Topic[]>;
}

export function createAssembly(): Assembly {
  return { graphs: {}, papers: [], people: [], paperTopics: {} };
}

/** Adds one part to `assembly`. */
export function addPart(assembly: Assembly, part: DataPart): void {
  switch (part.kind) {
    case "graph": {
      const graph: NetworkGraph = new Graph(part.options);
      graph.replaceAttributes(part.attributes);
      assembly.graphs[part.network] = graph;
      break;
    }
    case "nodes": {
      const graph = assembly.graphs[part.network]!;
      part.nodes.forEach(({ key, attributes }, i) => {
        // Every node of the contract has attributes (kind and label at least); graphology's type allows none.
        if (!attributes) throw new Error(`papergraph/app: node ${key} arrived without attributes. Reload the page.`);
        graph.addNode(key, { ...attributes, x: part.positions[2 * i]!, y: part.positions[2 * i + 1]! });
      });
      break;
    }
    case "edges":
      assembly.graphs[part.network]!.import({ edges: part.edges }, true);
      break;
    case "papers":
      assembly.papers.push(...part.papers);
      break;
    case "people":
      assembly.people.push(...part.people);
      break;
    case "paperTopics":
      for (const [id, topics] of part.entries) assembly.paperTopics[id] = topics;
  }
}

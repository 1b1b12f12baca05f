/**
 * Imported coauthor networks (GEXF or GraphML made elsewhere) joined into the coauthor network, so the
 * metrics, filters and view apply to them as to a network built from papers. There are no papers behind
 * an imported link: its `weight` is the file's weight, and so is its `fractional` (with no papers to
 * share out, the file's weight is all either counting method has), `papers` is empty. Association
 * strengths are computed again over the joined network, whose totals the imported links change.
 *
 * Keys: a node is keyed by its normalised label (the identity rule for names), so a person in an imported
 * network and the same person in the papers are one node. A file whose labels are not unique (several
 * nodes named alike, or no labels at all) keeps its own node ids instead, prefixed with the file name, so
 * that distinct nodes never collapse.
 */

import { normalizeName } from "../identity";
import type { CoauthorGraph, ImportedNetwork } from "../model";
import { useHashTableAdjacency } from "./adjacency";
import { authorNode, edgeKey } from "./keys";
import { assignAssociationStrength, associationStrengths } from "./link-strength";

/**
 * Each node's normalised label, or undefined as soon as one is empty or repeats: normalising stops there
 * (ca-GrQc's "author 3466" and "author 5233" both give "author" at its third node; normalising its 5,242
 * labels took 57 ms of the 0.12 s projection step).
 */
function uniqueLabelKeys(network: ImportedNetwork): string[] | undefined {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const node of network.nodes) {
    const key = normalizeName(node.label);
    if (key === "" || seen.has(key)) return undefined;
    seen.add(key);
    keys.push(key);
  }
  return keys;
}

/** Each node's key in the joined graph, in the network's node order, and each node's place in that order. */
function nodeKeys(network: ImportedNetwork): { keys: string[]; places: Map<string, number> } {
  const byLabel = uniqueLabelKeys(network);
  const keys = network.nodes.map((node, i) => authorNode(byLabel ? byLabel[i]! : `${network.file}#${node.key}`));
  return { keys, places: new Map(network.nodes.map((node, i) => [node.key, i])) };
}

/** Adds the imported networks' nodes and links to `graph` (mutated); weights of links already present add up. */
export function addImportedNetworks(graph: CoauthorGraph, networks: readonly ImportedNetwork[]): void {
  // A network read alone into a graph without links (a network file, no papers) has its links' association
  // strengths computed from its own list, which is then the graph's links in order, before they are added;
  // otherwise (or if a link merges into another after all) they are computed over the joined graph after.
  let associated = false;
  for (const network of networks) {
    const { keys, places } = nodeKeys(network);
    network.nodes.forEach((node, i) => {
      const key = keys[i]!;
      // A person already in the papers keeps what the papers say of them, but takes the imported label.
      if (graph.hasNode(key)) graph.mergeNodeAttributes(key, { kind: "author", label: node.label });
      else graph.addNode(key, { isOwner: false, paperCount: 0, kind: "author", label: node.label });
    });
    useHashTableAdjacency(graph);
    const sources = Int32Array.from(network.edges, (edge) => places.get(edge.source)!);
    const targets = Int32Array.from(network.edges, (edge) => places.get(edge.target)!);
    associated = networks.length === 1 && graph.size === 0;
    const association = associated
      ? associationStrengths(
          keys.length,
          sources,
          targets,
          Float64Array.from(network.edges, (edge) => edge.weight),
        )
      : undefined;
    network.edges.forEach((edge, e) => {
      const [source, target] = [keys[sources[e]!]!, keys[targets[e]!]!];
      const existing = graph.edge(source, target);
      if (existing === undefined) {
        graph.addUndirectedEdgeWithKey(edgeKey(graph.size), source, target, {
          weight: edge.weight,
          fractional: edge.weight,
          association: association ? association[e]! : 0,
          papers: [],
        });
      } else {
        associated = false;
        graph.updateEdgeAttributes(existing, (attributes) => ({
          ...attributes,
          weight: attributes.weight + edge.weight,
          fractional: attributes.fractional + edge.weight,
        }));
      }
    });
  }
  if (networks.length > 0 && !associated) assignAssociationStrength(graph);
}

/**
 * Packing graphs for the worker boundary. Positions leave the attribute objects and travel in one
 * Float32Array per graph (in node order) so they can be transferred; unpacking puts them back. Used by the
 * worker (pack) and the page (unpack), so both sides agree on the order by construction.
 */

import Graph from "graphology";
import type { PackedGraph } from "./protocol";

/** Exports `graph` with x/y moved into a transferable Float32Array. */
export function packGraph(graph: Graph): PackedGraph {
  const positions = new Float32Array(graph.order * 2);
  const serialized = graph.export();
  serialized.nodes.forEach((node, i) => {
    const attributes = node.attributes ?? {};
    positions[2 * i] = typeof attributes.x === "number" ? attributes.x : 0;
    positions[2 * i + 1] = typeof attributes.y === "number" ? attributes.y : 0;
    delete attributes.x;
    delete attributes.y;
  });
  return { graph: serialized, positions };
}

/** Rebuilds the graph with its positions restored. */
export function unpackGraph(packed: PackedGraph): Graph {
  const { nodes } = packed.graph;
  nodes.forEach((node, i) => {
    node.attributes = { ...node.attributes, x: packed.positions[2 * i], y: packed.positions[2 * i + 1] };
  });
  return Graph.from(packed.graph);
}

/** The position buffers of a payload's graphs, for postMessage's transfer list. */
export function transferables(graphs: PackedGraph[]): ArrayBuffer[] {
  return graphs.map((packed) => packed.positions.buffer as ArrayBuffer);
}

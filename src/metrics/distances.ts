/**
 * All-pairs unweighted shortest-path figures from one BFS per node: harmonic centrality per node, and
 * the eccentricity and distance sum that give the diameter and average shortest path of a component.
 *
 * Harmonic centrality: H(u) = Σ_{v≠u, v reachable} 1/d(u, v), unnormalised, which is networkx
 * `harmonic_centrality(G)`. graphology-metrics has no harmonic centrality, hence this module; computing
 * the distance figures in the same pass saves a second all-pairs BFS for the summary.
 * Diameter and average shortest path follow networkx `diameter(C)` and `average_shortest_path_length(C)`
 * on a connected component C: max eccentricity and Σ d(u, v) / (|C|(|C| − 1)), both 0 when |C| = 1.
 *
 * Complexity: O(n·(n + m)) time, O(n + m) memory.
 * References: Marchiori & Latora, "Harmony in the small-world", Physica A 285 (2000);
 * Boldi & Vigna, "Axioms for centrality", Internet Mathematics 10 (2014).
 */

import type Graph from "graphology";
import type { OnProgress } from "../options";
import { breadthFirst, createBfsBuffers, indexAdjacency, type IndexedAdjacency } from "./adjacency";

/** Per-node results of a BFS from every node, indexed like `IndexedAdjacency.nodes`. */
export interface DistanceProfile {
  harmonic: Float64Array;
  /** Largest distance to a reachable node (0 for an isolated node). */
  eccentricity: Int32Array;
  /** Sum of distances to every reachable node. */
  distanceSum: Float64Array;
}

/** Runs one BFS per node and records harmonic sums, eccentricities and distance sums. */
export function computeDistanceProfile(adjacency: IndexedAdjacency, onProgress?: OnProgress): DistanceProfile {
  const n = adjacency.nodes.length;
  const harmonic = new Float64Array(n);
  const eccentricity = new Int32Array(n);
  const distanceSum = new Float64Array(n);
  const buffers = createBfsBuffers(n);
  const every = Math.max(1, Math.floor(n / 100));
  for (let source = 0; source < n; source++) {
    const reached = breadthFirst(adjacency, source, buffers);
    let sum = 0;
    let inverseSum = 0;
    for (let i = 1; i < reached; i++) {
      const d = buffers.distance[buffers.order[i]];
      sum += d;
      inverseSum += 1 / d;
    }
    harmonic[source] = inverseSum;
    distanceSum[source] = sum;
    eccentricity[source] = reached > 1 ? buffers.distance[buffers.order[reached - 1]] : 0;
    if (onProgress && ((source + 1) % every === 0 || source + 1 === n)) onProgress("distances", source + 1, n);
  }
  return { harmonic, eccentricity, distanceSum };
}

/** Harmonic centrality of every node, as networkx `harmonic_centrality(G)` (unweighted, unnormalised). */
export function computeHarmonic(graph: Graph): Record<string, number> {
  const adjacency = indexAdjacency(graph);
  const { harmonic } = computeDistanceProfile(adjacency);
  return Object.fromEntries(adjacency.nodes.map((node, i) => [node, harmonic[i]]));
}

/** Diameter and average shortest path of the component made of `members` (indices into the profile). */
export function componentDistances(
  profile: DistanceProfile,
  members: readonly number[],
): { diameter: number; averageShortestPath: number } {
  if (members.length < 2) return { diameter: 0, averageShortestPath: 0 };
  let diameter = 0;
  let total = 0;
  for (const i of members) {
    diameter = Math.max(diameter, profile.eccentricity[i]);
    total += profile.distanceSum[i];
  }
  return { diameter, averageShortestPath: total / (members.length * (members.length - 1)) };
}

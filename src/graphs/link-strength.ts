/**
 * Association strength of coauthor links: how many more joint papers two authors have than their total
 * collaboration would lead one to expect, the similarity measure VOSviewer normalises co-occurrence networks
 * with (van Eck & Waltman 2009).
 *
 * Definition, with c_ij the link's joint papers (full counting), c_i = Σ_j c_ij the author's total link
 * weight and W = Σ_i c_i (twice the total link weight):
 *
 *   s_ij = c_ij · W / (c_i · c_j)
 *
 * van Eck & Waltman define AS(c_ij, s_i, s_j) = c_ij / (s_i s_j), which is proportional to this; the factor
 * W is the scaling of CWTS's networkanalysis (`Network.createNormalizedNetworkUsingAssociationStrength`,
 * the code behind VOSviewer), under which s_ij is observed over expected joint papers: a configuration-model
 * network with the same totals has c_i c_j / W between i and j, so s_ij = 1 is as expected, above 1 a
 * closer tie than the authors' activity explains. It is computed over every projected link, before any
 * filter, so a link's value does not change when other links are filtered out.
 *
 * References: van Eck & Waltman, "How to normalize cooccurrence data? An analysis of some well-known
 * similarity measures", JASIST 60(8) (2009) 1635–1651; Waltman, van Eck & Noyons, "A unified approach to
 * mapping and clustering of bibliometric networks", J. Informetrics 4 (2010) 629–635.
 * Cost: O(n + m), two passes over the links.
 */

import type { CoauthorGraph } from "../model";

/**
 * Association strength of every link of an edge list over n nodes (link e joins sources[e] and
 * targets[e] with weight weights[e] > 0), in link order. Sums run in link order.
 */
export function associationStrengths(
  n: number,
  sources: ArrayLike<number>,
  targets: ArrayLike<number>,
  weights: ArrayLike<number>,
): Float64Array {
  const totals = new Float64Array(n);
  let total = 0;
  for (let e = 0; e < weights.length; e++) {
    totals[sources[e]!]! += weights[e]!;
    totals[targets[e]!]! += weights[e]!;
    total += 2 * weights[e]!;
  }
  const strengths = new Float64Array(weights.length);
  for (let e = 0; e < weights.length; e++) {
    strengths[e] = (weights[e]! * total) / (totals[sources[e]!]! * totals[targets[e]!]!);
  }
  return strengths;
}

/** Writes `association` on every link of a coauthor network from its `weight`s (see the header). */
export function assignAssociationStrength(graph: CoauthorGraph): void {
  const index = new Map<string, number>();
  graph.forEachNode((node) => index.set(node, index.size));
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  const weights = new Float64Array(graph.size);
  let e = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    sources[e] = index.get(source)!;
    targets[e] = index.get(target)!;
    weights[e++] = attributes.weight;
  });
  const strengths = associationStrengths(index.size, sources, targets, weights);
  e = 0;
  graph.updateEachEdgeAttributes((_edge, attributes) => {
    attributes.association = strengths[e++]!;
    return attributes;
  });
}

/**
 * Leiden communities (Traag, Waltman & van Eck 2019) on the CSR form, and the removal of clusters below a
 * minimum size, through networkanalysis-ts: CWTS's own TypeScript port of their Java networkanalysis, the
 * code VOSviewer clusters with (by Nees Jan van Eck; MIT). No other maintained Leiden exists on the npm
 * registry, and this one is the reference implementation of the algorithm's authors.
 *
 * Quality: modularity with resolution γ, Q = Σ_c [L_c/m − γ (D_c/2m)²] (networkx
 * `community.modularity(G, communities, weight=…, resolution=γ)`), reached as networkanalysis does it:
 * CPM with node weights = weighted degrees and resolution γ/(2m). Leiden refines each Louvain-style move
 * phase so that every community is connected (γ-connected), which Louvain does not guarantee. Iterations
 * run until one changes nothing (nIterations = 0); randomness 0.01 (the library's default), its random
 * numbers from java.util.Random seeded with the analysis seed, so a seed always gives the same partition.
 *
 * Minimum cluster size (VOSviewer's control): while a cluster has fewer nodes than the minimum, the
 * smallest is merged into the linked cluster with the most link weight to it per unit of that cluster's
 * node weight (networkanalysis `removeSmallClustersBasedOnNNodes`); a small cluster with no link to
 * another (a small component) stays as it is, since merging it would join people who never wrote together.
 *
 * Cost: about O(m) per iteration, a few iterations; removal O(k · (n + m)) for k small clusters.
 * References: Traag, Waltman & van Eck, "From Louvain to Leiden: guaranteeing well-connected communities",
 * Scientific Reports 9 (2019) 5233; Waltman & van Eck, "A smart local moving algorithm for large-scale
 * modularity-based community detection", Eur. Phys. J. B 86 (2013) 471.
 */

import JavaRandom from "java-random";
import { Clustering, LeidenAlgorithm, Network } from "networkanalysis-ts";
import { csrStrengths, type CsrGraph } from "./csr";

/** The library's Network of a CSR form, node weights = weighted degrees (modularity's null model). */
function networkOf(csr: CsrGraph): Network {
  return new Network({
    nodeWeights: Array.from(csrStrengths(csr)),
    firstNeighborIndices: Array.from(csr.offsets),
    neighbors: Array.from(csr.targets),
    edgeWeights: Array.from(csr.weights),
    checkIntegrity: false,
  });
}

/** A configured Leiden run: modularity at resolution γ through CPM at γ/(2m) (see the header). */
function leidenFor(network: Network, resolution: number, seed: number): LeidenAlgorithm {
  const leiden = new LeidenAlgorithm();
  const twiceTotal = 2 * network.getTotalEdgeWeight() + network.totalEdgeWeightSelfLinks;
  leiden.initializeBasedOnResolutionAndNIterationsAndRandomnessAndRandom(
    twiceTotal > 0 ? resolution / twiceTotal : 0,
    0,
    LeidenAlgorithm.DEFAULT_RANDOMNESS,
    new JavaRandom(seed),
  );
  return leiden;
}

/** Leiden communities of a CSR form at `resolution`, seeded: a raw cluster id per node (not renumbered). */
export function leidenOnCsr(csr: CsrGraph, options: { seed: number; resolution: number }): Int32Array {
  const n = csr.nodes.length;
  if (csr.targets.length === 0) return Int32Array.from({ length: n }, (_, i) => i);
  const network = networkOf(csr);
  const clustering = new Clustering({ nNodes: n });
  leidenFor(network, options.resolution, options.seed).improveClustering(network, clustering);
  return Int32Array.from(clustering.getClusters());
}

/**
 * Merges clusters of fewer than `minSize` nodes into their most strongly linked neighbour cluster (see the
 * header); returns new raw cluster ids, or the input itself when minSize ≤ 1.
 */
export function removeSmallClusters(csr: CsrGraph, clusters: Int32Array, minSize: number): Int32Array {
  if (minSize <= 1 || csr.nodes.length === 0) return clusters;
  const network = networkOf(csr);
  const clustering = new Clustering({ clusters: Array.from(clusters) });
  // Only removeSmallClustersBasedOnNNodes is used: it reads link and node weights, not the resolution.
  new LeidenAlgorithm().removeSmallClustersBasedOnNNodes(network, clustering, minSize);
  return Int32Array.from(clustering.getClusters());
}

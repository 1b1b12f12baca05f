/**
 * ForceAtlas2 settings (Jacomy et al. 2014, PLoS ONE 9(6): e98679), inferred from the graph in one place so
 * that the CLI's synchronous layout (fa2-kernel.ts) and the browser's worker supervisor
 * (graphology-layout-forceatlas2/worker) lay graphs out alike: graphology's inferred settings (strong
 * gravity 0.05, scaling ratio 10, slowDown 1 + ln n), edge attraction weighted by the edge `weight` (joint
 * papers), linLog mode off (it exaggerates clusters on small coauthor graphs), and Barnes–Hut repulsion
 * above BARNES_HUT_MIN_ORDER nodes in the browser. The CLI's kernel always uses its Barnes–Hut tree, with
 * Gephi's accuracy FA2_THETA.
 */

import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type { LayoutGraph } from "./layout-graph";

/** Node count above which the browser's repulsion uses the Barnes–Hut approximation. */
export const BARNES_HUT_MIN_ORDER = 1000;

/** Barnes–Hut accuracy of the CLI's kernel: Gephi's default θ (a cell of width w counts as one body at d > w/θ). */
export const FA2_THETA = 1.2;

/** Edge attribute that weights FA2's attraction (also graphology's default, stated here for the worker). */
export const FA2_EDGE_WEIGHT = "weight";

/** FA2 settings for a graph of `order` nodes (see the header). */
export function fa2SettingsFor(
  order: number,
): Required<
  Pick<
    ForceAtlas2Settings,
    "scalingRatio" | "gravity" | "slowDown" | "strongGravityMode" | "barnesHutOptimize" | "linLogMode"
  >
> {
  const inferred = forceAtlas2.inferSettings(order);
  return {
    scalingRatio: inferred.scalingRatio ?? 10,
    gravity: inferred.gravity ?? 0.05,
    slowDown: inferred.slowDown ?? 1 + Math.log(Math.max(order, 1)),
    strongGravityMode: inferred.strongGravityMode ?? true,
    barnesHutOptimize: order > BARNES_HUT_MIN_ORDER,
    linLogMode: false,
  };
}

/** FA2 settings for this graph: graphology's inferred settings, Barnes–Hut above 1,000 nodes, linLog off. */
export function forceAtlas2Settings(graph: LayoutGraph): ForceAtlas2Settings {
  return fa2SettingsFor(graph.order);
}

/**
 * Start positions of the layout. ForceAtlas2 is deterministic given its start, so these come from the seed.
 *
 * With communities (every node has a numeric `community`, as the metrics stage writes): multilevel start
 * (Walshaw 2003; Hu 2005). The community graph — one node per community, its mass the sum of its members'
 * masses, links weighted by the weight between communities — is laid out with FA2 from a seeded disc, then
 * each member is placed at a seeded point of a disc around its community, of radius ρ·√(members) with ρ
 * chosen so the discs cover about half the community layout's area. The fine layout then only has to
 * sort members out locally, which a few steps do.
 * Without communities: a seeded point in a disc of radius RADIUS_PER_SQRT_NODE·√n for every node (radius
 * √r scaling keeps the density uniform), in node order.
 * Cost: O(n + m) plus the community layout, O(COMMUNITY_STEPS · C log C) for C communities.
 */

import { createRng, type Rng } from "../model";
import type { LayoutLinks } from "./backbone";
import { createFa2State, createFa2Stepper } from "./fa2-kernel";
import { FA2_THETA, fa2SettingsFor } from "./forceatlas2";

/** Start-disc radius per √node: wide enough that FA2's first repulsion steps stay moderate. */
export const RADIUS_PER_SQRT_NODE = 10;
/** FA2 steps of the community graph (hundreds of nodes at most: cheap). */
const COMMUNITY_STEPS = 200;

/** A seeded point in a disc of radius `radius` around (cx, cy). */
function pointInDisc(rng: Rng, cx: number, cy: number, radius: number): [number, number] {
  const r = radius * Math.sqrt(rng());
  const angle = 2 * Math.PI * rng();
  return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
}

/** Seeded points in a disc of radius RADIUS_PER_SQRT_NODE·√n, in node order. */
export function discPositions(n: number, seed: number): { x: Float64Array; y: Float64Array } {
  const rng = createRng(seed);
  const radius = RADIUS_PER_SQRT_NODE * Math.sqrt(Math.max(n, 1));
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let v = 0; v < n; v++) [x[v], y[v]] = pointInDisc(rng, 0, 0, radius);
  return { x, y };
}

/** The community graph's links: weight summed per pair of communities, in first-seen order. */
function communityLinks(links: LayoutLinks, community: Int32Array): LayoutLinks {
  const pairs = new Map<string, number>();
  const sources: number[] = [];
  const targets: number[] = [];
  const weights: number[] = [];
  for (let e = 0; e < links.sources.length; e++) {
    const a = community[links.sources[e]!]!;
    const b = community[links.targets[e]!]!;
    if (a === b) continue;
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    const at = pairs.get(key);
    if (at === undefined) {
      pairs.set(key, sources.length);
      sources.push(Math.min(a, b));
      targets.push(Math.max(a, b));
      weights.push(links.weights[e]!);
    } else weights[at]! += links.weights[e]!;
  }
  return { sources: Int32Array.from(sources), targets: Int32Array.from(targets), weights: Float64Array.from(weights) };
}

/** Multilevel start positions when every node has a community, else disc positions (see the header). */
export function startPositions(
  n: number,
  links: LayoutLinks,
  communities: readonly (number | undefined)[],
  seed: number,
): { x: Float64Array; y: Float64Array } {
  const hasCommunities = n > 0 && communities.every((c) => typeof c === "number" && Number.isInteger(c) && c >= 0);
  if (!hasCommunities) return discPositions(n, seed);
  const community = Int32Array.from(communities as number[]);
  const count = community.reduce((max, c) => Math.max(max, c + 1), 0);
  const members = new Float64Array(count);
  const mass = new Float64Array(count);
  for (let v = 0; v < n; v++) {
    members[community[v]!]! += 1;
    mass[community[v]!]! += 1;
  }
  for (let e = 0; e < links.sources.length; e++) {
    mass[community[links.sources[e]!]!]! += links.weights[e]!;
    mass[community[links.targets[e]!]!]! += links.weights[e]!;
  }
  const coarse = discPositions(count, seed);
  const between = communityLinks(links, community);
  const state = createFa2State(coarse.x, coarse.y, between.sources, between.targets, between.weights);
  state.mass.set(mass);
  const step = createFa2Stepper(state, { ...fa2SettingsFor(count), barnesHutTheta: FA2_THETA });
  for (let i = 0; i < COMMUNITY_STEPS; i++) step();
  let extent = 0;
  for (let c = 0; c < count; c++) extent = Math.max(extent, Math.hypot(coarse.x[c]!, coarse.y[c]!));
  const rho = Math.max(extent, RADIUS_PER_SQRT_NODE) / Math.sqrt(2 * n);
  const rng = createRng(seed ^ 0x1a7e);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const c = community[v]!;
    [x[v], y[v]] = pointInDisc(rng, coarse.x[c]!, coarse.y[c]!, rho * Math.sqrt(members[c]!));
  }
  return { x, y };
}

/**
 * Seeded randomness. Core code never calls Math.random: every randomised step (Louvain, layout start
 * positions, betweenness sampling) takes an rng built here from the analysis seed, so the same input and
 * seed give the same output.
 */

/** A function returning uniform floats in [0, 1), like Math.random. */
export type Rng = () => number;

/** mulberry32: a small, fast 32-bit generator with good statistical quality for simulation use. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Kleinberg's burst detection, batched form with two states (Kleinberg, "Bursty and hierarchical structure
 * in streams", KDD 2002 / Data Mining and Knowledge Discovery 7 (2003) 373–397, section 4): a stream of
 * batches — here one batch per year — where batch t holds d_t documents, r_t of them relevant (on a topic,
 * by an author). A two-state automaton emits each batch: the base state q0 at the overall rate
 * p0 = Σ r / Σ d, the burst state q1 at p1 = s · p0 (kept below 1). The cost of emitting batch t in state i
 * is the negative log-likelihood of r_t among d_t at rate p_i,
 *
 *   σ_i(t) = −ln[ C(d_t, r_t) · p_i^{r_t} · (1 − p_i)^{d_t − r_t} ],
 *
 * entering the burst state costs τ = γ · ln n (n = number of batches; leaving it costs nothing), and the
 * state sequence of least total cost (found by the Viterbi recursion) marks the bursts: maximal runs of
 * batches in q1. A burst's weight is Σ over its batches of σ_0(t) − σ_1(t), how much better the burst
 * state explains them (Kleinberg's "weight"; the `weight` of R's bursts package and of Python's
 * burst_detection). Defaults s = 2, γ = 1, as in both. Batches with d_t = 0 cost nothing in either state.
 *
 * Cost: O(n) per stream.
 */

/** Parameters of the two-state automaton. */
export interface BurstParameters {
  /** number, default 2. The burst state's rate is s times the base rate. */
  s: number;
  /** number, default 1. Entering the burst state costs γ · ln n. */
  gamma: number;
}

export const DEFAULT_BURST_PARAMETERS: Readonly<BurstParameters> = Object.freeze({ s: 2, gamma: 1 });

/** One burst: the first and last batch (indices) in the burst state, and its weight. */
export interface BurstRun {
  start: number;
  end: number;
  weight: number;
}

/** The burst state's rate is kept below 1 (a rate of 1 makes every batch with an irrelevant document impossible). */
const MAX_RATE = 0.9999;

/** ln C(n, k), by summing logarithms (batches are at most a few thousand documents, a few hundred years). */
function logBinomial(n: number, k: number): number {
  let sum = 0;
  for (let i = 1; i <= k; i++) sum += Math.log(n - k + i) - Math.log(i);
  return sum;
}

/**
 * σ: −ln of the binomial probability of r relevant among d at rate p (0 ln 0 = 0), given ln C(d, r) and
 * ln p, ln(1 − p): both states share the one and each stream's batches the others.
 */
function emissionCost(r: number, d: number, logBinomialDr: number, logP: number, logQ: number): number {
  if (d === 0) return 0;
  const hits = r === 0 ? 0 : r * logP;
  const misses = d - r === 0 ? 0 : (d - r) * logQ;
  return -(logBinomialDr + hits + misses);
}

/** The working arrays of a stream of n batches (every entry is written before it is read). */
interface Scratch {
  cost0: Float64Array;
  cost1: Float64Array;
  from1: Uint8Array;
  states: Uint8Array;
}

let scratch: Scratch = {
  cost0: new Float64Array(0),
  cost1: new Float64Array(0),
  from1: new Uint8Array(0),
  states: new Uint8Array(0),
};

/**
 * The working arrays, made once for the longest stream yet and reused: findBursts runs one stream per
 * author and topic (about 100,000 on 100,000 generated works, four arrays each). Arrays of more than 64
 * bytes live outside V8's heap: made per stream, the bursts step took 0.67 s with the machine idle but
 * 3.2-3.4 s beside the layout thread, 2.1 s of it detectBursts' own in a CPU profile; reused, 0.8 s and 0.08
 * s at load 8-10.
 */
function scratchFor(n: number): Scratch {
  if (scratch.cost0.length < n)
    scratch = {
      cost0: new Float64Array(n),
      cost1: new Float64Array(n),
      from1: new Uint8Array(2 * n),
      states: new Uint8Array(n),
    };
  return scratch;
}

/**
 * The bursts of a stream: relevant[t] of total[t] documents in batch t (relevant[t] ≤ total[t]), found by
 * the two-state automaton of the header. No burst when nothing is relevant, or everything is.
 */
export function detectBursts(
  relevant: ArrayLike<number>,
  total: ArrayLike<number>,
  parameters: BurstParameters = DEFAULT_BURST_PARAMETERS,
): BurstRun[] {
  const n = relevant.length;
  let sumR = 0;
  let sumD = 0;
  for (let t = 0; t < n; t++) {
    sumR += relevant[t]!;
    sumD += total[t]!;
  }
  if (n === 0 || sumR === 0 || sumR === sumD) return [];
  const p0 = sumR / sumD;
  const p1 = Math.min(parameters.s * p0, MAX_RATE);
  const enter = parameters.gamma * Math.log(n);
  const [logP0, logQ0, logP1, logQ1] = [Math.log(p0), Math.log(1 - p0), Math.log(p1), Math.log(1 - p1)];
  const { cost0, cost1, from1, states } = scratchFor(n);
  for (let t = 0; t < n; t++) {
    const r = relevant[t]!;
    const d = total[t]!;
    const logC = logBinomial(d, r);
    cost0[t] = emissionCost(r, d, logC, logP0, logQ0);
    cost1[t] = emissionCost(r, d, logC, logP1, logQ1);
  }
  // Viterbi over two states; the automaton starts in q0, so starting in q1 pays the entry cost.
  // from1[2t + j]: whether the best path into state j at t came from q1.
  let best0 = cost0[0]!;
  let best1 = enter + cost1[0]!;
  for (let t = 1; t < n; t++) {
    const into0FromOne = best1 < best0;
    const into1FromOne = best1 <= best0 + enter;
    const next0 = (into0FromOne ? best1 : best0) + cost0[t]!;
    const next1 = (into1FromOne ? best1 : best0 + enter) + cost1[t]!;
    from1[2 * t] = into0FromOne ? 1 : 0;
    from1[2 * t + 1] = into1FromOne ? 1 : 0;
    best0 = next0;
    best1 = next1;
  }
  let state = best1 < best0 ? 1 : 0;
  for (let t = n - 1; t >= 0; t--) {
    states[t] = state;
    if (t > 0) state = from1[2 * t + state]!;
  }
  const runs: BurstRun[] = [];
  for (let t = 0; t < n; t++) {
    if (states[t] !== 1) continue;
    const start = t;
    let weight = 0;
    while (t < n && states[t] === 1) weight += cost0[t]! - cost1[t++]!;
    runs.push({ start, end: t - 1, weight });
  }
  return runs;
}

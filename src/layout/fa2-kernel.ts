/**
 * One ForceAtlas2 step on typed arrays (Jacomy, Venturini, Heymann & Bastian 2014, PLoS ONE 9(6): e98679),
 * with the forces and adaptive speeds of graphology-layout-forceatlas2's iterate.js — the kernel the
 * explorer's live layout runs — for the settings papergraph uses: linear attraction weighted by the link
 * weight, linear repulsion k_r·m_u·m_v/d with mass m = 1 + weighted degree, strong gravity, no size
 * adjustment, per-node speed from swinging and traction, divided by slowDown.
 *
 * Why our own step: graphology's Barnes–Hut tree is rebuilt every step in a growing JavaScript array;
 * measured on ca-HepPh (12,008 nodes) it costs 240–280 ms a step on this 2-core machine, so 300 steps took
 * over a minute. Here the tree is built in typed arrays by partitioning the nodes in place (cells of at
 * most LEAF_SIZE nodes, threaded with a `next` pointer so the walk needs no stack), and a cell of width w
 * at distance d from a node counts as one body when w/d < θ (Gephi's criterion, θ = 1.2, its default).
 *
 * Deterministic: every sum runs in a fixed order, so the same graph and start give the same positions.
 * Cost per step: O(n log n) for repulsion, O(m) for attraction, O(n) memory beside the inputs.
 * Indices: every typed-array index is a node below n, a cell below the cell count or an edge slot, so
 * reads carry `!` for the compiler (noUncheckedIndexedAccess).
 */

/** The graph and state of a layout: positions, forces of this and the previous step, masses, links. */
export interface Fa2State {
  x: Float64Array;
  y: Float64Array;
  dx: Float64Array;
  dy: Float64Array;
  oldDx: Float64Array;
  oldDy: Float64Array;
  mass: Float64Array;
  convergence: Float64Array;
  /** Link i joins sources[i] and targets[i] with weight weights[i]. */
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/** The FA2 settings the step reads (graphology's names). */
export interface Fa2Settings {
  scalingRatio: number;
  gravity: number;
  slowDown: number;
  /** Barnes–Hut accuracy: a cell of width w at distance d is one body when w/d < θ. */
  barnesHutTheta: number;
}

/** Nodes per leaf cell of the Barnes–Hut tree. */
const LEAF_SIZE = 8;
/** Deepest subdivision (nodes on one spot would otherwise split forever). */
const MAX_DEPTH = 24;

/** A state for n nodes at (x, y) and the given links; masses are 1 + weighted degree. */
export function createFa2State(
  x: Float64Array,
  y: Float64Array,
  sources: Int32Array,
  targets: Int32Array,
  weights: Float64Array,
): Fa2State {
  const n = x.length;
  const mass = new Float64Array(n).fill(1);
  for (let e = 0; e < sources.length; e++) {
    mass[sources[e]!]! += weights[e]!;
    mass[targets[e]!]! += weights[e]!;
  }
  const zeros = () => new Float64Array(n);
  return {
    x,
    y,
    dx: zeros(),
    dy: zeros(),
    oldDx: zeros(),
    oldDy: zeros(),
    mass,
    convergence: new Float64Array(n).fill(1),
    sources,
    targets,
    weights,
  };
}

/** The Barnes–Hut tree of one step: cells over ranges of a permutation of the nodes. */
interface Tree {
  order: Int32Array;
  start: Int32Array;
  end: Int32Array;
  firstChild: Int32Array;
  next: Int32Array;
  width: Float64Array;
  mass: Float64Array;
  massX: Float64Array;
  massY: Float64Array;
  count: number;
}

function createTree(n: number): Tree {
  const tree = { order: new Int32Array(n), count: 0 } as Tree;
  allocateCells(tree, Math.max(16, n));
  return tree;
}

/** (Re)allocates room for `cells` cells, keeping the first tree.count. */
function allocateCells(tree: Tree, cells: number): void {
  const grow = <T extends Int32Array | Float64Array>(old: T | undefined, make: (length: number) => T): T => {
    const array = make(cells);
    if (old) array.set(old.subarray(0, tree.count));
    return array;
  };
  const ints = (length: number) => new Int32Array(length);
  const floats = (length: number) => new Float64Array(length);
  tree.start = grow(tree.start, ints);
  tree.end = grow(tree.end, ints);
  tree.firstChild = grow(tree.firstChild, ints);
  tree.next = grow(tree.next, ints);
  tree.width = grow(tree.width, floats);
  tree.mass = grow(tree.mass, floats);
  tree.massX = grow(tree.massX, floats);
  tree.massY = grow(tree.massY, floats);
}

/** Moves the nodes of order[lo..hi) whose `key` is below `split` to the front; returns the boundary. */
function partition(order: Int32Array, lo: number, hi: number, key: Float64Array, split: number): number {
  let i = lo;
  let j = hi - 1;
  while (i <= j) {
    if (key[order[i]!]! < split) i++;
    else {
      const swap = order[i]!;
      order[i] = order[j]!;
      order[j--] = swap;
    }
  }
  return i;
}

/** Builds the tree of cell `cell` over order[lo..hi), a square centred at (cx, cy) of half-width h. */
function buildCell(
  tree: Tree,
  state: Fa2State,
  cell: number,
  lo: number,
  hi: number,
  cx: number,
  cy: number,
  h: number,
  depth: number,
): void {
  // Arrays are read through `tree` each time: a child's build may reallocate them.
  const { order } = tree;
  tree.start[cell] = lo;
  tree.end[cell] = hi;
  tree.width[cell] = 2 * h;
  tree.firstChild[cell] = -1;
  let mass = 0;
  let sumX = 0;
  let sumY = 0;
  if (hi - lo <= LEAF_SIZE || depth >= MAX_DEPTH) {
    for (let k = lo; k < hi; k++) {
      const v = order[k]!;
      const m = state.mass[v]!;
      mass += m;
      sumX += m * state.x[v]!;
      sumY += m * state.y[v]!;
    }
  } else {
    const middle = partition(order, lo, hi, state.y, cy);
    const bounds = [
      lo,
      partition(order, lo, middle, state.x, cx),
      middle,
      partition(order, middle, hi, state.x, cx),
      hi,
    ];
    if (tree.count + 4 > tree.start.length) allocateCells(tree, 2 * tree.start.length);
    let previous = -1;
    for (let q = 0; q < 4; q++) {
      if (bounds[q]! === bounds[q + 1]!) continue;
      const child = tree.count++;
      if (previous < 0) tree.firstChild[cell] = child;
      else tree.next[previous] = child;
      const qx = cx + (q % 2 === 0 ? -h / 2 : h / 2);
      const qy = cy + (q < 2 ? -h / 2 : h / 2);
      buildCell(tree, state, child, bounds[q]!, bounds[q + 1]!, qx, qy, h / 2, depth + 1);
      mass += tree.mass[child]!;
      sumX += tree.mass[child]! * tree.massX[child]!;
      sumY += tree.mass[child]! * tree.massY[child]!;
      previous = child;
    }
    // The last child's walk continues where this cell's does; set by the caller through tree.next[cell].
    tree.next[previous] = -2 - cell;
  }
  tree.mass[cell] = mass;
  tree.massX[cell] = sumX / mass;
  tree.massY[cell] = sumY / mass;
}

/** Replaces the "continue after cell c" markers (−2 − c) by c's own next pointer, top down. */
function threadTree(tree: Tree): void {
  tree.next[0] = -1;
  for (let cell = 0; cell < tree.count; cell++) {
    for (let child = tree.firstChild[cell]!; child >= 0; ) {
      const after = tree.next[child]!;
      if (after <= -2) {
        tree.next[child] = tree.next[-2 - after]!;
        break;
      }
      child = after;
    }
  }
}

function buildTree(tree: Tree, state: Fa2State): void {
  const n = state.x.length;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let v = 0; v < n; v++) {
    tree.order[v] = v;
    minX = Math.min(minX, state.x[v]!);
    maxX = Math.max(maxX, state.x[v]!);
    minY = Math.min(minY, state.y[v]!);
    maxY = Math.max(maxY, state.y[v]!);
  }
  const half = Math.max(maxX - minX, maxY - minY, 1e-9) / 2;
  tree.count = 1;
  buildCell(tree, state, 0, 0, n, (minX + maxX) / 2, (minY + maxY) / 2, half, 0);
  threadTree(tree);
}

/** Adds to v's force the repulsion of every other node, cells far enough away counted as one body. */
function repel(tree: Tree, state: Fa2State, v: number, coefficient: number, thetaSquared: number): void {
  const { x, y, mass } = state;
  const xv = x[v]!;
  const yv = y[v]!;
  const mv = coefficient * mass[v]!;
  let fx = 0;
  let fy = 0;
  for (let cell = 0; cell >= 0; ) {
    const child = tree.firstChild[cell]!;
    const ddx = xv - tree.massX[cell]!;
    const ddy = yv - tree.massY[cell]!;
    const distance = ddx * ddx + ddy * ddy;
    const width = tree.width[cell]!;
    if (child >= 0 && width * width < thetaSquared * distance) {
      const factor = (mv * tree.mass[cell]!) / distance;
      fx += ddx * factor;
      fy += ddy * factor;
      cell = tree.next[cell]!;
    } else if (child >= 0) {
      cell = child;
    } else {
      for (let k = tree.start[cell]!, stop = tree.end[cell]!; k < stop; k++) {
        const u = tree.order[k]!;
        if (u === v) continue;
        const ux = xv - x[u]!;
        const uy = yv - y[u]!;
        const d2 = ux * ux + uy * uy;
        if (d2 > 0) {
          const factor = (mv * mass[u]!) / d2;
          fx += ux * factor;
          fy += uy * factor;
        }
      }
      cell = tree.next[cell]!;
    }
  }
  state.dx[v]! += fx;
  state.dy[v]! += fy;
}

/** A reusable stepper for one state: runs FA2 steps with the given settings. */
export function createFa2Stepper(state: Fa2State, settings: Fa2Settings): () => void {
  const n = state.x.length;
  const tree = createTree(n);
  const thetaSquared = settings.barnesHutTheta * settings.barnesHutTheta;
  return () => {
    if (n === 0) return;
    const { x, y, dx, dy, oldDx, oldDy, mass, convergence } = state;
    for (let v = 0; v < n; v++) {
      oldDx[v] = dx[v]!;
      oldDy[v] = dy[v]!;
      dx[v] = 0;
      dy[v] = 0;
    }
    buildTree(tree, state);
    for (let v = 0; v < n; v++) repel(tree, state, v, settings.scalingRatio, thetaSquared);
    // Strong gravity, as graphology: factor = scalingRatio · mass · gravity / scalingRatio.
    for (let v = 0; v < n; v++) {
      const factor = mass[v]! * settings.gravity;
      dx[v]! -= x[v]! * factor;
      dy[v]! -= y[v]! * factor;
    }
    const { sources, targets, weights } = state;
    for (let e = 0; e < sources.length; e++) {
      const s = sources[e]!;
      const t = targets[e]!;
      const ex = x[s]! - x[t]!;
      const ey = y[s]! - y[t]!;
      const w = weights[e]!;
      dx[s]! -= ex * w;
      dy[s]! -= ey * w;
      dx[t]! += ex * w;
      dy[t]! += ey * w;
    }
    for (let v = 0; v < n; v++) {
      const sx = oldDx[v]! - dx[v]!;
      const sy = oldDy[v]! - dy[v]!;
      const swinging = mass[v]! * Math.sqrt(sx * sx + sy * sy);
      const tx = oldDx[v]! + dx[v]!;
      const ty = oldDy[v]! + dy[v]!;
      const traction = Math.sqrt(tx * tx + ty * ty) / 2;
      const speed = (convergence[v]! * Math.log(1 + traction)) / (1 + Math.sqrt(swinging));
      const force2 = dx[v]! * dx[v]! + dy[v]! * dy[v]!;
      convergence[v] = Math.min(1, Math.sqrt((speed * force2) / (1 + Math.sqrt(swinging))));
      x[v]! += dx[v]! * (speed / settings.slowDown);
      y[v]! += dy[v]! * (speed / settings.slowDown);
    }
  };
}

/**
 * Single-source Dijkstra on CSR arrays with an indexed binary heap (decrease-key in place), counting
 * shortest paths as it goes: the forward half of weighted Brandes in sweep-kernel.ts.
 *
 * Lengths must be positive (papergraph uses 1/weight, so more joint papers = closer). Two paths are
 * equally short when their float lengths are exactly equal, summed edge by edge from the source — the
 * rule of networkx `_single_source_dijkstra_path_basic`, so path counts and hence betweenness agree with
 * networkx given the same lengths. Complexity: O((n + m) log n) per source, O(n) memory (the buffers).
 * Indices: heap slots below `size`, CSR rows and node indices below n are all in range, so typed-array reads
 * carry `!` for the compiler (noUncheckedIndexedAccess), at no run-time cost.
 * Reference: E. W. Dijkstra, "A note on two problems in connexion with graphs", Numer. Math. 1 (1959).
 */

/** Reused work arrays; `dist` must be Infinity and `position` −1 everywhere before each call. */
export interface DijkstraBuffers {
  dist: Float64Array;
  sigma: Float64Array;
  /** Nodes in the order they were settled (non-decreasing distance); the first `reached` are valid. */
  order: Int32Array;
  heap: Int32Array;
  /** Index of each node in `heap`, −1 when not in it. */
  position: Int32Array;
}

/** Settles every node reachable from `source`; returns how many (the source included). */
export function dijkstraFrom(
  offsets: Int32Array,
  targets: Int32Array,
  lengths: Float64Array,
  source: number,
  buffers: DijkstraBuffers,
): number {
  const { dist, sigma, order, heap, position } = buffers;
  dist[source] = 0;
  sigma[source] = 1;
  heap[0] = source;
  position[source] = 0;
  let size = 1;
  let reached = 0;
  while (size > 0) {
    const v = popMin(heap, position, dist, size--);
    order[reached++] = v;
    const dv = dist[v]!;
    const paths = sigma[v]!;
    for (let j = offsets[v]!, stop = offsets[v + 1]!; j < stop; j++) {
      const w = targets[j]!;
      const candidate = dv + lengths[j]!;
      const dw = dist[w]!;
      if (candidate < dw) {
        dist[w] = candidate;
        sigma[w] = paths;
        if (dw === Infinity) {
          heap[size] = w;
          position[w] = size++;
        }
        siftUp(heap, position, dist, position[w]!);
      } else if (candidate === dw) {
        sigma[w]! += paths;
      }
    }
  }
  return reached;
}

/** Removes the heap's closest node and returns it; `size` counts the heap's nodes before the removal. */
function popMin(heap: Int32Array, position: Int32Array, dist: Float64Array, size: number): number {
  const top = heap[0]!;
  position[top] = -1;
  const last = size - 1;
  if (last > 0) {
    const moved = heap[last]!;
    heap[0] = moved;
    position[moved] = 0;
    siftDown(heap, position, dist, 0, last);
  }
  return top;
}

function siftUp(heap: Int32Array, position: Int32Array, dist: Float64Array, at: number): void {
  const node = heap[at]!;
  const key = dist[node]!;
  while (at > 0) {
    const parent = (at - 1) >> 1;
    const above = heap[parent]!;
    if (dist[above]! <= key) break;
    heap[at] = above;
    position[above] = at;
    at = parent;
  }
  heap[at] = node;
  position[node] = at;
}

function siftDown(heap: Int32Array, position: Int32Array, dist: Float64Array, at: number, size: number): void {
  const node = heap[at]!;
  const key = dist[node]!;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= size) break;
    if (child + 1 < size && dist[heap[child + 1]!]! < dist[heap[child]!]!) child++;
    const below = heap[child]!;
    if (dist[below]! >= key) break;
    heap[at] = below;
    position[below] = at;
    at = child;
  }
  heap[at] = node;
  position[node] = at;
}

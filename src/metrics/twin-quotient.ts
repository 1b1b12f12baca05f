/**
 * The quotient of a network by its closed twins (same closed neighbourhood N[v] = N(v) ∪ {v}; see
 * shared-searches.ts), for the hop sweep on links (sweep-twins.ts). Closed twins are adjacent and have the
 * same neighbours, so two classes are either joined member to member or not at all: the quotient has a node
 * per class and a link per pair of joined classes, and a search on it reaches each class once instead of
 * each member. On ca-GrQc (coauthors of one paper who wrote nothing else together are twins) 5,242 nodes
 * make 4,105 classes and 28,968 slots 17,936; the generated OpenAlex corpora have few twins (17,198 classes
 * of 17,849 nodes, 95% of the slots), and their sweeps walk the papers anyway.
 *
 * Numbering: the quotient is renumbered for locality (locality.ts) and every class's members get
 * consecutive numbers in the order of their classes, so a class's per-node sums are one run of the arrays:
 * members of class c are the nodes classStart[c] ..< classStart[c + 1].
 * Typed-array reads carry `!` (noUncheckedIndexedAccess): nodes, classes and CSR targets are in range.
 * Cost: O(n + m) expected (the twin classes' hashing, then one pass over each representative's row).
 */

import { relabelForLocality } from "./locality";
import { closedTwinRepresentatives, isLeaf } from "./shared-searches";

/** The twin classes of a network in the numbering of its renumbered copy (see the header). */
export interface TwinClasses {
  /** classOf[v]: the class of node v (renumbered); a pendant leaf's is its neighbour's. */
  classOf: Int32Array;
  /**
   * The nodes of class c: classStart[c] ..< classStart[c + 1], its twins first, then from pendantStart[c]
   * the leaves hanging from it when the quotient leaves them out; classes + 1 entries.
   */
  classStart: Int32Array;
  pendantStart: Int32Array;
}

/** The quotient's CSR arrays (rows sorted), the classes, and each original node's new number. */
export interface TwinQuotient extends TwinClasses {
  offsets: Int32Array;
  targets: Int32Array;
  newOf: Int32Array;
}

/**
 * The quotient of the network by its closed twins when it has at most QUOTIENT_CLASSES of its nodes' count
 * of classes, else null: with few twins the copy and the class runs would cost more than they save.
 * With `pendants`, the leaves (one neighbour, which has others: shared-searches.ts) are left out too, each
 * counted with its neighbour's class; a search then must not start from one.
 */
export function twinQuotient(offsets: Int32Array, targets: Int32Array, pendants: boolean): TwinQuotient | null {
  const n = offsets.length - 1;
  const representative = closedTwinRepresentatives({ offsets, targets });
  const pendant = new Uint8Array(n);
  if (pendants) for (let v = 0; v < n; v++) pendant[v] = +isLeaf(offsets, targets, v);
  const classOfNode = new Int32Array(n);
  let classes = 0;
  for (let v = 0; v < n; v++) {
    if (!pendant[v]) classOfNode[v] = representative[v] === v ? classes++ : classOfNode[representative[v]!]!;
  }
  for (let v = 0; v < n; v++) if (pendant[v]) classOfNode[v] = classOfNode[targets[offsets[v]!]!]!;
  if (classes > QUOTIENT_CLASSES * n) return null;
  // A representative's row holds its own class's other members and each joined class's members: the
  // quotient row is its distinct classes but its own. Twins have one row, so the rows are symmetric.
  const quotientOffsets = new Int32Array(classes + 1);
  const mark = new Int32Array(classes).fill(-1);
  let slots = 0;
  const quotientTargets = new Int32Array(targets.length);
  for (let v = 0; v < n; v++) {
    if (representative[v] !== v || pendant[v]) continue;
    const c = classOfNode[v]!;
    mark[c] = c;
    for (let j = offsets[v]!, stop = offsets[v + 1]!; j < stop; j++) {
      const w = targets[j]!;
      const d = classOfNode[w]!;
      if (pendant[w] || mark[d] === c) continue;
      mark[d] = c;
      quotientTargets[slots++] = d;
    }
    quotientOffsets[c + 1] = slots;
  }
  const local = relabelForLocality(quotientOffsets, quotientTargets.subarray(0, slots), null);
  // Nodes numbered class after class (classes in their new order): each class's twins, then its pendant
  // leaves, each in the original order.
  const twins = new Int32Array(classes);
  const hanging = new Int32Array(classes);
  for (let v = 0; v < n; v++) (pendant[v] ? hanging : twins)[local.newOf[classOfNode[v]!]!]!++;
  const classStart = new Int32Array(classes + 1);
  const pendantStart = new Int32Array(classes);
  for (let c = 0; c < classes; c++) {
    pendantStart[c] = classStart[c]! + twins[c]!;
    classStart[c + 1] = pendantStart[c]! + hanging[c]!;
  }
  const twinFill = classStart.slice(0, classes);
  const pendantFill = pendantStart.slice();
  const newOf = new Int32Array(n);
  const classOf = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const c = local.newOf[classOfNode[v]!]!;
    const i = (pendant[v] ? pendantFill : twinFill)[c]!++;
    newOf[v] = i;
    classOf[i] = c;
  }
  return { offsets: local.offsets, targets: local.targets, classOf, classStart, pendantStart, newOf };
}

/**
 * Classes per node above which the sweep keeps the links: ca-GrQc's 0.78 gains (see sweep-twins.ts), the
 * generated corpora's 0.96 would not.
 */
const QUOTIENT_CLASSES = 0.9;

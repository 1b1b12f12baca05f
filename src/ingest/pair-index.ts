/**
 * The number of each distinct unordered pair of node numbers, in the order the pairs are first met: the edge
 * index of an imported network, where a link given twice (or both ways) must be found again. An
 * open-addressing hash table over typed arrays, written here because a Map keyed by the pair (a string of the
 * two ids, or a number made of both) spent half a microsecond per edge hashing and growing — as long as sax
 * takes to parse the edge; this one costs a few tens of nanoseconds and allocates nothing per pair.
 */

const EMPTY = -1;

/** Distinct unordered pairs of non-negative integers, numbered 0, 1, 2… in the order first added. */
export class PairIndex {
  private slots = new Int32Array(1 << 10).fill(EMPTY);
  private lows = new Int32Array(1 << 9);
  private highs = new Int32Array(1 << 9);
  private count = 0;

  /** How many distinct pairs were added. */
  get size(): number {
    return this.count;
  }

  /** The number of the pair {a, b}; a pair not seen before is added and gets the next number (`size` before). */
  add(a: number, b: number): number {
    const low = Math.min(a, b);
    const high = Math.max(a, b);
    const mask = this.slots.length - 1;
    for (let slot = hash(low, high) & mask; ; slot = (slot + 1) & mask) {
      const index = this.slots[slot]!;
      if (index === EMPTY) return this.insert(slot, low, high);
      if (this.lows[index] === low && this.highs[index] === high) return index;
    }
  }

  private insert(slot: number, low: number, high: number): number {
    const index = this.count++;
    if (index === this.lows.length) {
      this.lows = grow(this.lows);
      this.highs = grow(this.highs);
    }
    this.lows[index] = low;
    this.highs[index] = high;
    this.slots[slot] = index;
    // Kept at most half full, so that a probe meets an empty slot after a step or two.
    if (2 * this.count > this.slots.length) this.rehash();
    return index;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = this.slots.length - 1;
    for (let index = 0; index < this.count; index++) {
      let slot = hash(this.lows[index]!, this.highs[index]!) & mask;
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.slots[slot] = index;
    }
  }
}

/** A 32-bit hash of a pair (multiply–xorshift), spreading the consecutive numbers nodes get. */
function hash(low: number, high: number): number {
  const h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  return (h ^ (h >>> 15)) >>> 0;
}

function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/**
 * The slot of a number in the small tables of number texts (values.ts' numberText, xml-bytes.ts' bytes), in a
 * module of its own: the GEXF thread (src/cli/gexf-export-thread-worker.ts) loads xml-bytes.ts, and through
 * values.ts it loaded the metrics and their libraries too: 84 modules against 10, ready in 117-160 against
 * 80-118 ms (warm tsx cache, load 3.3).
 */

/** 4,096 slots: 77% of the 20,000-work GEXF's numbers found with 256, 85% with 4,096, 92% with 65,536. */
export const SLOT_BITS = 12;
/** The number being looked up, and its two 32-bit halves for the hash. */
const NUMBER = new Float64Array(1);
const NUMBER_WORDS = new Uint32Array(NUMBER.buffer);

/** The slot of `value` in a table of SLOT_BITS bits. */
export function numberSlot(value: number): number {
  NUMBER[0] = value;
  return Math.imul(NUMBER_WORDS[0]! ^ Math.imul(NUMBER_WORDS[1]!, 0x9e3779b1), 0x85ebca6b) >>> (32 - SLOT_BITS);
}

/**
 * The ring of shared buffers between the calling thread and the GEXF thread (gexf-export-thread.ts and its
 * worker), in a module of its own so that the thread loads no more than the writer's bytes.
 */

/** The ring's size: how many buffers, and the bytes of each (a chunk of the writer, or a piece of a larger one). */
export interface RingSize {
  slots: number;
  slotBytes: number;
}

/** 16 buffers of 1 MB: the writer's chunks are 256 KB. */
export const RING_SIZE: RingSize = { slots: 16, slotBytes: 1 << 20 };

/**
 * What the calling thread posts to the thread: the open file and the ring. The ring's state is an Int32Array
 * over shared memory: one entry per slot — 0 empty, n > 0 full with n bytes, END after the last — then one
 * more, FAILED's, 1 once the thread has failed.
 */
export interface GexfThreadJob extends RingSize {
  file: number;
  buffers: SharedArrayBuffer;
  state: SharedArrayBuffer;
}

export const END = -1;

/** The index of the state's failure flag. */
export const failedFlag = (ring: RingSize): number => ring.slots;

/** What the thread posts: ready once started, then done, or the write's error. */
export type GexfThreadReply = { ready: true } | { done: true } | { error: { code?: string; message: string } };

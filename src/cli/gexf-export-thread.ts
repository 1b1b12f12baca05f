/**
 * The GEXF of a large network written with a second thread (gexf-export-thread-worker.ts). The calling
 * thread, the only one that can read the graph, renders the document with its numbers deferred (writeGexfBytes
 * with deferNumbers: a mark and the double's bytes instead of the text of each number that is not a whole
 * one) into a ring of shared buffers; the thread writes each number's text (XmlBytes.expand, the same
 * number() as without deferral, so the same bytes) and the file. 100,000 generated works (2.16M links,
 * 1.37 GB; 2026-12-02, this 2-core machine, heavy lock, load 2-2.4), in one process after one analysis,
 * inline and threaded alternated three times: wall 9.03/4.55/6.54 -> 4.51/5.18/4.46 s, calling thread
 * 7.11/4.54/6.50 -> 3.92/4.84/3.99 s. On 20,000 works (load 5) rendering took 0.82-0.85 s with the numbers'
 * texts and 0.61-0.65 s without, their expansion 0.37-0.40 s more. Small networks stay on the calling
 * thread (writeGexfFile), where the thread's start would cost more than it saves.
 */

import { closeSync, fstatSync } from "node:fs";
import type { Worker } from "node:worker_threads";
import { writeGexfBytes, type ExportGraph, type GexfOptions } from "../export";
import { deferredCut } from "../export/xml-bytes";
import { openOutput, removePartial, writeFailure } from "./files";
import {
  END,
  failedFlag,
  RING_SIZE,
  type GexfThreadJob,
  type GexfThreadReply,
  type RingSize,
} from "./gexf-export-thread-ring";
import { startThread } from "./thread-entry";

/**
 * Links from which the GEXF is written with a thread: the 20,000 generated works' 446,626 are (1.5-2 s of
 * GEXF), ca-GrQc's 14,484 are not. The thread's start from the sources took about 0.2 s of CPU (100,000 works).
 */
export const MIN_THREADED_GEXF_LINKS = 200_000;

/** Bytes the calling thread renders before handing them on (writeGexfBytes' chunks). */
const CHUNK_BYTES = 262_144;
/** A thread started ahead of the GEXF it will write, so that it is ready when the document starts. */
export interface GexfThread {
  /**
   * Writes `graph` as GEXF to `path`, as writeGexfFile does; the thread ends with it. If the thread or the
   * writer fails, the error names the path and the reason, and the file begun is removed (not a device).
   */
  write(path: string, graph: ExportGraph, options?: GexfOptions): Promise<void>;
}

/**
 * Starts the thread: it loads its modules (tsx and the writer's, from the sources) while the caller goes on.
 * `ring` sizes the shared buffers and `start` starts the thread (tests make the ring small, or give a thread
 * that dies mid-write).
 */
export function startGexfThread(
  ring: RingSize = RING_SIZE,
  start: () => Worker = () => startThread("gexf-export-thread-worker"),
): GexfThread {
  const worker = start();
  const replies: GexfThreadReply[] = [];
  let waiting: ((reply: GexfThreadReply) => void) | undefined;
  const take = (reply: GexfThreadReply) => {
    if (waiting) waiting(reply);
    else replies.push(reply);
  };
  // Set when the thread has died (its error or exit event): the ring then stops waiting for it.
  let stopped = false;
  const stop = (reply: GexfThreadReply) => {
    stopped = true;
    take(reply);
  };
  worker.on("message", take);
  worker.once("error", (error) => stop({ error: { message: `the GEXF thread failed: ${error.message}` } }));
  worker.once("exit", (code) => stop({ error: { message: `the GEXF thread stopped, code ${code}` } }));
  const next = () =>
    new Promise<GexfThreadReply>((done) => {
      const reply = replies.shift();
      if (reply) done(reply);
      else
        waiting = (reply) => {
          waiting = undefined;
          done(reply);
        };
    });
  const failed = (reply: GexfThreadReply) => {
    if ("error" in reply) throw Object.assign(new Error(reply.error.message), reply.error);
  };
  return {
    async write(path, graph, options = {}) {
      let file: number | undefined;
      // Whether a file was begun and not finished: then it goes, so that no half document is left to be read.
      let partial = false;
      try {
        file = openOutput(path);
        partial = fstatSync(file).isFile();
        failed(await next());
        const job: GexfThreadJob = {
          ...ring,
          file,
          buffers: new SharedArrayBuffer(ring.slots * ring.slotBytes),
          state: new SharedArrayBuffer(4 * (ring.slots + 1)),
        };
        worker.postMessage(job);
        await fillRing(job, writeGexfBytes(graph, options, CHUNK_BYTES, true), () => stopped);
        failed(await next());
        partial = false;
      } catch (error) {
        // openOutput's own error names the path already; any later one (the thread's, the writer's) says why.
        throw file === undefined ? error : writeFailure(path, error);
      } finally {
        // The thread is stopped before the file is closed: one still writing must not write into a reused descriptor.
        await worker.terminate();
        if (file !== undefined) closeSync(file);
        if (partial) removePartial(path);
      }
    },
  };
}

/**
 * Hands the thread `chunks` through the ring, each cut where no number is (deferredCut) into pieces that
 * fit a slot, then END; stops early if the thread has failed or `stopped()` says it died (its reply says why).
 */
async function fillRing(job: GexfThreadJob, chunks: Iterable<Uint8Array>, stopped: () => boolean): Promise<void> {
  const buffers = new Uint8Array(job.buffers);
  const state = new Int32Array(job.state);
  const failure = failedFlag(job);
  let slot = 0;
  /** Waits until the next slot is empty; false if the thread failed or died meanwhile. */
  const free = async (): Promise<boolean> => {
    for (let length = Atomics.load(state, slot); length !== 0; length = Atomics.load(state, slot)) {
      if (Atomics.load(state, failure) !== 0 || stopped()) return false;
      // Waiting without blocking lets a thread that died without a word be seen (its exit event), never a hang.
      await Atomics.waitAsync(state, slot, length, 100).value;
    }
    return true;
  };
  const hand = (length: number) => {
    Atomics.store(state, slot, length);
    Atomics.notify(state, slot);
    slot = (slot + 1) % job.slots;
  };
  for (const chunk of chunks)
    for (let at = 0; at < chunk.length; ) {
      const end = deferredCut(chunk, at, job.slotBytes);
      if (!(await free())) return;
      buffers.set(chunk.subarray(at, end), slot * job.slotBytes);
      hand(end - at);
      at = end;
    }
  if (await free()) hand(END);
}

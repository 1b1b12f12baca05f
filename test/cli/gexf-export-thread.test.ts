/**
 * The GEXF written with the export thread (src/cli/gexf-export-thread.ts): the same bytes as writeGexfFile on
 * the calling thread, through a ring of three small slots that the document fills many times over (each of the
 * writer's chunks cut into pieces between numbers). A write that fails midway (the thread dies by an exception
 * or an exit, or the calling thread's writer fails) says which file and why, and leaves no file behind.
 */

import Graph from "graphology";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { writeGexfFile } from "../../src/cli/node";
import { MIN_THREADED_GEXF_LINKS, startGexfThread, type GexfThread } from "../../src/cli/gexf-export-thread";
import type { ExportGraph } from "../../src/export";

const folder = mkdtempSync(join(tmpdir(), "papergraph-gexf-thread-test-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A network whose GEXF is several times the ring: 3,000 nodes, 12,000 links of repeated and unique numbers. */
function network(): ExportGraph {
  const graph: ExportGraph = new Graph({ type: "undirected" });
  for (let i = 0; i < 3000; i++)
    graph.addNode(`author:${i} é&`, { label: `Ada ${i} <${i % 7}>`, x: i / 3, y: -i * 1.5, size: 1 + i / 1000 });
  for (let i = 0; i < 12_000; i++)
    graph.addEdge(`author:${i % 3000} é&`, `author:${(i + 1 + Math.floor(i / 3000)) % 3000} é&`, {
      weight: 1 + (i % 4),
      fractional: 1 / (1 + (i % 9)),
      association: Math.sqrt(i + 0.5),
      papers: [`paper:${i}`, `paper:${i + 1}`],
      color: i % 2 ? "#d6d6d6" : "#4e79a7",
      size: 0.5 + (i % 3) / 7,
    });
  return graph;
}

/** A ring far smaller than the document, so that a failure comes after many slots were written. */
const RING = { slots: 3, slotBytes: 4096 };

describe("startGexfThread", () => {
  it("writes the bytes writeGexfFile writes", async () => {
    const graph = network();
    const inline = join(folder, "inline.gexf");
    const threaded = join(folder, "sub", "threaded.gexf");
    writeGexfFile(inline, graph, { title: "t", version: "1.2" });
    const ring = { slots: 3, slotBytes: 4096 };
    await startGexfThread(ring).write(threaded, graph, { title: "t", version: "1.2" });
    const expected = readFileSync(inline);
    expect(expected.length).toBeGreaterThan(100 * ring.slots * ring.slotBytes);
    expect(readFileSync(threaded).equals(expected)).toBe(true);
  });

  it("says which path it cannot write, as writeGexfFile does", async () => {
    expect(() => writeGexfFile(folder, network())).toThrow(`papergraph/cli: cannot write ${folder} (a folder)`);
    await expect(startGexfThread().write(folder, network())).rejects.toThrow(
      `papergraph/cli: cannot write ${folder} (a folder)`,
    );
  });

  /** A thread that says it is ready, writes the start of a document into the file it is given, then dies. */
  const dyingThread = (death: string) => () =>
    new Worker(
      `const { parentPort } = require("node:worker_threads");
      parentPort.once("message", (job) => {
        require("node:fs").writeSync(job.file, '<?xml version="1.0" encoding="UTF-8"?>\\n<gexf');
        ${death};
      });
      parentPort.postMessage({ ready: true });`,
      { eval: true },
    );

  /** Writes over an older file at `path` with `thread`; the error the write fails with. */
  async function failedWrite(path: string, thread: GexfThread, graph = network()): Promise<Error> {
    writeFileSync(path, "an older file");
    const error = await thread.write(path, graph, { title: "t" }).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    expect(error).toBeInstanceOf(Error);
    return error!;
  }

  it("fails naming the file and the reason, and leaves no file, when the thread throws midway", async () => {
    const path = join(folder, "thrown.gexf");
    const error = await failedWrite(path, startGexfThread(RING, dyingThread('throw new Error("disk on fire")')));
    expect(error.message).toBe(`papergraph/cli: writing ${path} failed (the GEXF thread failed: disk on fire).`);
    expect(existsSync(path)).toBe(false);
  });

  it("fails naming the file and the reason, and leaves no file, when the thread exits midway", async () => {
    const path = join(folder, "exited.gexf");
    const error = await failedWrite(path, startGexfThread(RING, dyingThread("process.exit(7)")));
    expect(error.message).toBe(`papergraph/cli: writing ${path} failed (the GEXF thread stopped, code 7).`);
    expect(existsSync(path)).toBe(false);
  });

  it("stops the thread, names the file and leaves none when the calling thread's writer fails midway", async () => {
    const path = join(folder, "unreadable.gexf");
    const graph = network();
    let read = 0;
    // A node read after the ring has gone round many times (its attributes object throws when written).
    Object.defineProperty(graph.getNodeAttributes("author:2900 é&"), "label", {
      get: () => {
        read++;
        throw new Error("unreadable label");
      },
    });
    const error = await failedWrite(path, startGexfThread(RING), graph);
    expect(read).toBe(1);
    expect(error.message).toBe(`papergraph/cli: writing ${path} failed (unreadable label).`);
    expect(existsSync(path)).toBe(false);
  });

  it("is used from its number of links on", () => {
    expect(MIN_THREADED_GEXF_LINKS).toBeGreaterThan(network().size);
  });
});

/**
 * The GEXF written with the export thread (src/cli/gexf-export-thread.ts): the same bytes as writeGexfFile on
 * the calling thread, through a ring of three small slots that the document fills many times over (each of the
 * writer's chunks cut into pieces between numbers).
 */

import Graph from "graphology";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeGexfFile } from "../../src/cli/node";
import { MIN_THREADED_GEXF_LINKS, startGexfThread } from "../../src/cli/gexf-export-thread";
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

  it("is used from its number of links on", () => {
    expect(MIN_THREADED_GEXF_LINKS).toBeGreaterThan(network().size);
  });
});

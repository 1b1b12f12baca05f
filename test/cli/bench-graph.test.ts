/**
 * `bench --graph FILE --igraph`: the igraph reference script reads GEXF alone, so any other network file is
 * refused before papergraph's own run, with the command that writes it as GEXF.
 */
import { describe, expect, it } from "vitest";
import { measureGraph } from "../../src/cli/bench-graph";

describe("measureGraph with the igraph reference", () => {
  it("refuses an edge list before reading it, naming the GEXF to write", async () => {
    const file = "no-such-dir/snap-edges.txt";
    // The file does not exist: a refusal that came after reading would name the missing file instead.
    await expect(measureGraph({ file, igraph: true })).rejects.toThrow(
      "--igraph reads GEXF files only, and no-such-dir/snap-edges.txt is not one. Write its network as GEXF first (papergraph analyze no-such-dir/snap-edges.txt --gexf network.gexf)",
    );
  });
});

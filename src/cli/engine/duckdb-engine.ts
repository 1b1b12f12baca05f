/**
 * The DuckDB engine's ingest, identity blocking and projection (`--engine duckdb`): DuckDB (embedded, no
 * server, out of core: what does not fit in memory spills to its database file) reads the OpenAlex JSON
 * lines itself, keys the author slots, numbers the people and self-joins the authorships (duckdb-sql.ts).
 * Only the people and the projected edge list come back; linksFromPairs (src/graphs) turns them into the
 * same typed links the in-memory projection makes, weights and fractional sums computed by the same code
 * in the same order. Metrics, layout and export are the core's (duckdb-analysis.ts).
 * Node only, and only here: the core never imports DuckDB.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { linksFromPairs, NO_YEAR, type Authorships, type CoauthorLinks } from "../../graphs";
import {
  CREATE_AUTHORSHIPS,
  CREATE_PEOPLE,
  CREATE_WORKS,
  SELECT_PAIRS,
  SELECT_PAPERS,
  SELECT_PEOPLE,
} from "./duckdb-sql";

/** Options of the DuckDB projection. */
export interface DuckDbOptions {
  /** Papers with more authors add no links (the in-memory rule). */
  maxAuthorsPerPaper: number;
  /** Links with fewer joint papers are dropped, in SQL. */
  minLinkWeight: number;
  /** DuckDB's memory limit, e.g. "4GB"; past it DuckDB spills to disk. */
  memoryLimit?: string;
}

/** The people (in node order) and the coauthor links DuckDB returns. */
export interface DuckDbProjection {
  /** Person keys: OpenAlex author ids, `orcid:…`, or `name:<folded name>`. */
  people: string[];
  labels: string[];
  paperCount: Int32Array;
  firstYear: Int32Array;
  lastYear: Int32Array;
  papers: number;
  links: CoauthorLinks;
}

/** Growable Int32 storage for results whose length is known only at the end. */
class IntColumn {
  private data = new Int32Array(1 << 16);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  array(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Streams a query's rows chunk by chunk to `row` (column values by index). */
async function eachRow(
  connection: DuckDBConnection,
  sql: string,
  values: (string | number)[],
  row: (get: (column: number) => unknown) => void,
): Promise<void> {
  const prepared = await connection.prepare(sql);
  values.forEach((value, i) =>
    typeof value === "string" ? prepared.bindVarchar(i + 1, value) : prepared.bindInteger(i + 1, value),
  );
  const result = await prepared.stream();
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    const vectors = Array.from({ length: chunk.columnCount }, (_, i) => chunk.getColumnVector(i));
    for (let i = 0; i < chunk.rowCount; i++) row((column) => vectors[column]!.getItem(i));
  }
}

const year = (value: unknown): number => (typeof value === "number" ? value : NO_YEAR);

/** Runs ingest, blocking and projection of OpenAlex JSON lines in DuckDB; `step` times each. */
export async function projectWithDuckDb(
  file: string,
  options: DuckDbOptions,
  step: <T>(name: string, work: () => Promise<T>) => Promise<T>,
): Promise<DuckDbProjection> {
  const folder = mkdtempSync(join(tmpdir(), "papergraph-duckdb-"));
  const instance = await DuckDBInstance.create(join(folder, "corpus.duckdb"), {
    memory_limit: options.memoryLimit ?? "4GB",
    temp_directory: join(folder, "spill"),
    preserve_insertion_order: "true",
  });
  const connection = await instance.connect();
  try {
    await step("ingest", async () => {
      const prepared = await connection.prepare(CREATE_WORKS);
      prepared.bindVarchar(1, file);
      await prepared.run();
      await connection.run(CREATE_AUTHORSHIPS);
    });
    await step("identities", () => connection.run(CREATE_PEOPLE));
    return await step("projection", async () => {
      const authorCounts = new IntColumn();
      const years = new IntColumn();
      await eachRow(connection, SELECT_PAPERS, [], (get) => {
        authorCounts.push(Number(get(1)));
        years.push(year(get(2)));
      });
      const counts = authorCounts.array();
      const paperStart = new Int32Array(counts.length + 1);
      counts.forEach((count, p) => (paperStart[p + 1] = paperStart[p]! + count));
      const incidence: Authorships = { authorCount: 0, paperStart, authors: new Int32Array(0), years: years.array() };
      const people: string[] = [];
      const labels: string[] = [];
      const paperCount = new IntColumn();
      const firstYear = new IntColumn();
      const lastYear = new IntColumn();
      await eachRow(connection, SELECT_PEOPLE, [], (get) => {
        people.push(String(get(0)));
        labels.push(String(get(1)));
        paperCount.push(Number(get(2)));
        firstYear.push(year(get(3)));
        lastYear.push(year(get(4)));
      });
      incidence.authorCount = people.length;
      const links = await readPairs(connection, incidence, options);
      return {
        people,
        labels,
        paperCount: paperCount.array(),
        firstYear: firstYear.array(),
        lastYear: lastYear.array(),
        papers: counts.length,
        links,
      };
    });
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Reads the (source, target, paper) rows into links, grouping consecutive rows of one pair. */
async function readPairs(
  connection: DuckDBConnection,
  incidence: Authorships,
  options: DuckDbOptions,
): Promise<CoauthorLinks> {
  const sources = new IntColumn();
  const targets = new IntColumn();
  const starts = new IntColumn();
  const papers = new IntColumn();
  starts.push(0);
  let lastSource = -1;
  let lastTarget = -1;
  await eachRow(connection, SELECT_PAIRS, [options.maxAuthorsPerPaper, options.minLinkWeight], (get) => {
    const source = Number(get(0));
    const target = Number(get(1));
    if (source !== lastSource || target !== lastTarget) {
      if (lastSource >= 0) starts.push(papers.length);
      sources.push(source);
      targets.push(target);
      lastSource = source;
      lastTarget = target;
    }
    papers.push(Number(get(2)));
  });
  if (lastSource >= 0) starts.push(papers.length);
  return linksFromPairs(incidence, sources.array(), targets.array(), starts.array(), papers.array());
}

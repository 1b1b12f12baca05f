/**
 * What `papergraph help`, `papergraph help <command>` and `<command> --help` print, and the exit statuses
 * they document. args.ts parses the same flags; test/cli/help.test.ts checks that every flag a command
 * accepts is in its help, so the two cannot drift apart.
 */

/** The exit status of `papergraph`: the numbers main.ts returns and the help and README document. */
export const EXIT = {
  /** The report is on stdout and every file asked for is written. */
  OK: 0,
  /** No paper or network could be read from the inputs. */
  NOTHING_READ: 1,
  /**
   * Bad usage: an unknown command or option, a bad value, an input file that cannot be opened, a session
   * that cannot be read or whose files are missing or changed.
   */
  USAGE: 2,
  /** The analysis or writing an output failed. */
  FAILED: 3,
} as const;

const EXIT_STATUS = `exit status:
  0  done: the report is on stdout, every file asked for is written
  1  no paper or network could be read from the inputs (the diagnostics on stderr say why)
  2  bad usage: an unknown command or option, a bad value, an input file that cannot be opened,
     a session that cannot be read or whose files are missing or changed
  3  the analysis or writing an output failed (the reason is on stderr)`;

const GENERAL = `usage: papergraph <command> [options]

commands:
  analyze [files…]   read paper records in any supported format (no files: the embedded corpus), print
                     the report, write the networks as GEXF, GraphML, Pajek, VOSviewer, CSV, JSON, SVG
                     or one HTML page; save or replay a session
  bench              time the pipeline on generated corpora, or the metrics on one network file
  help [command]     this text, or the options of one command (also: papergraph <command> --help)

  --version          print papergraph's version

${EXIT_STATUS}`;

const ANALYSIS_OPTIONS = `  --format NAME          force a reader instead of detecting the format from content
  --column FIELD=HEADER  generic CSV: the column holding title, authors, year, venue, doi, keywords…
  --s2-nested MODE       Semantic Scholar papers' citations and references: include (default) or ignore
  --reference-year YYYY  year of profile dates written without one (default: this year)
  --seed N               seed of Louvain, layout and sampling (default 42)
  --year-from YYYY, --year-to YYYY   analyse only papers in this range
  --counting full|fractional   link weight of weighted degree, PageRank, communities, --min-weight, layout
                         and line widths: joint papers (full, default) or Newman's sum of 1/(n-1) per
                         joint paper of n authors (fractional)
  --rank-metric M        pagerank (default) or weightedDegree: the metric whose ranks under full and
                         fractional counting the report compares
  --min-weight N         drop coauthor links lighter than N under the counting (default: none)
  --communities ALG      louvain (default) or leiden (Traag et al. 2019: always connected communities)
  --resolution G         modularity resolution: above 1 more, smaller communities (default 1)
  --min-cluster-size N   merge communities of fewer members into their most linked neighbour (default 1)
  --stability-seeds N    further seeds that measure each community's stability (default 10; 0: none)
  --min-degree N         drop authors with fewer coauthors (default 0)
  --largest-component    keep only the largest connected component
  --hide-owner           remove the profile owners (ego network without its centre)
  --hide-groups          remove the group authors (collaborations, consortia, WoS CA): not people
  --max-authors N        papers with more authors add no links (default 100)
  --weighted-paths       shortest paths with distance 1/joint papers instead of hops
  --exact                path metrics from every source, never sampled (slow above ~20k nodes)
  --layout-iterations N  ForceAtlas2 steps, forced (default: what a work budget affords, at most 300); 0: none
  --identity MODE        author identity: balanced (default), strict, or names-only (family name + first initial)
  --owner NAME           the owner of single-person files (a CV, a citation report); FILE=NAME for one file;
                         repeatable`;

const ANALYZE = `usage: papergraph analyze [files…] [options]     (no files: the embedded corpus in data/)

Reads every file with the reader its content calls for, prints the report on stdout and progress and
diagnostics on stderr.

outputs:
  --gexf FILE            write the coauthor network as GEXF 1.3 (metrics, sizes, colours, positions)
  --topics-gexf FILE     write the topic network as GEXF 1.3
  --gexf-version V       1.3 (default; Gephi) or 1.2 (GEXF 1.2draft, which networkx's read_gexf opens)
  --csv DIR              write DIR/nodes.csv and DIR/edges.csv of the coauthor network
  --json FILE            write the whole analysis as JSON
  --graphml FILE         write the coauthor network as GraphML (typed keys; igraph, networkx, Cytoscape, yEd)
  --pajek FILE           write the coauthor network as Pajek .net (labels, coordinates, weights)
  --vosviewer PREFIX     write VOSviewer files PREFIX-map.txt and PREFIX-network.txt
  --svg FILE             write the coauthor network (a replayed session's network, sizes and colours) as
                         an SVG picture with its legend, the whole network fitted
  --html FILE            write the same network as one self-contained HTML page (no server, no network):
                         pan, zoom, hover, search, details of each node
  --top N                rows in each ranking of the report (default 10)

sessions:
  --session FILE         replay a session (saved here or by the explorer): its options on its files
                         (FILES… after it, checked by SHA-256; none: its own file names), its positions,
                         sizes and colours; analysis options cannot be given with it
  --save-session FILE    write the session of this run (files' hashes, options, view, positions)

analysis:
${ANALYSIS_OPTIONS}
  --thesaurus FILE       names thesaurus, variant<TAB>canonical per line: forces or splits merges
  --threads N            worker threads of the metrics sweep and the community runs (default: the cores the
                         OS offers; 1 runs them on the main thread)
  --engine memory|duckdb memory (default), or duckdb: ingest, identity blocking and the projection of one
                         OpenAlex JSON lines file out of core in DuckDB, for corpora past memory (report
                         only, no exports yet; needs the optional dependency @duckdb/node-api)
  --thesaurus-out FILE   write identity's joins as such a thesaurus (edit it, replay it with --thesaurus)

messages on stderr:
  --quiet                no progress and no "wrote FILE" lines; diagnostics and errors still print
  --progress text|json   text lines (default), or one JSON object per line for other programs:
                         {"event":"progress","stage","done","total"}, {"event":"diagnostic","severity",
                         "file","line","message"}, {"event":"wrote","path"}, {"event":"error","exitCode",
                         "message"}
  --help, -h             this text

${EXIT_STATUS}`;

const BENCH = `usage: papergraph bench [--sizes 1000,10000,100000] [--corpus profile,openalex] [--ingest-mb 50] [analysis options]
       papergraph bench --graph FILE.gexf [--threads N] [--exact] [--igraph]
       papergraph bench --engine duckdb [--sizes 100000,1000000] [--compare]
       papergraph bench --identity-eval [--identity-data DIR]

Times every pipeline step on generated corpora of each size (one child process per size, with its peak
memory), then every reader on generated records; or, with --graph, reading, all metrics and writing one
network file. Prints figures only: it never fails on a number.

  --sizes N,N,…          papers in each generated corpus (default 1000,10000,100000)
  --corpus profile,openalex   corpus shapes: profile pages, OpenAlex works as JSON lines (default both)
  --engine duckdb        time the DuckDB engine on generated OpenAlex works instead
  --compare              with --engine duckdb: also run the in-memory engine on the same file and compare
                         people, links and metrics
  --ingest-mb N          megabytes of generated records per reader, 0 to skip (default 50)
  --graph FILE           time one GEXF or GraphML network instead of generated corpora
  --threads N            metrics sweep threads (default: the cores the OS offers)
  --igraph               also time igraph on the same file (needs python3-igraph and a clone of the
                         repository, whose test/metrics/igraph-reference.py it runs)
  --identity-eval        only the identity evaluation: precision and recall of every identity mode on the
                         labelled sets (run at the end of the full bench too)
  --identity-data DIR    folder of the larger labelled sets, read when present (default ../realdata)
  --help, -h             this text

analysis options (as for analyze):
${ANALYSIS_OPTIONS}

${EXIT_STATUS}`;

/** The commands `help` knows. */
export type HelpTopic = "analyze" | "bench";

/** The help of one command, or the overview with the version first. */
export function helpText(version: string, topic?: HelpTopic): string {
  if (topic === "analyze") return ANALYZE;
  if (topic === "bench") return BENCH;
  return `papergraph ${version} — coauthor and topic graph analytics for paper records\n\n${GENERAL}`;
}

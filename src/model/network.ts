/**
 * A coauthor network made elsewhere (Gephi, networkx, igraph) and imported as it is: nodes and weighted
 * undirected edges with no papers behind them. The graphs stage turns it into author nodes and links, so the
 * metrics and the view apply to it like to a network built from papers.
 */

/** One imported node: its key in the source file and the label to show. */
export interface ImportedNode {
  key: string;
  label: string;
}

/** One imported undirected edge; duplicates are already merged (weights summed) and self-loops dropped. */
export interface ImportedEdge {
  source: string;
  target: string;
  weight: number;
}

/** A network read from a GEXF or GraphML file. */
export interface ImportedNetwork {
  file: string;
  format: "gexf" | "graphml" | "edge-list";
  nodes: ImportedNode[];
  edges: ImportedEdge[];
}

/**
 * S2AND's gold disambiguation sets (Subramanian et al. 2021; `signatures.json` + `clusters.json`) as
 * labelled papers: each signature is one author occurrence (`first`, `middle`, `last`, affiliations) on its
 * paper, in its position; signatures of one paper are that paper's authors (the other authors of the
 * paper are not in the set, so coauthor evidence is scarce). The truth is the gold cluster.
 */

import type { LabelledPapers } from "../identity/evaluation";
import type { AuthorRef, Paper } from "../model";

interface Signature {
  signature_id: string;
  paper_id: number | string;
  author_info: {
    position?: number;
    first?: string | null;
    middle?: string | null;
    last?: string | null;
    affiliations?: string[] | null;
  };
}

/** Papers and truth from S2AND's signatures and clusters. */
export function s2andPapers(signatures: unknown, clusters: unknown): LabelledPapers {
  const clusterOf = new Map<string, string>();
  for (const cluster of Object.values(clusters as Record<string, { cluster_id: string; signature_ids: string[] }>))
    for (const id of cluster.signature_ids) clusterOf.set(id, cluster.cluster_id);
  const byPaper = new Map<string, Signature[]>();
  for (const signature of Object.values(signatures as Record<string, Signature>)) {
    const key = String(signature.paper_id);
    (byPaper.get(key) ?? byPaper.set(key, []).get(key)!).push(signature);
  }
  const papers: Paper[] = [];
  const truth: (string | undefined)[][] = [];
  for (const [id, list] of byPaper) {
    list.sort((a, b) => (a.author_info.position ?? 0) - (b.author_info.position ?? 0));
    const authors = list.map(({ author_info: info }): AuthorRef => {
      const given = [info.first, info.middle].filter(Boolean).join(" ");
      const name = given ? `${info.last ?? ""}, ${given}` : (info.last ?? "");
      return info.affiliations?.length ? { name, affiliations: info.affiliations } : { name };
    });
    papers.push({
      id: `s2:${id}`,
      title: `S2 paper ${id}`,
      authors,
      authorsTruncated: true,
      categories: [],
      source: { file: "s2and", line: papers.length + 1 },
    });
    truth.push(list.map((signature) => clusterOf.get(signature.signature_id)));
  }
  return { papers, truth, unlabelled: 0 };
}

/**
 * One paper in a list: year, title (a link to the paper's DOI or arXiv page when it has one), venue, and
 * a note when the record cut its author list off. Titles, venues and identifiers are untrusted text: they
 * are set as text, and a link is made only from an identifier of the expected shape, percent-encoded.
 */

import type { Paper } from "../../model";
import { h } from "../dom";

/** A DOI as registered: 10.<registrant>/<suffix>. */
const DOI = /^10\.\d{4,9}\/\S+$/;
/** An arXiv id, new (2401.01234v2) or old (hep-th/9901001) style. */
const ARXIV = /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})(v\d+)?$/;

/** The paper's page: its DOI at doi.org, else its arXiv abstract, else none. */
export function paperUrl(paper: Paper): string | undefined {
  if (paper.doi && DOI.test(paper.doi)) return `https://doi.org/${encodeURIComponent(paper.doi).replace(/%2F/g, "/")}`;
  if (paper.arxivId && ARXIV.test(paper.arxivId)) return `https://arxiv.org/abs/${paper.arxivId}`;
  return undefined;
}

/** The list item of `paper`. */
export function paperItem(paper: Paper): HTMLElement {
  const url = paperUrl(paper);
  const title = url
    ? h("a", {
        className: "title",
        text: paper.title,
        attrs: { href: url, target: "_blank", rel: "noopener noreferrer" },
        title: paper.doi ? `doi:${paper.doi}` : `arXiv:${paper.arxivId}`,
      })
    : h("span", { className: "title", text: paper.title });
  return h(
    "li",
    {},
    h("span", { className: "year", text: paper.year === undefined ? "—" : String(paper.year) }),
    title,
    paper.venue ? h("span", { className: "venue muted", text: ` · ${paper.venue}` }) : null,
    paper.authorsTruncated ? h("span", { className: "muted", text: " (author list cut off)" }) : null,
  );
}

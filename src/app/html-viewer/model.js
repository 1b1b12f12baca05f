/**
 * The one-file HTML page's viewer, part 1 of 7 (src/export/html.ts joins the parts in the order of
 * HTML_VIEWER_FILES inside one function scope and inlines them): the shapes of the data document
 * (src/export/html-data.ts) and the indexes the other parts read. Each part is a plain browser script that
 * declares one function; no module, no dependency, because the page forbids every network request and is
 * shipped as it is reviewed (no build step). tsc checks the parts together (tsconfig: checkJs).
 */

/** @typedef {{ label: string, x: number, y: number, size: number, color: string, values: (number | string | null)[], papers: number[] }} ViewerNode */
/** @typedef {[source: number, target: number, weight: number, color: string, opacity: number, width: number, papers: number[]]} ViewerLink */
/** @typedef {{ title: string, year?: number, venue?: string, doi?: string }} ViewerPaper */
/** @typedef {{ key: string, label: string, kind: string }} ViewerField */
/**
 * @typedef {{
 *   size: { title: string, ticks: { value: number, size: number }[] },
 *   colour: { kind: string, title: string, entries?: { color: string, label: string, count: number }[], stops?: string[], domain?: number[] },
 *   lines: { title: string, range: string },
 *   note?: string,
 * }} ViewerLegend
 */
/** @typedef {{ font: string, size: number, color: string, minRadius: number, discsBlockAll: boolean }} ViewerLabelRule */
/**
 * @typedef {{
 *   title: string, fields: ViewerField[], nodes: ViewerNode[], links: ViewerLink[], papers: ViewerPaper[],
 *   weightTitle: string, legend?: ViewerLegend, note?: string, labels: ViewerLabelRule,
 * }} ViewerData
 */
/** @typedef {{ color: string, opacity: number, width: number, members: number[] }} ViewerLinkGroup */
/** @typedef {{ neighbours: [node: number, link: number][][], linkGroups: ViewerLinkGroup[], bySize: number[] }} ViewerModel */

/**
 * Each node's neighbours with the link to them; the links grouped by look (colour, opacity, width), so
 * that a frame strokes one path per group; and the nodes by size, largest first, ties in data order — the
 * order labels are offered in and search results are listed in.
 * @param {ViewerData} data
 * @returns {ViewerModel}
 */
function htmlViewerModel(data) {
  /** @type {[number, number][][]} */
  const neighbours = data.nodes.map(() => []);
  /** @type {Map<string, ViewerLinkGroup>} */
  const groups = new Map();
  data.links.forEach(([source, target, , color, opacity, width], i) => {
    neighbours[source]?.push([target, i]);
    neighbours[target]?.push([source, i]);
    const key = `${color}|${opacity}|${width}`;
    const group = groups.get(key) ?? { color, opacity, width, members: [] };
    group.members.push(i);
    groups.set(key, group);
  });
  const { nodes } = data;
  const bySize = nodes.map((_node, i) => i).sort((a, b) => (nodes[b]?.size ?? 0) - (nodes[a]?.size ?? 0) || a - b);
  return { neighbours, linkGroups: [...groups.values()], bySize };
}

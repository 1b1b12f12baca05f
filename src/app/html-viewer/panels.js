/**
 * The one-file HTML page's viewer, part 5 of 7: the details panel of a node (its values, its links with
 * their weights and shared papers, its papers with year, venue and a DOI link) and the legend (size,
 * line width, colour). Every name and title goes on the page as text (textContent), never as markup.
 */

/**
 * A new element, with its text and class if given.
 * @param {string} tag @param {string} [text] @param {string} [className]
 */
function htmlViewerElement(tag, text, className) {
  const made = document.createElement(tag);
  if (text !== undefined) made.textContent = text;
  if (className) made.className = className;
  return made;
}

/**
 * A value as the panel writes it: integers with thousands separators, years as they are, other numbers
 * with four significant digits, a missing value as a dash.
 * @param {unknown} value @param {string} [kind] "integer", "decimal", "year" or "text"
 */
function htmlViewerFormat(value, kind) {
  if (typeof value !== "number") return value === null || value === undefined ? "–" : String(value);
  if (kind === "year") return String(value);
  if (kind === "integer" || Number.isInteger(value)) return value.toLocaleString("en");
  if (value !== 0 && Math.abs(value) < 0.001) return value.toExponential(2);
  return value.toPrecision(4).replace(/\.?0+$/, "");
}

/**
 * The panels over `data`: `show(i)` fills the details panel with node i (undefined: hides it), and the
 * legend is filled at once. `onPick(i)` is called when a linked node's name is clicked.
 * @param {ViewerData} data
 * @param {ViewerModel} model
 * @param {{ details: HTMLElement, legend: HTMLElement }} elements
 * @param {(i: number) => void} onPick
 */
function htmlViewerPanels(data, model, elements, onPick) {
  const element = htmlViewerElement;
  const format = htmlViewerFormat;
  const { details, legend: legendBox } = elements;

  /** @param {number[]} indices */
  function paperList(indices) {
    const list = element("ul");
    for (const p of indices) {
      const paper = data.papers[p];
      if (!paper) continue;
      const item = element("li", paper.title);
      const facts = [paper.year, paper.venue].filter((fact) => fact !== undefined).join(", ");
      if (facts) item.append(element("span", ` (${facts})`, "muted"));
      if (paper.doi) {
        const anchor = /** @type {HTMLAnchorElement} */ (element("a", ` doi:${paper.doi}`));
        anchor.href = `https://doi.org/${encodeURI(paper.doi)}`;
        anchor.rel = "noopener noreferrer";
        anchor.target = "_blank";
        item.append(anchor);
      }
      list.append(item);
    }
    return list;
  }

  /** @param {number | undefined} i */
  function show(i) {
    details.replaceChildren();
    details.hidden = i === undefined;
    if (i === undefined) return;
    const node = /** @type {ViewerNode} */ (data.nodes[i]);
    details.append(element("h2", node.label));
    const table = element("table");
    data.fields.forEach((field, f) => {
      const row = element("tr");
      row.append(element("td", field.label), element("td", format(node.values[f], field.kind)));
      table.append(row);
    });
    details.append(table);
    const linked = [...(model.neighbours[i] ?? [])].sort(
      (a, b) => (data.links[b[1]]?.[2] ?? 0) - (data.links[a[1]]?.[2] ?? 0),
    );
    details.append(element("h3", `Links (${linked.length}), with ${data.weightTitle}`));
    const linkList = element("ul");
    for (const [other, l] of linked) {
      const link = /** @type {ViewerLink} */ (data.links[l]);
      const item = element("li");
      const button = element("button", /** @type {ViewerNode} */ (data.nodes[other]).label);
      button.addEventListener("click", () => onPick(other));
      item.append(button, element("span", ` · ${format(link[2])}`, "muted"));
      if (link[6].length) item.append(paperList(link[6]));
      linkList.append(item);
    }
    details.append(linkList, element("h3", `Papers (${node.papers.length})`), paperList(node.papers));
  }

  function renderLegend() {
    const legend = data.legend;
    if (!legend) {
      legendBox.hidden = true;
      return;
    }
    legendBox.append(element("h4", `Size: ${legend.size.title}`));
    legendBox.append(element("div", legend.size.ticks.map((tick) => format(tick.value)).join(" · ") || "–"));
    legendBox.append(element("h4", `Line width: ${legend.lines.title}`), element("div", legend.lines.range));
    legendBox.append(element("h4", `Colour: ${legend.colour.title}`));
    if (legend.colour.kind === "sequential") {
      const bar = element("div", undefined, "gradient");
      bar.style.background = `linear-gradient(to right, ${(legend.colour.stops ?? []).join(", ")})`;
      legendBox.append(bar, element("div", (legend.colour.domain ?? []).join(" – "), "muted"));
    } else
      for (const entry of legend.colour.entries ?? []) {
        const row = element("div");
        const swatch = element("span", undefined, "swatch");
        swatch.style.background = entry.color;
        row.append(
          swatch,
          element("span", entry.label),
          element("span", ` ${entry.count.toLocaleString("en")}`, "muted"),
        );
        legendBox.append(row);
      }
    const note = [legend.note, data.note].filter(Boolean).join(" ");
    if (note) legendBox.append(element("div", note, "muted"));
  }

  renderLegend();
  return { show };
}

/**
 * The one-file HTML page's viewer, part 6 of 7: the search box. A name matches when the query, folded for
 * case and accents, is part of it; the 12 largest matches are listed, the arrow keys move through them,
 * Enter or a click picks one, Escape closes the list. Names are listed as text.
 */

/**
 * Wires `input` and its result list `results` to the nodes of `data`; `onPick(i)` is called with the node picked.
 * @param {ViewerData} data
 * @param {ViewerModel} model
 * @param {{ input: HTMLInputElement, results: HTMLElement }} elements
 * @param {(i: number) => void} onPick
 */
function htmlViewerSearch(data, model, elements, onPick) {
  const { input, results } = elements;
  const fold = (/** @type {string} */ text) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const folded = data.nodes.map((node) => fold(node.label));
  /** @type {number[]} */
  let matches = [];
  let active = 0;

  function list() {
    results.replaceChildren();
    matches.forEach((i, m) => {
      const item = htmlViewerElement("li", /** @type {ViewerNode} */ (data.nodes[i]).label);
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", String(m === active));
      item.addEventListener("mousedown", (event) => {
        event.preventDefault();
        pick(i);
      });
      results.append(item);
    });
  }
  function pick(/** @type {number} */ i) {
    matches = [];
    list();
    onPick(i);
  }
  input.addEventListener("input", () => {
    const query = fold(input.value.trim());
    matches = query ? model.bySize.filter((i) => folded[i]?.includes(query)).slice(0, 12) : [];
    active = 0;
    list();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      active = (active + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % Math.max(matches.length, 1);
      list();
      event.preventDefault();
    } else if (event.key === "Enter" && matches[active] !== undefined) pick(/** @type {number} */ (matches[active]));
    else if (event.key === "Escape") {
      matches = [];
      list();
    }
  });
}

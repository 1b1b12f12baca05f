/**
 * Building DOM safely. Every string given as a child or as `text` becomes a text node (textContent),
 * never markup: author names and titles are untrusted, so `<img src=x onerror=alert(1)>` in a name shows
 * as those characters. There is deliberately no way to pass HTML through these builders.
 */

type Child = Node | string | number | null | undefined | false;

export interface ElementProps {
  className?: string;
  text?: string;
  title?: string;
  /** Attributes set with setAttribute (values are not parsed as markup). */
  attrs?: Record<string, string>;
  /** Event listeners by event name. */
  on?: Record<string, (event: Event) => void>;
}

function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

function applyProps(element: Element, props: ElementProps): void {
  if (props.className) element.setAttribute("class", props.className);
  if (props.text !== undefined) element.textContent = props.text;
  if (props.title !== undefined) element.setAttribute("title", props.title);
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  for (const [name, listener] of Object.entries(props.on ?? {})) element.addEventListener(name, listener);
}

/** An HTML element with props and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  applyProps(element, props);
  append(element, children);
  return element;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** An SVG element with attributes and children. */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  append(element, children);
  return element;
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** Formats a metric value for tables: integers as is, others with 4 significant digits. */
export function formatNumber(value: unknown, isInteger = false): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return "–";
  if (isInteger || Number.isInteger(value)) return value.toLocaleString("en");
  if (value !== 0 && Math.abs(value) < 0.001) return value.toExponential(2);
  return value.toPrecision(4).replace(/\.?0+$/, "");
}

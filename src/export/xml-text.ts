/**
 * Text and colours as the XML exports (GEXF, GraphML, SVG) write them. Names and titles are untrusted:
 * every character XML 1.0 cannot carry is dropped (C0 controls but tab, LF and CR; U+FFFE and U+FFFF;
 * lone surrogates), markup characters become entities, and tab, LF and CR become character references
 * so that an attribute value keeps them (XML attribute-value normalisation would turn them into spaces).
 */

/** Characters XML 1.0 cannot carry at all (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates). */
const INVALID_XML = new RegExp(
  [
    "[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]",
    "[\\ud800-\\udbff](?![\\udc00-\\udfff])",
    "(?<![\\ud800-\\udbff])[\\udc00-\\udfff]",
  ].join("|"),
  "g",
);

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Any character xml() would change; most values have none, and one test is cheaper than two replaces. */
// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids are among those to find.
const NEEDS_ESCAPE = /[&<>"'\t\n\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/;

/** Escapes text for an XML attribute value or element; tab/LF/CR as references so parsers keep them. */
export function xml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(INVALID_XML, "").replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c]!);
}

/** The red, green and blue channels (0–255) and alpha (0–1) of a colour. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a?: number;
}

/** The channels of a `#rgb`, `#rrggbb`, `rgb()` or `rgba()` colour; undefined for anything else. */
export function parseColor(color: unknown): Rgba | undefined {
  if (typeof color !== "string") return undefined;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d) : hex[1]!.match(/../g)!;
    const [r, g, b] = digits.map((d) => parseInt(d, 16)) as [number, number, number];
    return { r, g, b };
  }
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(color.trim());
  if (!rgb) return undefined;
  const [r, g, b] = rgb.slice(1, 4).map(Number) as [number, number, number];
  return rgb[4] === undefined ? { r, g, b } : { r, g, b, a: Number(rgb[4]) };
}

/** `#rrggbb` of a colour parseColor understands (alpha dropped); undefined otherwise. */
export function hexColor(color: unknown): string | undefined {
  const rgba = parseColor(color);
  if (!rgba) return undefined;
  const channel = (value: number) => Math.min(255, value).toString(16).padStart(2, "0");
  return `#${channel(rgba.r)}${channel(rgba.g)}${channel(rgba.b)}`;
}

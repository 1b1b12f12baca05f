/**
 * A network as one self-contained HTML file that opens from disk with no server and no network: the data
 * (html-data.ts) as JSON in a `<script type="application/json">` block, and a small viewer inlined — a
 * canvas with pan and zoom (wheel, drag, pinch), hover highlighting, search and a details panel.
 *
 * The viewer is browser code, so it lives in src/app/html-viewer/: plain scripts kept as they are shipped
 * (no build step, so what is reviewed is what runs), one function each, joined in the order of
 * HTML_VIEWER_FILES by joinViewerScript. The core reads no files, and neither tsx nor Node imports a file
 * as text, so the face that calls writeHtml hands the parts' texts over: `papergraph/node` reads them from
 * the package (src/cli/html-viewer.ts), a page built by vite imports them with `?raw`.
 *
 * Safety: names and titles reach the page only inside the JSON block, where `<`, `>`, `&`, U+2028 and
 * U+2029 are written as \u escapes (so no text can close the block with `</script` or open a comment with
 * `<!--`), and the viewer puts them on the page with textContent only. A Content-Security-Policy meta tag
 * forbids every fetch, frame, font, form and base URL, and allows exactly the inline script and style of
 * this file by their SHA-256 hashes (Web Crypto's crypto.subtle, hence async): any other script, injected
 * or not, does not run.
 */

import { xml } from "./xml-text";
import { buildHtmlData, type HtmlNetwork } from "./html-data";

/** The viewer's parts in src/app/html-viewer/, in the order they are joined (each declares one function). */
export const HTML_VIEWER_FILES = [
  "model.js",
  "camera.js",
  "labels.js",
  "draw.js",
  "panels.js",
  "search.js",
  "main.js",
] as const;

/**
 * The viewer's script: the parts (file name → text, every name of HTML_VIEWER_FILES) joined in order in
 * one function scope that starts the viewer. Throws when a part is missing or holds text that would end
 * or upset the script element (`</script`, `<!--`).
 */
export function joinViewerScript(parts: Readonly<Record<string, string>>): string {
  const texts = HTML_VIEWER_FILES.map((name) => {
    const text = parts[name];
    if (text === undefined)
      throw new Error(
        `papergraph/export: the HTML viewer's part ${name} is missing. Give every HTML_VIEWER_FILES part.`,
      );
    if (/<\/script|<!--/i.test(text))
      throw new Error(
        `papergraph/export: the HTML viewer's part ${name} holds </script or <!-- and cannot be inlined.`,
      );
    return text;
  });
  return `(() => {\n"use strict";\n${texts.join("\n")}\nhtmlViewerMain();\n})();\n`;
}

export interface HtmlOptions {
  /** string, required. The viewer's script, as joinViewerScript makes it. */
  viewerScript: string;
  /** string, default "papergraph network". The page's title and heading. */
  title?: string;
  /** number, default 50,000. Links included at most (the heaviest); all nodes always are. */
  maxLinks?: number;
}

const STYLE = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:14px/1.4 Inter,'Segoe UI',system-ui,sans-serif;color:#1f2430;background:#fff}
body{display:flex;flex-direction:column}
header{display:flex;gap:12px;align-items:center;padding:8px 12px;border-bottom:1px solid #d9dce3;position:relative}
h1{font-size:16px;margin:0;flex:1;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
#search{width:min(320px,45vw);padding:6px 8px;border:1px solid #b8bdc9;border-radius:4px;font:inherit}
#results{position:absolute;right:12px;top:44px;z-index:3;margin:0;padding:0;list-style:none;background:#fff;border:1px solid #d9dce3;border-radius:4px;width:min(320px,45vw);max-height:50vh;overflow:auto}
#results:empty{display:none}
#results li{padding:4px 8px;cursor:pointer}
#results li[aria-selected=true],#results li:hover{background:#eef1f6}
main{flex:1;display:flex;min-height:0;position:relative}
#canvas{flex:1;min-width:0;touch-action:none;cursor:grab;display:block}
#details{width:min(360px,40vw);overflow:auto;border-left:1px solid #d9dce3;padding:12px}
#details[hidden]{display:none}
#details h2{font-size:16px;margin:0 0 8px}
#details h3{font-size:13px;margin:12px 0 4px;color:#5a6270}
#details table{border-collapse:collapse;width:100%}
#details td{padding:1px 4px;border-bottom:1px solid #eef1f6}
#details td:last-child{text-align:right;font-variant-numeric:tabular-nums}
#details ul{margin:0;padding-left:18px}
#details button{font:inherit;background:none;border:0;padding:0;color:#2f5fa7;cursor:pointer;text-align:left}
#legend{position:absolute;left:8px;bottom:8px;background:rgba(255,255,255,.92);border:1px solid #d9dce3;border-radius:4px;padding:6px 10px;font-size:12px;max-width:60%}
#legend h4{margin:4px 0 2px;font-size:12px}
#legend .gradient{height:10px}
#legend .swatch{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:6px}
#legend .muted,.muted{color:#5a6270}
`;

const BODY = `<header><h1 id="title"></h1><input id="search" type="search" placeholder="Find a name…" aria-label="Find a node by name" autocomplete="off"><ul id="results" role="listbox" aria-label="Matches"></ul></header>
<main><canvas id="canvas" aria-label="The network: drag to pan, wheel or pinch to zoom, click a node for its details"></canvas><aside id="details" hidden aria-live="polite"></aside><div id="legend"></div></main>
<noscript>This page needs JavaScript to draw the network.</noscript>`;

/** JSON that can sit inside a script element: nothing in it closes the element or starts markup. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** `'sha256-…'` of `text` (UTF-8), as a Content-Security-Policy source. */
async function cspHash(text: string): Promise<string> {
  if (!globalThis.crypto?.subtle)
    throw new Error(
      "papergraph/export: the HTML export needs Web Crypto (Node 20+, or a page served over https or localhost).",
    );
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  let binary = "";
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}

/** The network as one HTML document (see the header): data, viewer, style and policy inlined. */
export async function writeHtml(network: HtmlNetwork, options: HtmlOptions): Promise<string> {
  const title = options.title ?? "papergraph network";
  if (/<\/script|<!--/i.test(options.viewerScript))
    throw new Error("papergraph/export: the viewer script holds </script or <!-- and cannot be inlined.");
  const data = buildHtmlData(network, title, options.maxLinks ?? 50_000);
  const policy = [
    "default-src 'none'",
    `script-src ${await cspHash(options.viewerScript)}`,
    `style-src ${await cspHash(STYLE)}`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="papergraph">',
    `<title>${xml(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    BODY,
    `<script type="application/json" id="papergraph-data">${scriptSafeJson(data)}</script>`,
    `<script>${options.viewerScript}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

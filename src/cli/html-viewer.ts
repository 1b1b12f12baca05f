/**
 * The one-file HTML export's viewer for Node. The core's writeHtml takes the script as text (it reads no
 * files). Run from the repository (tsx), the script is the parts in src/app/html-viewer/ joined by
 * joinViewerScript; the package ships it joined as dist/lib/html-viewer-script.js (test/package/build-lib.ts
 * writes it), beside the built code that reads it.
 */

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { HTML_VIEWER_FILES, joinViewerScript } from "../export";

/** The joined viewer's file name in the built package. */
export const HTML_VIEWER_SCRIPT = "html-viewer-script.js";

const HERE = dirname(fileURLToPath(import.meta.url));

let cached: string | undefined;

/** The viewer's script text, read (and joined, from the sources) once. */
export function readHtmlViewer(): string {
  const built = join(HERE, HTML_VIEWER_SCRIPT);
  cached ??= existsSync(built)
    ? readFileSync(built, "utf8")
    : joinViewerScript(
        Object.fromEntries(
          HTML_VIEWER_FILES.map((name) => [name, readFileSync(join(HERE, "../app/html-viewer", name), "utf8")]),
        ),
      );
  return cached;
}

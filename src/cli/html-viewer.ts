/**
 * The one-file HTML export's viewer for Node: the parts in src/app/html-viewer/ read from the package and
 * joined (joinViewerScript). The core's writeHtml takes the script as text (it reads no files); the
 * package ships the folder at the same place as the repository holds it (package.json `files`), two
 * folders up both from src/cli/ and from the build in dist/lib/, so the command finds it whether it runs
 * from source (tsx) or built.
 */

import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { HTML_VIEWER_FILES, joinViewerScript } from "../export";

const VIEWER_DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), "../.."), "src/app/html-viewer");

let cached: string | undefined;

/** The viewer's script text, read and joined once. */
export function readHtmlViewer(): string {
  cached ??= joinViewerScript(
    Object.fromEntries(HTML_VIEWER_FILES.map((name) => [name, readFileSync(join(VIEWER_DIR, name), "utf8")])),
  );
  return cached;
}

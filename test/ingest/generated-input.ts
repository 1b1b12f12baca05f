/**
 * Sizes for the reader tests' generated inputs. The tests read a megabyte or two: that crosses the 64 KiB
 * head format detection looks at and, for XML, many of the 64 KiB chunks xml-stream.ts feeds sax (its
 * CHUNK), with records cut in two by a chunk's end. Speed on 50 MB is `npm run bench`'s business.
 */

/** Characters xml-stream.ts hands sax at a time (CHUNK there), and the length of detection's head. */
export const CHUNK = 1 << 16;

/** The generated inputs span at least this many chunks. */
export const MIN_CHUNKS = 16;

/** How many chunk ends fall inside a record that starts with `open` and ends with `close`. */
export function recordsCutByChunks(text: string, open: string, close: string): number {
  let cut = 0;
  for (let end = CHUNK; end < text.length; end += CHUNK) {
    const start = text.lastIndexOf(open, end - 1);
    if (start >= 0 && text.indexOf(close, start) + close.length > end) cut++;
  }
  return cut;
}

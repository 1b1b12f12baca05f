/**
 * Repairs mis-encoded UTF-8 ("mojibake") in names: UTF-8 bytes that were once decoded as Latin-1 or
 * Windows-1252 and saved again, so `Wübben` reads `WÃ¼bben` and `Ścibior` reads `Åšcibior`. Each suspect
 * run (a UTF-8 lead byte seen as a Latin-1 letter, then continuation bytes) is turned back into bytes and
 * decoded as UTF-8; the run is replaced only when that decoding is valid and yields letters, so a real
 * `Å` or `Ã` followed by ordinary text is left alone.
 */

/** Windows-1252 characters in 0x80–0x9F: the bytes a cp1252 decoder turned into these code points. */
const CP1252_BYTES: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80],
  [0x201a, 0x82],
  [0x0192, 0x83],
  [0x201e, 0x84],
  [0x2026, 0x85],
  [0x2020, 0x86],
  [0x2021, 0x87],
  [0x02c6, 0x88],
  [0x2030, 0x89],
  [0x0160, 0x8a],
  [0x2039, 0x8b],
  [0x0152, 0x8c],
  [0x017d, 0x8e],
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2022, 0x95],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x02dc, 0x98],
  [0x2122, 0x99],
  [0x0161, 0x9a],
  [0x203a, 0x9b],
  [0x0153, 0x9c],
  [0x017e, 0x9e],
  [0x0178, 0x9f],
]);

const CONTINUATION =
  "\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013\\u2014\\u2018-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122";
/** A lead byte of a 2–4 byte UTF-8 sequence (0xC2–0xF4) read as Latin-1, then 1–3 continuation bytes. */
const SUSPECT_RUN = new RegExp(`[\\u00c2-\\u00f4][${CONTINUATION}]{1,3}`, "g");

const decoder = new TextDecoder("utf-8", { fatal: true });

/** The byte a Latin-1 or cp1252 decoder read as this character, or undefined when there is none. */
function byteOf(char: string): number | undefined {
  const code = char.codePointAt(0)!;
  return code <= 0xff ? code : CP1252_BYTES.get(code);
}

/** Re-decodes one suspect run; undefined when the bytes are not valid UTF-8 letters. */
function redecode(run: string): string | undefined {
  const bytes: number[] = [];
  for (const char of run) {
    const byte = byteOf(char);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  try {
    const text = decoder.decode(new Uint8Array(bytes));
    return /^\p{L}\p{M}*$/u.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Repairs double-encoded UTF-8: `repairMojibake("WÃ¼bben") === "Wübben"`; clean text is returned unchanged. */
export function repairMojibake(text: string): string {
  return text.replace(SUSPECT_RUN, (run) => {
    // A run may hold one character plus the start of the next word's bytes: try the longest valid prefix.
    for (let end = run.length; end >= 2; end--) {
      const fixed = redecode(run.slice(0, end));
      if (fixed !== undefined) return fixed + run.slice(end);
    }
    return run;
  });
}
